/**
 * Canvas drawing for <region-map>: the choropleth, the shadow-zone overlay
 * (hatching and outline, never colour alone), the focus outline, and an
 * off-screen picking canvas where each area is painted in a colour that encodes
 * its index, so hit-testing a pointer is one pixel read.
 */
import type { MapLayer } from '../../src/map/map-geometry.js';
import type { PixelPaths } from '../../src/map/pixel-paths.js';

/** Above this many areas, borders between areas are not drawn. */
export const MAX_BORDERED_AREAS = 2500;

export interface DrawPlan {
  shown: readonly number[];
  fills: ReadonlyMap<number, string | null>;
  shadows: ReadonlySet<number>;
  /** Points inside their areas (src/map/interior-point.ts): a circle for active schools, a diamond for role models (shape, not only colour). */
  points: ReadonlyMap<number, { active: number; roleModels: number }>;
  transform: { scale: number; dx: number; dy: number };
  /** The layer's areas, their outlines snapped to the canvas's device pixels for `transform` (src/map/pixel-paths.ts). */
  pixels: PixelPaths;
  /** The zoom's scale: zoomed in, fewer areas are on screen and their borders show again. */
  zoom: number;
  colours: { stroke: string; noData: string; shadow: string; focus: string; background: string; point: string; edge: string; text: string };
}

/** Hatching tiles, made once per colour and spacing, then reused by every redraw. */
const tiles = new Map<string, HTMLCanvasElement | null>();

/**
 * A hatching pattern; `unit` is the size of one user-space unit in CSS pixels
 * (the map's scale), so that the stripes stay `spacing` pixels apart whatever
 * the map's coordinates (metres of a projection, or a zoom of 64).
 */
export function hatch(
  ctx: CanvasRenderingContext2D,
  colour: string,
  background: string | null,
  spacing: number,
  unit = 1,
): CanvasPattern | string {
  const key = `${colour} ${background} ${spacing}`;
  if (!tiles.has(key)) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = spacing;
    const t = tile.getContext('2d');
    if (t) {
      if (background) {
        t.fillStyle = background;
        t.fillRect(0, 0, spacing, spacing);
      }
      t.strokeStyle = colour;
      t.lineWidth = 1;
      t.beginPath();
      t.moveTo(0, spacing);
      t.lineTo(spacing, 0);
      t.stroke();
    }
    tiles.set(key, t ? tile : null);
  }
  const tile = tiles.get(key);
  const pattern = tile && ctx.createPattern(tile, 'repeat');
  if (!pattern) return colour;
  if (unit !== 1) pattern.setTransform(new DOMMatrix([1 / unit, 0, 0, 1 / unit, 0, 0]));
  return pattern;
}

/** The transform that fits `bounds` into a width × height box. */
export function fitTransform(bounds: [[number, number], [number, number]], width: number, height: number, padding = 4) {
  const [[x0, y0], [x1, y1]] = bounds;
  // Never a negative scale (a box narrower than its padding): the map is then a point, not an error.
  const scale = Math.max(1e-9, Math.min((width - 2 * padding) / Math.max(1e-9, x1 - x0), (height - 2 * padding) / Math.max(1e-9, y1 - y0)));
  return { scale, dx: (width - scale * (x1 - x0)) / 2 - scale * x0, dy: (height - scale * (y1 - y0)) / 2 - scale * y0 };
}

/**
 * The points' radii in CSS pixels: areas of sqrt-scaled points, relative to
 * the largest count shown (comuni count a few institutions, regions hundreds),
 * the same on screen and in the downloaded figure.
 */
export function pointRadii(points: DrawPlan['points']): { active: (n: number) => number; roleModels: (n: number) => number } {
  let maxActive = 1;
  let maxRoleModels = 1;
  for (const { active, roleModels } of points.values()) {
    maxActive = Math.max(maxActive, active);
    maxRoleModels = Math.max(maxRoleModels, roleModels);
  }
  return {
    active: (n) => 2 + 8 * Math.sqrt(n / maxActive),
    roleModels: (n) => 3 + 6 * Math.sqrt(n / maxRoleModels),
  };
}

/**
 * How far left or right of its area's anchor each of its points goes (CSS pixels), from their radii (0: not drawn).
 * An area with both sets them side by side, a pixel apart, the pair centred on the anchor: drawn on one spot, the
 * role models' diamond hid the active institutions' circle, whose size is their count (on a Toscana of provinces,
 * Firenze's and Arezzo's circles showed as slivers round their diamonds).
 */
export function pointOffsets(activeRadius: number, roleModelsRadius: number): { active: number; roleModels: number } {
  if (!activeRadius || !roleModelsRadius) return { active: 0, roleModels: 0 };
  return { active: -(roleModelsRadius + 0.5), roleModels: activeRadius + 0.5 };
}

