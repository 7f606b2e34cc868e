/**
 * A calendar day as people write it. A module of its own: the map and the
 * timeline write days only in their downloads, loaded when asked for, and
 * would carry it in their first download from format.ts.
 */
import type { Language } from '../contract/vocabulary.js';
import { LOCALES } from './format.js';

const days = new Map<Language, Intl.DateTimeFormat>();

/** A calendar day (`YYYY-MM-DD`) as people write it: "1 marzo 2025", "1 March 2025". */
export function formatDay(day: string, lang: Language): string {
  let format = days.get(lang);
  if (!format)
    days.set(lang, (format = new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${day}T00:00:00Z`));
}
