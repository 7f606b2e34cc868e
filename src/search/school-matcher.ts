/**
 * Type-ahead matching over every school of the search index, the way Italians
 * name schools: a query is read into what it asks for (a school type, a
 * place, words of a name, a code), each school scores by how surely it
 * answers every part, and the count says how many answer in all. Typos are
 * forgiven (uFuzzy, one per word) only when nothing answers as typed.
 *
 * How a part of the query is answered, strongest first (the score it adds):
 * - a code: the school's own code (100), or the beginning of it (25), or the
 *   whole code of an institution merged into it since (`formerCodes`, 100);
 * - a type (`school-types.ts`): the school's type letters (30; for a type of
 *   institution such as "ic", only the institution's own, not its plessi'; a
 *   CPIA, whose code is a lower secondary school's, by the index's `cpia`
 *   list), or its name saying it ("I.C.", 10);
 * - a place (a comune, a province by name or acronym, several words allowed):
 *   the school's comune (30), its province (20), its name saying it (10);
 * - a word: a whole word of the name or comune (10), the beginning of one (8).
 * A place or type word typed last also answers as the beginning of a word (8):
 * "ic roma" may still become "ic romagnoli". Equal scores put institutions
 * before plessi, then keep the index's order (institutions by code, each with
 * its plessi).
 */
import uFuzzy from '@leeoniya/ufuzzy';
import { LetterPairs, TYPO_RULES } from './letter-pairs.js';
import type { SearchIndex } from './decode-search-index.js';
import { readQuery, type QueryPart, type Phrase } from './read-query.js';
import { addPartScores, flagged, markByProvince, markByType, nudgeScores, rankValues, takeBest } from './score-loops.js';
import { CPIA_LETTERS, SCHOOL_TYPES, typeLetters, type SchoolType } from './school-types.js';
import { nameWords, searchText, searchWords, wordsOf } from './search-words.js';
import { collectPhrases } from './index-phrases.js';
import { WordPostings } from './word-postings.js';
import { numberForms } from './number-words.js';

export { foldText } from './search-words.js';

export interface SchoolMatch {
  /** Position in the search index. */
  index: number;
  code: string;
  name: string;
  comune: string;
  /** True for an institution (istituto), false for one of its plessi. */
  institution: boolean;
  /** The former code typed that found it: an institution merged into this one since. */
  formerly?: string;
}

/** What a query was read as, for the user to see ("Istituto comprensivo", "Roma"). */
export interface QueryReading {
  kind: 'type' | 'place';
  /** The type's id (`school-types.ts`), or the place's key words. */
  id: string;
  /** Its name in Italian and English: the type's, or the comune's (else the province's) as the index writes it. */
  label: { it: string; en: string };
}

export interface SearchResult {
  /** The best matches, best first. */
  matches: SchoolMatch[];
  /** How many schools match in all. */
  total: number;
  /** True when nothing matched as typed and these are matches with a typo. */
  typos: boolean;
  reading: QueryReading[];
  /**
   * The types typed that no school answering the rest has («liceo volta roma»:
   * the Volta of Roma are not licei): the matches are of any type. Absent when
   * every part was answered.
   */
  withoutType?: QueryReading[];
  /**
   * A word typed that no school answering the rest has, nor one a letter away
   * («secondo circolo napoli»: no direzione didattica of Napoli has "secondo"
   * in its name): the matches answer the rest, and the list says which word it
   * left out. Absent when every word was answered.
   */
  withoutWord?: string;
}

const SCORE = { code: 100, codePrefix: 25, sure: 30, province: 20, named: 10, word: 10, wordStart: 8 } as const;
const CODE_PREFIX = /^[A-Z]{2}[A-Z0-9]{2,8}$/;
/** Typo matches ranked at most: ranking costs a regular expression per match; the next letter narrows them anyway. */
const TOLERANT_RANKED = 300;
/**
 * Words that say "a school" and nothing more («istituto fermi», «scuola fermi
 * roma»): beside other words, a school answers them whether its name has the
 * word or not (one that has it ranks higher); alone, they are read as typed.
 * A type that starts with one («istituto comprensivo», «scuola media») is
 * read as that type first.
 */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['scuola', 'scuole', 'istituto', 'istituti', 'istituzione', 'ist']);
/**
 * What a generic word gives a school whose name has it, and one whose name does
 * not: a nudge, less than a whole word over its beginning («scuola fermi»: the
 * schools named Fermi before those of Fermignano that say "scuola").
 */
