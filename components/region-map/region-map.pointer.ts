/**
 * What pointers do on <region-map>'s map: the mouse shows the area under it
 * and a click chooses it; a finger's tap shows the tapped area, a second tap
 * on it enters it, a quick double tap (or a double click) zooms; drags and
 * pinches go to the zoom controller and are never a choice.
 */
import { pointIn } from '../../src/util/pointer-point.js';
import type { MapZoomController } from './region-map.zoom.js';

/** Two taps closer than this, in time and space, are a double tap (zoom), not a tap that enters the area shown. */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 30;
/**
 * How far from a finger's or a pen's tap an area is still the one tapped (CSS pixels): a tap on the line between two
 * areas, or just off a small island's coast, showed nothing. A mouse picks the pixel under it.
 */
const TAP_REACH = 8;
/** The second click of a double click that entered an area does not zoom the new level. */
const AFTER_NAVIGATION_MS = 600;

export interface MapHit {
  index: number;
  x: number;
  y: number;
}

/** What the element does for the pointer. */
export interface PointerTarget {
  /** The area under the pointer, or the nearest within `reach` CSS pixels (null: none, or no map drawn yet). */
  pick(event: MouseEvent, reach?: number): MapHit | null;
  /** Shows an area's tooltip and outline (null: none). */
  show(hit: MapHit | null): void;
  /** Chooses an area (entering it when it can be entered). */
  activate(index: number): void;
}

export class MapPointerInput {
  private _type = 'mouse';
  private _tap: (MapHit & { at: number }) | null = null;
  private _navigatedAt = -Infinity;

  constructor(
    private readonly _zoom: MapZoomController,
    private readonly _target: PointerTarget,
  ) {}

  /** The area was shown by a tap: the next tap on it enters it. */
  tapped(index: number): boolean {
    return this._tap?.index === index;
  }

  /** The map went to another level. */
  navigated(): void {
    this._tap = null;
    this._navigatedAt = performance.now();
  }

  readonly onPointerDown = (event: PointerEvent): void => {
    this._type = event.pointerType;
    this._zoom.onPointerDown(event);
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (this._zoom.onPointerMove(event) || this._zoom.moving) return this._target.show(null);
    // A finger shows an area by tapping it (a slide scrolls the page).
    if (event.pointerType === 'mouse') this._target.show(this._target.pick(event));
  };

  readonly onClick = (event: MouseEvent): void => {
    if (this._zoom.takeDrag()) return;
    const hit = this._target.pick(event, this._type === 'mouse' ? 0 : TAP_REACH);
    if (this._type === 'mouse') {
      if (hit) this._target.activate(hit.index);
      return;
    }
    const previous = this._tap;
    const [x, y] = pointIn(event, event.currentTarget as HTMLElement);
    this._tap = hit && { ...hit, at: event.timeStamp };
    if (previous && event.timeStamp - previous.at < DOUBLE_TAP_MS && Math.hypot(x - previous.x, y - previous.y) < DOUBLE_TAP_PX) {
      this._tap = null;
      this._target.show(null);
      this._zoom.zoomBy(2, [x, y]);
    } else if (hit && previous?.index === hit.index) {
      this._tap = null;
      this._target.activate(hit.index);
    } else this._target.show(hit);
  };

  readonly onDoubleClick = (event: MouseEvent): void => {
    if (this._type !== 'mouse' || event.timeStamp - this._navigatedAt < AFTER_NAVIGATION_MS) return;
    this._zoom.zoomBy(2, pointIn(event, event.currentTarget as HTMLElement));
  };
}
