/**
 * Reads students per school (`CODICESCUOLA, NUMEROSTUDENTI, …`) into a map by
 * school code. A count is a whole number in plain digits (see io/numbers.ts); a
 * missing count stays missing (the index imputes it and says so), and anything
 * else, like repeated codes, is rejected with its line and value. The school
 * year the counts are of is read from the file's name (`…_20242025_…`), or
 * given; every year's rate per 1,000 students divides by that one year's
 * students, and the elements say which year it is.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { readCount } from '../io/numbers.js';
import { clean, openCsv } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputReport } from '../report/input-report.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { parseSchoolYear } from './school-year.js';

/** The MIM's students per school, as data-adapters/README.md documents it (other columns are ignored). */
const STUDENTS_FORMAT: InputFormat = {
  id: 'students',
  name: { it: 'il file MIM degli studenti per scuola', en: 'the MIM students-per-school file' },
  columns: ['CODICESCUOLA', 'NUMEROSTUDENTI'],
};

/**
 * The school year a file's name says ("studenti_per_scuola_20242025_uaar.csv", "studenti-2024-25.csv": 2024), or
 * null when it says none or more than one. A lone year ("studenti_2024.csv") is no school year: 2023/24 or 2024/25.
 */
export function schoolYearInName(path: string): number | null {
  const name = path.split(/[/\\]/).pop() ?? '';
  const years = new Set<number>();
  for (const [text] of name.matchAll(/(?<!\d)\d{4}[-_]?(?:\d{4}|\d{2})(?!\d)/g)) {
    const digits = text.replace(/[-_]/, '/');
    const year = parseSchoolYear(/^\d{8}$/.test(digits) ? `${digits.slice(0, 4)}/${digits.slice(4)}` : digits);
    if (year !== null) years.add(year);
  }
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * `year`: the school year the counts are of, as given (the config's `studentsYear`) or as the file's name says it.
 * `known`: the registry's codes; a count of a school it does not have (a non-state school: UAAR's file counts the
 * paritarie too; or one closed since) is rejected and listed in unmatched.csv, as a participation row's is.
 */
export async function readStudents(
  path: string,
  given: number | null = null,
  known: ReadonlySet<string> | null = null,
): Promise<{ students: Map<string, number>; year: number | null; report: InputReport }> {
  const csv = await openCsv(path);
  recogniseFormat(path, csv.header, [STUDENTS_FORMAT], STUDENTS_FORMAT.name);
  const report = new InputReport(path, 'students-per-school', csv);
  const students = new Map<string, number>();
  let masked = 0;
  // Pupils of the rows whose school the registry does not have: how much of the file the rates leave out.
  let unregistered = 0;
  for await (const row of csv.rows) {
    if ('malformed' in row) {
      report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
      continue;
    }
    const code = clean(row.values.CODICESCUOLA)?.toUpperCase() ?? '';
    const cell = row.values.NUMEROSTUDENTI;
    // Small counts are masked for privacy as "<=3": take the middle of 1..N.
    const bound = /^<=\s*(\d+)$/.exec(clean(cell) ?? '');
    const count = bound ? { value: Math.ceil(Number(bound[1]) / 2) } : readCount(cell, csv.locale);
    if (!CODE_PATTERNS.school.test(code))
      report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(row.values.CODICESCUOLA)}`);
    else if ('missing' in count) report.reject('number of students missing', `line ${row.line}: ${code} ${JSON.stringify(cell)}`);
    else if ('invalid' in count)
      report.reject('number of students not a whole number in plain digits', `line ${row.line}: ${code} ${JSON.stringify(cell)}`);
    else if (students.has(code)) report.reject('duplicate school code', `line ${row.line}: ${code}`);
    else if (known && !known.has(code)) {
      report.rejectUnmatched('school not in the registry', { line: row.line, code });
      unregistered += count.value;
    } else {
      students.set(code, count.value);
      // Counted among the accepted rows only: a masked count of a school the registry does not have changed nothing.
      if (bound) masked++;
      report.accept();
    }
  }
  if (unregistered > 0) {
    let pupils = 0;
    for (const count of students.values()) pupils += count;
    const share = ((unregistered / (pupils + unregistered)) * 100).toFixed(1);
    report.note(
      `${pupils.toLocaleString('en-GB')} pupils counted in the registry's schools; ${unregistered.toLocaleString('en-GB')} (${share}% of the file's) are in schools it does not have (non-state schools, or codes it no longer lists) and are not counted in any area`,
    );
  }
  if (masked > 0)
    report.note(`${masked} ${masked === 1 ? 'count' : 'counts'} masked for privacy (like "<=3") read as the middle of their range`);
  const named = schoolYearInName(path);
  const year = given ?? named;
  if (given !== null && named !== null && given !== named)
    report.note(
      `school year of the counts given as ${formatSchoolYear(given)} (studentsYear), where the file name says ${formatSchoolYear(named)}: the given year is used`,
    );
  if (year === null)
    report.note(
      'school year of the counts unknown: the file name does not say it (like _20242025_); set studentsYear in the configuration. The source and the rates per 1,000 students name no year',
    );
  return { students, year, report };
}
