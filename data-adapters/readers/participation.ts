/**
 * Reads the per-school participation exports of eTwinning and Erasmus+, in the
 * table formats this library defines (data-adapters/README.md), as CSV or XLSX:
 *
 *   etwinning: school_code, school_year, registered_teachers, projects, quality_labels, school_label
 *   erasmus:   school_code, school_year, accredited, ka1_projects, ka2_projects, participants, grant_eur, partner_countries
 *
 * `partner_countries` lists ISO 3166-1 alpha-2 codes separated by spaces, `|` or
 * `;`. Booleans are 1/0, true/false, si/no. Counts and amounts are read strictly
 * (io/numbers.ts): a missing or loose number rejects its row, naming the column. A row of an institution merged
 * into another since counts for it when the successors file names it (readers/successors.ts), joined to its own
 * row of that year; how the rows of codes gone from the registry fall over the years is reported
 * (report/year-coverage.ts). Files are streamed row by row, so an
 * export of millions of rows needs memory only for what it holds per school.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { readAmount, readCount } from '../io/numbers.js';
import { clean, normaliseColumn, openCsv, type NumberLocale } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputReport } from '../report/input-report.js';
import { YearCoverageCounter } from '../report/year-coverage.js';
import { outsideYears, parseSchoolYear, type YearRange } from './school-year.js';
import { registryCode, type Successors } from './successors.js';

export interface EtwinningRow {
  registeredTeachers: number;
  projects: number;
  qualityLabels: number;
  schoolLabel: boolean;
}

export interface ErasmusRow {
  accredited: boolean;
  ka1Projects: number;
  ka2Projects: number;
  participants: number;
  grantEur: number;
  partnerCountries: string[];
}

/** Rows by school code, then by school year. */
export type ByCodeAndYear<T> = Map<string, Map<number, T>>;

export const ETWINNING_FORMAT: InputFormat = {
  id: 'etwinning',
  name: { it: "l'export eTwinning per scuola", en: 'the per-school eTwinning export' },
  columns: ['school_code', 'school_year', 'registered_teachers', 'projects', 'quality_labels', 'school_label'],
};
export const ERASMUS_FORMAT: InputFormat = {
  id: 'erasmus',
  name: { it: "l'export Erasmus+ per scuola", en: 'the per-school Erasmus+ export' },
  columns: ['school_code', 'school_year', 'accredited', 'ka1_projects', 'ka2_projects', 'participants', 'grant_eur', 'partner_countries'],
};

/** A yes/no cell as the exports write it (1/0, true/false, si/no, yes/no, y/n, s); null when it is neither. */
export const flag = (text: string | null): boolean | null => {
  const value = (text ?? '').toLowerCase();
  if (['1', 'true', 'si', 'sì', 'yes', 'y', 's'].includes(value)) return true;
  if (['0', 'false', 'no', 'n'].includes(value)) return false;
  return null;
};

type Parse<T> = (values: Readonly<Record<string, string>>, locale: NumberLocale) => T | string;
/** Two rows of one year, one of them a predecessor's (readers/successors.ts), as the one institution they now are. */
type Merge<T> = (a: T, b: T) => T;

const mergeEtwinning: Merge<EtwinningRow> = (a, b) => ({
  registeredTeachers: a.registeredTeachers + b.registeredTeachers,
  projects: a.projects + b.projects,
  qualityLabels: a.qualityLabels + b.qualityLabels,
  schoolLabel: a.schoolLabel || b.schoolLabel,
});

const mergeErasmus: Merge<ErasmusRow> = (a, b) => ({
  accredited: a.accredited || b.accredited,
  ka1Projects: a.ka1Projects + b.ka1Projects,
  ka2Projects: a.ka2Projects + b.ka2Projects,
  participants: a.participants + b.participants,
  grantEur: Math.round((a.grantEur + b.grantEur) * 100) / 100,
  partnerCountries: [...new Set([...a.partnerCountries, ...b.partnerCountries])].sort(),
});

/** A reader of whole counts from the named columns (normalised once), saying which one is missing or not a whole number. */
function countsOf<K extends string>(columns: Record<K, string>) {
  const fields = (Object.entries(columns) as [K, string][]).map(([key, column]) => ({
    key,
    at: normaliseColumn(column),
    missing: `${column} missing`,
    invalid: `${column} not a whole number in plain digits`,
  }));
  return (values: Readonly<Record<string, string>>, locale: NumberLocale): Record<K, number> | string => {
    const out = {} as Record<K, number>;
    for (const field of fields) {
      const read = readCount(values[field.at], locale);
      if ('missing' in read) return field.missing;
      if ('invalid' in read) return field.invalid;
      out[field.key] = read.value;
    }
    return out;
  };
}
const etwinningCounts = countsOf({ registeredTeachers: 'registered_teachers', projects: 'projects', qualityLabels: 'quality_labels' });
const erasmusCounts = countsOf({ ka1Projects: 'ka1_projects', ka2Projects: 'ka2_projects', participants: 'participants' });

