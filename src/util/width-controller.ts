/**
 * The width of an element's box, kept by a ResizeObserver while it is
 * connected; the host re-renders when the rounded width changes. `measure()`
 * reads it at once, so a first drawing is not made at a guessed width. Going
 * to paper and back, the width is read at once too: Chromium lays the page
 * out for paper and prints it before the next frame, which the observer's
 * news would wait for (a timeline drawn for a 1,250 px panel was printed
 * shrunk into the page's 680, its labels at half their size).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders `host` in the next frame, not inside the ResizeObserver's
 * callback: an update there changes the layout while the browser is still
 * delivering sizes, and its "ResizeObserver loop completed with undelivered
 * notifications" reaches the host page's error handlers.
 */
export function afterResize(host: ReactiveControllerHost): void {
  requestAnimationFrame(() => host.requestUpdate());
}

/** The query that tells when the page goes to paper and back (none outside a browser). */
export const printQuery = (): MediaQueryList | null => (typeof matchMedia === 'function' ? matchMedia('print') : null);

export class WidthController implements ReactiveController {
  width = 0;
  private _observer?: ResizeObserver;
  private readonly _print = printQuery();

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => this._set(entries[0]?.contentRect.width ?? 0));
    this._observer.observe(this._host);
    this._print?.addEventListener('change', this._reflowed);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._print?.removeEventListener('change', this._reflowed);
  }

  /** The page laid out for paper, or back for the screen: its width read now (laid out already), the render asked for now (it runs before printing). */
  private readonly _reflowed = (): void => this._set(this._host.getBoundingClientRect().width, true);

  /** Reads the width now (a forced layout) when it is not known yet. */
  measure(): number {
    if (this.width === 0) this.width = Math.round(this._host.getBoundingClientRect().width);
    return this.width;
  }

  private _set(width: number, now = false): void {
    const rounded = Math.round(width);
    if (rounded === this.width) return;
    this.width = rounded;
    if (now) this._host.requestUpdate();
    else afterResize(this._host);
  }
}
