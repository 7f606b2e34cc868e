/**
 * What a timeline downloads: the index, then the scope it shows and the scopes
 * it is compared with (`parents` names every area above the scope), each once.
 * Small multiples read the regions from the index alone.
 */
import type { NationalIndex } from '../contract/contract.types.js';
import type { ContractLoader } from '../data/loader.js';
import { indexAhead } from '../data/index-ahead.js';
import { UsageError } from '../element/usage-error.js';
import { loadScope, parseScope, scopeKey, type Scope, type ScopedSeries } from './scopes.js';

export interface TimelineData {
  index: NationalIndex;
  /** The main scope first, then the compared ones. */
  scopes: ScopedSeries[];
}

/** The attributes a timeline can get wrong. */
export type TimelineUsage = 'src' | 'scope' | 'metric' | 'view' | 'variant' | 'units' | 'normalisation';

export const words = (text: string) => text.split(/\s+/).filter(Boolean);

export async function loadTimeline(
  loader: ContractLoader,
  src: string,
  scopeText: string,
  compare: string,
  multiples: boolean,
  signal: AbortSignal,
): Promise<TimelineData> {
  if (!src) throw new UsageError<TimelineUsage>('src');
  const scope = parseScope(scopeText || 'nation');
  // A school's shard is asked for while the index is on its way (src/data/index-ahead.ts); a region's
  // series is in the index, and a province's or comune's region is known only from it.
  const { index } = await indexAhead(loader, src, !multiples && scope?.level === 'school' ? scope : null, signal);
  if (multiples) return { index, scopes: [] };
  if (!scope) throw new UsageError<TimelineUsage>('scope', scopeText);
  const main = await loadScope(loader, src, scope, signal);
  const compared: Scope[] = [];
  for (const word of words(compare)) {
    if (word === 'parents') compared.push(...main.parents);
    else {
      const other = parseScope(word);
      if (!other) throw new UsageError<TimelineUsage>('scope', word);
      compared.push(other);
    }
  }
  const unique = [...new Map(compared.filter((s) => scopeKey(s) !== scopeKey(scope)).map((s) => [scopeKey(s), s])).values()];
  return { index, scopes: [main, ...(await Promise.all(unique.map((s) => loadScope(loader, src, s, signal))))] };
}
