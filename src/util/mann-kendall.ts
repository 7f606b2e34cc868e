/** The normal's 97.5% quantile: the test is two-sided at 5%. */
const Z_975 = 1.959964;

/**
 * Whether a series in time order rises or falls beyond what its own ups and
 * downs give by chance: the Mann–Kendall test. S counts the pairs of years
 * that rise minus those that fall; with no trend (the values in any order
 * alike) S is centred on 0 with the variance below, ties corrected, and
 * (|S| − 1) over its standard deviation is compared with the normal's
 * 97.5% quantile: two-sided at 5%. It asks nothing of the values' scale or
 * distribution, so a comune's handful of institutions and the nation's
 * thousands are judged alike; it assumes the years' deviations independent
 * (a series that drifts from year to year is flagged more often).
 *
 * @returns 1 rising, -1 falling, 0 no trend shown.
 */
export function monotoneTrend(values: readonly number[]): -1 | 0 | 1 {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(values[j]! - values[i]!);
  const ties = new Map<number, number>();
  for (const value of values) ties.set(value, (ties.get(value) ?? 0) + 1);
  let variance = n * (n - 1) * (2 * n + 5);
  for (const t of ties.values()) variance -= t * (t - 1) * (2 * t + 5);
  variance /= 18;
  if (s === 0 || variance <= 0) return 0;
  return (Math.abs(s) - 1) / Math.sqrt(variance) > Z_975 ? (Math.sign(s) as -1 | 1) : 0;
}
