/**
 * scuole-europa: the browser core (data contract, loader, language and number
 * formats) and the element classes. Importing this module registers nothing; the
 * per-element entries and the CDN bundle register the tags.
 */
export * from './contract/index.js';
export * from './data/index.js';
export { resolveLanguage, toLanguage, localize } from './i18n/lang.js';
export { formatValue, formatSchoolYear } from './i18n/format.js';
export { defineElement } from './util/define-element.js';
