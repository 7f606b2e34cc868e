/**
 * Builds the search index of `<school-search>`: every school code (institutions
 * and plessi) with its name and comune, in the compact columns described in
 * `src/search/search-format.ts`. Institutions are sorted by code and each is
 * followed by its plessi, so that plessi codes can be written against their
 * institution's (`src/search/code-compaction.ts`).
 */
import { CONTRACT_VERSION } from '../../src/contract/version.js';
import { shortCode, typeOffset, typePair } from '../../src/search/code-compaction.js';
import { STAND_IN_CANDIDATES, type SearchIndexDocument, type SearchProvince } from '../../src/search/search-format.js';
import type { Institution } from '../aggregate/institutions.js';
import type { Location } from '../aggregate/locate-schools.js';
import { CPIA_CHARACTERISTIC } from '../readers/grade-group.js';
import type { Limits } from '../readers/limits.js';

export interface SearchIndexInput {
  generatedAt: string;
  release: string;
  synthetic: boolean;
  institutions: Iterable<Institution>;
  locations: ReadonlyMap<string, Location>;
  limits: Limits;
  /** Per institution, the codes of those merged into it since (readers/successors.ts): its former codes. */
  predecessors?: ReadonlyMap<string, readonly string[]>;
}

interface Entry {
  code: string;
  name: string;
  comune: string | null;
  /** The registry's comune name, for comuni the limits do not know. */
  comuneName: string;
  /** ISTAT code of its province, when the school is placed in one. */
  province: string | null;
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

/**
 * Comuni grouped by province (each province's comuni together, so that a
 * province is a run of positions: `provinces` says how long each run is), the
 * provinces in the order schools first name them and, within one, the comuni in
 * that order too: institutions come by code, so by province, and neighbouring
 * schools keep near positions. Comuni with no province known come last.
 */
function comuniByProvince(
  entries: readonly Entry[],
  comuneName: (entry: Entry) => string,
  limits: Limits,
): { comuneNames: string[]; comuneKeys: string[]; provinces: SearchProvince[] } {
  const byProvince = new Map<string | null, Map<string, string>>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = comuneKey(entry);
    if (seen.has(key)) continue;
    seen.add(key);
    // A comune's province is the one its first school is placed in.
    const province = entry.province && limits.provinces.has(entry.province) ? entry.province : null;
    if (!byProvince.has(province)) byProvince.set(province, new Map());
    byProvince.get(province)!.set(key, comuneName(entry));
  }
  const provinces: SearchProvince[] = [];
  const comuni: [string, string][] = [];
  for (const [code, names] of byProvince) {
    if (code === null) continue;
    const { acronym, name } = limits.provinces.get(code)!;
    provinces.push({ acronym, name, comuni: names.size });
    comuni.push(...names);
  }
  comuni.push(...(byProvince.get(null) ?? []));
  return { comuneKeys: comuni.map(([key]) => key), comuneNames: comuni.map(([, name]) => name), provinces };
}

/**
 * What tells a comune from another: its ISTAT code, else (a comune newer than
 * the limits) its name and province; never the name alone: Castro (Bergamo)
 * and Castro (Lecce) are two comuni.
 */
const comuneKey = (entry: Entry): string => entry.comune ?? `${entry.comuneName} (${entry.province ?? '?'})`;

export function assembleSearchIndex(input: SearchIndexInput): SearchIndexDocument {
  const comuneName = (entry: Entry) => (entry.comune ? input.limits.comuni.get(entry.comune)?.name : undefined) ?? entry.comuneName;
  const institutions = [...input.institutions].sort((a, b) => (a.code < b.code ? -1 : 1));
  const groups: Entry[][] = institutions.map((institution) => {
    const own = institution.plessi.find((p) => p.code === institution.code);
    const head: Entry = {
      code: institution.code,
      name: cleanName(own?.name ?? institution.name),
      comune: institution.location.comune,
      comuneName: institution.seat.comuneName,
      province: institution.location.province,
    };
    const plessi = institution.plessi
      .filter((p) => p.code !== institution.code)
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((p) => ({
        code: p.code,
        name: cleanName(p.name),
        comune: input.locations.get(p.code)?.comune ?? null,
        comuneName: p.comuneName,
        province: input.locations.get(p.code)?.province ?? null,
      }));
    return [head, ...plessi];
  });

  const { comuneNames, comuneKeys, provinces } = comuniByProvince(groups.flat(), comuneName, input.limits);
  const position = new Map(comuneKeys.map((key, i) => [key, i]));
  const typeOffsets = learnTypeOffsets(groups);

  const codes: string[] = [];
  const places: string[] = [];
  const names: string[] = [];
  let previousHead = 0;
  for (const group of groups) {
    const head = group[0]!;
    const headPlace = position.get(comuneKey(head))!;
    for (const entry of group) {
      const isHead = entry === head;
      codes.push(isHead ? '' : (shortCode(head.code, entry.code, typeOffsets) ?? entry.code));
      const place = position.get(comuneKey(entry))!;
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
    provinces,
    separator,
    comuneMark,
    quote,
    comuni: joined(comuneNames),
    institutions: joined(frontCoded(groups.map((group) => group[0]!.code))),
    codes: joined(codes),
    places: joined(places),
    names: joined(names).replaceAll(MARK_PLACEHOLDER, comuneMark).replaceAll('"', quote),
    // A CPIA's own row says so; its code and grade are a lower secondary school's.
    cpia: institutions
      .filter((institution) => institution.plessi.find((p) => p.code === institution.code)?.characteristic === CPIA_CHARACTERISTIC)
      .map((institution) => institution.code),
    ...formerCodesOf(input.predecessors),
  };
}

/** Each former code and the institution that took it over, in code order; nothing where none is named. */
function formerCodesOf(predecessors: ReadonlyMap<string, readonly string[]> | undefined) {
  const pairs = [...(predecessors ?? [])].flatMap(([institution, olds]) => olds.map((old) => [old, institution] as const));
  return pairs.length === 0 ? {} : { formerCodes: Object.fromEntries(pairs.sort(([a], [b]) => (a < b ? -1 : 1))) };
}
