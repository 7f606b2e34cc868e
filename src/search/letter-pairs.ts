/**
 * The vocabulary's words by the pairs of letters they contain, so that the
 * typo pass hands uFuzzy a few thousand words instead of all ~20,000 (the
 * first typo pass was the slowest keystroke).
 *
 * Why the pairs suffice: the matcher forgives one typo per word of four letters
 * or more, never on its first letter (uFuzzy's `intraSlice` [1, ∞]): one
 * substitution, deletion, insertion or swap of neighbours. A word that holds
 * such a term t = t0 t1 t2 … holds, side by side:
 *  - t0 t1 when the typo is at t2 or after (or an insertion after t1);
 *  - the last two letters when the typo is at t1, or an insertion between t0
 *    and t1, for t has four letters or more and the typo leaves its end alone;
 *  - t0 t2 when t1 and t2 were swapped (the one case the end may not save:
 *    "rdor" for "rodr").
 * So the words with any of these three pairs are a superset of uFuzzy's
 * matches, and uFuzzy then checks them as before: the same words are found
 * (tested against the whole vocabulary in `search-reading.node.test.ts`).
 * Terms with anything but letters (uFuzzy reads digits apart) or shorter than
 * four letters (matched as typed) are looked up in every word.
 */
import type uFuzzy from '@leeoniya/ufuzzy';
import { WORD_SPLIT_SOURCE } from './search-words.js';

/** What the matcher forgives (uFuzzy's options): one typo per word of four letters or more, never on its first letter. */
export const TYPO_RULES: uFuzzy.Options = {
  interSplit: WORD_SPLIT_SOURCE,
  intraMode: 1,
  intraRules: (term) => {
    const tolerant = term.length >= 4 ? 1 : 0;
    return { intraSlice: [1, Infinity], intraIns: tolerant, intraSub: tolerant, intraTrn: tolerant, intraDel: tolerant };
  },
};

const TYPO_TERM = /^[a-z]{4,}$/;

/** Pairs of two letters a-z, numbered 0 … 675 (only such pairs are ever looked up). */
const LETTERS = 26;
const A = 97;
const pairAt = (text: string, first: number, second: number): number => {
  const x = text.charCodeAt(first) - A;
  const y = text.charCodeAt(second) - A;
  return x >= 0 && x < LETTERS && y >= 0 && y < LETTERS ? x * LETTERS + y : -1;
};

export class LetterPairs {
  /** Where each pair's words start in `_words` (and the next pair's begin). */
  private readonly _start = new Uint32Array(LETTERS * LETTERS + 1);
  private readonly _words: Uint32Array;
  /** Scratch: which words a lookup has taken already. */
  private readonly _taken: Uint8Array;

  constructor(vocabulary: readonly string[]) {
    // Two passes into typed arrays (as the word postings): count, then place; each word once per pair.
    const lastWord = new Int32Array(LETTERS * LETTERS);
    const each = (visit: (pair: number, word: number) => void) => {
      lastWord.fill(-1);
      for (let w = 0; w < vocabulary.length; w++) {
        const word = vocabulary[w]!;
        for (let k = 0; k + 1 < word.length; k++) {
          const pair = pairAt(word, k, k + 1);
          if (pair < 0 || lastWord[pair] === w) continue;
          lastWord[pair] = w;
          visit(pair, w);
        }
      }
    };
    each((pair) => this._start[pair + 1]!++);
    for (let pair = 0; pair < LETTERS * LETTERS; pair++) this._start[pair + 1]! += this._start[pair]!;
    this._words = new Uint32Array(this._start[LETTERS * LETTERS]!);
    const next = this._start.slice(0, LETTERS * LETTERS);
    each((pair, word) => (this._words[next[pair]!++] = word));
    this._taken = new Uint8Array(vocabulary.length);
  }

  /**
   * The words that may hold `term` with one typo, ascending; undefined (every
   * word) for a term the pairs cannot narrow.
   */
  candidates(term: string): number[] | undefined {
    if (!TYPO_TERM.test(term)) return undefined;
    const taken = this._taken;
    taken.fill(0);
    for (const pair of [pairAt(term, 0, 1), pairAt(term, 0, 2), pairAt(term, term.length - 2, term.length - 1)])
      for (let k = this._start[pair]!; k < this._start[pair + 1]!; k++) taken[this._words[k]!] = 1;
    const words: number[] = [];
    for (let w = 0; w < taken.length; w++) if (taken[w]) words.push(w);
    return words;
  }
}
