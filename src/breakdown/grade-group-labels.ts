/** The names of the grade groups, Italian then English (on their own: a list of institutions needs only these). */
import type { GradeGroup, Language } from '../contract/vocabulary.js';

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
