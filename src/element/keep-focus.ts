/**
 * The focus stays in the element when a render takes away the control that
 * held it (WCAG 2.4.3): a list that goes to its loading state while another
 * region loads, a breadcrumb's button gone once the map is back at Italy. The
 * browser would put it on the page's body, and a keyboard reader would start
 * again from the top of the page; it goes to the element's `base` part
 * instead, from where Tab goes on inside the element. An element that knows a
 * better place (the map's area, a list's first item) moves it there after.
 *
 * Only the elements with controls carry it (the badge, which has none, does
 * not pay for it).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class KeepFocus implements ReactiveController {
  /** The focus is, or was until a render took its control away, inside the element. */
  private _within = false;

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._host.addEventListener('focusin', this._focusIn);
    this._host.addEventListener('focusout', this._focusOut);
  }

  hostDisconnected(): void {
    this._host.removeEventListener('focusin', this._focusIn);
    this._host.removeEventListener('focusout', this._focusOut);
    this._within = false;
  }

  hostUpdated(): void {
    const root = this._host.shadowRoot;
    if (!this._within || !root || root.activeElement) return;
    // Somewhere else in the page has it now (the reader moved on while this element was rendering): it stays there.
    const active = document.activeElement;
    if (active && active !== document.body) {
      this._within = false;
      return;
    }
    const base = root.querySelector<HTMLElement>('[part~="base"]');
    if (!base) return;
    if (!base.hasAttribute('tabindex')) base.tabIndex = -1;
    base.focus({ preventScroll: true });
  }

  private readonly _focusIn = (): void => {
    this._within = true;
  };

  /**
   * The focus left: for another element of the page (it is not ours any more), for nothing (a click on the page's
   * background, another window: not ours either, unless the control that had it is gone from the page, which is a
   * render of ours taking it away).
   */
  private readonly _focusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && (to === this._host || this._host.contains(to))) return;
    const from = event.composedPath()[0] as Node | undefined;
    if (to) this._within = false;
    else queueMicrotask(() => (this._within = !from?.isConnected && this._within));
  };
}
