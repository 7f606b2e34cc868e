/**
 * A number answer's unit in the form its count takes: "1 docente", "6 docenti"
 * (a questionnaire writes the unit of a count of one in `unitOne`, the others
 * in `unit`; without `unitOne` every count reads `unit`). Italian and English
 * take the singular for exactly 1 (CLDR's plural category "one" in both:
 * 0 and 1,5 are plural), so no plural rules need loading.
 */
import type { Language } from '../contract/vocabulary.js';

interface UnitWords {
  unit?: Readonly<Record<Language, string>>;
  unitOne?: Readonly<Record<Language, string>>;
}

/** The unit for `value` in `lang`, or '' where the question has none. */
export function unitText(question: UnitWords, value: number, lang: Language): string {
  return (value === 1 && question.unitOne?.[lang]) || question.unit?.[lang] || '';
}
