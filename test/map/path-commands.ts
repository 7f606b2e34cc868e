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
