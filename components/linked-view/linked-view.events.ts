/** Events of <linked-view>: prefixed, bubbling and composed. */
import type { ViewState } from '../../src/view/view-state.js';

/**
 * The shared state changed through a user action (an element's event, or back and forward in the browser), or let go
 * of an area the data does not hold (src/element/area-missing.ts).
 */
export class LinkedViewChangeEvent extends Event {
  static readonly type = 'linked-view-change';
  constructor(readonly detail: ViewState) {
    super(LinkedViewChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'linked-view-change': LinkedViewChangeEvent;
  }
}
