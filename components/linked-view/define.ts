/** Registers <linked-view> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { LinkedView } from './linked-view.js';

export { LinkedView };
export * from './linked-view.events.js';

defineElement('linked-view', LinkedView);

declare global {
  interface HTMLElementTagNameMap {
    'linked-view': LinkedView;
  }
}