const GENERIC_SCORES = [1, 2] as const;
/** Schools few enough for uFuzzy to check every typed word on them directly. */
const FEW_CANDIDATES = 2000;

/** Each of a type's words as a list of words ("istituto comprensivo" → two), split once. */
const ALIAS_WORDS = new Map(SCHOOL_TYPES.map((type) => [type, type.words.map((words) => words.split(' '))]));
const aliasWords = (type: SchoolType) => ALIAS_WORDS.get(type)!;

/** uFuzzy's matches, best first when it ranked them. */
function ranked([indices, info, order]: uFuzzy.SearchResult): number[] {
  return order && info ? order.map((k) => info.idx[k]!) : (indices ?? []);
}

export class SchoolMatcher {
  /** Per school: folded name, comune and code, for the typo pass (made for the schools it looks at, when it does). */
  private readonly _texts: (string | undefined)[] = [];
  private readonly _sortedCodes: number[];
  /** Every word of the names and comuni, and the schools that have each. */
  private readonly _words: WordPostings;
  /** Per school: its type letters as a small number, and whether it is an institution. */
  private readonly _ownType: Uint8Array;
  private readonly _isHead: Uint8Array;
  private readonly _typeId = new Map<string, number>();
  private readonly _schoolsOfComune: number[][];
  /** The phrases a query may say: school types, comuni, provinces (by first key word). */
  private readonly _phrases: ReadonlyMap<string, readonly Phrase[]>;
  private readonly _tolerant: uFuzzy;
  /** The vocabulary's words by letter pairs: the few that may hold a typed word with a typo. */
  private readonly _pairs: LetterPairs;
  /** Per typed word: the vocabulary's words within one typo of it (kept while the next word is typed). */
  private readonly _tolerantWords = new Map<string, number[]>();
  /** Per query: the schools found by a former code typed, and that code. */
  private readonly _formerHits = new Map<number, string>();
  /** Scratch arrays, reused at every keystroke. */
  private readonly _part: Uint8Array;
  private readonly _seen: Uint8Array;
  private readonly _total: Int16Array;

  constructor(private readonly _index: SearchIndex) {
    const { codes, names, institutionOf, places, comuneNames } = _index;
    const n = codes.length;
    this._sortedCodes = codes.map((_, i) => i).sort((a, b) => (codes[a]! < codes[b]! ? -1 : 1));
    this._part = new Uint8Array(n);
    this._seen = new Uint8Array(n);
    this._total = new Int16Array(n);

    // Words: of each name, and of each comune for all its schools, elisions and particles also written together
    // ("laquila", "davinci": nameWords).
    const comuneWords = comuneNames.map((name) => searchWords(name));
    const comuneFoundBy = comuneNames.map((name) => nameWords(name));
    this._words = new WordPostings(n, (i, add) => {
      for (const word of nameWords(names[i]!)) {
        add(word);
        // "3", "III", "terzo", "tre": a number written as the one who types it writes it (number-words.ts).
        for (const form of numberForms(word)) add(form);
      }
      for (const word of comuneFoundBy[places[i]!]!) add(word);
    });
    this._schoolsOfComune = comuneNames.map(() => []);
    for (let i = 0; i < n; i++) this._schoolsOfComune[places[i]!]!.push(i);

    this._ownType = new Uint8Array(n);
    this._isHead = new Uint8Array(n);
    const typeOf = (i: number) => {
      const letters = _index.cpia[i] ? CPIA_LETTERS : typeLetters(codes[i]!);
      let id = this._typeId.get(letters);
      if (id === undefined) this._typeId.set(letters, (id = this._typeId.size + 1));
      return id;
    };
    for (let i = 0; i < n; i++) {
      this._ownType[i] = typeOf(i);
      this._isHead[i] = institutionOf[i] === i ? 1 : 0;
    }
    this._phrases = collectPhrases(_index, comuneWords);
    this._pairs = new LetterPairs(this._words.words);

    this._tolerant = new uFuzzy(TYPO_RULES);
  }

  private _match(index: number): SchoolMatch {
    const { codes, names, comuni, institutionOf } = this._index;
    const formerly = this._formerHits.get(index);
    return {
      index,
      code: codes[index]!,
      name: names[index]!,
      comune: comuni[index]!,
      institution: institutionOf[index] === index,
      ...(formerly && { formerly }),
    };
  }

