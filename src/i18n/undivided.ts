/**
 * Why an area's rate is missing where its count is not: nothing to divide it
 * by. The autonomous provinces' schools are not in the students' file (every
 * rate per 1,000 students of Trentino-Alto Adige is missing), and a grant to
 * an institution merged away since counts in a comune that may have no
 * institution left. The map and the timeline say it where "n.d." alone did not.
 */
import type { Language, Normalisation } from '../contract/vocabulary.js';

const REASONS: Record<Language, Record<Normalisation, string> & { noRate: string }> = {
  it: {
    per1000Students: 'nessuno studente contato',
    perSchool: 'nessuna istituzione nel registro attuale',
    noRate: 'tasso non calcolabile',
  },
  en: { per1000Students: 'no students counted', perSchool: 'no institution in the current registry', noRate: 'no rate' },
};

/** The reason, in lower case as inside a sentence ("nessuno studente contato"), and the words for the missing rate. */
export function undividedText(mode: Normalisation, lang: Language): { reason: string; noRate: string } {
  const texts = REASONS[lang];
  return { reason: texts[mode], noRate: texts.noRate };
}
