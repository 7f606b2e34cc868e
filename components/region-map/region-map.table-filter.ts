/**
 * The table's rows found by name (src/map/name-filter.ts): a search box above
 * the table keeps the rows whose area's name begins with the words typed,
 * among every area or the legend's class kept. A national comuni table has
 * 7,900 rows, a screenful of them hard to find one comune in, and a screen
 * reader's table harder still. The table follows the box once typing pauses:
 * laying out a long table takes a second on a slow machine, too long to pay
 * at every keystroke. Enter applies it at once, Escape empties it; in an
 * empty box Escape is the host page's (a dialog around the map closes).
 * Another year keeps the words; another level or place of areas empties them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nameFilter } from '../../src/map/name-filter.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import type { MapData } from '../../src/map/load-map.js';

/** How long typing pauses before the table follows it. */
const PAUSE_MS = 250;

export class TableFilter implements ReactiveController {
  /** The words the table follows. */
  private _applied = '';
  private _timer: ReturnType<typeof setTimeout> | undefined;
  /** The box last typed in, emptied with the words it held when the areas change before its pause ends. */
  private _box: HTMLInputElement | null = null;
  /** The areas the words were typed among. */
  private _layer: unknown = null;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** The words the table follows for `view`'s areas (none for areas other than those they were typed among). */
  query(view: MapViewModel): string {
    if (view.layer !== this._layer) {
      this._layer = view.layer;
      this._applied = '';
      clearTimeout(this._timer);
      if (this._box) this._box.value = '';
    }
    return this._applied;
  }

  /** Of `among`, the areas whose name answers the words: `among` itself when there are none. */
  rows(view: MapViewModel, data: MapData, among: readonly number[]): readonly number[] {
    const matches = nameFilter(this.query(view));
    if (!matches) return among;
    // Found by the name the table shows: the area's code where the data names it not.
    return among.filter((i) => {
      const code = view.layer.features[i]!.code;
      return matches(data.areas.get(code)?.name ?? code);
    });
  }

  readonly onInput = (event: Event): void => {
    const box = (this._box = event.target as HTMLInputElement);
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this._apply(box.value), PAUSE_MS);
  };

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const box = event.target as HTMLInputElement;
    if (event.key === 'Enter') this._apply(box.value);
    if (event.key !== 'Escape' || box.value === '') return;
    event.preventDefault();
    event.stopPropagation();
    box.value = '';
    this._apply('');
  };

  private _apply(query: string): void {
    clearTimeout(this._timer);
    if (query === this._applied) return;
    this._applied = query;
    this._host.requestUpdate();
  }
}
