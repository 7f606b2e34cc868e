/**
 * A survey's estimates are per region and province; a comune's scope (a page's
 * `scope="comune:048017"`, or a comune chosen in a linked view) shows those of
 * its province, the nearest area that has them, and says so under the title.
 * A comune's ISTAT code starts with its province's (src/territory/region-of.ts).
 */
import type { NationalIndex } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { NotFoundError } from '../errors.js';
import { parseScope } from '../timeline/scopes.js';
import type { SurveyLevel } from './survey-view.js';

/** The province whose estimates stand for comune `code`. */
export const provinceOfComune = (code: string) => code.slice(0, 3);

/**
 * The area whose estimates a `scope` shows, with the comune it stands for; null for a scope no survey has (a school's,
 * a typing error). A comune of no province of the index is a `NotFoundError` that names the comune.
 */
export function surveyAreaOf(
  text: string,
  index: Pick<NationalIndex, 'provinceRegions'>,
): { level: SurveyLevel; code: string; comune?: string } | null {
  const scope = parseScope(text || 'nation');
  if (!scope || scope.level === 'school') return null;
  if (scope.level !== 'comune') return { level: scope.level, code: scope.code };
  const province = provinceOfComune(scope.code);
  if (!index.provinceRegions?.[province]) throw new NotFoundError('comune', scope.code);
  return { level: 'province', code: province, comune: scope.code };
}

/** What the element shows for the comune `code` (named `name` where the element read it), and why. */
export function comuneShownText(code: string, name: string | undefined, province: string, lang: Language): string {
  return lang === 'it'
    ? `Le indagini non hanno stime per i comuni: per il comune ${name ? `di ${name} (${code})` : code} si vedono quelle della sua provincia, ${province}.`
    : `Surveys have no estimates for comuni: for the comune ${name ? `of ${name} (${code})` : code}, those of its province, ${province}, are shown.`;
}
