/**
 * Reads the per-school participation exports of eTwinning and Erasmus+, in the
 * plain CSV formats this library defines (data-adapters/README.md):
 *
 *   etwinning: school_code, school_year, registered_teachers, projects, quality_labels, school_label
 *   erasmus:   school_code, school_year, accredited, ka1_projects, ka2_projects, participants, grant_eur, partner_countries
 *
 * `partner_countries` lists ISO 3166-1 alpha-2 codes separated by spaces, `|` or
 * `;`. Booleans are 1/0, true/false, si/no. Files are streamed row by row, so an
 * export of millions of rows needs memory only for what it holds per school.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { clean, openCsv } from '../io/read-csv.js';
import { InputError, InputReport } from '../report/input-report.js';
import { parseSchoolYear } from './school-year.js';

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

export const ETWINNING_COLUMNS = ['SCHOOLCODE', 'SCHOOLYEAR', 'REGISTEREDTEACHERS', 'PROJECTS', 'QUALITYLABELS', 'SCHOOLLABEL'] as const;
export const ERASMUS_COLUMNS = [
  'SCHOOLCODE',
  'SCHOOLYEAR',
  'ACCREDITED',
  'KA1PROJECTS',
  'KA2PROJECTS',
  'PARTICIPANTS',
  'GRANTEUR',
  'PARTNERCOUNTRIES',
] as const;

/** Rows by school code, then by school year. */
export type ByCodeAndYear<T> = Map<string, Map<number, T>>;

const count = (text: string | null): number => (text !== null && /^\d+$/.test(text) ? Number(text) : Number.NaN);
const flag = (text: string | null): boolean | null => {
  const value = (text ?? '').toLowerCase();
  if (['1', 'true', 'si', 'sì', 'yes', 'y', 's'].includes(value)) return true;
  if (['0', 'false', 'no', 'n', ''].includes(value)) return false;
  return null;
};

type Parse<T> = (values: Readonly<Record<string, string>>) => T | string;

const parseEtwinning: Parse<EtwinningRow> = (v) => {
  const registeredTeachers = count(clean(v.REGISTEREDTEACHERS) ?? '0');
  const projects = count(clean(v.PROJECTS) ?? '0');
  const qualityLabels = count(clean(v.QUALITYLABELS) ?? '0');
  const schoolLabel = flag(clean(v.SCHOOLLABEL));
  if ([registeredTeachers, projects, qualityLabels].some(Number.isNaN)) return 'counts must be whole numbers';
  if (schoolLabel === null) return 'school_label must be 1/0, true/false or si/no';
  return { registeredTeachers, projects, qualityLabels, schoolLabel };
};

const parseErasmus: Parse<ErasmusRow> = (v) => {
  const accredited = flag(clean(v.ACCREDITED));
  const ka1Projects = count(clean(v.KA1PROJECTS) ?? '0');
  const ka2Projects = count(clean(v.KA2PROJECTS) ?? '0');
  const participants = count(clean(v.PARTICIPANTS) ?? '0');
  const grantEur = Number((clean(v.GRANTEUR) ?? '0').replace(',', '.'));
  const partnerCountries = (clean(v.PARTNERCOUNTRIES) ?? '')
    .toUpperCase()
    .split(/[\s|;]+/)
    .filter(Boolean);
  if (accredited === null) return 'accredited must be 1/0, true/false or si/no';
  if ([ka1Projects, ka2Projects, participants].some(Number.isNaN)) return 'counts must be whole numbers';
  if (!Number.isFinite(grantEur) || grantEur < 0) return 'grant_eur must be a non-negative amount';
  if (partnerCountries.some((country) => !CODE_PATTERNS.country.test(country))) return 'partner_countries must be ISO 3166-1 alpha-2 codes';
  return { accredited, ka1Projects, ka2Projects, participants, grantEur, partnerCountries: [...new Set(partnerCountries)].sort() };
};

async function readParticipation<T>(path: string, format: string, columns: readonly string[], parse: Parse<T>, known: ReadonlySet<string>) {
  const csv = await openCsv(path);
  const missing = columns.filter((column) => !csv.columns.includes(column));
  if (missing.length > 0)
    throw new InputError(
      path,
      `not a ${format} export: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (found ${csv.columns.join(', ')})`,
    );
  const report = new InputReport(path, format, { encoding: csv.encoding, delimiter: csv.delimiter });
  const rows: ByCodeAndYear<T> = new Map();
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
    if (!known.has(code)) {
      report.reject('school not in the registry', `line ${row.line}: ${code}`);
      continue;
    }
    if (year === null) {
      report.reject('invalid school year', `line ${row.line}: ${JSON.stringify(row.values.SCHOOLYEAR)}`);
      continue;
    }
    const parsed = parse(row.values);
    if (typeof parsed === 'string') {
      report.reject(parsed, `line ${row.line}: ${code} ${year}`);
      continue;
    }
    let years = rows.get(code);
    if (!years) rows.set(code, (years = new Map()));
    if (years.has(year)) {
      report.reject('duplicate school and year', `line ${row.line}: ${code} ${year}`);
      continue;
    }
    years.set(year, parsed);
    report.accept();
  }
  return { rows, report };
}

export const readEtwinning = (path: string, known: ReadonlySet<string>) =>
  readParticipation(path, 'etwinning', ETWINNING_COLUMNS, parseEtwinning, known);
export const readErasmus = (path: string, known: ReadonlySet<string>) =>
  readParticipation(path, 'erasmus', ERASMUS_COLUMNS, parseErasmus, known);
