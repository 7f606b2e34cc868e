/**
 * A place in a ranking over the uncertainty analysis's runs, as the badge, the
 * profile and the list of role models say it: one place when both ends agree,
 * else the interval ("tra il 3º e l’8º posto in Toscana").
 */
import type { Language } from '../contract/vocabulary.js';
import { articleIt } from './article-it.js';

/**
 * A place or a count, a whole number, grouped by thousands from four digits on as src/i18n/format.ts groups every
 * number the elements write ("6.755" in Italian, "6,755" in English; a map's place read «6755º posto su 6757» beside
 * «7.899 comuni»). Without Intl: the badge writes places and carries no number formats.
 */
export function wholeText(n: number, lang: Language): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, lang === 'it' ? '.' : ',');
}

/** An Italian ordinal with its article, elided before a vowel: "il 3º", "l’8º", "l’11º", "l’80º", "il 110º", "il 1.200º". */
export function ordinalIt(n: number): string {
  return `${articleIt(n, true)}${wholeText(n, 'it')}º`;
}

export const placeIt = (low: number, high: number, where: string): string =>
  low === high ? `${wholeText(low, 'it')}º posto in ${where}` : `tra ${ordinalIt(low)} e ${ordinalIt(high)} posto in ${where}`;

export const placeEn = (low: number, high: number, where: string): string =>
  low === high
    ? `no. ${wholeText(low, 'en')} in ${where}`
    : `between no. ${wholeText(low, 'en')} and no. ${wholeText(high, 'en')} in ${where}`;

/** What an index band is, said once wherever bands are listed (a band of 1 read as the lowest otherwise). */
export const BAND_NOTE = {
  it: 'Fascia dell’indice: decile tra le istituzioni attive (1 = il 10% più alto).',
  en: 'Index band: decile among institutions with activity (1 = top 10%).',
} as const;
