/**
 * Whether the page is being printed: then an element shows whole what it
 * shows in part on screen (a list's items past "show all", a long grid's rows
 * out of its scrolled window), since paper has no button and no scrolling.
 * Followed through `matchMedia('print')` (Chromium, and print emulation in
 * tests) and `beforeprint`/`afterprint` (the other browsers): a render asked
 * for in `beforeprint` runs before the page is laid out for paper.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { printQuery } from '../util/width-controller.js';

export class PrintMedia implements ReactiveController {
  printing = false;
  private readonly _query = printQuery();

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  private readonly _set = (printing: boolean) => {
    if (printing === this.printing) return;
    this.printing = printing;
    this._host.requestUpdate();
  };
  private readonly _changed = () => this._set(this._query?.matches ?? false);
  private readonly _before = () => this._set(true);

  hostConnected(): void {
    this.printing = this._query?.matches ?? false;
    this._query?.addEventListener('change', this._changed);
    addEventListener('beforeprint', this._before);
    addEventListener('afterprint', this._changed);
  }

  hostDisconnected(): void {
    this._query?.removeEventListener('change', this._changed);
    removeEventListener('beforeprint', this._before);
    removeEventListener('afterprint', this._changed);
  }
}
