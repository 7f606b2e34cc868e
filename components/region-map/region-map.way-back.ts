/**
 * The way back from a level whose data failed (a region's file missing or
 * unreachable, a region a bundle does not hold): the breadcrumb above the
 * error, with the names of the areas the reader entered, and the focus on it
 * for the keyboard user who went there (WCAG 2.4.3). Without it the error
 * stood alone in place of the map, and only a reload led back.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import { sharedLoader } from '../../src/data/loader.js';
import { isUsageError } from '../../src/element/usage-error.js';
import type { RegionMapMessages } from './region-map.messages.js';
import { renderBreadcrumb } from './region-map.templates.js';

export class MapWayBack {
  /** The names of the areas entered, and of the regions of the index read for a region the page named, by code. */
  private readonly _names = new Map<string, string>();
  /** The source whose index's region names were asked for. */
  private _asked = '';

  constructor(private readonly _host: ReactiveControllerHost) {}

  entered(code: string, name: string): void {
    this._names.set(code, name);
  }

  /** The breadcrumb of a map inside a region or a province, above the error of its data (an attribute's mistake has none). */
  render(
    place: { src: string; region: string; province: string },
    t: RegionMapMessages,
    error: unknown,
    go: (to: 'italy' | 'region') => void,
  ) {
    if (!place.region || isUsageError(error)) return nothing;
    // A region the page named, not entered here: its name from the index, when the index could be read (it says "09" till then).
    if (!this._names.has(place.region) && this._asked !== place.src) {
      this._asked = place.src;
      sharedLoader()
        .index(place.src)
        .then(({ index }) => {
          for (const region of index.regions) if (!this._names.has(region.code)) this._names.set(region.code, region.name);
          this._host.requestUpdate();
        })
        .catch(() => undefined);
    }
    const name = (code: string) => this._names.get(code) ?? code;
    return renderBreadcrumb(t, name(place.region), place.province ? name(place.province) : undefined, go);
  }

  /** Puts the focus on the way back, if shown; whether it did. */
  focus(root: ParentNode): boolean {
    const back = root.querySelector<HTMLElement>('.breadcrumb button');
    back?.focus({ preventScroll: true });
    return back !== null;
  }
}