/**
 * Areas of one colour traced into one path at a first paint: the rasteriser's
 * work per path is then shared by a few neighbours (comuni come in the order of
 * their codes, province by province), while a path never grows so large that
 * its edges are slow to sort (one path per colour took longer). At 16, a cold
 * national comuni map traces and rasterises its fills in ~2/3 of the time of
 * one path per area (medians of 21 cold pages: 63 ms instead of 74 to trace,
 * 44 instead of 61 from the drawing to its paint).
 */
export const AREAS_PER_PATH = 16;

/** Fills (and strokes, with `borders`) the context's current path. */
function fillTraced(ctx: CanvasRenderingContext2D, borders: boolean): void {
  ctx.fill();
  if (borders) ctx.stroke();
}

export function drawMap(ctx: CanvasRenderingContext2D, plan: DrawPlan, pixelRatio: number): void {
  const { transform: tr, colours } = plan;
  const { layer } = plan.pixels;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  // The areas, their edge and the shadow zones are drawn in device pixels, from outlines snapped to them (src/map/pixel-paths.ts).
  const noData = hatch(ctx, colours.noData, colours.background, 6, 1 / pixelRatio);
  ctx.lineJoin = 'round';
  ctx.lineWidth = 0.6 * pixelRatio;
  ctx.strokeStyle = colours.stroke;
  // In small paths: Chromium rasterises many small paths much faster than a few
  // huge ones (one path per colour took longer). A re-colouring reuses, area by
  // area, the Path2D objects that drawing the picking canvas built when the page
  // was idle (joining them into larger paths cost more than it saved); the faint
  // anti-aliased seams between neighbours of one colour then show as they did.
  // Borders only where they can be seen: with thousands of areas on screen (all
  // the comuni of Italy) they are sub-pixel noise and would double the drawing time.
  const borders = plan.shown.length / (plan.zoom * plan.zoom) <= MAX_BORDERED_AREAS;
  // Grouped by colour, so each colour string is parsed once, not once per area.
  const byColour = new Map<string | CanvasPattern, number[]>();
  for (const i of plan.shown) {
    const fill = plan.fills.get(i) ?? noData;
    const group = byColour.get(fill);
    if (group) group.push(i);
    else byColour.set(fill, [i]);
  }
  for (const [fill, members] of byColour) {
    ctx.fillStyle = fill;
    // Areas not built yet (a first paint) are traced straight into the context, cheaper than building a
    // Path2D and copying it into the canvas, a few neighbours of one colour per path (`traced`).
    let traced = 0;
    for (const i of members) {
      const path = plan.pixels.built(i);
      if (path === undefined) {
        if (traced === 0) ctx.beginPath();
        if (plan.pixels.trace(i, ctx) && ++traced === AREAS_PER_PATH) {
          fillTraced(ctx, borders);
          traced = 0;
        }
      } else if (path) {
        ctx.fill(path);
        if (borders) ctx.stroke(path);
      }
    }
    if (traced > 0) fillTraced(ctx, borders);
  }
  // The outer edge, in a colour that stands out from the page: the lightest class is not lost in the background.
  // Two pixels wide: at least one of them is the edge's own colour, whatever the anti-aliasing.
  // Round caps: the pieces it is stroked in (src/map/pixel-paths.ts) meet without a notch.
  ctx.lineWidth = 2 * pixelRatio;
  ctx.lineCap = 'round';
  ctx.strokeStyle = colours.edge;
  for (const piece of plan.pixels.outline(plan.shown)) ctx.stroke(piece);
  ctx.lineCap = 'butt';
  if (plan.shadows.size > 0) {
    ctx.fillStyle = hatch(ctx, colours.shadow, null, 5, 1 / pixelRatio);
    ctx.lineWidth = 1.6 * pixelRatio;
    ctx.strokeStyle = colours.shadow;
    for (const i of plan.shadows) {
      const path = plan.pixels.path(i);
      if (!path) continue;
      ctx.fill(path);
      ctx.stroke(path);
    }
  }
  // The points in map coordinates, sized in CSS pixels.
  ctx.setTransform(pixelRatio * tr.scale, 0, 0, pixelRatio * tr.scale, pixelRatio * tr.dx, pixelRatio * tr.dy);
  const radius = pointRadii(plan.points);
  for (const [i, { active, roleModels }] of plan.points) {
    const c = layer.anchor(i);
    if (!c) continue;
    ctx.lineWidth = 1 / tr.scale;
    ctx.strokeStyle = colours.background;
    const [ra, rm] = [active && radius.active(active), roleModels && radius.roleModels(roleModels)];
    const offset = pointOffsets(ra, rm);
    if (active) {
      const r = ra / tr.scale;
      ctx.beginPath();
      ctx.arc(c[0] + offset.active / tr.scale, c[1], r, 0, 2 * Math.PI);
      ctx.fillStyle = colours.point;
      ctx.fill();
      ctx.stroke();
    }
    if (roleModels) {
      const r = rm / tr.scale;
      const x = c[0] + offset.roleModels / tr.scale;
      ctx.beginPath();
      ctx.moveTo(x, c[1] - r);
      ctx.lineTo(x + r, c[1]);
      ctx.lineTo(x, c[1] + r);
      ctx.lineTo(x - r, c[1]);
      ctx.closePath();
      ctx.fillStyle = colours.shadow;
      ctx.fill();
      ctx.stroke();
    }
  }
}

