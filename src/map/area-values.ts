/**
 * The value an area shows for a metric and year, absolute or normalised by its
 * institutions ("per school") or per 1,000 students, with the denominator that
 * backs it. `null` is "no data", never zero.
 */
import type { MetricDefinition } from '../contract/contract.types.js';
import type { Normalisation } from '../contract/vocabulary.js';

export const VALUE_MODES = ['absolute', 'perSchool', 'per1000Students'] as const;
export type ValueMode = 'absolute' | Normalisation;

interface AreaFieldsLike {
  code: string;
  name: string;
  schools: number;
  institutions: number;
  /** Institutions allocated by share of students (the rates' denominator); absent in older contracts. */
  institutionShare?: number;
  students: number | null;
}

type Serieses = Readonly<Record<string, readonly (number | null)[]>>;

/**
 * An area with its values: every metric's series (a shard's row), or the raw
 * value of `metric` in year `yearIndex` when the area reads it straight from a
 * file's columns (src/map/column-areas.ts): a first paint then makes no series
 * for ~7,900 comuni, and an area of a latest year's file has no series at all.
 */
export type AreaLike = AreaSeries | (AreaFieldsLike & { values?: Serieses; valueAt(metric: string, yearIndex: number): number | null });

/** An area with every metric's series (a shard's row, a timeline's scope). */
export type AreaSeries = AreaFieldsLike & { values: Serieses; valueAt?: undefined };

/**
 * Why a rate is missing where its count is not, in the order they are said: no students counted in the area (the
 * autonomous provinces' schools are not in the students' file); institutions there but none of them allocated to it,
 * as their plessi here have no student count while their others do (a rate per institution divides by the
 * institutions allocated as the activity is, by counted students: data-adapters/aggregate/allocation.ts); or no
 * institution of the current registry there (a grant to one merged away since).
 */
export const UNDIVIDED_REASONS = ['students', 'unshared', 'institutions'] as const;
export type UndividedReason = (typeof UNDIVIDED_REASONS)[number];

export interface AreaValue {
  value: number | null;
  raw: number | null;
  /** What the value was divided by, and its count. */
  denominator: { kind: 'institutions' | 'students'; count: number } | null;
  /** A rate with a count and nothing to divide it by: why (src/i18n/undivided.ts says it). */
  undivided?: UndividedReason;
}

/** The modes a metric allows: absolute always, then its declared normalisations. */
export function modesOf(metric: MetricDefinition): ValueMode[] {
  return ['absolute', ...metric.normalisations];
}

export function areaValue(area: AreaLike, metric: string, yearIndex: number, mode: ValueMode): AreaValue {
  const raw = (area.valueAt ? area.valueAt(metric, yearIndex) : area.values[metric]?.[yearIndex]) ?? null;
  if (raw === null || !Number.isFinite(raw)) return { value: null, raw: null, denominator: null };
  if (mode === 'perSchool') {
    // Activity is allocated to areas by share of students: divide by the institutions allocated the same way.
    const institutions = area.institutionShare ?? area.institutions;
    return institutions > 0
      ? { value: raw / institutions, raw, denominator: { kind: 'institutions', count: institutions } }
      : { value: null, raw, denominator: null, undivided: area.institutions > 0 ? 'unshared' : 'institutions' };
  }
  if (mode === 'per1000Students') {
    return area.students
      ? { value: (raw / area.students) * 1000, raw, denominator: { kind: 'students', count: area.students } }
      : { value: null, raw, denominator: null, undivided: 'students' };
  }
  return { value: raw, raw, denominator: { kind: 'institutions', count: area.institutions } };
}
