/**
 * The search index document (`search.json`), part of the contract like the
 * others and in its shipped JSON Schema: every school code with its name and
 * comune, written as columns of lines so that it stays small (see
 * `src/search/search-format.ts`, `code-compaction.ts` and
 * `decode-search-index.ts`). A module of its own: only `<school-search>` reads
 * the index, so its schema stays out of the page-wide loader's bytes.
 */
import { Count, documentHeader, SchoolCode } from './contract.schema.js';
import * as v from './schema-dsl.js';

/** A province of the search index: its acronym ("RM"), its name and how many comuni of `comuni` are its own. */
export const SearchProvince = v.object({
  acronym: v.string({ re: /^[A-Z]{2}$/, key: 'search.acronym' }),
  name: v.string(),
  comuni: Count,
});

export const SearchIndex = v.object({
  ...documentHeader,
  kind: v.literal('search', 'kind.search'),
  /** Number of schools; every column below has exactly this many lines. */
  count: Count,
  /** Check-character offsets per pair of types, learned from the registry (see code-compaction.ts). */
  typeOffsets: v.record(v.string(), v.number({ int: true, min: 0, max: 22, key: 'count' })),
  /**
   * The provinces, in the order of `comuni`: the first province's comuni are
   * the first `comuni` lines, the next province's the following ones, and so
   * on; comuni after the last run have no province known. Absent in older
   * documents: their search knows no provinces.
   */
  provinces: v.optional(v.array(SearchProvince)),
  /** What separates the lines of every column (default: a line feed). */
  separator: v.optional(v.string({ re: /^[^\s\w]$/, key: 'search.char' })),
  /** What stands for the comune's name in `names` (default: COMUNE_MARK). */
  comuneMark: v.optional(v.string({ re: /^[^\s\w]$/, key: 'search.char' })),
  /** What stands for '"' in `names` (default: '"' itself). */
  quote: v.optional(v.string({ re: /^[^\s\w]$/, key: 'search.char' })),
  /** Comune names, one per line, in the order the schools first name them; `places` refers to them by position. */
  comuni: v.string(),
  /**
   * Institution codes, one per line, in code order; a line may start with a
   * digit d: the code shares its first d characters with the previous one
   * (codes start with letters, so the digit is never part of a code).
   */
  institutions: v.string(),
  /**
   * Per school: an empty line for an institution (its code is the next of
   * `institutions`), then one line per plesso: its short form or its full code.
   */
  codes: v.string(),
  /**
   * Per school, the position of its comune, in signed base 36: an institution's
   * relative to the previous institution's, a plesso's relative to its
   * institution's (empty when the same). Neighbours have near positions.
   */
  places: v.string(),
  /** Per school: its name, with the comune's name replaced by COMUNE_MARK. */
  names: v.string(),
  /**
   * The institutions the registry calls CPIA (adult education centres), by
   * code: their codes are a lower secondary school's ("RMMM67000C"), so only
   * this list tells a search for "scuola media" not to take them for one.
   * Absent in older documents: their search tells CPIA by name alone.
   */
  cpia: v.optional(v.array(SchoolCode)),
  /**
   * Codes gone from the registry (institutions merged since) and, for each,
   * the institution of the index that took it over (the build's successors
   * file): a search for the old code finds its successor. Absent in older
   * documents and where none is named.
   */
  formerCodes: v.optional(v.record(v.string(), SchoolCode)),
});

export type SearchIndexDocument = v.Infer<typeof SearchIndex>;
export type SearchProvince = v.Infer<typeof SearchProvince>;
