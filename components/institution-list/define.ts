/** Registers <institution-list> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { InstitutionList } from './institution-list.js';

export { InstitutionList };
export * from './institution-list.events.js';

defineElement('institution-list', InstitutionList);

declare global {
  interface HTMLElementTagNameMap {
    'institution-list': InstitutionList;
  }
}
