/**
 * Builds the search index of `<school-search>`: every school code (institutions
 * and plessi) with its name and comune, in the compact columns described in
 * `src/search/search-format.ts`. Institutions are sorted by code and each is
 * followed by its plessi, so that plessi codes can be written against their
 * institution's (`src/search/code-compaction.ts`).
 */
import { CONTRACT_VERSION } from '../../src/contract/version.js';
import { shortCode, typeOffset, typePair } from '../../src/search/code-compaction.js';
import { STAND_IN_CANDIDATES, type SearchIndexDocument } from '../../src/search/search-format.js';
import type { Institution } from '../aggregate/institutions.js';
import type { Location } from '../aggregate/locate-schools.js';
import type { Limits } from '../readers/limits.js';

export interface SearchIndexInput {
  generatedAt: string;
  release: string;
  synthetic: boolean;
  institutions: Iterable<Institution>;
  locations: ReadonlyMap<string, Location>;
  limits: Limits;
}

interface Entry {
  code: string;
  name: string;
  comune: string | null;
  /** The registry's comune name, for comuni the limits do not know. */
  comuneName: string;
}

/** Stands for the comune inside a name until the document's own mark is chosen (names have no control characters). */
const MARK_PLACEHOLDER = '\u001f';

/** Names from the registry, with control characters (MARK_PLACEHOLDER among them) made spaces. */
const cleanName = (name: string) =>
  name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Institution codes (sorted) with the length of the prefix each shares with the one before, as one digit. */
function frontCoded(codes: readonly string[]): string[] {
  let previous = '';
  return codes.map((code) => {
    let shared = 0;
    while (shared < 9 && shared < code.length && code[shared] === previous[shared]) shared++;
    previous = code;
    return shared > 0 ? `${shared}${code.slice(shared)}` : code;
  });
}

/** The first `count` stand-in characters that appear in none of `texts`. */
function freeCharacters(texts: readonly string[], count: number): string[] {
  const free = [...STAND_IN_CANDIDATES].filter((c) => texts.every((text) => !text.includes(c)));
  if (free.length < count)
    throw new Error(
      `The search index needs ${count} characters that no school or comune name uses; only ${free.length} of ${STAND_IN_CANDIDATES} are free.`,
    );
  return free.slice(0, count);
}

/** The most frequent check offset of each pair of types: plessi that disagree are written in full. */
function learnTypeOffsets(groups: readonly Entry[][]): Record<string, number> {
  const votes = new Map<string, Map<number, number>>();
  for (const [head, ...plessi] of groups) {
    for (const plesso of plessi) {
      const offset = typeOffset(head!.code, plesso.code);
      if (offset === null) continue;
      const pair = typePair(head!.code, plesso.code);
      const tally = votes.get(pair) ?? new Map<number, number>();
      tally.set(offset, (tally.get(offset) ?? 0) + 1);
      votes.set(pair, tally);
    }
  }
  const offsets: Record<string, number> = {};
  for (const pair of [...votes.keys()].sort()) {
    offsets[pair] = [...votes.get(pair)!].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
  }
  return offsets;
}

export function assembleSearchIndex(input: SearchIndexInput): SearchIndexDocument {
  const comuneName = (entry: Entry) => (entry.comune ? input.limits.comuni.get(entry.comune)?.name : undefined) ?? entry.comuneName;
  const groups: Entry[][] = [...input.institutions]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((institution) => {
      const own = institution.plessi.find((p) => p.code === institution.code);
      const head: Entry = {
        code: institution.code,
        name: cleanName(own?.name ?? institution.name),
        comune: institution.location.comune,
        comuneName: institution.seat.comuneName,
      };
      const plessi = institution.plessi
        .filter((p) => p.code !== institution.code)
        .sort((a, b) => (a.code < b.code ? -1 : 1))
        .map((p) => ({
          code: p.code,
          name: cleanName(p.name),
          comune: input.locations.get(p.code)?.comune ?? null,
          comuneName: p.comuneName,
        }));
      return [head, ...plessi];
    });

  // Comuni in the order schools first name them: institutions come by code, so by
  // province, and the comuni of a province end up near each other.
  const comuneNames = [...new Set(groups.flat().map(comuneName))];
  const position = new Map(comuneNames.map((name, i) => [name, i]));
  const typeOffsets = learnTypeOffsets(groups);

  const codes: string[] = [];
  const places: string[] = [];
  const names: string[] = [];
  let previousHead = 0;
  for (const group of groups) {
    const head = group[0]!;
    const headPlace = position.get(comuneName(head))!;
    for (const entry of group) {
      const isHead = entry === head;
      codes.push(isHead ? '' : (shortCode(head.code, entry.code, typeOffsets) ?? entry.code));
      const place = position.get(comuneName(entry))!;
      places.push(isHead ? (place - previousHead).toString(36) : place === headPlace ? '' : (place - headPlace).toString(36));
      // The comune's name inside the school's name is the commonest repetition: one mark instead.
      const upper = comuneName(entry).toUpperCase();
      names.push(upper.length > 3 ? entry.name.split(upper).join(MARK_PLACEHOLDER) : entry.name);
    }
    previousHead = headPlace;
  }
  // Printable stand-ins for what JSON would escape: the line separator, the comune mark and '"'.
  const [separator, comuneMark, quote] = freeCharacters([...comuneNames, ...names], 3) as [string, string, string];
  const joined = (column: readonly string[]) => column.join(separator);
  return {
    contract: CONTRACT_VERSION,
    generatedAt: input.generatedAt,
    release: input.release,
    synthetic: input.synthetic,
    kind: 'search',
    count: codes.length,
    typeOffsets,
    separator,
    comuneMark,
    quote,
    comuni: joined(comuneNames),
    institutions: joined(frontCoded(groups.map((group) => group[0]!.code))),
    codes: joined(codes),
    places: joined(places),
    names: joined(names).replaceAll(MARK_PLACEHOLDER, comuneMark).replaceAll('"', quote),
  };
}
