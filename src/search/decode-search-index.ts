/**
 * Reads a search index document into flat arrays, checking it on the way: a
 * wrong document fails here with a `SchemaError` naming the line, never later
 * as a wrong result.
 */
import { CODE_PATTERNS } from '../contract/codes.js';
import { check, type RawIssue } from '../contract/schema-dsl.js';
import { requireSupportedVersion } from '../contract/version.js';
import { SchemaError } from '../errors.js';
import { expandCode } from './code-compaction.js';
import { SearchIndex, type SearchIndexDocument } from '../contract/search.schema.js';
import { COMUNE_MARK } from './search-format.js';
import { isolateBidi } from '../util/bidi.js';

export interface SearchIndex {
  release: string;
  synthetic: boolean;
  /** Per school, in the index's order (institutions by code, each followed by its plessi). */
  codes: readonly string[];
  names: readonly string[];
  comuni: readonly string[];
  /** Position of each school's institution (its own position for an institution). */
  institutionOf: Uint32Array;
  /** Per school, the position of its comune in `comuneNames`. */
  places: Uint32Array;
  /** Every comune once (a name may appear twice: homonyms of two provinces). */
  comuneNames: readonly string[];
  /** The provinces the index names (none in older documents). */
  provinces: readonly { acronym: string; name: string }[];
  /** Per comune, the position of its province in `provinces`, or -1 when not known. */
  provinceOf: Int16Array;
  /** Per school, 1 for an institution the document names a CPIA (none in older documents). */
  cpia: Uint8Array;
  /** Codes gone from the registry and the position of the institution that took each over (none in older documents). */
  former: ReadonlyMap<string, number>;
}

/** Each institution's code and position: what `cpia` and `formerCodes` refer to. */
function institutionHeads(codes: readonly string[], institutionOf: Uint32Array): Map<string, number> {
  const heads = new Map<string, number>();
  for (let i = 0; i < codes.length; i++) if (institutionOf[i] === i) heads.set(codes[i]!, i);
  return heads;
}

/** Flags the institutions `doc.cpia` names; a code that is no institution of the index is an error. */
function cpiaFlags(doc: SearchIndexDocument, codes: readonly string[], institutionOf: Uint32Array, url?: string): Uint8Array {
  const flags = new Uint8Array(codes.length);
  if (!doc.cpia?.length) return flags;
  const heads = institutionHeads(codes, institutionOf);
  doc.cpia.forEach((code, k) => {
    const at = heads.get(code);
    if (at === undefined) throw new SchemaError(url, [{ path: ['cpia', k], expect: 'ref.institution', value: code }]);
    flags[at] = 1;
  });
  return flags;
}

/** The former codes `doc.formerCodes` names, each to its successor's position; a code or successor that is none is an error. */
function formerCodes(doc: SearchIndexDocument, codes: readonly string[], institutionOf: Uint32Array, url?: string): Map<string, number> {
  const former = new Map<string, number>();
  const entries = Object.entries(doc.formerCodes ?? {});
  if (entries.length === 0) return former;
  const heads = institutionHeads(codes, institutionOf);
  for (const [old, successor] of entries) {
    if (!CODE_PATTERNS.school.test(old)) throw new SchemaError(url, [{ path: ['formerCodes'], expect: 'code.school', value: old }]);
    const at = heads.get(successor);
    if (at === undefined) throw new SchemaError(url, [{ path: ['formerCodes', old], expect: 'ref.institution', value: successor }]);
    former.set(old, at);
  }
  return former;
}

/** Each comune's province, from the runs of `provinces` (see the schema). */
function provincesOfComuni(doc: SearchIndexDocument, comuneCount: number, url?: string): Int16Array {
  const provinceOf = new Int16Array(comuneCount).fill(-1);
  let at = 0;
  (doc.provinces ?? []).forEach((province, p) => {
    if (at + province.comuni > comuneCount)
      throw new SchemaError(url, [
        { path: ['provinces', p, 'comuni'], expect: 'search.provinces', params: [comuneCount], value: province.comuni },
      ]);
    provinceOf.fill(p, at, (at += province.comuni));
  });
  return provinceOf;
}

function lines(text: string, separator: string): string[] {
  return text === '' ? [] : text.split(separator);
}

