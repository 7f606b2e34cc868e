/**
 * The zoom of a map, as pure arithmetic (tested in Node): a scale `k` and a
 * shift (x, y) in CSS pixels, applied over the transform that fits the map in
 * its box, so that a box point p is shown at k·p + (x, y). The map never
 * shrinks below its fitted size and never leaves a gap at the box's edges.
 */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

/** A plane transform: scale, then shift (what `fitTransform` gives). */
export interface PlaneTransform {
  scale: number;
  dx: number;
  dy: number;
}

export const NO_ZOOM: Zoom = Object.freeze({ k: 1, x: 0, y: 0 });

/** Enough to read one comune of a few hundred people in a national map. */
export const MAX_ZOOM = 64;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Keeps `zoom` within [1, MAX_ZOOM] and the zoomed map over the whole box. */
export function constrainZoom(zoom: Zoom, width: number, height: number): Zoom {
  const k = clamp(zoom.k, 1, MAX_ZOOM);
  return { k, x: clamp(zoom.x, width - k * width, 0), y: clamp(zoom.y, height - k * height, 0) };
}

/** Zooms by `factor` keeping the box point (px, py) where it is on screen. */
export function zoomAround(zoom: Zoom, factor: number, px: number, py: number, width: number, height: number): Zoom {
  const k = clamp(zoom.k * factor, 1, MAX_ZOOM);
  const ratio = k / zoom.k;
  return constrainZoom({ k, x: px - (px - zoom.x) * ratio, y: py - (py - zoom.y) * ratio }, width, height);
}

/** Moves the zoomed map by (dx, dy) screen pixels. */
export function panZoom(zoom: Zoom, dx: number, dy: number, width: number, height: number): Zoom {
  return constrainZoom({ k: zoom.k, x: zoom.x + dx, y: zoom.y + dy }, width, height);
}

/** Moves the zoomed map so that the screen point (sx, sy) comes to the box's centre. */
export function centreOn(zoom: Zoom, sx: number, sy: number, width: number, height: number): Zoom {
  return panZoom(zoom, width / 2 - sx, height / 2 - sy, width, height);
}

/**
 * The zoom that shows an area found by name, whose box on screen (at `zoom`) is `[[x0, y0], [x1, y1]]`: zoomed in until
 * it is `least` pixels across (up to MAX_ZOOM; a comune is a few pixels in a national map), never out (a reader who
 * zoomed in further stays as near), and centred within the edges.
 */
export function zoomToSee(zoom: Zoom, [[x0, y0], [x1, y1]]: ScreenBox, least: number, width: number, height: number): Zoom {
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const across = Math.max(x1 - x0, y1 - y0);
  const zoomed = zoomAround(zoom, across > 0 ? Math.max(1, least / across) : MAX_ZOOM, cx, cy, width, height);
  // The area's centre, a box point shown at `zoom`, where `zoomed` shows it (the edges may have moved it).
  const at = (p: number, shift: number, shifted: number) => ((p - shift) / zoom.k) * zoomed.k + shifted;
  return centreOn(zoomed, at(cx, zoom.x, zoomed.x), at(cy, zoom.y, zoomed.y), width, height);
}

/**
 * The zoom for the same map in a box of another size (a window resized, a phone turned, the page printed): as many
 * times the fitted map, with the same point of the map's plane at the box's centre, within the edges. `was` is the
 * transform the map was drawn with (fitted and zoomed) in a `[width, height]` box; `fit` is the new box's fitted one.
 */
export function zoomKept(
  zoom: Zoom,
  was: PlaneTransform,
  [w0, h0]: readonly [number, number],
  fit: PlaneTransform,
  width: number,
  height: number,
): Zoom {
  if (zoom.k === 1) return NO_ZOOM;
  // The plane point at the old box's centre, then where the new fit puts it before the zoom.
  const [px, py] = [(w0 / 2 - was.dx) / was.scale, (h0 / 2 - was.dy) / was.scale];
  const [bx, by] = [px * fit.scale + fit.dx, py * fit.scale + fit.dy];
  return constrainZoom({ k: zoom.k, x: width / 2 - zoom.k * bx, y: height / 2 - zoom.k * by }, width, height);
}

/** A box on screen: its top left and bottom right corners, in CSS pixels. */
export type ScreenBox = readonly [readonly [number, number], readonly [number, number]];

/** The fitted transform with the zoom on top. */
export function zoomedTransform(fit: PlaneTransform, zoom: Zoom): PlaneTransform {
  return { scale: fit.scale * zoom.k, dx: fit.dx * zoom.k + zoom.x, dy: fit.dy * zoom.k + zoom.y };
}

/**
 * The CSS transform (origin at the top left) that moves a picture drawn at
 * `drawn` to where `live` shows it: used while a gesture goes on, so that the
 * canvas is moved rather than redrawn at every frame.
 */
export function previewTransform(drawn: Zoom, live: Zoom): string {
  const s = live.k / drawn.k;
  return `translate(${live.x - s * drawn.x}px, ${live.y - s * drawn.y}px) scale(${s})`;
}

export const sameZoom = (a: Zoom, b: Zoom) => a.k === b.k && a.x === b.x && a.y === b.y;
