/**
 * Reads ISTAT/NUVAP's "Mappa Aree Interne 2020" (xlsx as published, sheet
 * `DATI`, header on the row that starts with `PROCOM_T`): for each comune its
 * inner-areas class (A Polo, B Polo intercomunale, C Cintura, D Intermedio,
 * E Periferico, F Ultraperiferico; D-F are the "aree interne"), whether it is a
 * capoluogo, its population and surface, and the travel time to its pole.
 * Comuni are keyed by the ISTAT code; comuni of the limits the 2020 map does not
 * know (merged or created since) and rows the limits do not know are reported.
 * A comune that changed province since 2020 changed its code, not its name
 * (Montecopiolo and Sassofeltrio, from Pesaro e Urbino to Rimini in 2021): one
 * of the limits missing from the map takes the class of the one row the limits
 * miss that has its name, where no other on either side has it, and the
 * report names each such match.
 */
import { readSheet } from 'read-excel-file/node';
import { normaliseColumn } from '../io/read-csv.js';
import { listed } from '../report/build-error.js';
import { InputError, InputReport } from '../report/input-report.js';

export const INNER_AREA_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type InnerAreaClass = (typeof INNER_AREA_CLASSES)[number];

export interface ComuneContext {
  /** The comune's name in 2020 (COMUNE_30sett20), null when the sheet has no such column: a second spelling for the limits'. */
  name: string | null;
  innerArea: InnerAreaClass;
  /** Null where the sheet's flag is neither 0 nor 1 (reported). */
  capoluogo: boolean | null;
  population: number | null;
  surfaceKm2: number | null;
  travelMinutes: number | null;
}

export interface InnerAreas {
  comuni: Map<string, ComuneContext>;
  report: InputReport;
}

/**
 * A number cell as published: a finite number at least 0, whole where `whole`.
 * Anything else (empty, text, negative, a fraction of a person) is left unknown
 * and reported as a correction with its row: never read loosely, never silently.
 */
function numberCell(cell: unknown, whole: boolean, column: string, where: string, report: InputReport): number | null {
  if (typeof cell === 'number' && Number.isFinite(cell) && cell >= 0 && (!whole || Number.isInteger(cell))) return cell;
  const empty = cell === null || cell === undefined || cell === '';
  report.correct(
    empty ? `${column} empty: left unknown` : `${column} not ${whole ? 'a whole number' : 'a number'} of at least 0: left unknown`,
    `${where}: ${JSON.stringify(cell)}`,
  );
  return null;
}

/** FLAG CAPOLUOGO is 1 or 0 (as a number or as text); anything else is left unknown and reported. */
function capoluogoCell(cell: unknown, where: string, report: InputReport): boolean | null {
  if (cell === 1 || cell === '1') return true;
  if (cell === 0 || cell === '0') return false;
  report.correct('FLAG CAPOLUOGO neither 0 nor 1: left unknown', `${where}: ${JSON.stringify(cell)}`);
  return null;
}

/** The column whose normalised header contains `key` (the published headers carry line breaks and prefixes). */
function columnOf(header: readonly string[], key: string): number {
  return header.findIndex((name) => name.includes(key));
}

/** A name as two publications may write it: Unicode-composed, in lower case, its spaces collapsed. */
const nameKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Comuni of the limits missing from the map matched to rows the limits miss by a name that is unique among both: the
 * limits' code and the map's.
 */
function matchByName(
  missing: readonly string[],
  unknown: readonly string[],
  limitsName: (code: string) => string | undefined,
  comuni: ReadonlyMap<string, ComuneContext>,
): [limitsCode: string, mapCode: string][] {
  const byName = (codes: readonly string[], name: (code: string) => string | null | undefined) => {
    const out = new Map<string, string[]>();
    for (const code of codes) {
      const written = name(code);
      if (!written) continue;
      const key = nameKey(written);
      (out.get(key) ?? out.set(key, []).get(key)!).push(code);
    }
    return out;
  };
  const rows = byName(unknown, (code) => comuni.get(code)?.name);
  return [...byName(missing, limitsName)].flatMap(([key, codes]) => {
    const found = rows.get(key);
    return codes.length === 1 && found?.length === 1 ? [[codes[0]!, found[0]!] as [string, string]] : [];
  });
}

