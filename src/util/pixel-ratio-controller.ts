/**
 * Re-renders the host when the screen's pixel ratio changes: the page zoomed
 * in or out, or the window moved to a screen of another density. A canvas
 * drawn for the old ratio is then blurred or too heavy, and its box may keep
 * its size (a column of fixed width on a wide screen), so that no
 * ResizeObserver tells it. Watched through `matchMedia('(resolution: …)')`,
 * one query per ratio, renewed at each change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PixelRatioController implements ReactiveController {
  private _query: MediaQueryList | null = null;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._watch();
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._changed);
    this._query = null;
  }

  private readonly _changed = (): void => {
    this._watch();
    this._host.requestUpdate();
  };

  private _watch(): void {
    this._query?.removeEventListener('change', this._changed);
    this._query = typeof matchMedia === 'function' ? matchMedia(`(resolution: ${devicePixelRatio}dppx)`) : null;
    this._query?.addEventListener('change', this._changed);
  }
}
