/**
 * An element's index, with a head start for the one shard it reads next: a
 * region's (a view of `region:XX`) or a school's (`school:CODE`), asked for at
 * the address the data tools give it (src/contract/file-layout.ts) while the
 * index is on its way, through the loader's own request and cache entry for
 * it. On any network the shard then comes one round trip sooner; it is used
 * only when the index names the same address (a map does the same for its
 * files: src/map/head-start.ts).
 */
import { REGION_FILE, SCHOOL_FILE } from '../contract/file-layout.js';
import { SCHOOL_CODE } from '../contract/school-code.js';
import type { DocumentKind } from '../contract/vocabulary.js';
import type { ContractLoader, IndexSource } from './loader.js';
import { layoutUrl } from './shard-urls.js';

/** A view's scope as the elements parse it (`region:09`, `school:FIIC81200A`, …), or null. */
export interface AheadScope {
  level: string;
  code: string;
}

export function indexAhead(loader: ContractLoader, src: string, scope: AheadScope | null, signal: AbortSignal): Promise<IndexSource> {
  const indexed = loader.index(src, { signal });
  const code = scope?.code.trim().toUpperCase() ?? '';
  if (scope?.level === 'region' && /^\d{2}$/.test(code))
    documentAhead(loader, layoutUrl(src, REGION_FILE, { region: code }), 'region', signal);
  if (scope?.level === 'school' && SCHOOL_CODE.test(code)) documentAhead(loader, layoutUrl(src, SCHOOL_FILE, { code }), 'school', signal);
  return indexed;
}

/**
 * Asks for the document of `kind` at `url` (none: null) ahead of the index,
 * through the loader's own request and cache entry for it. Nothing is reported
 * here: an error reaches the element, if at all, when its index names the file.
 */
export function documentAhead(loader: ContractLoader, url: string | null, kind: DocumentKind, signal: AbortSignal): void {
  if (url) loader.document(url, [kind], { signal }).catch(() => undefined);
}
