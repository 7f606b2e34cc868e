/**
 * A table's rows found by name as the reader types, the way the school search
 * reads text (src/search/search-words.ts): folded (no case, no accents) and cut
 * into words at anything that is not a letter or a digit. Every word typed must
 * begin a word of the name, in any order: "reggio emilia" finds Reggio
 * nell'Emilia, "sant ang" Sant'Angelo Lodigiano, "forli" Forlì, "bozen"
 * Bolzano/Bozen; "ano" finds no Milano, since a word's middle matches too much
 * among 7,900 comuni to help.
 */
import { searchWords } from '../search/search-words.js';

/** Whether a name answers `query`, or null where the query has no word (nothing typed, or only punctuation): no filter. */
export function nameFilter(query: string): ((name: string) => boolean) | null {
  const asked = searchWords(query);
  if (asked.length === 0) return null;
  return (name) => {
    const words = searchWords(name);
    return asked.every((word) => words.some((own) => own.startsWith(word)));
  };
}
