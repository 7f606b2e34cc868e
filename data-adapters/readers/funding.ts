/**
 * Reads national-programme funding exports, recognising the format from the header:
 *  - the PA digitale 2026 "candidature finanziate" exports (any PNRR measure):
 *    the measure is read from each row's `misura` and `avviso` (1.4.1 school
 *    websites, 1.2 cloud migration…), and each measure is its own programme
 *    unless the config maps it (see pnrr-measures.ts); school rows are those with
 *    `tipologia_ente` "Scuole", matched to the registry through `codice_ipa` =
 *    `istsc_<codice meccanografico>`; renounced grants (`stato_candidatura` R)
 *    are read and reported but carry no amount;
 *  - the library's generic funding CSV: `school_code, school_year, programme,
 *    projects, amount_eur` (see data-adapters/README.md).
 * Grants whose school cannot be matched are reported with their code and euros.
 * Those whose row names its comune (`cod_comune`: institutions merged since the
 * grant) are kept as comune grants when the registry covers that comune's
 * region, so that area totals still count them (a build of some regions never
 * places another region's grants). Whether a row is internationalisation is
 * decided here, by the config's rules (see `FundingRule`), and carried by the row.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import type { FundingRule } from '../config.js';
import { readAmount, readCount } from '../io/numbers.js';
import { clean, normaliseColumn, openCsv } from '../io/read-csv.js';
import { recogniseFormat, type InputFormat } from '../io/recognise-format.js';
import { InputReport } from '../report/input-report.js';
import { YearCoverageCounter } from '../report/year-coverage.js';
import { numberText } from '../text/number-text.js';
import { programmeOfMeasure, rowMeasure, type FundingProgramme, type MeasureMapping } from './pnrr-measures.js';
import { outsideYears, parseSchoolYear, schoolYearOfDate, type YearRange } from './school-year.js';
import { registryCode, type Successors } from './successors.js';

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
  /** School grants: matched to the registry, and not. */
  schoolGrants: {
    matched: number;
    matchedEur: number;
    unmatched: number;
    unmatchedEur: number;
    renounced: number;
    /** Grants outside the registry placed by their comune, and their euros (renounced ones included, and counted apart). */
    placedByComune: number;
    placedByComuneEur: number;
    placedRenounced: number;
  };
  /** The programmes the file's rows count under, by id. */
  programmes: Map<string, FundingProgramme>;
  /** Whether the file is a PA digitale 2026 export (else the generic CSV). */
  pnrr: boolean;
}

export interface FundingReading {
  /** School codes of the registry. */
  known: ReadonlySet<string>;
  /** Which funding lines count as internationalisation. */
  rules?: readonly FundingRule[];
  /** PNRR measures mapped to programmes. */
  measures?: Readonly<Record<string, MeasureMapping>>;
  /** The contract's years, when the config names them: rows outside are rejected. */
  years?: YearRange | null;
  /** Why a grant's comune cannot hold it (not in the limits, region outside the registry), or null when it can. */
  comuneProblem?: (comune: string) => string | null;
  /** Institutions that took over others (readers/successors.ts): a grant to an old code counts for its successor. */
  successors?: Successors | null;
}

const PNRR_FORMAT: InputFormat<'pnrr'> = {
  id: 'pnrr',
  name: { it: 'un export PA digitale 2026 "candidature finanziate"', en: 'a PA digitale 2026 "candidature finanziate" export' },
  columns: ['codice_ipa', 'tipologia_ente', 'cod_comune', 'importo_finanziamento', 'avviso', 'data_finanziamento', 'stato_candidatura'],
};
const GENERIC_FORMAT: InputFormat<'generic'> = {
  id: 'generic',
  name: { it: 'il CSV generico dei finanziamenti', en: 'the generic funding CSV' },
  columns: ['school_code', 'school_year', 'programme', 'projects', 'amount_eur'],
};

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

/** A count or euros in the report's English sentences, with thousands separators ("13,251,315"). */
const en = (value: number) => numberText(value, 'en', 2);
const round2 = (value: number) => Math.round(value * 100) / 100;

