/**
 * What a timeline downloads: the index, then the scope it shows and the scopes
 * it is compared with (`parents` names every area above the scope), each once.
 * Small multiples read the regions from the index alone. Survey metrics
 * (`survey:piano:approvato`) read every wave's results besides
 * (src/timeline/survey-series.ts, loaded only for them).
 */
import type { LocalizedText, NationalIndex } from '../contract/contract.types.js';
import type { ContractLoader } from '../data/loader.js';
import { indexAhead } from '../data/index-ahead.js';
import { UsageError } from '../element/usage-error.js';
import { loadScope, parseScope, scopeKey, type Scope, type ScopedSeries } from './scopes.js';

export interface TimelineData {
  index: NationalIndex;
  /** The main scope first, then the compared ones. */
  scopes: ScopedSeries[];
  /** What the intervals around its values are, where the data says it (a survey's estimates: src/timeline/survey-series.ts). */
  intervalNote?: LocalizedText;
  /** The metrics shown, where the page's words name more (a survey's whole question: src/timeline/survey-series.ts). */
  metricIds?: readonly string[];
  /** Why its metrics cannot be piled up, where the data says they cannot (a survey's answers: src/timeline/survey-series.ts). */
  unstackable?: LocalizedText;
  /** The chart's title, where its metrics' labels do not say it (a question, whose options are its lines). */
  title?: LocalizedText;
  /** What the chart shows other than the data has, said under its title (two survey waves of one school year). */
  notes?: LocalizedText[];
}

/** The attributes a timeline can get wrong. */
export type TimelineUsage = 'src' | 'scope' | 'metric' | 'view' | 'variant' | 'units' | 'normalisation' | 'surveyScope' | 'surveyMix';

export const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** A timeline's `metrics` where it names a survey metric, which its waves' files give (src/timeline/survey-series.ts); else ''. */
export const surveyText = (metrics: string) => (words(metrics).some((word) => word.startsWith('survey:')) ? metrics : '');

export async function loadTimeline(
  loader: ContractLoader,
  src: string,
  scopeText: string,
  compare: string,
  multiples: boolean,
  signal: AbortSignal,
  survey = '',
  question = '',
): Promise<TimelineData> {
  const load = (scope = scopeText, against = compare) =>
    loadContractSeries(loader, src, { scopeText: scope, compare: against, multiples }, signal);
  if (!survey) return load();
  // Survey metrics check their scopes before anything is downloaded, then read their waves besides.
  return (await import('./survey-series.js')).loadSurveySeries(
    loader,
    src,
    { scopeText, compare, metrics: survey, question },
    signal,
    load,
  );
}

/** The index and the scopes' series of the contract's metrics. */
async function loadContractSeries(
  loader: ContractLoader,
  src: string,
  { scopeText, compare, multiples }: { scopeText: string; compare: string; multiples: boolean },
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
