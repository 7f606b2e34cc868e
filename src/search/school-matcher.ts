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
/** What words are made of, after folding: the same for uFuzzy, the substring filter and the vocabulary of the typo pass. */
const WORD_CHARS = "a-z\\d'";
const WORD_SPLIT_SOURCE = `[^${WORD_CHARS}]+`;
const WORD_SPLIT = new RegExp(WORD_SPLIT_SOURCE);
const WORDS = new RegExp(`[${WORD_CHARS}]+`, 'g');
/** How many matches uFuzzy ranks; beyond that it returns them unranked. */
const RANKED = 1000;
/**
 * Typo matches ranked at most: ranking costs a regular expression with
 * captures per match, and a short word with a typo ("rodr") has hundreds;
 * the next letter narrows them anyway.
 */
const TOLERANT_RANKED = 300;

/** Lower case without accents: "Sant'Angelo Lodigiano, Università" → "sant'angelo lodigiano, universita". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
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
  /** Every distinct word of the names and comuni (not the codes), and the schools that have it (ascending). */
  private readonly _vocabulary: string[] = [];
  private readonly _postings: number[][] = [];
  /** Per typed word: the vocabulary's words within one typo of it (the words typed before stay while the next is typed). */
  private readonly _tolerantWords = new Map<string, number[]>();

  constructor(private readonly _index: SearchIndex) {
    const { codes, names, comuni } = _index;
    this._haystack = codes.map((code, i) => foldText(`${names[i]} ${comuni[i]} ${code}`));
    this._sortedCodes = codes.map((_, i) => i).sort((a, b) => (codes[a]! < codes[b]! ? -1 : 1));
    const wordIds = new Map<string, number>();
    this._haystack.forEach((text, i) => {
      // The text without its last word, the code (codes have no spaces): the name and the comune, folded already.
      for (const [word] of text.slice(0, text.lastIndexOf(' ')).matchAll(WORDS)) {
        let id = wordIds.get(word);
        if (id === undefined) {
          wordIds.set(word, (id = this._vocabulary.length));
          this._vocabulary.push(word);
          this._postings.push([]);
        }
        const list = this._postings[id]!;
        if (list.at(-1) !== i) list.push(i);
      }
    });
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

  /**
   * Schools that may match `needle` with one typo per word: those with a word
   * of their name or comune within one typo of one of the query's words
   * (uFuzzy then checks all the words on these few). A typed word
   * matches inside one word of the text (a typo is a letter or digit, never a
   * separator), so matching the ~21,000 distinct words instead of ~51,500
   * whole texts finds the same schools about five times faster. Codes are left
   * out: they are found by prefix and by exact words, never with a typo (a
   * code one letter off is another school).
   */
  private _tolerantCandidates(needle: string): number[] {
    // Any one word's schools are enough (every match has all the words): the
    // word being typed is matched against the vocabulary now, the words typed
    // before only if an earlier keystroke already did, and the smallest set wins.
    const terms = needle.split(WORD_SPLIT).filter(Boolean);
    const last = terms.at(-1);
    if (!last) return [];
    let best: number[] | null = null;
    let bestSize = Infinity;
    for (const term of new Set(terms)) {
      let words = this._tolerantWords.get(term);
      if (!words && term !== last) continue;
      if (!words) this._tolerantWords.set(term, (words = this._tolerant.filter(this._vocabulary, term) ?? []));
      let size = 0;
      for (const w of words) size += this._postings[w]!.length;
      if (size === 0) return [];
      if (size < bestSize) [best, bestSize] = [words, size];
    }
    if (!best) return [];
    const found = new Uint8Array(this._haystack.length);
    for (const w of best) for (const i of this._postings[w]!) found[i] = 1;
    const schools: number[] = [];
    for (let i = 0; i < found.length; i++) if (found[i]) schools.push(i);
    return schools;
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
    const count = pool ? pool.length : haystack.length;
    for (let k = 0; k < count; k++) {
      const i = pool ? pool[k]! : k;
      const text = haystack[i]!;
      let all = true;
      for (let w = 0; w < words.length && all; w++) all = text.includes(words[w]!);
      if (all) candidates.push(i);
    }
    this._previous = { needle, matches: candidates };
    // uFuzzy ranks at most RANKED matches and returns more in their given
    // order: over that many, the candidates (in index order) are the answer.
    const exact =
      candidates.length > RANKED
        ? candidates
        : ranked(
            this._exact.search(
              candidates.map((i) => haystack[i]!),
              needle,
              1,
              RANKED,
            ),
          ).map((k) => candidates[k]!);
    this._take(exact, results, seen, limit);
    if (results.length < limit) {
      // uFuzzy checks every word of the query on a non-empty pre-filtered list and ranks what is left (one word: it takes the list as given).
      const tolerant = this._tolerantCandidates(needle);
      if (tolerant.length > 0)
        this._take(ranked(this._tolerant.search(haystack, needle, 1, TOLERANT_RANKED, tolerant)), results, seen, limit);
    }
    return results.map((index) => this._match(index));
  }
}
