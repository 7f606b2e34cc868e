/**
 * Where <region-map>'s attention is, and its keys: the area the keyboard is on
 * (`focused`), the one under the pointer (`hovered`, which wins until an arrow
 * key moves again), whether Escape closed their tooltip, and whether the map
 * has just gone to another level (said, place and summary, until the keyboard
 * moves). Arrows go to the geographic neighbour, Enter or Space chooses, + and
 * - zoom around the area, 0 shows the whole map, Escape goes up a level (in
 * Italy it closes the tooltip, WCAG 1.4.13).
 */
import type { ReactiveControllerHost } from 'lit';
import { neighbourInDirection, type Direction } from '../../src/map/map-geometry.js';
import { firstArea, type MapViewModel } from '../../src/map/map-view.js';
import { screenBounds, screenAnchor, type MapSize } from './region-map.canvas.js';
import type { MapHit } from './region-map.pointer.js';
import type { MapZoomController } from './region-map.zoom.js';

/** How large an area found by name is shown at least (CSS px across): a national map's comune is a few pixels wide. */
const SEEN_PX = 40;

/** What the cursor needs of the element. */
export interface CursorHost extends ReactiveControllerHost {
  /** Inside a region (Escape goes up) or in Italy. */
  readonly region: string;
}

export interface CursorActions {
  /** The view drawn and its size, or null before the first. */
  view(): { view: MapViewModel; size: MapSize | null } | null;
  /** Chooses an area (entering it when it can be entered). */
  activate(index: number): void;
  /** Goes up a level. */
  up(): void;
}

interface CursorState {
  focused: number | null;
  hovered: MapHit | null;
  dismissed: boolean;
  arrived: boolean;
}

export class MapCursor {
  private _state: Readonly<CursorState> = { focused: null, hovered: null, dismissed: false, arrived: false };

  constructor(
    private readonly _host: CursorHost,
    private readonly _zoom: MapZoomController,
    private readonly _actions: CursorActions,
  ) {}

  /** The area the keyboard is on. */
  get focused(): number | null {
    return this._state.focused;
  }

  get hovered(): MapHit | null {
    return this._state.hovered;
  }

  /** Escape closed the tooltip: it stays closed until the pointer or the focus moves to an area. */
  get dismissed(): boolean {
    return this._state.dismissed;
  }

  /** The map has just gone to another level: it is announced (place and summary) until the keyboard moves. */
  get arrived(): boolean {
    return this._state.arrived;
  }

  /** The area outlined and described: the last one the pointer or the keyboard went to. */
  get active(): number | null {
    return this._state.hovered?.index ?? this._state.focused;
  }

  private _set(change: Partial<CursorState>): void {
    const next = { ...this._state, ...change };
    if ((Object.keys(change) as (keyof CursorState)[]).every((key) => next[key] === this._state[key])) return;
    this._state = next;
    this._host.requestUpdate();
  }

  /** Before a render of `view`: the keyboard's area is one it shows (`code`'s, after a drill that asked for it). */
  follow(view: MapViewModel, code: string | undefined): void {
    if (this.focused !== null && !view.shownSet.has(this.focused)) this._set({ focused: null });
    const index = code ? view.layer.features.findIndex((f) => f.code === code) : -1;
    if (index >= 0 && view.shownSet.has(index)) this._set({ focused: index });
  }

  /** The pointer's area wins over the keyboard's until an arrow key moves again. */
  show(hit: MapHit | null): void {
    const hovered = this._state.hovered;
    if (!hit) return this._set({ hovered: null });
    const moved = Math.abs((hovered?.x ?? Infinity) - hit.x) > 8 || Math.abs((hovered?.y ?? Infinity) - hit.y) > 8;
    if (hovered?.index !== hit.index || moved) this._set({ hovered: hit, focused: null, dismissed: false });
  }

  /** Escape anywhere closes a hover tooltip (WCAG 1.4.13: dismissible without moving the pointer). */
  dismissHover(): void {
    if (this._state.hovered) this._set({ dismissed: true });
  }

  /**
   * Other words in the search by name: the area the last ones went to is left (its outline, tooltip and announcement),
   * as a find bar starts over, and Enter goes to the first of the new ones. Kept, it was said again at its new
   * position among them, beside the new count.
   */
  leave(): void {
    this._set({ focused: null });
  }

  /** The map went to another level: no area yet, the level announced. */
  navigated(): void {
    this._set({ focused: null, hovered: null, arrived: true });
  }

  /** Where an area's marks are drawn (a point inside it), in the box's pixels. */
  at(index: number | null): [number, number] | null {
    const drawn = this._actions.view();
    return drawn ? screenAnchor(drawn.view, drawn.size, index) : null;
  }

  /** Zooms in or out around the area the keyboard is on (or the map's centre). */
  zoomBy(factor: number): void {
    this._set({ hovered: null });
    this._zoom.zoomBy(factor, this.at(this.focused) ?? undefined);
  }

  /**
   * The keyboard goes to an area, which comes into sight when zoomed in; `seen` (an area found by name), it is centred
   * and zoomed in on until it is large enough to see.
   */
  goTo(index: number, seen = false): void {
    this._set({ focused: index, hovered: null, arrived: false, dismissed: false });
    const drawn = this._actions.view();
    const area = seen && drawn && screenBounds(drawn.view, drawn.size, index);
    if (area) return this._zoom.see(area, SEEN_PX);
    const at = this.at(index);
    const size = drawn?.size;
    if (at && size && (at[0] < 0 || at[1] < 0 || at[0] > size.width || at[1] > size.height)) this._zoom.centre(at[0], at[1]);
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const view = this._actions.view()?.view;
    if (!view) return;
    const { focused, hovered, dismissed } = this._state;
    if (event.key === 'Escape') {
      // Up a level from a region; in Italy, Escape closes the tooltip (WCAG 1.4.13).
      if (this._host.region) {
        event.preventDefault();
        this._actions.up();
      } else if (!dismissed && (focused !== null || hovered)) {
        event.preventDefault();
        this._set({ dismissed: true });
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (focused !== null) {
        event.preventDefault();
        this._actions.activate(focused);
      }
      return;
    }
    const zoom = { '+': 2, '=': 2, '-': 0.5, _: 0.5 }[event.key];
    if (zoom || event.key === '0') {
      event.preventDefault();
      if (zoom) this.zoomBy(zoom);
      else this._zoom.reset();
      return;
    }
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    const from = focused ?? hovered?.index ?? null;
    const next = from === null ? firstArea(view) : neighbourInDirection(view.layer, from, event.key as Direction, view.shownSet);
    if (next === null) this._set({ hovered: null, arrived: false, dismissed: false });
    else this.goTo(next);
  };

  /** A keyboard user starts on an area; a click or a tap chooses its own. */
  readonly onFocus = (event: FocusEvent): void => {
    const view = this._actions.view()?.view;
    // Back from a drill, the new level is announced first; an arrow then starts on an area.
    if (this.focused === null && view && !this.arrived && (event.target as HTMLElement).matches(':focus-visible'))
      this._set({ focused: firstArea(view) });
  };
}
