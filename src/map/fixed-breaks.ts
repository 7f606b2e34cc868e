/**
 * Class breaks that a page sets (`breaks="10% 20% 30%"`), so that maps side by
 * side, or one map's years as it plays, share one legend: each map's own
 * quantiles made Toscana's darkest class 24.6% to 25% of active institutions
 * and Lombardia's beside it 28.8% to 47.6%, and a year's colours changed with
 * the other areas' values as much as with its own.
 *
 * The thresholds are written in the unit the legend shows (a share in percent,
 * with its sign; any other value as a plain number), with a dot for decimals
 * as HTML writes numbers, in increasing order, one to six (two to seven
 * classes). Nothing else is guessed: `12,5%` may be twelve and a half or a
 * slip, and `0.1` on a map of shares may mean 10% or 0.1%; the map then shows
 * its own classes and says why (src/i18n/ignored-attribute.ts).
 */
import type { Classes } from './classify.js';

/** Why a `breaks` attribute was not read: a word that is no number, a sign missing or extra, an order, a count. */
export type BreaksProblem = 'number' | 'percent' | 'plain' | 'order' | 'count';

export type ReadBreaks = { breaks: number[] } | { problem: BreaksProblem; token?: string };

/** The most thresholds: seven classes, as `classes` allows and the palettes hold. */
export const MAX_BREAKS = 6;

/** The thresholds written in `text`, as values of the data (a percentage as a share: `12.5%` is 0.125). */
export function readBreaks(text: string, percent: boolean): ReadBreaks {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > MAX_BREAKS) return { problem: 'count' };
  const breaks: number[] = [];
  for (const token of tokens) {
    const parts = /^(-?\d+(?:\.\d+)?)(%?)$/.exec(token);
    if (!parts) return { problem: 'number', token };
    if (percent !== (parts[2] === '%')) return { problem: percent ? 'percent' : 'plain', token };
    // Read with its decimal point moved, not divided by 100: "12.3e-2" is the double nearest 0.123, as a share is.
    const value = Number(percent ? `${parts[1]}e-2` : parts[1]);
    if (breaks.length > 0 && value <= breaks[breaks.length - 1]!) return { problem: 'order' };
    breaks.push(value);
  }
  return { breaks };
}

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