/** A legend's class set apart on the map: its areas, outlined in the drawn canvas's device pixels. */
export interface ApartPlan {
  pixels: PixelPaths;
  members: readonly number[];
}

/**
 * A legend's class set apart (src/map/class-members.ts): the other areas under
 * a veil of the background, the class's areas clear of it with a dark edge
 * around them. Each area's edge is stroked, then its inside cut out of the
 * veil, which takes away the borders between two of them and keeps the edge of
 * the whole: even the lightest class, near the background's colour, stands out.
 */
function drawApart(
  ctx: CanvasRenderingContext2D,
  apart: ApartPlan,
  colours: Pick<DrawPlan['colours'], 'shadow' | 'background'>,
  pixelRatio: number,
): void {
  ctx.globalAlpha = 0.75;
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.globalAlpha = 1;
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3 * pixelRatio;
  ctx.strokeStyle = colours.shadow;
  const paths = apart.members.map((i) => apart.pixels.path(i));
  for (const path of paths) if (path) ctx.stroke(path);
  ctx.globalCompositeOperation = 'destination-out';
  for (const path of paths) if (path) ctx.fill(path);
  ctx.globalCompositeOperation = 'source-over';
}

/**
 * The outline of the focused or hovered area, on its own transparent canvas
 * above the map: moving the focus redraws one path, never the ~7,900 areas;
 * under it, a legend's class set apart (`apart`), if any.
 */
export function drawHighlight(
  ctx: CanvasRenderingContext2D,
  layer: MapLayer,
  index: number | null,
  transform: DrawPlan['transform'],
  colours: Pick<DrawPlan['colours'], 'focus' | 'shadow' | 'background'>,
  pixelRatio: number,
  apart: ApartPlan | null = null,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  if (apart) drawApart(ctx, apart, colours, pixelRatio);
  const path = index === null ? null : layer.path(index);
  if (!path) return;
  ctx.setTransform(pixelRatio * transform.scale, 0, 0, pixelRatio * transform.scale, pixelRatio * transform.dx, pixelRatio * transform.dy);
  ctx.lineJoin = 'round';
  // Two tones, as the CSS focus ring: a dark band under the light one reaches 3:1 on light fills, the light one on dark fills.
  ctx.lineWidth = 6 / transform.scale;
  ctx.strokeStyle = colours.shadow;
  ctx.stroke(path);
  ctx.lineWidth = 3 / transform.scale;
  ctx.strokeStyle = colours.focus;
  ctx.stroke(path);
}

/**
 * Paints each shown area in the colour that encodes its index + 1 (0 = nothing),
 * on a canvas of CSS pixels, from the paths the map is drawn with (device
 * pixels, `pixelRatio` per CSS pixel): building them here, when the page is
 * idle, is what makes a later change of year quick.
 */
export function drawPicking(ctx: CanvasRenderingContext2D, pixels: PixelPaths, shown: readonly number[], pixelRatio: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(1 / pixelRatio, 0, 0, 1 / pixelRatio, 0, 0);
  for (const i of shown) {
    const path = pixels.path(i);
    if (!path) continue;
    const id = i + 1;
    ctx.fillStyle = `rgb(${(id >> 16) & 255},${(id >> 8) & 255},${id & 255})`;
    ctx.fill(path);
  }
}

/** The area under a point (CSS pixels), else the one nearest to it within `reach` pixels, or null. */
export function pickAt(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  layer: MapLayer,
  shown: ReadonlySet<number>,
  reach = 0,
): number | null {
  const side = 2 * reach + 1;
  // Outside the canvas, getImageData reads transparent pixels: nothing there.
  const pixels = ctx.getImageData(Math.floor(x) - reach, Math.floor(y) - reach, side, side).data;
  let best: number | null = null;
  let nearest = Infinity;
  for (let k = 0; k < side * side; k++) {
    const distance = ((k % side) - reach) ** 2 + (Math.floor(k / side) - reach) ** 2;
    const index = ((pixels[4 * k]! << 16) | (pixels[4 * k + 1]! << 8) | pixels[4 * k + 2]!) - 1;
    // Anti-aliased borders blend two ids; only trust an exact, shown index.
    if (distance <= reach * reach && distance < nearest && pixels[4 * k + 3] === 255 && shown.has(index) && index < layer.features.length)
      [best, nearest] = [index, distance];
  }
  return best;
}
