/**
 * Which line of a chart a reader means: the one nearest the pointer, or the
 * next one up or down at a year for the keyboard. A chart of many lines with
 * their 95% bands (a multiple-choice question of the survey compared with
 * Italy: twelve lines, twelve bands) reads as one band of mud; the line meant
 * is drawn with its band, the others faded without theirs.
 */
import type { ChartModel, PointGeometry } from './chart-model.js';

/**
 * The y of a series' line at `x`: on the segment between two points of
 * consecutive years that spans it, or at a point within `tolerance` of it (a
 * year alone between gaps is a marker, not a segment). `null` where the line
 * is not drawn.
 */
export function lineYAt(points: readonly PointGeometry[], x: number, tolerance: number): number | null {
  let best: { y: number; dx: number } | null = null;
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    const next = points[k + 1];
    if (next && next.yearIndex === p.yearIndex + 1 && p.x <= x && x <= next.x)
      return next.x === p.x ? p.y : p.y + ((x - p.x) / (next.x - p.x)) * (next.y - p.y);
    const dx = Math.abs(p.x - x);
    if (dx <= tolerance && (!best || dx < best.dx)) best = { y: p.y, dx };
  }
  return best?.y ?? null;
}

/** The series whose line passes nearest the point (x, y), within `tolerance` pixels up or down; `null` if none does. */
export function nearestSeries(model: ChartModel, x: number, y: number, tolerance: number): number | null {
  let nearest: number | null = null;
  let distance = Infinity;
  model.series.forEach((s, i) => {
    const at = lineYAt(s.points, x, tolerance);
    const off = at === null ? Infinity : Math.abs(at - y);
    // A tie goes to the first series in order.
    if (off <= tolerance && off < distance) [nearest, distance] = [i, off];
  });
  return nearest;
}

/**
 * The series with a value at year `yearIndex`, top of the chart first (the
 * highest value; ties in the series' order): the order the arrow keys go
 * through.
 */
export function seriesOrderAt(model: ChartModel, yearIndex: number): number[] {
  const at = model.series.flatMap((s, i) => {
    const point = s.points.find((p) => p.yearIndex === yearIndex);
    return point ? [{ i, y: point.y }] : [];
  });
  return at.sort((a, b) => a.y - b.y || a.i - b.i).map((s) => s.i);
}

/**
 * The series the keyboard moves to from `current` at a year: `step` -1 the one
 * above it, +1 the one below; from none, the top one going down and the bottom
 * one going up; at either end it stays. A current series without a value at
 * that year starts again from the end the key moves away from.
 */
export function stepSeries(order: readonly number[], current: number | null, step: -1 | 1): number | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return step === 1 ? order[0]! : order.at(-1)!;
  return order[Math.max(0, Math.min(order.length - 1, at + step))]!;
}
