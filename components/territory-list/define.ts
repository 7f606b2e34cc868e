/** Registers <territory-list> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { TerritoryList } from './territory-list.js';

export { TerritoryList };
export * from './territory-list.events.js';

defineElement('territory-list', TerritoryList);

declare global {
  interface HTMLElementTagNameMap {
    'territory-list': TerritoryList;
  }
}
