/**
 * Every row the build could not match, in full, next to the report (the report
 * itself shows a few examples per reason and the count). One row per unmatched
 * input row: the file, its line, the code, the euros of a grant, and why. Cells
 * are written safe to open in a spreadsheet (src/util/export.ts).
 */
import { csvText } from '../../src/util/export.js';
import type { InputReport } from './input-report.js';

export const UNMATCHED_FILE = 'unmatched.csv';

/** The CSV, or null when every row matched. */
export function unmatchedCsv(reports: readonly InputReport[], placeless: readonly string[]): string | null {
  const rows: (string | number | null)[][] = [];
  for (const report of reports)
    for (const row of report.unmatchedRows)
      rows.push([report.file.split('/').pop()!, row.line, row.code, row.amountEur ?? null, row.reason]);
  for (const code of placeless) rows.push(['registry', null, code, null, 'school not placed in any region']);
  if (rows.length === 0) return null;
  return csvText([['file', 'line', 'code', 'amount_eur', 'reason'], ...rows]);
}
