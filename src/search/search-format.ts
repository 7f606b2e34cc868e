/**
 * How the search index (`search.json`) is written: the characters that stand
 * for what JSON would escape. Its schema is the contract's
 * (`src/contract/search.schema.ts`); its columns are decoded by
 * `decode-search-index.ts`, its codes compacted by `code-compaction.ts`.
 */

/** Stands for the school's comune name inside a name ("SCUOLA DI \u001f"), unless the document names another `comuneMark`. */
export const COMUNE_MARK = '\u001f';

/**
 * Printable characters the index may use as its line separator, comune mark
 * and stand-in for '"': inside a JSON string, '\n', '\u001f' and '"' are
 * written escaped (2, 6 and 2 bytes, ~120,000 times), which costs ~30 KB once
 * gzipped. The builder takes the first ones that appear in no column.
 */
export const STAND_IN_CANDIDATES = '|~`$%#!;{}[]<>';

export type { SearchIndexDocument, SearchProvince } from '../contract/search.schema.js';
