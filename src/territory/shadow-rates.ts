/**
 * A shadow zone's rates as its list item says them: the model's estimate (what
 * the list is sorted by), the expected rate, and the observed rate with its 95%
 * interval. The estimate is the expectation lowered as far as the area is
 * likely to be low (the contract's method says how); it is no measurement, and
 * the observed share of a few dozen institutions is uncertain: "3,6%" of 28
 * institutions is anything from 0,6% to 17,9%. Wilson over the institutions
 * allocated by students, as the map's shares (src/map/value-interval.ts shareInterval).
 */
import type { Language } from '../contract/vocabulary.js';
import { formatValue, intervalDigits } from '../i18n/format.js';
import { shareInterval } from '../map/value-interval.js';
import type { ShadowZoneItem } from './territory-items.js';

export interface ShadowRates {
  estimated: string;
  /** Absent in contracts before the expectation was written. */
  expected: string | null;
  /** The observed rate and its interval; null where the contract has no rate. */
  observed: { value: string; low: string; high: string } | null;
  /**
   * The institutions the observed rate is over ("132,80": allocated by students, as the rate's numerator, the
   * contract's reason and the map's share): it said the 135 with a share in the area, beside "6 … su 132,8". Written
   * as the reason below it and the map write them (formatCount's two decimals where there are any; its own module,
   * formatShown's, costs the list 0.18 KB): "su 27,5 istituzioni" read over "1 istituzione attiva su 27,54".
   */
  n: string;
}

export function shadowRates(item: ShadowZoneItem, lang: Language): ShadowRates {
  const { smoothedRate, expectedRate, rate } = item.shadow;
  const percent = (value: number, digits = 1) => formatValue(value, 'percent', lang, digits);
  let observed: ShadowRates['observed'] = null;
  // A share's interval as the map gives it: none outside 0–1 or without institutions.
  const interval = rate === null ? null : shareInterval(rate, item.institutions);
  if (rate !== null && interval) {
    const [low, high] = interval;
    const digits = intervalDigits(low, high, 'percent', lang, 1, rate);
    observed = { value: percent(rate, digits), low: percent(low, digits), high: percent(high, digits) };
  }
  return {
    estimated: formatValue(smoothedRate, 'percent', lang),
    expected: expectedRate === undefined ? null : percent(expectedRate),
    observed,
    n: formatValue(item.institutions, 'count', lang, 2, true),
  };
}
