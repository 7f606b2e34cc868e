/**
 * The width of an element's box, kept by a ResizeObserver while it is
 * connected; the host re-renders when the rounded width changes. `measure()`
 * reads it at once, so a first drawing is not made at a guessed width.
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

export class WidthController implements ReactiveController {
  width = 0;
  private _observer?: ResizeObserver;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._observer = new ResizeObserver((entries) => this._set(entries[0]?.contentRect.width ?? 0));
    this._observer.observe(this._host);
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
  }

  /** Reads the width now (a forced layout) when it is not known yet. */
  measure(): number {
    if (this.width === 0) this.width = Math.round(this._host.getBoundingClientRect().width);
    return this.width;
  }

  private _set(width: number): void {
    const rounded = Math.round(width);
    if (rounded === this.width) return;
    this.width = rounded;
    afterResize(this._host);
  }
}
