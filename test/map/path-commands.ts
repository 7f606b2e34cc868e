import type { PathSink } from '../../src/map/map-geometry.ts';

/** A path sink that writes what it is given as SVG-like commands ("M1,2", "L5,2", "Z"), for the tests to compare. */
export class PathCommands implements PathSink {
  readonly list: string[] = [];
  moveTo(x: number, y: number) {
    this.list.push(`M${x},${y}`);
  }
  lineTo(x: number, y: number) {
    this.list.push(`L${x},${y}`);
  }
  closePath() {
    this.list.push('Z');
  }
}

/** Distance from a point to the polyline through `line` (a line of one point: to that point). */
export function distanceToLine([px, py]: [number, number], line: [number, number][]): number {
  if (line.length === 1) return Math.hypot(px - line[0]![0], py - line[0]![1]);
  let best = Infinity;
  for (let k = 1; k < line.length; k++) {
    const [ax, ay] = line[k - 1]!;
    const [vx, vy] = [line[k]![0] - ax, line[k]![1] - ay];
    const length2 = vx * vx + vy * vy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / length2));
    best = Math.min(best, Math.hypot(px - ax - t * vx, py - ay - t * vy));
  }
  return best;
}
