/**
 * The names of the classes institutions are grouped by, Italian first: grade
 * groups, size classes, ISTAT inner-areas classes, capoluogo. Shared by the list
 * of institutions and the breakdown, so a class reads the same everywhere.
 */
import type { BreakdownDimension, Language } from '../contract/vocabulary.js';
import { GRADE_GROUP_LABELS, type Labels } from './grade-group-labels.js';

export const DIMENSION_LABELS: Record<BreakdownDimension, [it: string, en: string]> = {
  gradeGroup: ['Ciclo di istruzione', 'Grade group'],
  size: ['Dimensione (studenti)', 'Size (students)'],
  innerArea: ['Aree interne (ISTAT 2020)', 'Inner areas (ISTAT 2020)'],
  capoluogo: ['Capoluogo', 'Provincial capital'],
};

const CLASS_LABELS: Record<BreakdownDimension, Labels> = {
  gradeGroup: GRADE_GROUP_LABELS,
  size: {
    'fino-299': ['fino a 299 studenti', 'up to 299 students'],
    '300-599': ['da 300 a 599 studenti', '300 to 599 students'],
    '600-999': ['da 600 a 999 studenti', '600 to 999 students'],
    '1000-e-oltre': ['1.000 studenti e oltre', '1,000 students or more'],
  },
  innerArea: {
    A: ['A polo', 'A pole'],
    B: ['B polo intercomunale', 'B inter-municipal pole'],
    C: ['C cintura', 'C belt'],
    D: ['D intermedio', 'D intermediate'],
    E: ['E periferico', 'E peripheral'],
    F: ['F ultraperiferico', 'F ultra-peripheral'],
  },
  capoluogo: {
    capoluogo: ['capoluogo di provincia', 'provincial capital'],
    'non-capoluogo': ['altri comuni', 'other comuni'],
  },
};

const UNKNOWN: [string, string] = ['n.d.', 'n/a'];

export function classLabel(dimension: BreakdownDimension, id: string, lang: Language): string {
  const pair = CLASS_LABELS[dimension][id] ?? UNKNOWN;
  return pair[lang === 'it' ? 0 : 1];
}

export const dimensionLabel = (dimension: BreakdownDimension, lang: Language) => DIMENSION_LABELS[dimension][lang === 'it' ? 0 : 1];
