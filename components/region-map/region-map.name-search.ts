/**
 * The search by name of <region-map>'s areas (src/map/name-filter.ts): a box
 * above the map or the table finds the areas whose name begins with the words
 * typed, among every area or the legend's class. The table keeps their rows
 * alone; the map sets them apart, and Enter goes from one to the next (Shift
 * with it, the previous), as a browser's find-in-page does, the focus kept in
 * the box. A national comuni map draws 7,900 areas a few pixels wide, and its
 * table has as many rows: one comune is hard to find in either.
 *
 * Above the table the box is always there. Above the map a button opens it
 * (and closing it empties it, as a find bar does): a phone's screen holds the
 * whole map and its legend with no row to spare (#19's fit on a 375 × 812
 * phone).
 *
 * The words are followed once typing pauses: laying out a long table's rows
 * takes a while on a slow machine, too long to pay at every keystroke. Enter
 * applies them at once, Escape empties the box; in an empty box above the map
 * Escape closes it, the focus back on its button, as a find bar closes; in the
 * table's empty box Escape is the host page's (a dialog around the map closes).
 * Another year, or the other view, keeps the words; another level or place of
 * areas empties them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nameFilter, nameNearness } from '../../src/map/name-filter.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import type { MapData } from '../../src/map/load-map.js';

/** How long typing pauses before the table follows it. */
const PAUSE_MS = 250;

export class NameSearch implements ReactiveController {
  /** The words followed. */
  private _applied = '';
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The box last typed in, emptied with the words it held when the areas change before its pause ends. */
  private _box: HTMLInputElement | null = null;
  /** The areas the words were typed among. */
  private _layer: unknown = null;
  /** The map's box opened by its button; the focus goes into it once drawn. */
  private _open = false;
  /** Where the focus goes once drawn: into the box just opened, or back on the button of the box just closed. */
  private _focusTo: 'box' | 'button' | null = null;
  /** The last areas found, the same array while the words and the areas they were among are the same (the map redraws them only when they change). */
  private _found: { among: readonly number[]; query: string; found: readonly number[] } | null = null;

  /** `onEnter`: Enter in the box, with the words applied (`back`: with Shift); `onWords`: other words typed. */
  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _onEnter: (back: boolean) => void,
    private readonly _onWords: () => void,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  hostUpdated(): void {
    const to = this._focusTo;
    this._focusTo = null;
    if (to)
      this._host.shadowRoot?.querySelector<HTMLElement>(to === 'box' ? '.name-find input' : 'button[aria-controls="name-find"]')?.focus();
  }

  /** Whether the map shows the box: opened by its button, or holding words (typed above the table, say). */
  opened(view: MapViewModel): boolean {
    return this._open || this.query(view) !== '';
  }

  /** The map's button: opens the box, the focus in it, or closes it, its words gone with it. */
  readonly toggle = (): void => {
    // Opened only when it holds no words: closed, it is emptied.
    this._open = !(this._open || this._applied !== '');
    this._focusTo = this._open ? 'box' : null;
    this._empty(this._box);
    this._host.requestUpdate();
  };

  /** The words followed for `view`'s areas (none for areas other than those they were typed among). */
  query(view: MapViewModel): string {
    if (view.layer !== this._layer) {
      this._layer = view.layer;
      this._found = null;
      this._empty(this._box);
    }
    return this._applied;
  }

  /**
   * Of `among`, the areas whose name answers the words, the nearest first (the very name, then those it begins, each
   * in `among`'s order): `among` itself when there are none.
   */
  found(view: MapViewModel, data: MapData, among: readonly number[]): readonly number[] {
    const query = this.query(view);
    const matches = nameFilter(query);
    if (!matches) return among;
    if (this._found?.among === among && this._found.query === query) return this._found.found;
    const near = nameNearness(query);
    const nearest: { i: number; near: number }[] = [];
    for (const i of among) {
      // Found by the name the map and the table show: the area's code where the data names it not.
      const code = view.layer.features[i]!.code;
      const name = data.areas.get(code)?.name ?? code;
      if (matches(name)) nearest.push({ i, near: near(name) });
    }
    // A stable sort: within a nearness, `among`'s order.
    const found = nearest.sort((a, b) => a.near - b.near).map(({ i }) => i);
    this._found = { among, query, found };
    return found;
  }

  readonly onInput = (event: Event): void => {
    const box = (this._box = event.target as HTMLInputElement);
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._apply(box.value), PAUSE_MS);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    // An input method's Enter and Escape, while it composes a word, take or drop its candidate (school-search.ts).
    if (event.isComposing) return;
    const box = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      event.preventDefault();
      this._apply(box.value);
      this._onEnter(event.shiftKey);
    }
    if (event.key !== 'Escape') return;
    const empty = box.value === '' && this._applied === '';
    const closing = empty && box.closest('.above-map') !== null;
    if (empty && !closing) return;
    event.preventDefault();
    event.stopPropagation();
    if (closing) [this._open, this._focusTo] = [false, 'button'];
    // The area Enter went to stays, as a find bar's match stays selected when it closes.
    this._empty(box);
    this._host.requestUpdate();
  };

  /** No words: none followed, none waiting for typing to pause, none in `box`. */
  private _empty(box: HTMLInputElement | null): void {
    clearTimeout(this._timer);
    this._applied = '';
    if (box) box.value = '';
  }

  private _apply(query: string): void {
    clearTimeout(this._timer);
    if (query === this._applied) return;
    this._applied = query;
    this._onWords();
    this._host.requestUpdate();
  }
}