/** Institution codes, written with the length of the prefix each shares with the one before ("RMIC8AB00X", "8CX" → "RMIC8AB0CX"). */
function frontDecoded(coded: readonly string[]): string[] {
  const codes = new Array<string>(coded.length);
  let previous = '';
  for (let i = 0; i < coded.length; i++) {
    const line = coded[i]!;
    const shared = line.charCodeAt(0) - 48;
    previous = shared >= 1 && shared <= 9 ? previous.slice(0, shared) + line.slice(1) : line;
    codes[i] = previous;
  }
  return codes;
}

export function decodeSearchIndex(input: unknown, url?: string): SearchIndex {
  const contract = (input as { contract?: unknown } | null)?.contract;
  // A version of another major is refused as such; a missing one is a schema issue below.
  if (typeof contract === 'string') requireSupportedVersion(contract, url);
  const issues: RawIssue[] = [];
  if (!check(SearchIndex, input, [], issues, 20)) throw new SchemaError(url, issues);
  const doc = input as SearchIndexDocument;
  const fail = (field: string, line: number, expect: string, value: unknown, params?: (string | number)[]): never => {
    throw new SchemaError(url, [{ path: [field, line], expect, params, value }]);
  };

  // Documents written before the stand-ins existed use a line feed, COMUNE_MARK and '"' itself.
  const separator = doc.separator ?? '\n';
  const mark = doc.comuneMark ?? COMUNE_MARK;
  // Names that could reorder the text around them are isolated for display (src/util/bidi.ts).
  const comuneNames = lines(doc.comuni, separator).map(isolateBidi);
  const heads = frontDecoded(lines(doc.institutions, separator));
  // Once per comune, not once per school.
  const upperComuni = comuneNames.map((name) => name.toUpperCase());
  const codeLines = lines(doc.codes, separator);
  const placeLines = lines(doc.places, separator);
  const nameLines = lines(doc.quote ? doc.names.replaceAll(doc.quote, '"') : doc.names, separator);
  for (const [field, column] of [
    ['codes', codeLines],
    ['places', placeLines],
    ['names', nameLines],
  ] as const) {
    if (column.length !== doc.count) fail(field, column.length, 'search.lines', column.length, [doc.count]);
  }

  const codes: string[] = new Array(doc.count);
  const names: string[] = new Array(doc.count);
  const comuni: string[] = new Array(doc.count);
  const institutionOf = new Uint32Array(doc.count);
  const places = new Uint32Array(doc.count);
  let head = -1;
  let headCount = 0;
  let headPlace = 0;
  for (let i = 0; i < doc.count; i++) {
    const line = codeLines[i]!;
    let code: string | null | undefined = line;
    let place: number;
    if (line === '') {
      code = heads[headCount++];
      if (code === undefined) fail('institutions', headCount - 1, 'search.head', line);
      head = i;
      place = headPlace + parseInt(placeLines[i]!, 36);
      headPlace = place;
    } else {
      if (head < 0) fail('codes', i, 'search.head', line);
      if (line.length === 4) code = expandCode(codes[head]!, line, doc.typeOffsets);
      place = placeLines[i] === '' ? headPlace : headPlace + parseInt(placeLines[i]!, 36);
    }
    if (!code || !CODE_PATTERNS.school.test(code)) fail('codes', i, 'code.school', line);
    codes[i] = code!;
    institutionOf[i] = head;

    const comune = comuneNames[place];
    if (comune === undefined) fail('places', i, 'ref.comune', placeLines[i]);
    comuni[i] = comune!;
    places[i] = place;
    const name = nameLines[i]!;
    names[i] = isolateBidi(name.includes(mark) ? name.split(mark).join(upperComuni[place]!) : name);
  }
  if (headCount !== heads.length) fail('institutions', headCount, 'search.lines', heads.length, [headCount]);
  return {
    release: doc.release,
    synthetic: doc.synthetic,
    codes,
    names,
    comuni,
    institutionOf,
    places,
    comuneNames,
    provinces: (doc.provinces ?? []).map(({ acronym, name }) => ({ acronym, name: isolateBidi(name) })),
    provinceOf: provincesOfComuni(doc, comuneNames.length, url),
    cpia: cpiaFlags(doc, codes, institutionOf, url),
    former: formerCodes(doc, codes, institutionOf, url),
  };
}