  /** Positions (in code order) of the codes starting with `prefix` (upper case). */
  private _codePrefix(prefix: string): number[] {
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
    for (let i = lo; i < sorted.length && codes[sorted[i]!]!.startsWith(prefix); i++) found.push(sorted[i]!);
    return found;
  }

  /** Gives `score` to every school in `schools` that has less in `this._part`. */
  private _raise(schools: ArrayLike<number>, score: number): void {
    const part = this._part;
    for (let k = 0; k < schools.length; k++) {
      const i = schools[k]!;
      if (part[i]! < score) part[i] = score;
    }
  }

  /** A word as typed: whole words, beginnings of words, codes. */
  private _scoreWord(word: string): void {
    const [from, to] = this._words.prefixRange(word);
    const { words, start, schools } = this._words;
    const part = this._part;
    for (let w = from; w < to; w++) {
      const score = words[w] === word ? SCORE.word : SCORE.wordStart;
      for (let k = start[w]!; k < start[w + 1]!; k++) if (part[schools[k]!]! < score) part[schools[k]!] = score;
    }
    const upper = word.toUpperCase();
    if (CODE_PREFIX.test(upper)) {
      const { codes } = this._index;
      for (const i of this._codePrefix(upper)) {
        const score = codes[i] === upper ? SCORE.code : SCORE.codePrefix;
        if (this._part[i]! < score) this._part[i] = score;
      }
      // The code of an institution merged into another since: its successor, as if its own code were typed.
      const successor = this._index.former.get(upper);
      if (successor !== undefined) {
        this._part[successor] = SCORE.code;
        this._formerHits.set(successor, upper);
      }
    }
  }

  /** Schools whose name or comune has every one of `words`, whole. */
  private _scoreWords(words: readonly string[], score: number): void {
    const ids = words.map((word) => this._words.id(word));
    if (ids.some((id) => id === undefined)) return;
    if (ids.length === 1) return this._raise(this._words.of(ids[0]!), score);
    const seen = this._seen;
    seen.fill(0);
    ids.forEach((id, k) => {
      for (const i of this._words.of(id!)) if (seen[i] === k) seen[i] = k + 1;
    });
    const part = this._part;
    for (const i of this._words.of(ids.at(-1)!)) if (seen[i] === ids.length && part[i]! < score) part[i] = score;
  }

  private _scorePart(part: QueryPart): void {
    const { phrase } = part;
    if (!phrase) return this._scoreWord(part.words[0]!);
    // Beginnings of words for a phrase typed last ("ic roma" may become "ic romagnoli").
    if (part.last && part.words.length === 1) this._scoreWord(part.words[0]!);
    const scratch = this._part;
    if (phrase.type) {
      for (const words of aliasWords(phrase.type)) this._scoreWords(words, SCORE.named);
      const wanted = new Uint8Array(this._typeId.size + 1);
      for (const letters of phrase.type.letters) {
        const id = this._typeId.get(letters);
        if (id !== undefined) wanted[id] = 1;
      }
      // An institution type ("ic") is the institution's: its plessi are primary
      // or lower secondary schools, found by their own names, not counted as ICs.
      const heads = phrase.type.level === 'institution' ? this._isHead : null;
      markByType(scratch, this._ownType, wanted, heads, SCORE.sure);
      return;
    }
    if (!phrase.acronym) this._scoreWords(phrase.words, SCORE.named);
    if (phrase.provinces.length > 0) {
      const wanted = new Uint8Array(this._index.provinces.length);
      for (const p of phrase.provinces) wanted[p] = 1;
      markByProvince(scratch, this._index.places, this._index.provinceOf, wanted, SCORE.province);
    }
    for (const c of phrase.comuni) this._raise(this._schoolsOfComune[c]!, SCORE.sure);
  }

  private _reading(phrase: Phrase, words: readonly string[]): QueryReading {
    const { type } = phrase;
    if (type) return { kind: 'type', id: type.id, label: { it: type.it, en: type.en } };
    const { comuneNames, provinces } = this._index;
    const name = phrase.comuni.length > 0 ? comuneNames[phrase.comuni[0]!]! : provinces[phrase.provinces[0]!]!.name;
    return { kind: 'place', id: words.join(' '), label: { it: name, en: name } };
  }

