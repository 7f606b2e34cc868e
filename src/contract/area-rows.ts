/**
 * The national area file's columns as rows, and back: `areaRows` reads a
 * validated file as one sealed object per comune (the same fields a region
 * shard's comune has; the bench and the tests read files this way, a map reads
 * the columns through `shadowAt` and `valuesAt`, src/map/column-areas.ts);
 * `areaColumns` writes rows as the file's columns (the data adapters and the
 * tests' fixtures). One module, so that
 * writing and reading cannot drift apart; a browser bundle that only reads
 * leaves `areaColumns` out.
 */
import type { AreaFile, InstitutionTally, LocalizedText, ShadowZone } from './contract.types.js';

/** One comune of a national area file, as its region shard has it, with its institutions' tally. */
export interface AreaRow {
  code: string;
  province: string;
  name: string;
  schools: number;
  institutions: number;
  institutionShare?: number;
  students: number | null;
  /** The file's metric's series, aligned with its years. */
  values: Record<string, (number | null)[]>;
  shadow: ShadowZone;
  hasGeometry: boolean;
  tally: InstitutionTally;
}

type Columns = AreaFile['columns'];
type ShadowColumns = Columns['shadow'];

const read = new WeakMap<AreaFile, readonly AreaRow[]>();

/** The file's comuni as rows, sealed as the file is, made once per file. */
export function areaRows(file: AreaFile): readonly AreaRow[] {
  let rows = read.get(file);
  if (!rows) {
    const undrawable = new Set(file.withoutGeometry);
    rows = Object.freeze(file.columns.code.map((_, i) => rowAt(file, i, undrawable)));
    read.set(file, rows);
  }
  return rows;
}

/** Comune `i`'s shadow zone, sealed (the reason from the file's table). */
export function shadowAt(file: AreaFile, i: number): ShadowZone {
  const s = file.columns.shadow;
  const shadow: ShadowZone = { status: s.status[i]!, n: s.n[i]!, rate: s.rate[i]!, smoothedRate: s.smoothedRate[i]! };
  if (s.expectedRate[i] != null) shadow.expectedRate = s.expectedRate[i]!;
  if (s.probability[i] != null) shadow.probability = s.probability[i]!;
  if (s.reason[i] != null) shadow.reason = file.reasons[s.reason[i]!]!;
  return Object.freeze(shadow);
}

/** Comune `i`'s values: the file's metric's series, aligned with its years, sealed. */
export function valuesAt(file: AreaFile, i: number): AreaRow['values'] {
  return Object.freeze({ [file.metric]: Object.freeze(file.columns.values.map((year) => year[i]!)) }) as AreaRow['values'];
}

function rowAt(file: AreaFile, i: number, undrawable: ReadonlySet<string>): AreaRow {
  const c = file.columns;
  const row: AreaRow = {
    code: c.code[i]!,
    province: c.province[i]!,
    name: c.name[i]!,
    schools: c.schools[i]!,
    institutions: c.institutions[i]!,
    students: c.students[i]!,
    values: valuesAt(file, i),
    shadow: shadowAt(file, i),
    hasGeometry: !undrawable.has(c.code[i]!),
    tally: Object.freeze({ active: c.active[i]!, roleModels: c.roleModels[i]! }),
  };
  if (c.institutionShare[i] != null) row.institutionShare = c.institutionShare[i]!;
  return Object.freeze(row);
}

/** Rows (each with the series of `metric`, as long as the years) as a file's columns, reasons and comuni without geometry. */
export function areaColumns(
  rows: readonly AreaRow[],
  metric: string,
  years: number,
): Pick<AreaFile, 'columns' | 'reasons' | 'withoutGeometry'> {
  const reasons: LocalizedText[] = [];
  const reasonIndex = new Map<string, number>();
  const reasonOf = (reason: LocalizedText | undefined): number | null => {
    if (!reason) return null;
    const key = `${reason.it}\u0000${reason.en}`;
    if (!reasonIndex.has(key)) reasonIndex.set(key, reasons.push(reason) - 1);
    return reasonIndex.get(key)!;
  };
  const pick = <T>(field: (row: AreaRow) => T): T[] => rows.map(field);
  for (const row of rows) {
    // A missing or short series would be written as gaps: a writer's mistake, never data.
    if (row.values[metric]?.length !== years) throw new RangeError(`${row.code}: no series of ${years} values for ${metric}`);
  }
  const shadow: ShadowColumns = {
    status: pick((r) => r.shadow.status),
    n: pick((r) => r.shadow.n),
    rate: pick((r) => r.shadow.rate),
    smoothedRate: pick((r) => r.shadow.smoothedRate),
    expectedRate: pick((r) => r.shadow.expectedRate ?? null),
    probability: pick((r) => r.shadow.probability ?? null),
    reason: pick((r) => reasonOf(r.shadow.reason)),
  };
  const columns: Columns = {
    code: pick((r) => r.code),
    province: pick((r) => r.province),
    name: pick((r) => r.name),
    schools: pick((r) => r.schools),
    institutions: pick((r) => r.institutions),
    institutionShare: pick((r) => r.institutionShare ?? null),
    students: pick((r) => r.students),
    values: Array.from({ length: years }, (_, y) => pick((r) => r.values[metric]![y]!)),
    active: pick((r) => r.tally.active),
    roleModels: pick((r) => r.tally.roleModels),
    shadow,
  };
  return { columns, reasons, withoutGeometry: rows.filter((r) => !r.hasGeometry).map((r) => r.code) };
}
