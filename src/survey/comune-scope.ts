/**
 * A survey's estimates are per region and province; a comune's scope (a page's
 * `scope="comune:048017"`, or a comune chosen in a linked view) shows those of
 * its province, the nearest area that has them, and says so under the title.
 * The comune is read from its region's shard (`findComune`,
 * src/timeline/scopes.ts): checked (a comune the data does not hold is an
 * error, not its code's province), named, and its province the shard's.
 */
import type { Language } from '../contract/vocabulary.js';
import { parseScope } from '../timeline/scopes.js';
import type { SurveyLevel } from './survey-view.js';

/** A comune as a survey says it stands in for it: its code, its name and its province's code. */
export interface ComuneRead {
  code: string;
  name: string;
  province: string;
}

/** The comune a scope names; '' for any other scope. */
export function comuneOfScope(text: string): string {
  const scope = parseScope(text);
  return scope?.level === 'comune' ? scope.code : '';
}

/**
 * The area whose estimates a `scope` shows, with the comune it stands for (`comune`, read); null for a scope no survey
 * has (a school's, a typing error). A comune not read yet (its shard on its way) stands for the province its code
 * starts with, until it is.
 */
export function surveyAreaOf(text: string, comune?: ComuneRead): { level: SurveyLevel; code: string; comune?: ComuneRead } | null {
  const scope = parseScope(text || 'nation');
  if (!scope || scope.level === 'school') return null;
  if (scope.level !== 'comune') return { level: scope.level, code: scope.code };
  const read = comune?.code === scope.code ? comune : { code: scope.code, name: '', province: scope.code.slice(0, 3) };
  return { level: 'province', code: read.province, comune: read };
}

/** What the element shows for `comune` (its province's estimates, the province named `province`), and why. */
export function comuneShownText({ code, name }: Pick<ComuneRead, 'code' | 'name'>, province: string, lang: Language): string {
  return lang === 'it'
    ? `Le indagini non hanno stime per i comuni: per il comune ${name ? `di ${name} (${code})` : code} si vedono quelle della sua provincia, ${province}.`
    : `Surveys have no estimates for comuni: for the comune ${name ? `of ${name} (${code})` : code}, those of its province, ${province}, are shown.`;
}