  /** The best `limit` schools for what the user typed, best first. */
  search(query: string, limit = 10): SchoolMatch[] {
    return this.find(query, limit).matches;
  }

  /** The best `limit` schools for what the user typed, how many match in all, and what the query was read as. */
  find(query: string, limit = 10): SearchResult {
    const needle = searchText(query).trim();
    this._formerHits.clear();
    const parts = needle.length < 2 ? [] : readQuery(query, this._phrases);
    if (parts.length === 0) return { matches: [], total: 0, typos: false, reading: [] };
    const exact = this._answer(parts, limit);
    if (exact.total > 0) return exact;
    // The query read again with its misspelt words corrected: a type, a place or a name then ranks as typed
    // («comprenssivo roma» is every IC of Roma, not the few whose names spell the word out).
    const corrected = this._corrected(needle);
    const again = corrected ? this._asTyped(corrected, limit) : null;
    if (again && again.total > 0) return { ...again, typos: true };
    // A type misremembered, as the words were typed: the schools that answer the rest, of any type, and it says so.
    const typeless = parts.filter((part) => !part.phrase?.type);
    if (typeless.length > 0 && typeless.length < parts.length) {
      const anyType = this._answer(typeless, limit);
      if (anyType.total > 0) return { ...anyType, withoutType: exact.reading.filter((reading) => reading.kind === 'type') };
    }
    const typos = this._typoMatches(needle, limit);
    if (typos.total > 0) return { ...typos, typos: true, reading: exact.reading };
    return this._withoutOneWord(parts, limit) ?? { ...typos, typos: false, reading: exact.reading };
  }

  /**
   * The schools that answer every part but one of the plain words, where one does («secondo circolo napoli»: the circoli
   * of Napoli, none named "secondo"), rather than nothing: of the words that can go, the one whose absence leaves the
   * fewest schools (the most said kept). A type or a place is never left out (a type misremembered is `withoutType`'s).
   */
  private _withoutOneWord(parts: readonly QueryPart[], limit: number): SearchResult | null {
    if (parts.length < 2) return null;
    let best: SearchResult | null = null;
    let left = '';
    for (const part of parts) {
      if (part.phrase) continue;
      const answer = this._answer(
        parts.filter((other) => other !== part),
        limit,
      );
      if (answer.total > 0 && (best === null || answer.total < best.total)) [best, left] = [answer, part.words[0]!];
    }
    return best && { ...best, withoutWord: left };
  }

  /** The schools that answer every part of `query` as typed; null when the query has no part to read. */
  private _asTyped(query: string, limit: number): SearchResult | null {
    const parts = readQuery(query, this._phrases);
    return parts.length === 0 ? null : this._answer(parts, limit);
  }

  /** The schools that answer every one of `parts`. */
  private _answer(parts: readonly QueryPart[], limit: number): SearchResult {
    const reading = parts.flatMap(({ phrase, words }) => (phrase ? [this._reading(phrase, words)] : []));
    // Every part answered: the sum of their scores; -1 once one is not.
    const total = this._total;
    total.fill(0);
    // A generic word narrows nothing beside a part of three letters or more. Beside the first letters of the next word
    // («istituto c…», «istituto co…» on their way to «istituto comprensivo», though "co" is Como's acronym) it is
    // read as typed, and the keystroke does not rank every school with a word in "c".
    const saysSomething = (part: QueryPart) => part.words.join('').length >= 3;
    for (const part of parts) {
      this._part.fill(0);
      this._scorePart(part);
      if (!part.phrase && GENERIC_WORDS.has(part.words[0]!) && parts.some((other) => other !== part && saysSomething(other))) {
        nudgeScores(this._part, ...GENERIC_SCORES);
      }
      // No school answers this part: none can answer the query.
      if (addPartScores(total, this._part) === 0) break;
    }
    const { matches, count } = this._best(limit);
    return { matches, total: count, typos: false, reading };
  }

  /** The vocabulary's words within one typo of `term` (kept while the next word is typed). */
  private _nearWords(term: string): number[] {
    let words = this._tolerantWords.get(term);
    if (!words) this._tolerantWords.set(term, (words = this._tolerant.filter(this._words.words, term, this._pairs.candidates(term)) ?? []));
    return words;
  }

