/**
 * What a rate per 1,000 students divides by: the students of one school year
 * (the index's `studentsYear`) for every year a map or a chart shows. Said
 * after the normalisation's name, so that 2014/15's rate is not read as over
 * 2014/15's students; nothing where the data does not say the year.
 */
import type { Language } from '../contract/vocabulary.js';
import { formatSchoolYear } from './format.js';

export const enrolledIn = (year: number | undefined, lang: Language): string =>
  year === undefined ? '' : ` (${lang === 'it' ? 'iscritti nel' : 'enrolled in'} ${formatSchoolYear(year)})`;