export async function readFunding(path: string, reading: FundingReading): Promise<FundingResult> {
  const { known, rules = [], measures = {}, years = null, comuneProblem = () => null, successors = null } = reading;
  /** An accepted grant to a code the registry no longer has, counted for its successor: said as a correction. */
  const tookOver = (line: number, own: string, counted: string) => {
    if (counted !== own)
      report.correct('counted for the institution that took it over (successors file)', `line ${line}: ${own} → ${counted}`);
  };
  const csv = await openCsv(path);
  const format = recogniseFormat<'pnrr' | 'generic'>(path, csv.header, [PNRR_FORMAT, GENERIC_FORMAT], {
    it: 'un export di finanziamenti',
    en: 'a funding export',
  });
  const pnrr = format.id === 'pnrr';
  const report = new InputReport(path, pnrr ? 'pnrr-padigitale2026' : 'funding-generic', csv);
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
      placedByComune: 0,
      placedByComuneEur: 0,
      placedRenounced: 0,
    },
    programmes: new Map(),
    pnrr,
  };
  const grants = result.schoolGrants;
  const coverage = new YearCoverageCounter();
  const rowsByMeasure = new Map<string, number>();
  const unmatched = (line: number, code: string, amountEur: number | null, reason: string) => {
    grants.unmatched++;
    grants.unmatchedEur += amountEur ?? 0;
    report.rejectUnmatched(reason, { line, code, amountEur });
  };
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
      const measure = rowMeasure(clean(v.MISURA), clean(v.AVVISO));
      if ('problem' in measure) {
        report.reject(measure.problem, `line ${row.line}: ${ipa} ${JSON.stringify(clean(v.MISURA) ?? clean(v.AVVISO) ?? '')}`);
        continue;
      }
      const programme = programmeOfMeasure(measure.measure, clean(v.MISURA), measures);
      const amount = readAmount(v.IMPORTOFINANZIAMENTO, csv.locale);
      const year = schoolYearOfDate(clean(v.DATAFINANZIAMENTO) ?? '');
      if (!('value' in amount)) {
        report.reject(
          'amount missing or not a number (importo_finanziamento)',
          `line ${row.line}: ${ipa} ${JSON.stringify(v.IMPORTOFINANZIAMENTO ?? '')}`,
        );
        continue;
      }
      if (year === null) {
        report.reject('invalid date (data_finanziamento)', `line ${row.line}: ${ipa} ${JSON.stringify(v.DATAFINANZIAMENTO ?? '')}`);
        continue;
      }
      const outside = outsideYears(year, years);
      if (outside) {
        report.reject(outside, `line ${row.line}: ${ipa} ${year}`);
        continue;
      }
      const match = /^istsc_([a-z0-9]{10})$/i.exec(ipa);
      const own = match?.[1]?.toUpperCase() ?? '';
      const code = match ? registryCode(own, known, successors) : null;
      const renounced = (clean(v.STATOCANDIDATURA) ?? '').toUpperCase() === 'R';
      const internationalisation = countsAsInternationalisation(v, rules);
      const grant = { year, programme: programme.id, projects: 1, amountEur: amount.value, internationalisation };
      if (code === null) {
        const comune = clean(v.CODCOMUNE) ?? '';
        const problem = CODE_PATTERNS.comune.test(comune) ? comuneProblem(comune) : 'no comune (cod_comune)';
        if (problem) {
          unmatched(row.line, ipa, amount.value, `school not in the registry (codice_ipa), and ${problem}`);
          continue;
        }
        // Merged or closed since the grant: no institution to credit, but its comune (and province, region, nation) still got it.
        grants.placedByComune++;
        grants.placedByComuneEur += amount.value;
        if (renounced) {
          grants.renounced++;
          grants.placedRenounced++;
        } else result.comuneGrants.push({ ipa, comune, ...grant });
      } else {
        grants.matched++;
        grants.matchedEur += amount.value;
        tookOver(row.line, own, code);
        if (renounced) grants.renounced++;
        else result.rows.push({ code, ...grant });
      }
      result.programmes.set(programme.id, programme);
      rowsByMeasure.set(measure.measure, (rowsByMeasure.get(measure.measure) ?? 0) + 1);
      report.accept();
    } else {
      const own = clean(v.SCHOOLCODE)?.toUpperCase() ?? '';
      const valid = CODE_PATTERNS.school.test(own);
      const code = valid ? registryCode(own, known, successors) : null;
      const year = parseSchoolYear(v.SCHOOLYEAR);
      const projects = readCount(v.PROJECTS, csv.locale);
      const amount = readAmount(v.AMOUNTEUR, csv.locale);
      const programme = (clean(v.PROGRAMME) ?? '').toLowerCase();
      const outside = year === null ? null : outsideYears(year, years);
      // As in the participation exports: which years lose the grants of codes gone from the registry.
      if (valid && year !== null && !outside) coverage.count(year, code !== null);
      if (!valid) report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(v.SCHOOLCODE)}`);
      else if (code === null) unmatched(row.line, own, 'value' in amount ? amount.value : null, 'school not in the registry');
      else if (year === null) report.reject('invalid school year', `line ${row.line}: ${JSON.stringify(v.SCHOOLYEAR)}`);
      else if (outside) report.reject(outside, `line ${row.line}: ${code} ${year}`);
      else if (!CODE_PATTERNS.identifier.test(programme))
        report.reject('invalid programme id', `line ${row.line}: ${JSON.stringify(v.PROGRAMME)}`);
      else if (!('value' in projects))
        report.reject('projects missing or not a whole number', `line ${row.line}: ${code} ${JSON.stringify(v.PROJECTS ?? '')}`);
      else if (!('value' in amount))
        report.reject('amount missing or not a number (amount_eur)', `line ${row.line}: ${code} ${JSON.stringify(v.AMOUNTEUR ?? '')}`);
      else {
        grants.matched++;
        grants.matchedEur += amount.value;
        tookOver(row.line, own, code);
        result.rows.push({
          code,
          year,
          programme,
          projects: projects.value,
          amountEur: amount.value,
          internationalisation: countsAsInternationalisation(v, rules),
        });
        // The generic CSV names its programmes by id: each is its own, labelled by that id.
        if (!result.programmes.has(programme))
          result.programmes.set(programme, { id: programme, label: { it: programme, en: programme }, measures: [] });
        report.accept();
      }
    }
  }
  if (!pnrr) report.coverYears(coverage.coverage());
  if (rowsByMeasure.size > 0)
    report.note(
      `PNRR measures read from misura/avviso: ${[...rowsByMeasure]
        .map(([measure, count]) => `${measure} (${en(count)} school rows → ${programmeOfMeasure(measure, null, measures).id})`)
        .join(', ')}`,
    );
  if (grants.renounced > 0)
    report.note(`${en(grants.renounced)} school grants were renounced (stato_candidatura R): read, but not counted in the funding metrics`);
  grants.matchedEur = round2(grants.matchedEur);
  grants.unmatchedEur = round2(grants.unmatchedEur);
  grants.placedByComuneEur = round2(grants.placedByComuneEur);
  if (grants.placedByComune > 0)
    report.note(
      `${en(grants.placedByComune)} ${grants.placedByComune === 1 ? 'grant' : 'grants'} (${en(grants.placedByComuneEur)} EUR) ${grants.placedByComune === 1 ? 'names an institution' : 'name institutions'} not in the registry (merged or closed since): counted in the comune their row names, its province, region and the nation, not in any institution`,
    );
  const counted = result.rows.filter((r) => r.internationalisation).length;
  report.note(
    rules.length === 0
      ? 'no funding line is configured as internationalisation: this funding is a context metric, outside the index and outside "active"'
      : `${en(counted)} of ${en(result.rows.length)} school grants count as internationalisation by the configured rules`,
  );
  return result;
}