const parseEtwinning: Parse<EtwinningRow> = (v, locale) => {
  const read = etwinningCounts(v, locale);
  if (typeof read === 'string') return read;
  const schoolLabel = flag(clean(v.SCHOOLLABEL));
  if (schoolLabel === null) return 'school_label must be 1/0, true/false or si/no';
  return { ...read, schoolLabel };
};

const parseErasmus: Parse<ErasmusRow> = (v, locale) => {
  const accredited = flag(clean(v.ACCREDITED));
  if (accredited === null) return 'accredited must be 1/0, true/false or si/no';
  const read = erasmusCounts(v, locale);
  if (typeof read === 'string') return read;
  const grant = readAmount(v.GRANTEUR, locale);
  if ('missing' in grant) return 'grant_eur missing';
  if ('invalid' in grant) return 'grant_eur not an amount in plain digits';
  const partnerCountries = (clean(v.PARTNERCOUNTRIES) ?? '')
    .toUpperCase()
    .split(/[\s|;]+/)
    .filter(Boolean);
  if (partnerCountries.some((country) => !CODE_PATTERNS.country.test(country))) return 'partner_countries must be ISO 3166-1 alpha-2 codes';
  return { accredited, ...read, grantEur: grant.value, partnerCountries: [...new Set(partnerCountries)].sort() };
};

async function readParticipation<T>(
  path: string,
  format: InputFormat,
  parse: Parse<T>,
  merge: Merge<T>,
  known: ReadonlySet<string>,
  years: YearRange | null,
  successors: Successors | null,
) {
  const csv = await openCsv(path);
  recogniseFormat(path, csv.header, [format], format.name);
  const report = new InputReport(path, format.id, csv);
  const rows: ByCodeAndYear<T> = new Map();
  const coverage = new YearCoverageCounter();
  // With a successors file, each row's own code and year, for duplicates: a predecessor's row joins its successor's, a
  // second own row does not. Without one a row's year already there is a duplicate (no set of a million keys: ~1 s and
  // ~60 MB of a million-row export).
  const seen = new Set<string>();
  for await (const row of csv.rows) {
    if ('malformed' in row) {
      report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
      continue;
    }
    const code = clean(row.values.SCHOOLCODE)?.toUpperCase() ?? '';
    const year = parseSchoolYear(row.values.SCHOOLYEAR);
    if (!CODE_PATTERNS.school.test(code)) {
      report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(row.values.SCHOOLCODE)}`);
      continue;
    }
    const counted = registryCode(code, known, successors);
    const outside = year === null ? null : outsideYears(year, years);
    // Before the code is matched: which years lose the rows of codes gone from the registry.
    if (year !== null && !outside) coverage.count(year, counted !== null);
    if (counted === null) {
      report.rejectUnmatched('school not in the registry', { line: row.line, code });
      continue;
    }
    if (year === null) {
      report.reject('invalid school year', `line ${row.line}: ${JSON.stringify(row.values.SCHOOLYEAR)}`);
      continue;
    }
    if (outside) {
      report.reject(outside, `line ${row.line}: ${code} ${year}`);
      continue;
    }
    const parsed = parse(row.values, csv.locale);
    if (typeof parsed === 'string') {
      report.reject(parsed, `line ${row.line}: ${code} ${year}`);
      continue;
    }
    let byYear = rows.get(counted);
    if (successors ? seen.has(`${code} ${year}`) : byYear?.has(year)) {
      report.reject('duplicate school and year', `line ${row.line}: ${code} ${year}`);
      continue;
    }
    if (successors) seen.add(`${code} ${year}`);
    if (!byYear) rows.set(counted, (byYear = new Map()));
    const before = byYear.get(year);
    byYear.set(year, before === undefined ? parsed : merge(before, parsed));
    if (counted !== code)
      report.correct('counted for the institution that took it over (successors file)', `line ${row.line}: ${code} → ${counted} ${year}`);
    report.accept();
  }
  report.coverYears(coverage.coverage());
  return { rows, report };
}

export const readEtwinning = (
  path: string,
  known: ReadonlySet<string>,
  years: YearRange | null = null,
  successors: Successors | null = null,
) => readParticipation(path, ETWINNING_FORMAT, parseEtwinning, mergeEtwinning, known, years, successors);
export const readErasmus = (
  path: string,
  known: ReadonlySet<string>,
  years: YearRange | null = null,
  successors: Successors | null = null,
) => readParticipation(path, ERASMUS_FORMAT, parseErasmus, mergeErasmus, known, years, successors);
