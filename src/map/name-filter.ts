/**
 * A map's areas, or its table's rows, found by name as the reader types, the
 * way the school search reads text (src/search/search-words.ts): folded (no
 * case, no accents) and cut into words at anything that is not a letter or a
 * digit. Every word typed must
 * begin a word of the name, in any order: "reggio emilia" finds Reggio
 * nell'Emilia, "sant ang" Sant'Angelo Lodigiano, "forli" Forlì, "bozen"
 * Bolzano/Bozen, "laquila" L'Aquila (an elision typed together); "ano" finds no
 * Milano, since a word's middle matches too much among 7,900 comuni to help.
 */
import { nameWords, searchWords } from '../search/search-words.js';

/** Whether a name answers `query`, or null where the query has no word (nothing typed, or only punctuation): no filter. */
export function nameFilter(query: string): ((name: string) => boolean) | null {
  const asked = searchWords(query);
  if (asked.length === 0) return null;
  return (name) => {
    const words = nameWords(name);
    return asked.every((word) => words.some((own) => own.startsWith(word)));
  };
}

/**
 * How near a name is to the words typed, for the order Enter goes to the areas found in: 0 the very name ("roma":
 * Roma), 1 a name whose first words they are ("reggio": Reggio di Calabria, Reggio nell'Emilia), 2 a name they
 * begin ("roma": Romano Canavese), 3 any other (Genzano di Roma). "roma" finds 39 comuni: Enter goes to Roma first,
 * not to the first of them in the map's order.
 */
export function nameNearness(query: string): (name: string) => number {
  const asked = searchWords(query);
  return (name) => {
    const words = searchWords(name);
    if (asked.every((word, i) => words[i] === word)) return words.length === asked.length ? 0 : 1;
    return asked.every((word, i) => words[i]?.startsWith(word)) ? 2 : 3;
  };
}

/**
 * The area found after `current` (before it, `back`), round the end, as a browser's find-in-page goes from one match to
 * the next; the first (the last) when `current` is none of them; null when none was found.
 */
export function nextFound(found: readonly number[], current: number | null, back: boolean): number | null {
  if (found.length === 0) return null;
  const at = current === null ? -1 : found.indexOf(current);
  if (at < 0) return found[back ? found.length - 1 : 0]!;
  return found[(at + (back ? found.length - 1 : 1)) % found.length]!;
}
