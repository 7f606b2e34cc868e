/**
 * Reads national-programme funding exports, recognising the format from the header:
 *  - the PA digitale 2026 "candidature finanziate" export (PNRR measure 1.4.1):
 *    school rows are those with `tipologia_ente` "Scuole", matched to the registry
 *    through `codice_ipa` = `istsc_<codice meccanografico>`; renounced grants
 *    (`stato_candidatura` R) are read and reported but carry no amount;
 *  - the library's generic funding CSV: `school_code, school_year, programme,
 *    projects, amount_eur` (see data-adapters/README.md).
 * Grants whose school cannot be matched are reported with their code and euros.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { clean, openCsv } from '../io/read-csv.js';
import { InputError, InputReport, requireColumns } from '../report/input-report.js';
import { parseSchoolYear, schoolYearOfDate } from './school-year.js';

export interface FundingRow {
  code: string;
  year: number;
  programme: string;
  projects: number;
  amountEur: number;
}

export interface FundingResult {
  rows: FundingRow[];
  report: InputReport;
  /** School grants: matched to the registry, and not (with their identifiers). */
  schoolGrants: {
    matched: number;
    matchedEur: number;
    unmatched: number;
    unmatchedEur: number;
    renounced: number;
    unmatchedCodes: string[];
  };
  programme: { id: string; label: { it: string; en: string } };
}

const PNRR = ['CODICEIPA', 'TIPOLOGIAENTE', 'IMPORTOFINANZIAMENTO', 'DATAFINANZIAMENTO', 'STATOCANDIDATURA'];
const GENERIC = ['SCHOOLCODE', 'SCHOOLYEAR', 'PROGRAMME', 'PROJECTS', 'AMOUNTEUR'];

const parseAmount = (text: string | null): number => (text === null ? Number.NaN : Number(text.replace(',', '.')));

export async function readFunding(path: string, known: ReadonlySet<string>): Promise<FundingResult> {
  const csv = await openCsv(path);
  const pnrr = PNRR.every((column) => csv.columns.includes(column));
  if (!pnrr && !GENERIC.every((column) => csv.columns.includes(column))) {
    if (csv.columns.includes('CODICEIPA')) requireColumns(path, 'PNRR funding export', csv.columns, PNRR);
    throw new InputError(
      path,
      `not a funding export: expected the PA digitale 2026 columns (${PNRR.join(', ')}) or ${GENERIC.join(', ')}; found ${csv.columns.join(', ')}`,
    );
  }
  const report = new InputReport(path, pnrr ? 'pnrr-1.4.1' : 'funding-generic', { encoding: csv.encoding, delimiter: csv.delimiter });
  const result: FundingResult = {
    rows: [],
    report,
    schoolGrants: { matched: 0, matchedEur: 0, unmatched: 0, unmatchedEur: 0, renounced: 0, unmatchedCodes: [] },
    programme: pnrr
      ? { id: 'pnrr-141', label: { it: 'PNRR 1.4.1 Esperienza del cittadino', en: 'PNRR 1.4.1 Citizen experience' } }
      : { id: 'funding', label: { it: 'Finanziamenti nazionali', en: 'National funding' } },
  };
  const grants = result.schoolGrants;
  for await (const row of csv.rows) {
    if ('malformed' in row) {
      report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
      continue;
    }
    const v = row.values;
    if (pnrr) {
      if (!/^scuol/i.test(clean(v.TIPOLOGIAENTE) ?? '')) {
        report.reject('not a school (tipologia_ente)', `line ${row.line}: ${clean(v.TIPOLOGIAENTE) ?? ''}`);
        continue;
      }
      const ipa = clean(v.CODICEIPA) ?? '';
      const amount = parseAmount(clean(v.IMPORTOFINANZIAMENTO));
      const match = /^istsc_([a-z0-9]{10})$/i.exec(ipa);
      const code = match?.[1]?.toUpperCase() ?? '';
      const year = schoolYearOfDate(clean(v.DATAFINANZIAMENTO) ?? '');
      if (!match || !known.has(code)) {
        grants.unmatched++;
        grants.unmatchedEur += Number.isFinite(amount) ? amount : 0;
        if (grants.unmatchedCodes.length < 200) grants.unmatchedCodes.push(ipa);
        report.reject('school not in the registry (codice_ipa)', `line ${row.line}: ${ipa}`);
        continue;
      }
      if (!Number.isFinite(amount) || amount < 0 || year === null) {
        report.reject('invalid amount or date', `line ${row.line}: ${ipa}`);
        grants.unmatched++;
        continue;
      }
      grants.matched++;
      grants.matchedEur += amount;
      if ((clean(v.STATOCANDIDATURA) ?? '').toUpperCase() === 'R') {
        grants.renounced++;
        report.accept();
        continue;
      }
      result.rows.push({ code, year, programme: result.programme.id, projects: 1, amountEur: amount });
      report.accept();
    } else {
      const code = clean(v.SCHOOLCODE)?.toUpperCase() ?? '';
      const year = parseSchoolYear(v.SCHOOLYEAR);
      const projects = Number(clean(v.PROJECTS));
      const amount = parseAmount(clean(v.AMOUNTEUR));
      const programme = (clean(v.PROGRAMME) ?? '').toLowerCase();
      if (!CODE_PATTERNS.school.test(code)) report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(v.SCHOOLCODE)}`);
      else if (!known.has(code)) {
        grants.unmatched++;
        grants.unmatchedEur += Number.isFinite(amount) ? amount : 0;
        if (grants.unmatchedCodes.length < 200) grants.unmatchedCodes.push(code);
        report.reject('school not in the registry', `line ${row.line}: ${code}`);
      } else if (year === null) report.reject('invalid school year', `line ${row.line}: ${JSON.stringify(v.SCHOOLYEAR)}`);
      else if (!CODE_PATTERNS.identifier.test(programme))
        report.reject('invalid programme id', `line ${row.line}: ${JSON.stringify(v.PROGRAMME)}`);
      else if (!Number.isInteger(projects) || projects < 0 || !Number.isFinite(amount) || amount < 0)
        report.reject('invalid projects or amount', `line ${row.line}: ${code}`);
      else {
        grants.matched++;
        grants.matchedEur += amount;
        result.rows.push({ code, year, programme, projects, amountEur: amount });
        report.accept();
      }
    }
  }
  if (grants.renounced > 0)
    report.note(`${grants.renounced} matched grants were renounced (stato_candidatura R): read, but not counted in the funding metrics`);
  grants.matchedEur = Math.round(grants.matchedEur * 100) / 100;
  grants.unmatchedEur = Math.round(grants.unmatchedEur * 100) / 100;
  return result;
}
