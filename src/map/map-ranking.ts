/**
 * The places of a map's areas, said with what they can bear. A comune with one
 * institution is at 0% or 100% of its institutions active by the chance of one
 * school, and a bare "1 of 273" would rank it first. So a value with a 95%
 * interval (a share's, a rate's, a survey estimate's: src/map/map-view.ts
 * `intervalOf`) gives its area a range of places, from behind every area whose
 * interval lies wholly above its own to ahead of every area whose interval lies
 * wholly below it. A count in absolute mode is shown as counted, but its place
 * is ranged by the interval of its rate times its institutions: it swings by
 * chance as much (src/map/value-interval.ts `countInterval`). A rate without an
 * interval (an older contract) is ranked among the areas with enough
 * institutions only, and a count without one (no dispersion) exactly.
 */
export interface Ranking {
  /** Each ranked area's place, 1 the best; equal values share it. */
  places: Map<string, number>;
  /** Each ranked area's range of places given every area's 95% interval; null when the values have none. */
  ranges: Map<string, [number, number]> | null;
  /** Ranked only among the areas with at least this many institutions (0: every area with a value). */
  minInstitutions: number;
}

/** One shown area as the ranking reads it: its value, and its 95% interval where it has one. */
export interface RankedArea {
  code: string;
  value: number | null;
  interval: readonly [number, number] | null;
  /** The institutions behind the value (allocated by students, so a fraction in a comune). */
  institutions: number;
}

/**
 * `withRanges`: the values have intervals; one without is as unknown as can be,
 * and its range the whole field. Without them, a rate is ranked only among the
 * areas with at least `minInstitutions` institutions (a contract older than
 * the metrics' dispersion).
 */
export function rankingOf(areas: readonly RankedArea[], higherIsBetter: boolean, withRanges: boolean, minInstitutions = 0): Ranking {
  const ranked = areas.filter(
    (a): a is RankedArea & { value: number } => a.value !== null && Number.isFinite(a.value) && a.institutions >= minInstitutions,
  );
  const places = placesOf(ranked, higherIsBetter);
  if (!withRanges) return { places, ranges: null, minInstitutions };
  const bounds = new Map<string, readonly [number, number]>(ranked.map((a) => [a.code, a.interval ?? [-Infinity, Infinity]]));
  return { places, ranges: placeRanges(bounds, higherIsBetter), minInstitutions };
}

/** Places by value (1 = highest, or lowest when lower is better); ties share the better place. */
function placesOf(areas: readonly { code: string; value: number }[], higherIsBetter: boolean): Map<string, number> {
  const sorted = [...areas].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  const places = new Map<string, number>();
  sorted.forEach((a, i) => places.set(a.code, i > 0 && sorted[i - 1]!.value === a.value ? places.get(sorted[i - 1]!.code)! : i + 1));
  return places;
}

/**
 * Each area's best and worst place given every area's interval: it is surely
 * behind the areas whose low end is above its high end, and surely ahead of
 * those whose high end is below its low end. Two 95% intervals that do not
 * overlap differ at well under 5%: a range says less than the data could, never more.
 */
export function placeRanges(
  bounds: ReadonlyMap<string, readonly [number, number]>,
  higherIsBetter: boolean,
): Map<string, [number, number]> {
  const lows = Float64Array.from(bounds.values(), (b) => b[0]).sort();
  const highs = Float64Array.from(bounds.values(), (b) => b[1]).sort();
  const n = lows.length;
  const ranges = new Map<string, [number, number]>();
  for (const [code, [low, high]] of bounds) {
    const above = n - countBelow(lows, high, true);
    const below = countBelow(highs, low, false);
    ranges.set(code, higherIsBetter ? [1 + above, n - below] : [1 + below, n - above]);
  }
  return ranges;
}

/** How many values of an ascending array are below x, or (`orEqual`) at most x. */
function countBelow(sorted: Float64Array, x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < x || (orEqual && sorted[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
