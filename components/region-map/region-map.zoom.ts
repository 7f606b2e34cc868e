/**
 * The zoom gestures of <region-map>, as a controller: the wheel (with Ctrl or
 * a trackpad pinch, or any wheel once the map has the focus, so that a page
 * scrolls past a map it does not use), a drag with the mouse or, zoomed in,
 * with one finger, a pinch with two; the host adds the buttons, keys and double
 * taps through `zoomBy`, `centre` and `reset`. While a gesture moves, the
 * canvases drawn at the last settled zoom are moved with a CSS transform (no
 * redraw per frame); SETTLE_MS after it stops, the host redraws them sharp.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  centreOn,
  NO_ZOOM,
  panZoom,
  previewTransform,
  sameZoom,
  zoomAround,
  zoomToSee,
  type ScreenBox,
  type Zoom,
} from '../../src/map/zoom.js';
import { pointIn } from '../../src/util/pointer-point.js';

const SETTLE_MS = 160;
/** A press that moves less than this (CSS px) is a click or a tap, not a drag. */
const DRAG_THRESHOLD = 5;

/** The drawn layers (moved during a gesture) and the box they are fitted in. */
export interface ZoomBox {
  layers: HTMLElement;
  width: number;
  height: number;
}

export class MapZoomController implements ReactiveController {
  /** The zoom the canvases are drawn at. */
  settled: Zoom = NO_ZOOM;
  /** The zoom shown, ahead of `settled` while a gesture moves. */
  private _live: Zoom = NO_ZOOM;
  private _timer?: ReturnType<typeof setTimeout>;
  private readonly _pointers = new Map<number, [number, number]>();
  private _start: [number, number] | null = null;
  private _dragged = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _box: () => ZoomBox | null,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
    this._pointers.clear();
  }

  /** The zoom shown (ahead of `settled` while a gesture moves). */
  get shown(): Zoom {
    return this._live;
  }

  get zoomed(): boolean {
    return this._live.k > 1;
  }

  /** Zooms by `factor` around a box point (the centre by default), at once (buttons, keys, double taps). */
  zoomBy(factor: number, at?: [number, number]): void {
    const box = this._box();
    if (box) this._set(zoomAround(this._live, factor, at?.[0] ?? box.width / 2, at?.[1] ?? box.height / 2, box.width, box.height), true);
  }

  /** Brings a screen point of the box to its centre, when zoomed in (a keyboard user's area out of sight). */
  centre(x: number, y: number): void {
    const box = this._box();
    if (box && this.zoomed) this._set(centreOn(this._live, x, y, box.width, box.height), true);
  }

  /** Shows an area (its box on screen) centred and at least `least` pixels across, at once (an area found by name). */
  see(area: ScreenBox, least: number): void {
    const box = this._box();
    if (box) this._set(zoomToSee(this._live, area, least, box.width, box.height), true);
  }

  /** Back to the whole map, at once. */
  reset(): void {
    this._set(NO_ZOOM, true);
  }

  /** Drops the zoom without a redraw: a new level has its own fitted map. */
  forget(): void {
    this.place(NO_ZOOM);
  }

  /** Sets the zoom without a redraw, a gesture under way ended: the host is drawing (a new box's zoom, zoomKept). */
  place(zoom: Zoom): void {
    clearTimeout(this._timer);
    this.settled = this._live = zoom;
    this._pointers.clear();
    this.drawn();
  }

  /** The host drew at `settled`: the preview transform goes. */
  drawn(): void {
    const box = this._box();
    if (box) box.layers.style.transform = '';
  }

  /** The last press moved the map: its click is not a choice (read once). */
  takeDrag(): boolean {
    const dragged = this._dragged;
    this._dragged = false;
    return dragged;
  }

  /** A gesture is under way (the host hides its tooltip and does not pick). */
  get moving(): boolean {
    return this._pointers.size > 1 || (this._pointers.size === 1 && this._dragged);
  }

  onWheel(event: WheelEvent, focused: boolean): void {
    // Ctrl + wheel is also what a trackpad's pinch sends.
    if (!(event.ctrlKey || event.metaKey || focused)) return;
    const box = this._box();
    if (!box) return;
    event.preventDefault();
    const [x, y] = pointIn(event, event.currentTarget as HTMLElement);
    const pixels = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    const factor = Math.exp(-pixels * (event.ctrlKey ? 0.01 : 0.002));
    this._set(zoomAround(this._live, factor, x, y, box.width, box.height), false);
  }

  onPointerDown(event: PointerEvent): void {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    const point = pointIn(event, event.currentTarget as HTMLElement);
    this._pointers.set(event.pointerId, point);
    if (this._pointers.size === 1) {
      this._start = point;
      this._dragged = false;
    }
  }

  /** Moves the map for a drag or a pinch; true when the move was part of one (not a hover). */
  onPointerMove(event: PointerEvent): boolean {
    const before = this._pointers.get(event.pointerId);
    const box = this._box();
    if (!before || !box) return false;
    const target = event.currentTarget as HTMLElement;
    const point = pointIn(event, target);
    if (this._pointers.size >= 2) {
      const [other] = [...this._pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
      const was = Math.hypot(before[0] - other![0], before[1] - other![1]);
      const now = Math.hypot(point[0] - other![0], point[1] - other![1]);
      this._pointers.set(event.pointerId, point);
      this._dragged = true;
      if (was > 0) {
        // Zoom around the fingers' midpoint, then follow the midpoint's move.
        const zoomed = zoomAround(this._live, now / was, (point[0] + other![0]) / 2, (point[1] + other![1]) / 2, box.width, box.height);
        this._set(panZoom(zoomed, (point[0] - before[0]) / 2, (point[1] - before[1]) / 2, box.width, box.height), false);
      }
      return true;
    }
    // One finger pans only a zoomed map (the page scrolls otherwise); the mouse pans with its button down.
    const pressed = event.pointerType === 'mouse' ? (event.buttons & 1) === 1 : this.zoomed;
    if (!pressed) return false;
    this._pointers.set(event.pointerId, point);
    if (!this._dragged && this._start && Math.hypot(point[0] - this._start[0], point[1] - this._start[1]) < DRAG_THRESHOLD) return false;
    if (!this._dragged) target.setPointerCapture?.(event.pointerId);
    this._dragged = true;
    this._set(panZoom(this._live, point[0] - before[0], point[1] - before[1], box.width, box.height), false);
    return true;
  }

  /** Bound: the host's template uses it as a listener. */
  readonly onPointerEnd = (event: PointerEvent): void => {
    this._pointers.delete(event.pointerId);
  };

  private _set(zoom: Zoom, now: boolean): void {
    if (sameZoom(zoom, this._live)) return;
    this._live = zoom;
    clearTimeout(this._timer);
    if (now) return this._settle();
    const box = this._box();
    if (box) box.layers.style.transform = previewTransform(this.settled, zoom);
    this._timer = setTimeout(() => this._settle(), SETTLE_MS);
  }

  private _settle(): void {
    this.settled = this._live;
    this._host.requestUpdate();
  }
}
