/**
 * The light path a badge takes to its data: the index (for the shard's URL and
 * the metadata) and the school's own shard, nothing else. When the page already
 * has the full loader (another element put it there), the badge uses it;
 * otherwise it downloads the two documents through the page's request cache
 * (shared, deduplicated, aborted when no badge waits any more) and checks the
 * fields it reads, so that a badge alone stays within its size budget. The
 * card and full variants always go through the full loader.
 */
import type { NationalIndex, SchoolShard } from '../contract/contract.types.js';
import { SCHOOL_CODE } from '../contract/school-code.js';
import { requireSupportedVersion } from '../contract/version.js';
import type { ContractLoader } from '../data/loader.js';
import { fetchJson } from '../data/fetch-json.js';
import { sharedRequestCache } from '../data/request-cache.js';
import { absoluteUrl, fillTemplate, layoutUrl } from '../data/shard-urls.js';
import { SCHOOL_FILE } from '../contract/file-layout.js';
import { indexAhead } from '../data/index-ahead.js';
import { NotFoundError, SchemaError } from '../errors.js';

export interface SchoolData {
  index: NationalIndex;
  shard: SchoolShard;
}

const LOADER = Symbol.for('scuole-europa.loader/1');

type Holder = typeof globalThis & { [LOADER]?: ContractLoader };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The fields a badge reads, each with the test it must pass. */
const BADGE_FIELDS: [path: string[], test: (value: unknown) => boolean, expect: string][] = [
  [['school', 'name'], (v) => typeof v === 'string' && v !== '', 'non-empty'],
  [['school', 'address', 'comune', 'name'], (v) => typeof v === 'string', 'type.string'],
  [['school', 'address', 'region', 'name'], (v) => typeof v === 'string', 'type.string'],
  [['index', 'score'], (v) => v === null || (typeof v === 'number' && v >= 0 && v <= 100), 'score'],
  [['roleModel', 'is'], (v) => typeof v === 'boolean', 'type.boolean'],
  [['participation', 'etwinning'], Array.isArray, 'type.array'],
  [['participation', 'erasmus'], Array.isArray, 'type.array'],
  [['participation', 'funding'], Array.isArray, 'type.array'],
];

function checked(document: unknown, kinds: readonly string[], url: string): Record<string, unknown> {
  if (!isObject(document)) throw new SchemaError(url, [{ path: [], expect: 'document', value: document }]);
  requireSupportedVersion(document.contract, url);
  if (!kinds.includes(document.kind as string))
    throw new SchemaError(url, [{ path: ['kind'], expect: 'kind', params: kinds, value: document.kind }]);
  return document;
}

/**
 * A raw document through the page's request cache: every badge of the page
 * shares one download, which is aborted only when every one of them gave up.
 */
function lightFetch(url: string, signal: AbortSignal): Promise<unknown> {
  return sharedRequestCache().get(`raw ${url}`, (requestSignal) => fetchJson(url, { signal: requestSignal }), signal);
}

async function lightLoad(src: string, code: string, signal: AbortSignal): Promise<SchoolData> {
  const indexUrl = absoluteUrl(src);
  const indexed = lightFetch(indexUrl, signal);
  // The shard where the data tools write it, asked for while the index is on its way: one round trip, not two (src/data/shard-urls.ts).
  const early = layoutUrl(src, SCHOOL_FILE, { code });
  if (early) lightFetch(early, signal).catch(() => undefined);
  const index = checked(await indexed, ['index', 'bundle'], indexUrl);
  if (index.kind === 'bundle') {
    // A self-contained bundle carries its schools: no second download.
    const schools = index.schools as SchoolShard[] | undefined;
    // Its own, or the institution's an old code was merged into.
    const shard =
      schools?.find((s) => s.school?.code === code) ?? schools?.find((s) => s.school?.institution?.predecessors?.includes(code));
    if (!shard) throw new NotFoundError('school', code, indexUrl);
    return { index: index.index as NationalIndex, shard: checkShard(shard, code, indexUrl) };
  }
  const template = (index.shards as { school?: unknown } | undefined)?.school;
  if (typeof template !== 'string')
    throw new SchemaError(indexUrl, [{ path: ['shards', 'school'], expect: 'type.string', value: template }]);
  const url = fillTemplate(template, { code }, indexUrl);
  return { index: index as unknown as NationalIndex, shard: checkShard(await lightFetch(url, signal), code, url) };
}

function checkShard(document: unknown, code: string, url: string): SchoolShard {
  const shard = checked(document, ['school'], url);
  const own = (shard.school as { code?: unknown } | undefined)?.code;
  // Or the shard of the institution an old code was merged into (the data tools write it under the old code).
  const former = (shard.school as { institution?: { predecessors?: unknown } } | undefined)?.institution?.predecessors;
  if (own !== code && !(Array.isArray(former) && former.includes(code)))
    throw new SchemaError(url, [{ path: ['school', 'code'], expect: 'shard.key', params: [code], value: own }]);
  for (const [path, test, expect] of BADGE_FIELDS) {
    const value = path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), shard);
    if (!test(value)) throw new SchemaError(url, [{ path, expect, value }]);
  }
  return shard as unknown as SchoolShard;
}

/** The index and the school's shard, through the page's full loader when there is one. */
export async function loadSchool(src: string, rawCode: string, signal: AbortSignal): Promise<SchoolData> {
  const code = rawCode.trim().toUpperCase();
  if (!SCHOOL_CODE.test(code)) throw new NotFoundError('school', rawCode, absoluteUrl(src));
  const loader = (globalThis as Holder)[LOADER];
  if (loader) {
    const indexed = indexAhead(loader, src, { level: 'school', code }, signal);
    const [{ index }, shard] = await Promise.all([indexed, loader.school(src, code, { signal })]);
    return { index, shard };
  }
  return lightLoad(src, code, signal);
}
