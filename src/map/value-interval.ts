/**
 * A normalised value's 95% interval, as the map and the timeline say it: a
 * share of institutions by Wilson over the institutions it is of (allocated by
 * students; their sum is at most the effective number, so it errs wide), a rate
 * of counts by quasi-Poisson with the metric's dispersion that year, its
 * region's where larger (`dispersionOf`; src/map/count-rates.ts). None for a
 * rate whose contract has no dispersion.
 *
 * A count (absolute mode) is shown as it is: it was counted, not estimated. Yet
 * it swings by chance from year to year as much as its rate does, the more so
 * where institutions are few, and the map ranks areas by it: its place is
 * ranged by the same model (`countInterval`), so that a comune is not "first"
 * or "last" by the chance of one school.
 */
import type { MetricDefinition } from '../contract/contract.types.js';
import { isShareShown } from '../i18n/format.js';
import { wilson } from '../util/wilson.js';
import type { AreaValue, ValueMode } from './area-values.js';
import { countRateInterval } from './count-rates.js';

/** A share's 95% interval over its institutions; none outside 0–1. */
export function shareInterval(value: number, institutions: number): [number, number] | null {
  return value >= 0 && value <= 1 && institutions > 0 ? wilson(value * institutions, institutions) : null;
}

/**
 * Whether a metric's values have intervals in a mode and year: a count of
 * institutions, absolute or as a share of them, always (Wilson); any value where
 * its dispersion is known (quasi-Poisson). In absolute mode the interval only
 * ranges a count's place (`countInterval`): `valueInterval` gives none.
 */
export function hasIntervals(metric: MetricDefinition, mode: ValueMode, yearIndex: number): boolean {
  return (metric.counts === 'institutions' && mode !== 'per1000Students') || typeof metric.dispersion?.[yearIndex] === 'number';
}

/** A region's dispersions by metric (the contract's RegionSummary `dispersion`). */
export interface RegionDispersions {
  dispersion?: Readonly<Record<string, readonly (number | null)[]>>;
}

/**
 * The φ an area's interval is made with: its region's where that is larger than
 * the nation's. A comune's institutions vary as their region's do, and regions
 * differ; a region's own φ, from fewer institutions, is noisier, and never
 * taken below the nation's, so that an interval errs wide, as the rest of this
 * file does. Null where the nation's is (no data that year).
 */
export function dispersionOf(metric: MetricDefinition, yearIndex: number, region?: RegionDispersions): number | null {
  const national = metric.dispersion?.[yearIndex];
  if (typeof national !== 'number') return null;
  const own = region?.dispersion?.[metric.id]?.[yearIndex];
  return typeof own === 'number' && own > national ? own : national;
}

/**
 * A count's 95% interval over `institutions` (allocated by students, as its
 * rate's): the interval of its rate per institution, times the institutions.
 * A count of institutions by Wilson, another by quasi-Poisson.
 */
export function countInterval(
  raw: number,
  institutions: number,
  metric: MetricDefinition,
  yearIndex: number,
  region?: RegionDispersions,
): [number, number] | null {
  if (!(raw >= 0)) return null;
  if (metric.counts === 'institutions') {
    const share = institutions > 0 ? shareInterval(raw / institutions, institutions) : null;
    return share && [share[0] * institutions, share[1] * institutions];
  }
  const dispersion = dispersionOf(metric, yearIndex, region);
  return dispersion === null ? null : countRateInterval(raw, 1, dispersion);
}

/** `region`: the area's region, whose dispersion may widen a rate's interval (`dispersionOf`). */
export function valueInterval(
  v: AreaValue,
  metric: MetricDefinition,
  mode: ValueMode,
  yearIndex: number,
  region?: RegionDispersions,
): [number, number] | null {
  if (mode === 'absolute' || !hasIntervals(metric, mode, yearIndex) || v.value === null || v.raw === null || !v.denominator) return null;
  if (isShareShown(metric.counts, mode)) return shareInterval(v.value, v.denominator.count);
  return countRateInterval(v.raw, v.denominator.count, dispersionOf(metric, yearIndex, region)!, mode === 'per1000Students' ? 1000 : 1);
}
