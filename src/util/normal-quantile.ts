/**
 * The standard normal's upper quantile: the z with P(Z > z) = p, for the small
 * tail probabilities of intervals (p ≤ 0.5). Abramowitz and Stegun 26.2.23, a
 * rational approximation within 4.5e-4 of z: ample for an interval's width,
 * and a few bytes where a full inverse would be a library.
 */
export function upperNormalQuantile(p: number): number {
  const t = Math.sqrt(-2 * Math.log(p));
  return t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
}
