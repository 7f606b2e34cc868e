/**
 * Reads national-programme funding exports, recognising the format from the header:
 *  - the PA digitale 2026 "candidature finanziate" export (PNRR measure 1.4.1):
 *    school rows are those with `tipologia_ente` "Scuole", matched to the registry
 *    through `codice_ipa` = `istsc_<codice meccanografico>`; renounced grants
 *    (`stato_candidatura` R) are read and reported but carry no amount;
 *  - the library's generic funding CSV: `school_code, school_year, programme,
 *    projects, amount_eur` (see data-adapters/README.md).
 * Grants whose school cannot be matched are reported with their code and euros;
 * those whose row names its comune (`cod_comune`: institutions merged since the
 * grant) are kept as comune grants, so that area totals still count them.
 * Whether a row is internationalisation is decided here, by the config's rules
 * (see `FundingRule`), and carried by the row.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import type { FundingRule } from '../config.js';
import { clean, normaliseColumn, openCsv } from '../io/read-csv.js';
import { InputError, InputReport, requireColumns } from '../report/input-report.js';
import { parseSchoolYear, schoolYearOfDate } from './school-year.js';

export interface FundingRow {
  code: string;
  year: number;
  programme: string;
  projects: number;
  amountEur: number;
  /** Whether the config counts this funding line as internationalisation. */
  internationalisation: boolean;
}

/** A grant to a school that is not in the registry, placed by the comune its row names (ISTAT code). */
export interface ComuneGrant extends Omit<FundingRow, 'code'> {
  ipa: string;
  comune: string;
}

export interface FundingResult {
  rows: FundingRow[];
  /** Grants outside the registry that still name their comune. */
  comuneGrants: ComuneGrant[];
  report: InputReport;
  /** School grants: matched to the registry, and not (with their identifiers). */
  schoolGrants: {
    matched: number;
    matchedEur: number;
    unmatched: number;
    unmatchedEur: number;
    renounced: number;
    unmatchedCodes: string[];
    /** Grants outside the registry placed by their comune, and their euros. */
    placedByComune: number;
    placedByComuneEur: number;
  };
  programme: { id: string; label: { it: string; en: string } };
}

const PNRR = ['CODICEIPA', 'TIPOLOGIAENTE', 'IMPORTOFINANZIAMENTO', 'DATAFINANZIAMENTO', 'STATOCANDIDATURA'];
const GENERIC = ['SCHOOLCODE', 'SCHOOLYEAR', 'PROGRAMME', 'PROJECTS', 'AMOUNTEUR'];

const parseAmount = (text: string | null): number => (text === null ? Number.NaN : Number(text.replace(',', '.')));

const comparable = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether a row is internationalisation by the config's rules (a rule naming a column the file lacks never matches). */
export function countsAsInternationalisation(values: Readonly<Record<string, string | undefined>>, rules: readonly FundingRule[]): boolean {
  return rules.some((rule) => {
    const cell = values[normaliseColumn(rule.column)];
    if (cell === undefined) return false;
    const want = comparable(rule.value);
    const have = comparable(cell);
    return want.endsWith('*') ? have.startsWith(want.slice(0, -1)) : have === want;
  });
}

export async function readFunding(path: string, known: ReadonlySet<string>, rules: readonly FundingRule[] = []): Promise<FundingResult> {
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
  for (const rule of rules)
    if (!csv.columns.includes(normaliseColumn(rule.column)))
      report.note(`the internationalisation rule on column "${rule.column}" matches nothing here: the file has no such column`);
  const result: FundingResult = {
    rows: [],
    comuneGrants: [],
    report,
    schoolGrants: {
      matched: 0,
      matchedEur: 0,
      unmatched: 0,
      unmatchedEur: 0,
      renounced: 0,
      unmatchedCodes: [],
      placedByComune: 0,
      placedByComuneEur: 0,
    },
    programme: pnrr
      ? { id: 'pnrr-141', label: { it: 'PNRR 1.4.1, siti web delle scuole', en: 'PNRR 1.4.1, school websites' } }
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
      const internationalisation = countsAsInternationalisation(v, rules);
      if (!match || !known.has(code)) {
        const comune = clean(v.CODCOMUNE) ?? '';
        const renounced = (clean(v.STATOCANDIDATURA) ?? '').toUpperCase() === 'R';
        if (CODE_PATTERNS.comune.test(comune) && Number.isFinite(amount) && amount >= 0 && year !== null) {
          // Merged or closed since the grant: no institution to credit, but its comune (and province, region, nation) still got it.
          grants.placedByComune++;
          grants.placedByComuneEur += amount;
          if (renounced) grants.renounced++;
          if (!renounced)
            result.comuneGrants.push({
              ipa,
              comune,
              year,
              programme: result.programme.id,
              projects: 1,
              amountEur: amount,
              internationalisation,
            });
          report.accept();
          continue;
        }
        grants.unmatched++;
        grants.unmatchedEur += Number.isFinite(amount) ? amount : 0;
        if (grants.unmatchedCodes.length < 200) grants.unmatchedCodes.push(ipa);
        report.reject('school not in the registry (codice_ipa) and no comune (cod_comune)', `line ${row.line}: ${ipa}`);
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
      result.rows.push({ code, year, programme: result.programme.id, projects: 1, amountEur: amount, internationalisation });
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
        result.rows.push({
          code,
          year,
          programme,
          projects,
          amountEur: amount,
          internationalisation: countsAsInternationalisation(v, rules),
        });
        report.accept();
      }
    }
  }
  if (grants.renounced > 0)
    report.note(`${grants.renounced} matched grants were renounced (stato_candidatura R): read, but not counted in the funding metrics`);
  grants.matchedEur = Math.round(grants.matchedEur * 100) / 100;
  grants.unmatchedEur = Math.round(grants.unmatchedEur * 100) / 100;
  grants.placedByComuneEur = Math.round(grants.placedByComuneEur * 100) / 100;
  if (grants.placedByComune > 0)
    report.note(
      `${grants.placedByComune} grants (${grants.placedByComuneEur} EUR) name institutions not in the registry (merged or closed since): counted in the comune their row names, its province, region and the nation, not in any institution`,
    );
  const counted = result.rows.filter((r) => r.internationalisation).length;
  report.note(
    rules.length === 0
      ? 'no funding line is configured as internationalisation: this funding is a context metric, outside the index and outside "active"'
      : `${counted} of ${result.rows.length} school grants count as internationalisation by the configured rules`,
  );
  return result;
}
