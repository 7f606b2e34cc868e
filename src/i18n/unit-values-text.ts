/**
 * What an element says of values it did not read (src/util/unit-values.ts),
 * in the reader's language: the attribute as written, why, and what is shown
 * instead (`instead`, the element's own words).
 */
import type { Language } from '../contract/vocabulary.js';
import type { UnitValuesProblem } from '../util/unit-values.js';

export function unreadValuesText(
  name: string,
  written: string,
  problem: UnitValuesProblem,
  token: string | undefined,
  most: number,
  instead: string,
  lang: Language,
): string {
  const it = lang === 'it';
  const why = {
    number: it ? `«${token}» non è un numero; decimali con il punto: 12.5` : `“${token}” is not a number; decimals with a point: 12.5`,
    percent: it ? `qui si scrive in percentuale: 10%, non «${token}»` : `here it is written in percent: 10%, not “${token}”`,
    plain: it
      ? `qui non si scrive in percentuale: togliere il segno % da «${token}»`
      : `here it is not in percent: drop the % sign from “${token}”`,
    order: it ? 'i valori vanno in ordine crescente' : 'the values go in increasing order',
    count: most === 1 ? (it ? 'un solo valore' : 'one value') : it ? `da 1 a ${most} valori` : `from 1 to ${most} values`,
  }[problem];
  return it ? `${name}="${written}" ignorato (${why}): ${instead}.` : `${name}="${written}" ignored (${why}): ${instead}.`;
}
