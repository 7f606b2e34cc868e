/**
 * What an element says in itself when its `year` attribute is not a year of
 * the data, and it shows its default instead (the breakdown its last year, the
 * institution list its reference years): a console warning alone left a page
 * showing another year than the one its author wrote, silently. It names the
 * years there are and how one is written ("2025" for 2025/26: "2025/26" in the
 * attribute is no year).
 */
import type { Language } from '../contract/vocabulary.js';
import { formatSchoolYear } from './format.js';

export function ignoredYearText(value: string, years: readonly number[], lang: Language): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined)
    return lang === 'it' ? `year="${value}" ignorato: i dati non hanno anni.` : `year="${value}" ignored: the data has no years.`;
  return lang === 'it'
    ? `year="${value}" non è un anno dei dati (dal ${formatSchoolYear(first)} al ${formatSchoolYear(last)}; il ${formatSchoolYear(last)} si scrive ${last}): è stato ignorato.`
    : `year="${value}" is not a year of the data (${formatSchoolYear(first)} to ${formatSchoolYear(last)}; ${formatSchoolYear(last)} is written ${last}): it was ignored.`;
}
