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

/** Region code → metric id → one φ per year. */
export type RegionDispersions = Map<string, Record<string, (number | null)[]>>;

/**
 * Each region's `dispersion` (src/contract/contract.schema.ts RegionSummary):
 * per metric that has a national one, the same measure over the region's
 * institutions, null in the years the national one is null (no data). Rounded
 * up to two significant digits: every element downloads the index, where four
 * for 20 regions, ~9 metrics and 12 years cost 5.3 KB gzip and two 2.7, and an
 * interval made with it only errs wide.
 */
export function regionalDispersions(
  institutions: Iterable<Institution>,
  metrics: readonly MetricSpec[],
  years: readonly number[],
): RegionDispersions {
  const byRegion = new Map<string, Institution[]>();
  for (const institution of institutions) {
    const own = byRegion.get(institution.location.region);
    if (own) own.push(institution);
    else byRegion.set(institution.location.region, [institution]);
  }
  // The years each metric's national φ covers, once per metric rather than once per region.
  const measured = metrics.flatMap((metric) => {
    const national = metric.definition.dispersion;
    return national ? [{ metric, covered: new Set(years.filter((_, i) => national[i] !== null)) }] : [];
  });
  return new Map(
    [...byRegion].map(([region, own]) => [
      region,
      Object.fromEntries(
        measured.map(({ metric, covered }) => [
          metric.definition.id,
          institutionDispersion(own, metric, years, covered).map((phi) => phi && roundedUp(phi)),
        ]),
      ),
    ]),
  );
}

/** Rounded up to two significant digits (5.721 → 5.8, 0.9526 → 0.96). */
export function roundedUp(value: number): number {
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  // Through toPrecision: 0.96 rather than 0.9600000000000001.
  return Number((Math.ceil(Number((value / unit).toPrecision(12))) * unit).toPrecision(2));
}

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
