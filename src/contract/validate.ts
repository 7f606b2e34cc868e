/**
 * The validator at the boundary: version first (a different major is refused
 * before its shape is judged), then the kind, then the structure, then the rules
 * between fields. Throws `ContractVersionError` or `SchemaError`; returns the
 * document itself otherwise, typed (unknown fields of a newer minor are kept).
 * It never changes its input.
 */
import { SchemaError } from '../errors.js';
import { CODE_PATTERNS } from './codes.js';
import { Topology as TopologySchema } from './topology.schema.js';
import { DOCUMENT_SCHEMAS } from './document-schemas.js';
import type { DocumentByKind, Topology } from './contract.types.js';
import { check, type Node, type RawIssue } from './schema-dsl.js';
import { checkAreas, checkBundle, checkIndex, checkRegion, checkSchool } from './semantic-checks.js';
import { requireSupportedVersion } from './version.js';
import type { DocumentKind, GeometryLayer } from './vocabulary.js';

/** At most this many issues are listed in one error: a broken file can have thousands. */
export const MAX_ISSUES = 50;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Throws the issues found as a `SchemaError` (exported for the validators of other modules: src/contract/packed-topology.ts). */
export function fail(url: string | undefined, issues: RawIssue[]): never {
  throw new SchemaError(url, issues.slice(0, MAX_ISSUES), issues.length > MAX_ISSUES);
}

export function structural<T>(schema: Node, input: unknown, url: string | undefined): T {
  const issues: RawIssue[] = [];
  // One more than shown, to know whether the list was cut.
  if (!check(schema, input, [], issues, MAX_ISSUES + 1)) fail(url, issues);
  return input as T;
}

const SEMANTIC: { [K in DocumentKind]?: (doc: DocumentByKind[K]) => RawIssue[] } = {
  index: (doc) => checkIndex(doc),
  region: (doc) => checkRegion(doc),
  areas: (doc) => checkAreas(doc),
  school: (doc) => checkSchool(doc),
  bundle: checkBundle,
};

interface RegisteredKind {
  schema: Node;
  semantic: (doc: never) => RawIssue[];
}

const REGISTERED = Symbol.for('scuole-europa.document-kinds/1');

/**
 * The kinds elements taught the validator, kept on `globalThis` as the page's
 * loader is (src/data/loader.ts): with two copies of the bundle on a page, the
 * loader one copy made checks the documents the other copy's elements read.
 */
function registeredKinds(): Map<string, RegisteredKind> {
  const holder = globalThis as typeof globalThis & { [REGISTERED]?: Map<string, RegisteredKind> };
  return (holder[REGISTERED] ??= new Map());
}

/**
 * Teaches the validator a document kind that only some elements read (a
 * survey wave): its schema and its rules between fields, registered by the
 * module that reads it, so that the others' bundles do not carry them.
 */
export function registerDocumentKind<K extends DocumentKind>(
  kind: K,
  schema: Node,
  semantic: (doc: DocumentByKind[K]) => RawIssue[],
): void {
  registeredKinds().set(kind, { schema, semantic: semantic as RegisteredKind['semantic'] });
}

/**
 * Validates a parsed JSON document as one of the `accepted` kinds.
 * @param url only used in messages.
 */
export function validateDocument<K extends DocumentKind>(input: unknown, accepted: readonly K[], url?: string): DocumentByKind[K] {
  if (!isRecord(input)) {
    fail(url, [{ path: [], expect: 'document', value: input }]);
  }
  if (typeof input.contract !== 'string') {
    fail(url, [{ path: ['contract'], expect: 'contract', value: input.contract }]);
  }
  requireSupportedVersion(input.contract, url);

  const kind = input.kind as K;
  if (!accepted.includes(kind)) {
    fail(url, [{ path: ['kind'], expect: 'kind', params: accepted, value: input.kind }]);
  }
  const registered = DOCUMENT_SCHEMAS[kind] ? undefined : registeredKinds().get(kind);
  const schema = DOCUMENT_SCHEMAS[kind] ?? registered?.schema;
  // A kind whose module was not imported: a fault of the code, not of the data.
  if (!schema) throw new Error(`validateDocument: the kind "${kind}" is not registered (import its module, as src/survey/survey-kind.ts)`);
  const document = structural<DocumentByKind[K]>(schema, input, url);
  const issues = ((SEMANTIC[kind] ?? registered!.semantic) as (doc: DocumentByKind[K]) => RawIssue[])(document);
  if (issues.length > 0) fail(url, issues);
  return document;
}

const LAYER_CODES: Record<GeometryLayer, RegExp> = {
  regions: CODE_PATTERNS.region,
  provinces: CODE_PATTERNS.province,
  comuni: CODE_PATTERNS.comune,
};

/**
 * Validates a TopoJSON geometry layer: a topology holding `object`, whose
 * features are keyed by the ISTAT codes of `layer`.
 */
export function validateTopology(input: unknown, layer: GeometryLayer, object: string, url?: string): Topology {
  const topology = structural<Topology>(TopologySchema, input, url);
  const ids = (collection: Topology['objects'][string]) => collection.geometries.map((geometry) => geometry.id);
  checkFeatureCodes(topology.objects, ids, layer, object, (i) => ['objects', object, 'geometries', i, 'id'], url);
  return topology;
}

/**
 * That `objects` (a topology's, or a packed one's) holds `object`, and that
 * its features' ids are the ISTAT codes of `layer`; `idPath` names where the
 * i-th id is. Exported for src/contract/packed-topology.ts.
 */
export function checkFeatureCodes<C>(
  objects: Record<string, C>,
  ids: (collection: C) => readonly unknown[],
  layer: GeometryLayer,
  object: string,
  idPath: (i: number) => (string | number)[],
  url: string | undefined,
): void {
  const collection = objects[object];
  if (!collection) {
    fail(url, [{ path: [idPath(0)[0]!], expect: 'topology.object', params: [object], value: Object.keys(objects).join(', ') }]);
  }
  const pattern = LAYER_CODES[layer];
  const issues: RawIssue[] = [];
  const list = ids(collection);
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'string' || !pattern.test(id)) issues.push({ path: idPath(i), expect: 'feature.code', params: [layer], value: id });
  }
  if (issues.length > 0) fail(url, issues);
}
