/**
 * A layer's arcs as one screen shows them: every point mapped to the canvas's
 * device pixels and rounded, a point on the pixel of the one before left out,
 * and the points that a line between their neighbours passes within
 * `DEVICE_TOLERANCE` of left out too (Douglas–Peucker). At the scale of all
 * Italy's comuni most borders are drawn with more points than pixels can show:
 * ~87,000 points once snapped, ~69,000 once simplified, and a first paint
 * traces and rasterises each of them twice (a border is drawn by both its
 * areas). Leaflet's canvas renderer simplifies its paths the same way, within
 * a whole pixel. Each arc is simplified once, so the two areas of a border
 * still walk the same points and meet without a gap; its ends are kept, so
 * arcs still meet each other.
 */

/** Map coordinates to a canvas's device pixels: `x * scale + dx`, `y * scale + dy` (the fitted and zoomed transform times the pixel ratio). */
export interface DeviceTransform {
  scale: number;
  dx: number;
  dy: number;
}

/** Whether two transforms map every point to the same pixel. */
export function sameTransform(a: DeviceTransform, b: DeviceTransform): boolean {
  return a.scale === b.scale && a.dx === b.dx && a.dy === b.dy;
}

/** Every arc's points: arc a's are `offsets[a]` to `offsets[a + 1]` (exclusive), x and y interleaved in `xy`. */
export interface ArcPoints {
  xy: Float64Array;
  offsets: Uint32Array;
}

/**
 * The arcs as a topology stores them (src/contract/pack-topology.ts): each
 * arc's number of points, and every point's x and y, as deltas from the point
 * before when the topology is quantised (`quantisation`), else in map units.
 */
export interface StoredArcs {
  lengths: readonly number[];
  positions: readonly number[];
}

/** A quantised topology's transform: map units are `q * scale + translate`. */
export interface Quantisation {
  scale: readonly number[];
  translate: readonly number[];
}

/**
 * How far from its border, in device pixels, simplifying may leave a point
 * out: no further than rounding to whole pixels already moves one (up to 0.7).
 */
export const DEVICE_TOLERANCE = 0.5;

/**
 * The arcs in whole device pixels for `transform`, without repeated points,
 * simplified within `DEVICE_TOLERANCE`: decoded from the stored positions in
 * the same pass (a first paint never decodes them to map units).
 */
export function deviceArcs(
  { lengths, positions }: StoredArcs,
  quantisation: Quantisation | undefined,
  transform: DeviceTransform,
): ArcPoints {
  const [sx, sy] = quantisation?.scale ?? [1, 1];
  const [tx, ty] = quantisation?.translate ?? [0, 0];
  const { scale, dx, dy } = transform;
  // Whole pixels in doubles, not 32-bit integers: a map fitted to a box around a single point (scale ~1e12) must
  // draw its far-off points far off, not wrapped around into the box.
  const out = new Float64Array(positions.length);
  const offsets = new Uint32Array(lengths.length + 1);
  let longest = 0;
  for (let a = 0; a < lengths.length; a++) longest = Math.max(longest, lengths[a]!);
  // Work space for the longest arc, shared by all: which points stay, and the spans still to look at.
  const keep = new Uint8Array(longest);
  const spans = new Int32Array(2 * longest + 2);
  let w = 0;
  let o = 0;
  for (let a = 0; a < lengths.length; a++) {
    const start = w;
    // Map units as the layer decodes them (q * scale + translate), then device pixels.
    let qx = 0;
    let qy = 0;
    for (const end = o + 2 * lengths[a]!; o < end; o += 2) {
      if (quantisation) {
        qx += positions[o]!;
        qy += positions[o + 1]!;
      } else {
        qx = positions[o]!;
        qy = positions[o + 1]!;
      }
      const x = Math.round((qx * sx! + tx!) * scale + dx);
      const y = Math.round((qy * sy! + ty!) * scale + dy);
      if (w > start && x === out[w - 2] && y === out[w - 1]) continue;
      out[w] = x;
      out[w + 1] = y;
      w += 2;
    }
    w = simplify(out, start, w, keep, spans);
    offsets[a + 1] = w / 2;
  }
  return { xy: out.subarray(0, w), offsets };
}

/**
 * Douglas–Peucker on the points of `xy` from `from` to `to` (indices into the
 * interleaved list), in place, with an explicit stack (`spans`) rather than
 * recursion; returns where the points kept end.
 */
function simplify(xy: Float64Array, from: number, to: number, keep: Uint8Array, spans: Int32Array): number {
  const count = (to - from) / 2;
  if (count <= 2) return to;
  const limit = DEVICE_TOLERANCE * DEVICE_TOLERANCE;
  keep.fill(0, 0, count);
  keep[0] = 1;
  keep[count - 1] = 1;
  let top = 0;
  spans[top++] = 0;
  spans[top++] = count - 1;
  while (top > 0) {
    const b = spans[--top]!;
    const a = spans[--top]!;
    const ax = xy[from + 2 * a]!;
    const ay = xy[from + 2 * a + 1]!;
    const vx = xy[from + 2 * b]! - ax;
    const vy = xy[from + 2 * b + 1]! - ay;
    const length2 = vx * vx + vy * vy;
    let farthest = -1;
    let most = limit;
    for (let k = a + 1; k < b; k++) {
      const px = xy[from + 2 * k]! - ax;
      const py = xy[from + 2 * k + 1]! - ay;
      // Distance to the segment (to its end point beyond either end; to `a` when the arc closes on itself).
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, (px * vx + py * vy) / length2));
      const ex = px - t * vx;
      const ey = py - t * vy;
      const distance2 = ex * ex + ey * ey;
      if (distance2 > most) {
        most = distance2;
        farthest = k;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    spans[top++] = a;
    spans[top++] = farthest;
    spans[top++] = farthest;
    spans[top++] = b;
  }
  let w = from;
  for (let k = 0; k < count; k++) {
    if (keep[k] === 0) continue;
    xy[w] = xy[from + 2 * k]!;
    xy[w + 1] = xy[from + 2 * k + 1]!;
    w += 2;
  }
  return w;
}
