/**
 * The canvases of <region-map>, as a controller: the map's size for the
 * element's width, the drawn layer (redrawn only when the view or the size
 * changes, so focus and hover do not repaint ~7,900 comuni), the highlight
 * layer (the outline of the focused or hovered area) and an off-screen picking
 * layer (each area in a colour that encodes it: hit-testing is one pixel read),
 * drawn when the browser is idle after the first paint.
 */
import { whenIdle } from '../../src/util/when-idle.js';
import { PixelRatioController } from '../../src/util/pixel-ratio-controller.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapViewModel } from '../../src/map/map-view.js';
import { deviceTransform, PixelPaths } from '../../src/map/pixel-paths.js';
import { NO_ZOOM, zoomedTransform, zoomKept, type ScreenBox, type Zoom } from '../../src/map/zoom.js';
import { pointIn } from '../../src/util/pointer-point.js';
import { resolveColour } from '../../src/util/resolve-colour.js';
import { drawHighlight, drawMap, drawPicking, fitTransform, pickAt, type DrawPlan } from './region-map.draw.js';

export interface MapSize {
  width: number;
  height: number;
  /** Fitted and zoomed. */
  transform: { scale: number; dx: number; dy: number };
  /** The zoom's scale (1: the whole map). */
  zoom: number;
}

/** Gives a canvas the bitmap for `size` at `ratio` (which clears it), unless it has it already. */
function fitCanvas(canvas: HTMLCanvasElement, size: { width: number; height: number }, ratio: number): void {
  if (canvas.width === size.width * ratio && canvas.height === size.height * ratio) return;
  canvas.width = size.width * ratio;
  canvas.height = size.height * ratio;
}

/**
 * The map's size in its box: the box's width, and the height of the map's
 * geographic proportions at that width, but no more than the box allows
 * (`maxHeight`, from --region-map-height) nor 1.4 times the width; the map is
 * fitted inside, then zoomed.
 */
export function mapSize(view: MapViewModel, width: number, maxHeight: number, zoom: Zoom): MapSize | null {
  if (width < 1) return null;
  const [[x0, y0], [x1, y1]] = view.bounds;
  const natural = Math.round((width * (y1 - y0)) / Math.max(1, x1 - x0));
  const height = Math.max(1, Math.min(natural, Math.round(width * 1.4), Math.round(maxHeight) || Infinity));
  return { width, height, transform: zoomedTransform(fitTransform(view.bounds, width, height), zoom), zoom: zoom.k };
}

/** The zoom for a box of another size (a window resized, a phone turned, the page printed) after `view` was drawn at `was`. */
export function resizedZoom(view: MapViewModel, was: MapSize, width: number, maxHeight: number, zoom: Zoom): Zoom {
  const fitted = mapSize(view, width, maxHeight, NO_ZOOM);
  if (!fitted) return NO_ZOOM;
  // `zoom` is the one shown, which a gesture not yet settled keeps ahead of the one drawn: its transform in the old box.
  const shown = zoomedTransform(fitTransform(view.bounds, was.width, was.height), zoom);
  return zoomKept(zoom, shown, [was.width, was.height], fitted.transform, fitted.width, fitted.height);
}

/** A point of the map's plane where it is drawn at `size`, in the box's pixels. */
const onScreen = ([x, y]: readonly [number, number], { transform: { scale, dx, dy } }: MapSize): [number, number] => [
  x * scale + dx,
  y * scale + dy,
];

/** Where the area `index`'s marks are drawn at `size` (a point inside it), in the box's pixels (null: no area, or nothing drawn). */
export function screenAnchor(view: MapViewModel, size: MapSize | null, index: number | null): [number, number] | null {
  const c = index === null ? null : view.layer.anchor(index);
  return c && size ? onScreen(c, size) : null;
}

/** The area `index`'s box on screen at `size`, in the box's pixels (null: no area, or nothing drawn). */
export function screenBounds(view: MapViewModel, size: MapSize | null, index: number): ScreenBox | null {
  const b = view.layer.bounds(index);
  return b && size ? [onScreen(b[0], size), onScreen(b[1], size)] : null;
}

