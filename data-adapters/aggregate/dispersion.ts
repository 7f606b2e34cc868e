/**
 * How much one institution's count of a metric varies, per year: its variance
 * over its mean across every institution of the build, those with nothing
 * included. It is the contract's `dispersion` of a metric
 * (src/contract/contract.schema.ts): an area's count over its institutions has
 * about φ times its mean as variance, and the map gives a rate its 95% interval
 * from it (src/map/count-rates.ts). Years the programme has no data for are
 * null, and so is a year where no institution has any.
 */
import type { Institution } from './institutions.js';
import type { MetricSpec } from './metrics.js';

export function institutionDispersion(
  institutions: Iterable<Institution>,
  metric: MetricSpec,
  years: readonly number[],
  covered: ReadonlySet<number> | undefined,
): (number | null)[] {
  const sums = new Float64Array(years.length);
  const squares = new Float64Array(years.length);
  let count = 0;
  for (const institution of institutions) {
    count++;
    for (const [year, data] of institution.years) {
      const i = years.indexOf(year);
      if (i < 0) continue;
      const value = metric.read(data);
      sums[i] = sums[i]! + value;
      squares[i] = squares[i]! + value * value;
    }
  }
  return years.map((year, i) => {
    if ((covered && !covered.has(year)) || count === 0) return null;
    const mean = sums[i]! / count;
    if (!(mean > 0)) return null;
    const variance = Math.max(0, squares[i]! / count - mean * mean);
    // Four significant digits: the interval it makes does not need more.
    return Number((variance / mean).toPrecision(4));
  });
}
