/** Registers <school-search> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { SchoolSearch } from './school-search.js';

export { SchoolSearch };
export * from './school-search.events.js';

defineElement('school-search', SchoolSearch);

declare global {
  interface HTMLElementTagNameMap {
    'school-search': SchoolSearch;
  }
}
