/**
 * Class breaks that a page sets (`breaks="10% 20% 30%"`), so that maps side by
 * side, or one map's years as it plays, share one legend: each map's own
 * quantiles made Toscana's darkest class 24.6% to 25% of active institutions
 * and Lombardia's beside it 28.8% to 47.6%, and a year's colours changed with
 * the other areas' values as much as with its own.
 *
 * The thresholds are written in the unit the legend shows, one to six (two to
 * seven classes), and read strictly (src/util/unit-values.ts); the map
 * otherwise shows its own classes and says why.
 */
import type { Classes } from './classify.js';

/** The most thresholds: seven classes, as `classes` allows and the palettes hold. */
export const MAX_BREAKS = 6;

/**
 * The classes of fixed thresholds over values whose lowest and highest the view found as it made them (none: low
 * above high, and both ends 0): their ends say where the values reach, no class is one value's.
 */
export function fixedClasses(breaks: readonly number[], low: number, high: number): Classes {
  const any = low <= high;
  return { breaks: [...breaks], min: any ? low : 0, max: any ? high : 0, fixed: true };
}