  /**
   * `needle` with each word of four letters or more that no name, comune, type
   * or place has (nor begins with, for the last) replaced by the word within one
   * typo of it that most schools have; null when no word changes. A word with a
   * digit is left as typed: a code one letter off is another school.
   */
  private _corrected(needle: string): string | null {
    const terms = wordsOf(needle);
    let changed = false;
    const words = terms.map((term, k) => {
      if (term.length < 4 || /\d/.test(term) || this._words.id(term) !== undefined || this._phrases.has(term)) return term;
      if (k === terms.length - 1) {
        const [from, to] = this._words.prefixRange(term);
        if (to > from) return term;
      }
      let best = -1;
      for (const w of this._nearWords(term)) if (best < 0 || this._words.size(w) > this._words.size(best)) best = w;
      if (best < 0) return term;
      changed = true;
      return this._words.words[best]!;
    });
    return changed ? words.join(' ') : null;
  }

  /** The `limit` best of the scores in `this._total` (institutions first on equal scores, then in index order). */
  private _best(limit: number): { matches: SchoolMatch[]; count: number } {
    const total = this._total;
    // Counted by score (scores are small integers), then only the best few sorted.
    const byScore = new Uint32Array(1024);
    const count = rankValues(total, this._isHead, 511, byScore);
    // The lowest value among the best `limit` (0 when fewer match: all of them).
    let threshold = byScore.length;
    for (let taken = 0; threshold > 0 && taken < limit;) taken += byScore[--threshold]!;
    // Those above the threshold (fewer than `limit`), and as many at it as fit,
    // taken in index order, which is the order of equals anyway.
    let above = 0;
    for (let v = threshold + 1; v < byScore.length; v++) above += byScore[v]!;
    const best = takeBest(total, threshold, Math.max(0, limit - above));
    best.sort((a, b) => total[b]! - total[a]! || a - b);
    return { matches: best.map((i) => this._match(i)), count };
  }

  /**
   * Schools within one typo per word of `needle`: those with a word of their
   * name or comune within one typo of one of the query's words (uFuzzy then
   * checks all the words on these few). Matching the ~20,000 distinct words
   * instead of ~51,500 whole texts finds the same schools about five times
   * faster. Codes are left out: a code one letter off is another school.
   */
  private _typoMatches(needle: string, limit: number): { matches: SchoolMatch[]; total: number } {
    const terms = wordsOf(needle);
    const last = terms.at(-1);
    if (!last) return { matches: [], total: 0 };
    // Any one word's schools are enough (every match has all the words): the
    // words already looked up at earlier keystrokes, and the smallest set wins.
    const pick: { words: number[] | null; size: number } = { words: null, size: Infinity };
    const consider = (words: number[]) => {
      let size = 0;
      for (const w of words) size += this._words.size(w);
      if (size < pick.size) [pick.words, pick.size] = [words, size];
    };
    for (const term of new Set(terms)) {
      const words = this._tolerantWords.get(term);
      if (words) consider(words);
    }
    // The word being typed is looked up in the ~20,000 words of the vocabulary
    // only when the words typed before leave many schools: uFuzzy checks every
    // word on the few anyway.
    if (!this._tolerantWords.has(last) && pick.size > FEW_CANDIDATES) consider(this._nearWords(last));
    const best = pick.words;
    if (!best || pick.size === 0) return { matches: [], total: 0 };
    const found = this._seen;
    found.fill(0);
    for (const w of best) for (const i of this._words.of(w)) found[i] = 1;
    const candidates = flagged(found);
    const { codes, names, comuni } = this._index;
    const texts = candidates.map((i) => (this._texts[i] ??= searchText(`${names[i]} ${comuni[i]} ${codes[i]}`)));
    const result = this._tolerant.search(texts, needle, 1, TOLERANT_RANKED);
    // Those that have more of the typed words as they were typed first ("liceo scentifico roma": the licei of Roma
    // before one of Romentino, which uFuzzy ranked first), in uFuzzy's order otherwise.
    const typed = [...new Set(terms)];
    const asTyped = (k: number) => {
      const words = new Set(wordsOf(texts[k]!));
      return typed.filter((term) => words.has(term)).length;
    };
    const order = ranked(result)
      .map((k, position) => ({ k, position, exact: asTyped(k) }))
      .sort((a, b) => b.exact - a.exact || a.position - b.position)
      .map(({ k }) => k);
    return { matches: order.slice(0, limit).map((k) => this._match(candidates[k]!)), total: result[0]?.length ?? 0 };
  }
}
