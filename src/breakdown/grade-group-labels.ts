/** The names of the grade groups, Italian then English (on their own: a list of institutions needs only these). */
import type { GradeGroup, Language } from '../contract/vocabulary.js';
import { heading } from '../i18n/heading.js';

export type Labels = Record<string, [it: string, en: string]>;

export const GRADE_GROUP_LABELS: Record<GradeGroup, [it: string, en: string]> = {
  infanzia: ['infanzia', 'pre-primary'],
  primaria: ['primaria', 'primary'],
  'secondaria-primo-grado': ['secondaria di primo grado', 'lower secondary'],
  'secondaria-secondo-grado': ['secondaria di secondo grado', 'upper secondary'],
  comprensivo: ['istituto comprensivo', 'comprehensive institute'],
  altro: ['altro', 'other'],
};

export const gradeGroupLabel = (group: GradeGroup, lang: Language) => GRADE_GROUP_LABELS[group][lang === 'it' ? 0 : 1];

/**
 * A school's type as a page shows it: the registry's own words ("SCUOLA INFANZIA", "LICEO SCIENTIFICO") as published
 * on an Italian page; an English page reads the grade group first, the registry's words after it ("Pre-primary
 * (SCUOLA INFANZIA)"): they were the only Italian left in an English profile. Without a group (a plesso of an older
 * contract), the registry's words alone.
 */
export function schoolTypeText(grade: string, group: GradeGroup | undefined, lang: Language): string {
  return lang === 'it' || !group ? grade : `${heading(gradeGroupLabel(group, lang))} (${grade})`;
}
