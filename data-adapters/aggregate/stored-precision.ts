/**
 * How an area's allocated sums are written: never coarser than a cent, and
 * always with at least four significant digits. An institution's activity is
 * split among the comuni of its plessi by share of students, so a comune can
 * hold 0.0357 of one institution. Rounded to two decimals that becomes 0.04,
 * while its denominator (the institutions' share) kept 0.036: the comune's
 * share of active institutions read 0.04 / 0.036 = 1.11, more than all of
 * them, and was the "best" of Italy. One rule for the numerators and the
 * denominator, monotone and relative, keeps every rate within 0.05% of the
 * exact one, and a share of active institutions at most 1.
 */

/** Significant digits kept for any value, however small. */
export const STORED_SIGNIFICANT_DIGITS = 4;

/** `value` rounded as the contract's area files store it (see above). */
export function storedPrecision(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(2, STORED_SIGNIFICANT_DIGITS - 1 - magnitude);
  // Through toFixed (decimal arithmetic on the digits) rather than x * 10^d / 10^d, which leaves 0.30000000000000004.
  return Number(value.toFixed(Math.min(decimals, 100)));
}
