/**
 * Wilson's score interval of a share: k of n, at the normal quantile z (1.96:
 * 95%). Unlike p ± z·√(p(1−p)/n) it stays inside [0, 1] and is not empty at 0
 * or n, where small areas and small classes sit. `n` may be a fraction: an
 * area's institutions allocated by students (src/map/value-interval.ts).
 */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