export async function readInnerAreas(
  path: string,
  knownComuni: ReadonlySet<string>,
  limitsName: (code: string) => string | undefined = () => undefined,
): Promise<InnerAreas> {
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(path, 'DATI')) as unknown[][];
  } catch (error) {
    throw new InputError(path, {
      it: `non è la mappa delle aree interne: impossibile leggerne il foglio DATI (${(error as Error).message})`,
      en: `not the inner-areas map: cannot read its sheet DATI (${(error as Error).message})`,
    });
  }
  const headerRow = sheet.findIndex((row) => normaliseColumn(String(row[0] ?? '')) === 'PROCOMT');
  if (headerRow < 0)
    throw new InputError(path, {
      it: 'non è la mappa delle aree interne: nel foglio DATI nessuna riga di intestazione comincia con PROCOM_T',
      en: 'not the inner-areas map: no header row starting with PROCOM_T in the sheet DATI',
    });
  const header = sheet[headerRow]!.map((cell) => normaliseColumn(String(cell ?? '')));
  // Its headers are long labels ("MAPPA AI 2020 … COD_AI_2020"): each column is found by the key its label holds.
  const required = ['PROCOMT', 'FLAGCAPOLUOGO', 'CODAI2020', 'POPOLAZIONE', 'SUPERFICIE', 'MEDIATEMPI'];
  const absent = required.filter((key) => columnOf(header, key) < 0);
  if (absent.length > 0) {
    const found = sheet[headerRow]!.map((cell) => String(cell ?? '').replace(/\s+/g, ' ')).join(', ');
    throw new InputError(path, {
      it: `non è la mappa delle aree interne: nessuna colonna per ${listed(absent, 'it')} (trovate: ${found})`,
      en: `not the inner-areas map: no column for ${listed(absent, 'en')} (found: ${found})`,
    });
  }
  const [PROCOMT, FLAGCAPOLUOGO, CODAI2020, POPOLAZIONE, SUPERFICIE, MEDIATEMPI] = required.map((key) => columnOf(header, key)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  // The name is not required: only a second spelling for the limits' (readers/limits.ts, restoreLostCharacters).
  const at = { PROCOMT, FLAGCAPOLUOGO, CODAI2020, POPOLAZIONE, SUPERFICIE, MEDIATEMPI, NAME: columnOf(header, 'COMUNE30SETT') };
  const report = new InputReport(path, 'istat-aree-interne-2020');
  const comuni = new Map<string, ComuneContext>();
  const unknown: string[] = [];
  sheet.slice(headerRow + 1).forEach((row, i) => {
    const line = `row ${headerRow + i + 2}`;
    if (row.every((cell) => cell === null || cell === '')) return;
    const code = String(row[at.PROCOMT] ?? '').trim();
    const innerArea = String(row[at.CODAI2020] ?? '').trim() as InnerAreaClass;
    if (!/^\d{6}$/.test(code)) return report.reject('invalid ISTAT code (PROCOM_T)', `${line}: ${JSON.stringify(row[at.PROCOMT])}`);
    if (!INNER_AREA_CLASSES.includes(innerArea))
      return report.reject('invalid inner-areas class (COD_AI_2020)', `${line}: ${code} ${JSON.stringify(row[at.CODAI2020])}`);
    if (comuni.has(code)) return report.reject('duplicate comune', `${line}: ${code}`);
    if (!knownComuni.has(code)) unknown.push(code);
    const name = at.NAME < 0 ? '' : String(row[at.NAME] ?? '').trim();
    const where = `${line}: ${code}`;
    comuni.set(code, {
      name: name || null,
      innerArea,
      capoluogo: capoluogoCell(row[at.FLAGCAPOLUOGO], where, report),
      population: numberCell(row[at.POPOLAZIONE], true, 'population', where, report),
      surfaceKm2: numberCell(row[at.SUPERFICIE], false, 'surface (km²)', where, report),
      travelMinutes: numberCell(row[at.MEDIATEMPI], false, 'travel time to the pole (minutes)', where, report),
    });
    report.accept();
  });
  const moved = matchByName(
    [...knownComuni].filter((code) => !comuni.has(code)),
    unknown,
    limitsName,
    comuni,
  );
  for (const [code, former] of moved) {
    comuni.set(code, comuni.get(former)!);
    unknown.splice(unknown.indexOf(former), 1);
    report.correct(
      "comune of the limits found in the 2020 map under another code, by its name (no other unmatched comune has it): the map's class read for it",
      `${former} → ${code} ${comuni.get(code)!.name}`,
    );
  }
  const missing = [...knownComuni].filter((code) => !comuni.has(code));
  if (unknown.length)
    report.note(
      `${unknown.length === 1 ? '1 comune of the 2020 map is' : `${unknown.length} comuni of the 2020 map are`} not in the limits (merged since): ${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''}`,
    );
  if (missing.length)
    report.note(
      `${missing.length === 1 ? '1 comune of the limits is not in the 2020 map (created since): its class is' : `${missing.length} comuni of the limits are not in the 2020 map (created since): their class is`} unknown to the model: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
    );
  return { comuni, report };
}
