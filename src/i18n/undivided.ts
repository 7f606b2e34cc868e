/**
 * Why an area's rate is missing where its count is not: nothing to divide it
 * by. The autonomous provinces' schools are not in the students' file (every
 * rate per 1,000 students of Trentino-Alto Adige is missing), a comune whose
 * plessi have no count holds no share of their institutions (a rate per
 * institution divides by institutions allocated by counted students), and a grant to
 * an institution merged away since counts in a comune that may have no
 * institution left. The map and the timeline say it where "n.d." alone did not.
 */
import type { Language } from '../contract/vocabulary.js';
import type { UndividedReason } from '../map/area-values.js';

const REASONS: Record<Language, Record<UndividedReason, string> & { noRate: string }> = {
  it: {
    students: 'nessuno studente contato',
    unshared: 'nessuno studente contato per ripartire le istituzioni',
    institutions: 'nessuna istituzione nel registro attuale',
    noRate: 'tasso non calcolabile',
  },
  en: {
    students: 'no students counted',
    unshared: 'no students counted to allocate institutions by',
    institutions: 'no institution in the current registry',
    noRate: 'no rate',
  },
};

/** The reason, in lower case as inside a sentence ("nessuno studente contato"), and the words for the missing rate. */
export function undividedText(reason: UndividedReason, lang: Language): { reason: string; noRate: string } {
  const texts = REASONS[lang];
  return { reason: texts[reason], noRate: texts.noRate };
}
