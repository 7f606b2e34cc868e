/**
 * Type-ahead matching over every school of the search index, accent- and
 * case-insensitive and tolerant of one typo per word, with uFuzzy (a small
 * library made for fast fuzzy filtering of long lists). A query that looks like
 * a school code also matches codes by prefix, first.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import type { SearchIndex } from './decode-search-index.js';

export interface SchoolMatch {
  /** Position in the search index. */
  index: number;
  code: string;
  name: string;
  comune: string;
  /** True for an institution (istituto), false for one of its plessi. */
  institution: boolean;
}

const CODE_PREFIX = /^[A-Z]{2}[A-Z0-9]{2,8}$/;
/** What separates words, after folding (the same for uFuzzy and for the substring filter). */
const WORD_SPLIT_SOURCE = "[^a-z\\d']+";
const WORD_SPLIT = new RegExp(WORD_SPLIT_SOURCE);

/** Lower case without accents: "Sant'Angelo Lodigiano, Università" → "sant'angelo lodigiano, universita". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** uFuzzy's matches, best first when it ranked them (it does up to 1,000 matches). */
function ranked([indices, info, order]: uFuzzy.SearchResult): number[] {
  return order && info ? order.map((k) => info.idx[k]!) : (indices ?? []);
}

export class SchoolMatcher {
  private readonly _haystack: string[];
  private readonly _sortedCodes: number[];
  private readonly _exact: uFuzzy;
  private readonly _tolerant: uFuzzy;
  /**
   * The previous query and all its exact matches. Typing adds letters: every
   * exact match of the longer query is an exact match of the shorter one, so
   * only those are searched again (type-ahead narrowing).
   */
  private _previous: { needle: string; matches: number[] } | null = null;

  constructor(private readonly _index: SearchIndex) {
    const { codes, names, comuni } = _index;
    this._haystack = codes.map((code, i) => foldText(`${names[i]} ${comuni[i]} ${code}`));
    this._sortedCodes = codes.map((_, i) => i).sort((a, b) => (codes[a]! < codes[b]! ? -1 : 1));
    // Letters and digits only, after folding: punctuation separates words.
    const interSplit = WORD_SPLIT_SOURCE;
    this._exact = new uFuzzy({ interSplit });
    this._tolerant = new uFuzzy({
      interSplit,
      intraMode: 1,
      // One typo per word of four letters or more; shorter words must be exact.
      intraRules: (term) => {
        const tolerant = term.length >= 4 ? 1 : 0;
        return { intraSlice: [1, Infinity], intraIns: tolerant, intraSub: tolerant, intraTrn: tolerant, intraDel: tolerant };
      },
    });
  }

  private _match(index: number): SchoolMatch {
    const { codes, names, comuni, institutionOf } = this._index;
    return { index, code: codes[index]!, name: names[index]!, comune: comuni[index]!, institution: institutionOf[index] === index };
  }

  /** Codes starting with `prefix` (upper case), in code order. */
  private _codePrefix(prefix: string, limit: number): number[] {
    const { codes } = this._index;
    const sorted = this._sortedCodes;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let i = lo; i < sorted.length && found.length < limit && codes[sorted[i]!]!.startsWith(prefix); i++) found.push(sorted[i]!);
    return found;
  }

  /** Adds the positions in `ranked` not already there to `results`, up to `limit`. */
  private _take(ranked: readonly number[], results: number[], seen: Set<number>, limit: number): void {
    for (const index of ranked) {
      if (results.length >= limit) return;
      if (!seen.has(index)) {
        seen.add(index);
        results.push(index);
      }
    }
  }

  /** The best `limit` schools for what the user typed, best first. */
  search(query: string, limit = 10): SchoolMatch[] {
    const needle = foldText(query).trim();
    if (needle.length < 2) return [];
    const upper = needle.toUpperCase();
    const byCode = CODE_PREFIX.test(upper) ? this._codePrefix(upper, limit) : [];
    const seen = new Set(byCode);
    const results = [...byCode];
    // Exact words first, then, if room is left, words with one typo: a typo
    // match must never push out what the user actually typed.
    // Exact: every word of the query inside the school's text, in any order.
    // Filtered here by plain substring search (narrowed while typing), then
    // ranked by uFuzzy over those candidates only.
    const words = needle.split(WORD_SPLIT).filter(Boolean);
    const pool = this._previous && needle.startsWith(this._previous.needle) ? this._previous.matches : null;
    const haystack = this._haystack;
    const candidates: number[] = [];
    const consider = (i: number) => {
      const text = haystack[i]!;
      if (words.every((word) => text.includes(word))) candidates.push(i);
    };
    if (pool) pool.forEach(consider);
    else for (let i = 0; i < haystack.length; i++) consider(i);
    this._previous = { needle, matches: candidates };
    const exact = this._exact.search(
      candidates.map((i) => haystack[i]!),
      needle,
      1,
      1000,
    );
    this._take(ranked(exact).map((k) => candidates[k]!), results, seen, limit);
    if (results.length < limit) this._take(ranked(this._tolerant.search(haystack, needle, 1, 1000)), results, seen, limit);
    return results.map((index) => this._match(index));
  }
}
