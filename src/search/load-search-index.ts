/**
 * Finds and downloads the search index of a data source (`shards.search` of its
 * index), once per page: every `<school-search>` of the page, and of any copy
 * of the bundle, shares the decoded index and its matcher (through the page's
 * request cache).
 */
import type { ContractLoader } from '../data/loader.js';
import { fetchJson } from '../data/fetch-json.js';
import { sharedRequestCache } from '../data/request-cache.js';
import { fillTemplate, layoutUrl } from '../data/shard-urls.js';
import { SEARCH_FILE } from '../contract/file-layout.js';
import { NotFoundError, withLocalizedErrors } from '../errors.js';
import type { SchoolMatcher } from './school-matcher.js';

/**
 * Downloads (or takes from its bundle) and decodes the index. The decoder and the matcher (uFuzzy) come
 * as a chunk of their own, fetched while the index downloads: a page whose
 * visitors never search does not load them. The index is larger than a shard:
 * a longer time limit per attempt.
 */
async function download({ url, inside }: { url: string; inside?: unknown }, signal: AbortSignal): Promise<SchoolMatcher> {
  const [document, { decodeSearchIndex }, { SchoolMatcher }] = await Promise.all([
    inside ?? fetchJson(url, { signal, timeoutMs: 30_000 }),
    import('./decode-search-index.js'),
    import('./school-matcher.js'),
  ]);
  return new SchoolMatcher(decodeSearchIndex(document, url));
}

/**
 * Where the search index is: inside a bundle that holds one (its region's
 * schools: a small site publishes the bundle alone), else at the
 * `shards.search` template of the index at `src`.
 */
async function searchAt(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<{ url: string; inside?: unknown }> {
  const source = await loader.index(src, { signal });
  if (source.bundle?.search !== undefined) return { url: `${source.url}#search`, inside: source.bundle.search };
  const template = source.index.shards.search;
  if (!template) throw new NotFoundError('search', 'shards.search', source.url);
  return { url: fillTemplate(template, {}, source.url) };
}

async function matcherOf(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<SchoolMatcher> {
  const named = searchAt(loader, src, signal);
  // The search index where the data tools write it, asked for while the index is on its way: the same
  // request as below when the index names that address, which alone decides whether it is used.
  const early = layoutUrl(src, SEARCH_FILE, {});
  if (early) shared({ url: early }, signal).catch(() => undefined);
  return shared(await named, signal);
}

/** Shared: aborted only when every caller waiting for it has given up. */
function shared(at: { url: string; inside?: unknown }, signal?: AbortSignal): Promise<SchoolMatcher> {
  return sharedRequestCache().get(`search ${at.url}`, (requestSignal) => download(at, requestSignal), signal);
}

/** The matcher over the search index of the data source at `src`. */
export function loadSchoolMatcher(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<SchoolMatcher> {
  return withLocalizedErrors(matcherOf(loader, src, signal));
}
