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

/** The classes of fixed thresholds over `values`: their ends say where the values reach, no class is one value's. */
export function fixedClasses(values: readonly number[], breaks: readonly number[]): Classes {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return values.length ? { breaks: [...breaks], min, max, fixed: true } : { breaks: [...breaks], min: 0, max: 0, fixed: true };
}
