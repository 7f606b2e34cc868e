/**
 * The size of a box inside an element's shadow root (found by a selector
 * after each render, since a template may replace it), kept by a
 * ResizeObserver; the host re-renders when the rounded size changes.
 * `measure()` reads it at once, so a first drawing is not made at a guessed
 * size. Sizes are layout sizes: a host page's transforms do not change them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterResize } from './width-controller.js';

export class BoxController implements ReactiveController {
  width = 0;
  height = 0;
  private _observer?: ResizeObserver;
  private _observed: HTMLElement | null = null;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _selector: string,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    // Set from the callback, not from the entry's box, so that the size is read the same way as measure() reads it.
    this._observer = new ResizeObserver(() => this._set());
    this._observed = null;
  }

  hostUpdated(): void {
    const box = this._host.shadowRoot?.querySelector<HTMLElement>(this._selector) ?? null;
    if (box === this._observed) return;
    if (this._observed) this._observer?.unobserve(this._observed);
    if (box) this._observer?.observe(box);
    this._observed = box;
  }

  hostDisconnected(): void {
    this._observer?.disconnect();
    this._observed = null;
  }

  /** Reads the size now (a forced layout) when it is not known yet; true when it changed. */
  measure(): boolean {
    return this.width === 0 ? this._read() : false;
  }

  private _read(): boolean {
    const box = this._observed ?? this._host.shadowRoot?.querySelector<HTMLElement>(this._selector);
    if (!box) return false;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    if (width === this.width && height === this.height) return false;
    this.width = width;
    this.height = height;
    return true;
  }

  private _set(): void {
    if (this._read()) afterResize(this._host);
  }
}
