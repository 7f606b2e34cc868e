/**
 * Reads a query into its parts: phrases the search knows (a school type, a
 * comune, a province by name or acronym; the longest wins, a type over a place
 * of the same words) and plain words. Stopwords do not count ("istituto di
 * istruzione superiore di milano" is a type and a place), unless the query has
 * nothing else.
 */
import type { SchoolType } from './school-types.js';
import { keyWords, searchWords } from './search-words.js';

/** Something a query may name, by its key words (stopwords left out). */
export interface Phrase {
  words: readonly string[];
  type?: SchoolType;
  /** Positions of the comuni and provinces of that name. */
  comuni: number[];
  provinces: number[];
  /** The phrase is a province's acronym ("rm"): never a name's word by itself. */
  acronym: boolean;
}

export interface QueryPart {
  /** The key words of the query this part covers. */
  words: readonly string[];
  phrase?: Phrase;
  /** The part ends the query: its last word may still be being typed. */
  last: boolean;
}

/** The parts of `query`, given the phrases by their first key word (longest first). */
export function readQuery(query: string, phrases: ReadonlyMap<string, readonly Phrase[]>): QueryPart[] {
  const all = searchWords(query);
  const key = keyWords(all);
  const words = key.length > 0 ? key : all;
  const parts: QueryPart[] = [];
  for (let at = 0; at < words.length;) {
    const phrase = phrases.get(words[at]!)?.find((candidate) => candidate.words.every((word, k) => words[at + k] === word));
    const length = phrase?.words.length ?? 1;
    parts.push({ words: words.slice(at, at + length), phrase, last: at + length === words.length });
    at += length;
  }
  return parts;
}
