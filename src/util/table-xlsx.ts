/**
 * A table as an XLSX workbook (write-excel-file, loaded only now): the table
 * on its sheet, header in bold, numbers as numbers and text never a formula
 * (nor with the control characters that break its XML), and where the data
 * comes from on a second sheet. Used by the lists' and the survey's downloads.
 */
import type { Language } from '../contract/vocabulary.js';
import { withoutControls } from './export.js';
import { PROVENANCE_WORDS } from './provenance.js';

export type Cell = string | number | null;

export async function tableXlsx(table: readonly Cell[][], provenance: readonly Cell[][], sheet: string, lang: Language): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const cell = (value: Cell) =>
    value === null ? null : typeof value === 'number' ? { value, type: Number } : { value: withoutControls(value), type: String };
  const [header, ...rows] = table;
  const data = [header!.map((h) => ({ value: String(h), type: String, fontWeight: 'bold' as const })), ...rows.map((row) => row.map(cell))];
  const about = provenance.filter((row) => row.length > 0).map((row) => row.map(cell));
  return writeXlsxFile([
    { data, sheet },
    { data: about, sheet: PROVENANCE_WORDS[lang].source },
  ] as never).toBlob();
}
