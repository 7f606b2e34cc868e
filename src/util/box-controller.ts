/**
 * The size of a box inside an element's shadow root (found by a selector
 * after each render, since a template may replace it), kept by a
 * ResizeObserver; the host re-renders when the rounded size changes.
 * `measure()` reads it at once, so a first drawing is not made at a guessed
 * size. Sizes are layout sizes: a host page's transforms do not change them.
 * Going to paper and back, the size is read and the host rendered at once, as
 * WidthController does (Chromium prints before the observer's news).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterResize, printQuery } from './width-controller.js';

export class BoxController implements ReactiveController {
  width = 0;
  height = 0;
  /** The page is laid out for paper (what is drawn now is printed). */
  paper = false;
  private _observer?: ResizeObserver;
  private _observed: HTMLElement | null = null;
  private readonly _print = printQuery();

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
    this._print?.addEventListener('change', this._reflowed);
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
    this._print?.removeEventListener('change', this._reflowed);
  }

  /** The page laid out for paper, or back for the screen: its size read now, the render asked for now (it runs before printing). */
  private readonly _reflowed = (): void => {
    this.paper = this._print?.matches ?? false;
    this._read();
    this._host.requestUpdate();
  };

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
