/**
 * A rate of counts (projects, participants or euros per institution or per
 * 1,000 students) with its 95% interval. What an area's institutions do varies
 * more than Poisson's law allows (an active school runs several projects, a
 * grant is thousands of euros), so the model is quasi-Poisson: the count's
 * variance is φ times its mean, φ the metric's `dispersion` in the contract,
 * one institution's variance over its mean across the nation
 * (data-adapters/aggregate/dispersion.ts). An area whose institutions are
 * shared with others by students sums fractions of them, whose variance is
 * smaller: its interval errs wide. (φ read from the map's own areas instead
 * grows with every true difference between them: areas planted at 3 and at 0.5
 * projects per institution were never told apart.)
 */

/**
 * The 95% interval of count / exposure × `per` (1,000 for a rate per 1,000
 * students): the quasi-Poisson score interval, the means λ with
 * (count − λ)² ≤ z²·φ·λ, which stays above zero and is not empty at a count of 0.
 */
export function countRateInterval(count: number, exposure: number, dispersion: number, per = 1, z = 1.96): [number, number] | null {
  if (!(exposure > 0) || !(count >= 0)) return null;
  const c = z * z * dispersion;
  const half = Math.sqrt(c * count + (c * c) / 4);
  const scale = per / exposure;
  return [Math.max(0, count + c / 2 - half) * scale, (count + c / 2 + half) * scale];
}
