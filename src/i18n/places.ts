/**
 * A place in a ranking over the uncertainty analysis's runs, as the badge, the
 * profile and the list of role models say it: one place when both ends agree,
 * else the interval ("tra il 3º e l’8º posto in Toscana").
 */
import { articleIt } from './article-it.js';

/** An Italian ordinal with its article, elided before a vowel: "il 3º", "l’8º", "l’11º", "l’80º", "il 110º". */
export function ordinalIt(n: number): string {
  return `${articleIt(n, true)}${n}º`;
}

export const placeIt = (low: number, high: number, where: string): string =>
  low === high ? `${low}º posto in ${where}` : `tra ${ordinalIt(low)} e ${ordinalIt(high)} posto in ${where}`;

export const placeEn = (low: number, high: number, where: string): string =>
  low === high ? `no. ${low} in ${where}` : `between no. ${low} and no. ${high} in ${where}`;

/** What an index band is, said once wherever bands are listed (a band of 1 read as the lowest otherwise). */
export const BAND_NOTE = {
  it: 'Fascia dell’indice: decile tra le istituzioni attive (1 = il 10% più alto).',
  en: 'Index band: decile among institutions with activity (1 = top 10%).',
} as const;
