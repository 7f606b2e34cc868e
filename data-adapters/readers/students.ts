/**
 * Reads students per school (`CODICESCUOLA, NUMEROSTUDENTI, …`) into a map by
 * school code. Non-numeric counts and repeated codes are rejected with reasons.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { clean, openCsv } from '../io/read-csv.js';
import { InputReport, requireColumns } from '../report/input-report.js';

export async function readStudents(path: string): Promise<{ students: Map<string, number>; report: InputReport }> {
  const csv = await openCsv(path);
  requireColumns(path, 'students per school', csv.columns, ['CODICESCUOLA', 'NUMEROSTUDENTI']);
  const report = new InputReport(path, 'students-per-school', { encoding: csv.encoding, delimiter: csv.delimiter });
  const students = new Map<string, number>();
  let masked = 0;
  for await (const row of csv.rows) {
    if ('malformed' in row) {
      report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
      continue;
    }
    const code = clean(row.values.CODICESCUOLA)?.toUpperCase() ?? '';
    const text = clean(row.values.NUMEROSTUDENTI) ?? '';
    // Small counts are masked for privacy as "<=3": take the middle of 1..N.
    const bound = /^<=\s*(\d+)$/.exec(text);
    if (bound) masked++;
    const count = bound ? Math.ceil(Number(bound[1]) / 2) : Number(text.replace(/\./g, ''));
    if (!CODE_PATTERNS.school.test(code))
      report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(row.values.CODICESCUOLA)}`);
    else if (!Number.isInteger(count) || count < 0)
      report.reject('invalid number of students', `line ${row.line}: ${code} ${JSON.stringify(row.values.NUMEROSTUDENTI)}`);
    else if (students.has(code)) report.reject('duplicate school code', `line ${row.line}: ${code}`);
    else {
      students.set(code, count);
      report.accept();
    }
  }
  if (masked > 0) report.note(`${masked} counts masked for privacy (like "<=3") read as the middle of their range`);
  return { students, report };
}
