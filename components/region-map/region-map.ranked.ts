/**
 * The summary's best and worst say their range of places once the view is
 * ranked. Ranking all Italy's comuni (an interval each, two sorts) takes a few
 * milliseconds that a first paint or a change of year cannot spare (#19), so
 * it is done when the browser is idle once they are painted, and the element renders its
 * summary again. (The table view ranks its view as it renders: the element
 * says places there at once.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapViewModel } from '../../src/map/map-view.js';
import { whenIdleAfterPaint } from '../../src/util/when-idle.js';

export class IdleRanking implements ReactiveController {
  private _ranked: MapViewModel | null = null;
  private _pending: MapViewModel | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _view: () => MapViewModel | undefined,
  ) {
    _host.addController(this);
  }

  /** Whether `view`'s places can be said without ranking it now. */
  ranked(view: MapViewModel): boolean {
    return this._ranked === view;
  }

  hostUpdated(): void {
    const view = this._view();
    if (!view || view === this._ranked || view === this._pending) return;
    this._pending = view;
    whenIdleAfterPaint(() => {
      // A view replaced meanwhile (another year, level or metric) is not ranked for nothing.
      if (this._pending !== view || !this._host.isConnected) return;
      void view.ranking;
      this._ranked = view;
      this._pending = null;
      this._host.requestUpdate();
    });
  }
}
