/**
 * Finds and downloads the search index of a data source (`shards.search` of its
 * index), once per page: every `<school-search>` of the page, and of any copy
 * of the bundle, shares the decoded index and its matcher.
 */
import type { ContractLoader } from '../data/loader.js';
import { fetchJson } from '../data/fetch-json.js';
import { RequestCache } from '../data/request-cache.js';
import { fillTemplate } from '../data/shard-urls.js';
import { NotFoundError, withLocalizedErrors } from '../errors.js';
import { decodeSearchIndex } from './decode-search-index.js';
import { SchoolMatcher } from './school-matcher.js';

const SHARED = Symbol.for('scuole-europa.search/1');

/** One cache for the page (and for every copy of the bundle on it). */
function cache(): RequestCache {
  const holder = globalThis as typeof globalThis & { [SHARED]?: RequestCache };
  return (holder[SHARED] ??= new RequestCache());
}

/** The index is larger than a shard: a longer time limit per attempt. */
async function download(url: string, signal: AbortSignal): Promise<SchoolMatcher> {
  return new SchoolMatcher(decodeSearchIndex(await fetchJson(url, { signal, timeoutMs: 30_000 }), url));
}

/** The search index's URL, from the `shards.search` template of the index at `src`. */
async function searchUrl(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<string> {
  const source = await loader.index(src, { signal });
  const template = source.index.shards.search;
  if (!template) throw new NotFoundError('search', 'shards.search', source.url);
  return fillTemplate(template, {}, source.url);
}

async function matcherOf(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<SchoolMatcher> {
  const url = await searchUrl(loader, src, signal);
  // Shared: aborted only when every caller waiting for it has given up.
  return cache().get(url, (requestSignal) => download(url, requestSignal), signal);
}

/** The matcher over the search index of the data source at `src`. */
export function loadSchoolMatcher(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<SchoolMatcher> {
  return withLocalizedErrors(matcherOf(loader, src, signal));
}
