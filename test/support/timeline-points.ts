/**
 * Where a timeline draws a series' points, read from its markers' path (one
 * move to each point), for tests that point at a line: in the chart's own units
 * (its SVG's viewBox), which the caller maps to the screen.
 */
export function markerPoints(root: ShadowRoot, group: string): [number, number][] {
  const d = root.querySelector(`g.series.${group} .marker`)!.getAttribute('d')!;
  return [...d.matchAll(/M([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
