/**
 * The 95% interval of a change between two estimates, each known with its own
 * 95% interval (a share's Wilson, a rate's quasi-Poisson): MOVER, the "method
 * of variance estimates recovery" (Newcombe 1998 for a difference; Donner and
 * Zou 2012 for a ratio). It keeps each interval's asymmetry, where small areas
 * sit (a share near 0, a count of 1), which a ± of standard errors would not.
 *
 * It takes the two as independent. Two years of one area share most of their
 * institutions, which makes the true interval of their change narrower: this
 * one errs wide, as every interval in the library does.
 */

type Interval = readonly [number, number];

/** `to − from`, with its interval. */
export function differenceInterval(from: number, [fromLow, fromHigh]: Interval, to: number, [toLow, toHigh]: Interval): [number, number] {
  const change = to - from;
  return [change - Math.hypot(to - toLow, fromHigh - from), change + Math.hypot(toHigh - to, from - fromLow)];
}

/**
 * `to / from`, with its interval: the ratios θ at which `to − θ·from` has 0 at
 * an end of its MOVER interval (the roots of a quadratic in θ). The upper end
 * is Infinity where `from`'s interval reaches 0: the change could be any size.
 * Null where `from` is not above 0.
 */
export function ratioInterval(from: number, [fromLow, fromHigh]: Interval, to: number, [toLow, toHigh]: Interval): [number, number] | null {
  if (!(from > 0) || !(to >= 0)) return null;
  const product = from * to;
  // Lower end: (to − θ·from)² = (to − toLow)² + θ²(fromHigh − from)².
  const a = fromHigh * (2 * from - fromHigh);
  const c = toLow * (2 * to - toLow);
  // A last year of 0 can only have fallen all the way; a first year's interval of exactly twice its value makes the quadratic linear.
  const low = to === 0 ? 0 : a === 0 ? c / (2 * product) : (product - Math.sqrt(Math.max(0, product * product - a * c))) / a;
  // Upper end: (θ·from − to)² = (toHigh − to)² + θ²(from − fromLow)².
  const a2 = fromLow * (2 * from - fromLow);
  const c2 = toHigh * (2 * to - toHigh);
  const high = a2 > 0 ? (product + Math.sqrt(Math.max(0, product * product - a2 * c2))) / a2 : Infinity;
  return [Math.max(0, low), high];
}
