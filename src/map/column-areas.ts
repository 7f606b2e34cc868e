/**
 * A national area file's comuni as a map reads them (`MapArea`), made for a
 * first paint: one small sealed object per comune with its plain fields, its
 * series and its shadow zone read from the file's columns only when asked
 * (the same readers as `areaRows`, src/contract/area-rows.ts). Making every
 * field of ~7,900 rows up front took 23 to 34 ms of a first paint of ~200 in
 * Chromium; a first paint reads only each comune's value of one year
 * (`valueAt`) and its shadow-zone status (`shadowStatus`), and the tooltip,
 * the table and the downloads the rest.
 */
import { shadowAt, valuesAt } from '../contract/area-rows.js';
import type { AreaFile, AreaLatestFile, ShadowZone } from '../contract/contract.types.js';
import type { AreaLike } from './area-values.js';
import type { SchoolTally } from './tally-institutions.js';

/** What a map reads of an area (load-map.ts's MapArea), its shadow zone (what a map shows of it) always there. */
type ColumnAreaLike = AreaLike & { readonly shadow: ShownShadow; shadowStatus(): ShadowZone['status'] };

/** What a map shows of an area's shadow zone: its status and the reason for it. */
export type ShownShadow = Pick<ShadowZone, 'status' | 'reason'>;

/** The plain fields of area `i`, the same in both files' columns. */
abstract class AreaFields {
  readonly code: string;
  readonly name: string;
  readonly schools: number;
  readonly institutions: number;
  readonly students: number | null;
  // Declared, not defined: absent (as in a row) when the file has none for this comune.
  declare readonly institutionShare?: number;

  constructor(c: AreaFile['columns'] | AreaLatestFile['columns'], i: number) {
    this.code = c.code[i]!;
    this.name = c.name[i]!;
    this.schools = c.schools[i]!;
    this.institutions = c.institutions[i]!;
    this.students = c.students[i]!;
    if (c.institutionShare[i] != null) (this as { institutionShare?: number }).institutionShare = c.institutionShare[i]!;
  }
}

class ColumnArea extends AreaFields {
  readonly #file: AreaFile;
  readonly #i: number;
  #values: AreaLike['values'] | undefined;
  #shadow: ShadowZone | undefined;

  constructor(file: AreaFile, i: number) {
    super(file.columns, i);
    this.#file = file;
    this.#i = i;
    // Sealed as the file is: the caches below are private fields, which freezing leaves writable.
    Object.freeze(this);
  }

  get values(): AreaLike['values'] {
    return (this.#values ??= valuesAt(this.#file, this.#i));
  }

  get shadow(): ShadowZone {
    return (this.#shadow ??= shadowAt(this.#file, this.#i));
  }

  shadowStatus(): ShadowZone['status'] {
    return this.#file.columns.shadow.status[this.#i]!;
  }

  valueAt(metric: string, yearIndex: number): number | null {
    return metric === this.#file.metric ? (this.#file.columns.values[yearIndex]?.[this.#i] ?? null) : null;
  }
}

/**
 * An area of a latest year's file (src/contract/area-latest.ts): its value in
 * that year only, which is the index's year `yearIndex`, and in the latest
 * final year (`finalIndex`) where that one is provisional. A map draws from it
 * only that year (load-map.ts's `onlyYear`); asked for another, it says so
 * rather than answer "no data".
 */
class LatestArea extends AreaFields {
  readonly #file: AreaLatestFile;
  readonly #i: number;
  readonly #yearIndex: number;
  readonly #finalIndex: number;
  #shadow: ShownShadow | undefined;

  constructor(file: AreaLatestFile, i: number, yearIndex: number, finalIndex: number) {
    super(file.columns, i);
    this.#file = file;
    this.#i = i;
    this.#yearIndex = yearIndex;
    this.#finalIndex = finalIndex;
    Object.freeze(this);
  }

  /** Its status and reason: the figures behind them (n, rates, probability) are only in the whole file. */
  get shadow(): ShownShadow {
    const { status, reason } = this.#file.columns.shadow;
    const at = reason[this.#i];
    return (this.#shadow ??= Object.freeze(
      at == null ? { status: status[this.#i]! } : { status: status[this.#i]!, reason: this.#file.reasons[at]! },
    ));
  }

  shadowStatus(): ShadowZone['status'] {
    return this.#file.columns.shadow.status[this.#i]!;
  }

  valueAt(metric: string, yearIndex: number): number | null {
    if (metric !== this.#file.metric) return null;
    if (yearIndex === this.#finalIndex) return this.#file.final!.value[this.#i] ?? null;
    if (yearIndex !== this.#yearIndex) throw new RangeError(`${this.code}: the latest year's file holds ${this.#file.year} only`);
    return this.#file.columns.value[this.#i] ?? null;
  }
}

const read = new WeakMap<AreaFile | AreaLatestFile, ReadonlyMap<string, ColumnAreaLike>>();

/**
 * The file's areas by code, made once per file; a latest year's file's, of the index's year `yearIndex` (and of its
 * `finalIndex`, the latest final year's, where the file carries it).
 */
export function columnAreas(file: AreaFile): ReadonlyMap<string, ColumnAreaLike>;
export function columnAreas(file: AreaLatestFile, yearIndex: number, finalIndex?: number): ReadonlyMap<string, ColumnAreaLike>;
export function columnAreas(file: AreaFile | AreaLatestFile, yearIndex = -1, finalIndex = -1): ReadonlyMap<string, ColumnAreaLike> {
  let areas = read.get(file);
  if (!areas) {
    const codes = file.columns.code;
    const made = new Map<string, ColumnAreaLike>();
    for (let i = 0; i < codes.length; i++)
      made.set(codes[i]!, file.kind === 'areas' ? new ColumnArea(file, i) : new LatestArea(file, i, yearIndex, finalIndex));
    read.set(file, (areas = made));
  }
  return areas;
}

/** Active and role-model institutions per area, as the file states them. */
export function columnTallies(file: AreaFile | AreaLatestFile): Map<string, SchoolTally> {
  const { code, active, roleModels } = file.columns;
  const tallies = new Map<string, SchoolTally>();
  for (let i = 0; i < code.length; i++) tallies.set(code[i]!, { active: active[i]!, roleModels: roleModels[i]! });
  return tallies;
}
