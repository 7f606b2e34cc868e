/**
 * A normalised value's 95% interval, as the map and the timeline say it: a
 * share of institutions by Wilson over the institutions it is of (allocated by
 * students; their sum is at most the effective number, so it errs wide), a rate
 * of counts by quasi-Poisson with the metric's dispersion that year
 * (src/map/count-rates.ts). None for a count, which is complete, nor for a rate
 * whose contract has no dispersion.
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

/** Whether a metric's values have intervals in a mode and year: a share always, a rate where its dispersion is known. */
export function hasIntervals(metric: MetricDefinition, mode: ValueMode, yearIndex: number): boolean {
  return mode !== 'absolute' && (isShareShown(metric.counts, mode) || typeof metric.dispersion?.[yearIndex] === 'number');
}

export function valueInterval(v: AreaValue, metric: MetricDefinition, mode: ValueMode, yearIndex: number): [number, number] | null {
  if (!hasIntervals(metric, mode, yearIndex) || v.value === null || v.raw === null || !v.denominator) return null;
  if (isShareShown(metric.counts, mode)) return shareInterval(v.value, v.denominator.count);
  return countRateInterval(v.raw, v.denominator.count, metric.dispersion![yearIndex]!, mode === 'per1000Students' ? 1000 : 1);
}
