/**
 * The areas' outlines at the resolution they are shown: traced from the arcs
 * mapped to a canvas's device pixels, snapped to whole pixels and simplified
 * within half a pixel (src/map/device-arcs.ts). Rasterising points that
 * cannot be seen was most of the time a change of year took, and much of a
 * first paint's (Leaflet's canvas renderer snaps and simplifies its paths in
 * the same spirit, per layer). Both sides of a border walk the same points, so
 * neighbours still meet without a gap.
 */
import { sameTransform, type DeviceTransform } from './device-arcs.js';
import type { MapLayer, PathSink } from './map-geometry.js';

/** The device transform of a map transform (CSS pixels) on a canvas of `ratio` device pixels per CSS pixel. */
export function deviceTransform(transform: DeviceTransform, ratio: number): DeviceTransform {
  return { scale: transform.scale * ratio, dx: transform.dx * ratio, dy: transform.dy * ratio };
}

/**
 * The snapped Path2D of each area of a layer for one device transform, built
 * the first time it is asked for and kept while the transform holds: a change
 * of year or metric redraws from them, and the picking canvas fills the same
 * paths (scaled back to CSS pixels).
 */
export class PixelPaths {
  /** By area index (an array: a redraw reads all ~7,900 of them). */
  private readonly _paths: (Path2D | null | undefined)[] = [];
  private readonly _outlines = new WeakMap<readonly number[], readonly Path2D[]>();

  constructor(
    readonly layer: MapLayer,
    readonly transform: DeviceTransform,
  ) {}

  /** Whether these paths are the ones for `layer` at `transform`. */
  fits(layer: MapLayer, transform: DeviceTransform): boolean {
    return layer === this.layer && sameTransform(this.transform, transform);
  }

  /** The area's Path2D in device pixels, built the first time (null: no geometry). */
  path(i: number): Path2D | null {
    let path = this._paths[i];
    if (path === undefined) {
      const built = new Path2D();
      path = this.trace(i, built) ? built : null;
      this._paths[i] = path;
    }
    return path;
  }

  /** The area's Path2D if it was built already, else undefined. */
  built(i: number): Path2D | null | undefined {
    return this._paths[i];
  }

  /**
   * The outer edge of the areas `shown` (MapLayer.traceOutline), snapped, in
   * pieces of at most `PIECE` segments, kept per `shown` array. Stroked as one
   * path around all Italy, the edge took longer to rasterise than the ~7,900
   * areas inside it; in short pieces it costs a fraction.
   */
  outline(shown: readonly number[]): readonly Path2D[] {
    let pieces = this._outlines.get(shown);
    if (!pieces) {
      const sink = new PathPieces();
      this.layer.traceOutline(shown, sink, this.transform);
      this._outlines.set(shown, (pieces = sink.pieces));
    }
    return pieces;
  }

  /** Traces the area, snapped, into `sink` (a context's current path at a first paint); false without geometry. */
  trace(i: number, sink: PathSink): boolean {
    return this.layer.trace(i, sink, this.transform);
  }
}

/** Segments per piece of a stroked line: short enough to rasterise quickly, long enough to keep the calls few. */
export const PIECE = 64;

/**
 * Open lines traced into pieces (Path2D) of at most `PIECE` segments each: a
 * line cut at a piece's end goes on from the same point in the next. A piece
 * holds as many lines as fit: the edge of all Italy is ~2,000 lines (an arc
 * each, islands and coasts), and a Path2D for each took longer to make than
 * the strokes took to record.
 */
export class PathPieces<P extends PathSink = Path2D> implements PathSink {
  readonly pieces: P[] = [];
  private _segments = 0;
  private _x = 0;
  private _y = 0;

  constructor(private readonly _make: () => P = () => new Path2D() as unknown as P) {}

  moveTo(x: number, y: number): void {
    if (this.pieces.length === 0 || this._segments >= PIECE) {
      this.pieces.push(this._make());
      this._segments = 0;
    }
    this.pieces.at(-1)!.moveTo(x, y);
    this._x = x;
    this._y = y;
  }

  lineTo(x: number, y: number): void {
    if (this._segments >= PIECE || this.pieces.length === 0) this.moveTo(this._x, this._y);
    this.pieces.at(-1)!.lineTo(x, y);
    this._segments++;
    this._x = x;
    this._y = y;
  }

  closePath(): void {
    this.pieces.at(-1)?.closePath();
  }
}