export class MapCanvasController implements ReactiveController {
  /** What the areas canvas shows, so that focus and hover changes do not redraw it. */
  private _drawn: { canvas: HTMLCanvasElement; view: MapViewModel; key: string; ratio: number; colours: DrawPlan['colours'] } | null = null;
  /** What the highlight canvas shows (null: nothing), so that a change of year does not redraw and recomposite it. */
  private _highlighted: {
    canvas: HTMLCanvasElement;
    layer: MapViewModel['layer'];
    what: string;
    apart: readonly number[] | null;
  } | null = null;
  private _pick: CanvasRenderingContext2D | null = null;
  private _pickFor: { key: string; view: MapViewModel; pixels: PixelPaths; ratio: number; ready: boolean } | null = null;
  /** The areas' outlines in the drawn canvas's device pixels, kept while the layer and transform hold. */
  private _pixels: PixelPaths | null = null;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
    // Another pixel ratio (the page zoomed, another screen) draws the map again, sharp: the key below holds the ratio.
    new PixelRatioController(_host);
  }

  hostDisconnected(): void {
    // A picking drawing still waiting for idle time is not needed by a map that left the page.
    this._pickFor = null;
  }

  /**
   * Draws `view` at `size` on the element's canvases, with `outlined` (the focused or hovered area) highlighted, and
   * the areas of a legend's class set apart (`apart`: the same array while they are the same, src/map/class-members.ts);
   * on `paper`, three device pixels a pixel whatever the screen's (about 290 an inch on A4, not a screen's 96 enlarged).
   */
  draw(view: MapViewModel, size: MapSize, outlined: number | null, apart: readonly number[] | null = null, paper = false): void {
    const root = this._host.shadowRoot;
    const canvas = root?.querySelector<HTMLCanvasElement>('canvas.areas');
    if (!canvas) return;
    const { scale, dx, dy } = size.transform;
    const key = `${size.width}x${size.height} ${scale} ${dx} ${dy} ${paper ? 'paper' : window.devicePixelRatio}`;
    const redraw = this._drawn?.canvas !== canvas || this._drawn.view !== view || this._drawn.key !== key;
    // A host's CSS zoom or transform may show the canvas larger than its layout size: its bitmap follows (up to 3
    // device pixels per pixel), so that it stays sharp. Measured only for a new drawing: a hover reads no layout.
    const shown = redraw && canvas.offsetWidth > 0 ? canvas.getBoundingClientRect().width / canvas.offsetWidth : 1;
    const ratio = !redraw ? this._drawn!.ratio : paper ? 3 : Math.min(3, Math.min(2, window.devicePixelRatio || 1) * Math.max(1, shown));
    const device = deviceTransform(size.transform, ratio);
    const pixels = this._pixels?.fits(view.layer, device) ? this._pixels : (this._pixels = new PixelPaths(view.layer, device));
    if (redraw) {
      // Resizing a canvas reallocates its bitmap: only when the size changed (a new year or metric keeps it).
      fitCanvas(canvas, size, ratio);
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const colours = this.colours();
      const plan = {
        pixels,
        shown: view.shown,
        fills: view.fills,
        shadows: view.shadows,
        points: view.points,
        transform: size.transform,
        zoom: size.zoom,
        colours,
      };
      drawMap(ctx, plan, ratio);
      this._drawn = { canvas, view, key, ratio, colours };
    }
    // The outline's canvas gets its full-size bitmap the first time an outline is
    // drawn (a first paint allocates and composites one large canvas, not two),
    // is cleared again only when an outline was there, and is redrawn only when
    // its outline changes (another area, size, zoom or theme; not another year),
    // or the class set apart does (its areas, which another year may change).
    const highlightCanvas = root!.querySelector<HTMLCanvasElement>('canvas.highlight');
    const { focus, shadow, background } = this._drawn!.colours;
    const what = outlined === null && !apart ? null : `${outlined} ${key} ${ratio} ${focus} ${shadow} ${background}`;
    const shows = this._highlighted;
    const same = shows
      ? shows.canvas === highlightCanvas && shows.layer === view.layer && shows.what === what && shows.apart === apart
      : what === null;
    const highlight = highlightCanvas && !same ? highlightCanvas.getContext('2d') : null;
    if (highlight) {
      fitCanvas(highlight.canvas, size, ratio);
      drawHighlight(highlight, view.layer, outlined, size.transform, this._drawn!.colours, ratio, apart && { pixels, members: apart });
      this._highlighted = what === null ? null : { canvas: highlight.canvas, layer: view.layer, what, apart };
    }
    // The picking canvas is redrawn only when what is shown or its size changes, after the first paint, when the browser is idle.
    if (this._pickFor?.key !== key || this._pickFor.view.layer !== view.layer || this._pickFor.view.shown !== view.shown) {
      const pickFor = (this._pickFor = { key, view, pixels, ratio, ready: false });
      whenIdle(() => this._drawPicking(pickFor, size));
    }
  }

  /** The index of the area under the pointer (relative to `target`), or the nearest within `reach` CSS pixels, or null. */
  pick(
    event: PointerEvent | MouseEvent,
    target: HTMLElement,
    view: MapViewModel,
    size: MapSize,
    reach = 0,
  ): { index: number; x: number; y: number } | null {
    if (this._pickFor && !this._pickFor.ready) this._drawPicking(this._pickFor, size);
    if (!this._pick) return null;
    const [x, y] = pointIn(event, target);
    const index = pickAt(this._pick, x, y, view.layer, view.shownSet, reach);
    return index === null ? null : { index, x, y };
  }

  private _drawPicking(pickFor: NonNullable<MapCanvasController['_pickFor']>, size: MapSize): void {
    // Another view or size came since: its own picking drawing is on its way.
    if (pickFor.ready || this._pickFor !== pickFor) return;
    const pick = (this._pick ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
    if (!pick) return;
    pick.canvas.width = size.width;
    pick.canvas.height = size.height;
    drawPicking(pick, pickFor.pixels, pickFor.view.shown, pickFor.ratio);
    pickFor.ready = true;
  }

  /** The theme's colours, read from the element's custom properties (canvas does not read CSS). */
  colours(): DrawPlan['colours'] {
    const style = getComputedStyle(this._host);
    const root = this._host.shadowRoot as ShadowRoot;
    const colour = (name: string, fallback: string) => resolveColour(root, style.getPropertyValue(name).trim() || fallback);
    return {
      stroke: colour('--region-map-stroke', '#ffffff'),
      noData: colour('--region-map-no-data', '#d9dadb'),
      shadow: colour('--region-map-shadow-outline', '#1a1a1a'),
      focus: colour('--region-map-focus', '#ffbf47'),
      background: colour('--region-map-background', '#ffffff'),
      point: colour('--region-map-point', '#0066cc'),
      edge: colour('--region-map-edge', '#5c6f82'),
      text: colour('--region-map-text', '#1a1a1a'),
    };
  }
}
