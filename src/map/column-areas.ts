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
import type { AreaFile, ShadowZone } from '../contract/contract.types.js';
import type { AreaLike } from './area-values.js';
import type { SchoolTally } from './tally-institutions.js';

/** What a map reads of an area (load-map.ts's MapArea), its shadow zone always there. */
type ColumnAreaLike = AreaLike & { readonly shadow: ShadowZone; shadowStatus(): ShadowZone['status'] };

class ColumnArea implements ColumnAreaLike {
  readonly code: string;
  readonly name: string;
  readonly schools: number;
  readonly institutions: number;
  readonly students: number | null;
  // Declared, not defined: absent (as in a row) when the file has none for this comune.
  declare readonly institutionShare?: number;
  readonly #file: AreaFile;
  readonly #i: number;
  #values: AreaLike['values'] | undefined;
  #shadow: ShadowZone | undefined;

  constructor(file: AreaFile, i: number) {
    const c = file.columns;
    this.code = c.code[i]!;
    this.name = c.name[i]!;
    this.schools = c.schools[i]!;
    this.institutions = c.institutions[i]!;
    this.students = c.students[i]!;
    if (c.institutionShare[i] != null) (this as { institutionShare?: number }).institutionShare = c.institutionShare[i]!;
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

const read = new WeakMap<AreaFile, ReadonlyMap<string, ColumnAreaLike>>();

/** The file's comuni by code, made once per file. */
export function columnAreas(file: AreaFile): ReadonlyMap<string, ColumnAreaLike> {
  let areas = read.get(file);
  if (!areas) {
    const codes = file.columns.code;
    const made = new Map<string, ColumnAreaLike>();
    for (let i = 0; i < codes.length; i++) made.set(codes[i]!, new ColumnArea(file, i));
    read.set(file, (areas = made));
  }
  return areas;
}

/** Active and role-model institutions per comune, as the file states them. */
export function columnTallies(file: AreaFile): Map<string, SchoolTally> {
  const { code, active, roleModels } = file.columns;
  const tallies = new Map<string, SchoolTally>();
  for (let i = 0; i < code.length; i++) tallies.set(code[i]!, { active: active[i]!, roleModels: roleModels[i]! });
  return tallies;
}
