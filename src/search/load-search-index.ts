/**
 * Finds and downloads the search index of a data source (`shards.search` of its
 * index), once per page: every `<school-search>` of the page, and of any copy
 * of the bundle, shares the decoded index and its matcher.
 */
import type { ContractLoader } from '../data/loader.js';
import { fetchJson } from '../data/fetch-json.js';
import { fillTemplate } from '../data/shard-urls.js';
import { isDataError, localizeError, NotFoundError } from '../errors.js';
import { decodeSearchIndex } from './decode-search-index.js';
import { SchoolMatcher } from './school-matcher.js';

const SHARED = Symbol.for('scuole-europa.search/1');

type Cache = Map<string, Promise<SchoolMatcher>>;

function cache(): Cache {
  const holder = globalThis as typeof globalThis & { [SHARED]?: Cache };
  return (holder[SHARED] ??= new Map());
}

async function download(url: string): Promise<SchoolMatcher> {
  // Not tied to one element's signal: the download is shared, and an element
  // that goes away must not cancel it for the others.
  const document = await fetchJson(url, { signal: new AbortController().signal, timeoutMs: 30_000, retries: 2, retryDelayMs: 400, fetch: (input, init) => globalThis.fetch(input, init) });
  return new SchoolMatcher(decodeSearchIndex(document, url));
}

/** The matcher over the search index of the data source at `src`. */
export async function loadSchoolMatcher(loader: ContractLoader, src: string, signal?: AbortSignal): Promise<SchoolMatcher> {
  try {
    const source = await loader.index(src, { signal });
    const template = source.index.shards.search;
    if (!template) throw new NotFoundError('search', 'shards.search', source.url);
    const url = fillTemplate(template, {}, source.url);
    const shared = cache();
    let pending = shared.get(url);
    if (!pending) {
      pending = download(url);
      shared.set(url, pending);
      // A failed download is not kept: the next attempt asks again.
      pending.catch(() => shared.delete(url));
    }
    return await pending;
  } catch (error) {
    throw isDataError(error) && !error.text ? await localizeError(error) : error;
  }
}
