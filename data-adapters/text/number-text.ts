/**
 * Numbers inside the sentences the data tools write (a shadow zone's reasons,
 * a score's explanation, a survey's method), as each language writes them:
 * "28,3%" and "1,5 progetti" in Italian, "28.3%" and "1.5 projects" in English.
 * A point in an Italian sentence reads as a thousands separator ("1.5" as
 * fifteen hundred, in a country that writes 1.000 for a thousand). The
 * elements' own formats (src/i18n/format.ts) write them; only a fixed number
 * of decimals ("1,0 progetti", "Kish: 1,04") needs a format of its own.
 */
import type { Language } from '../../src/contract/vocabulary.js';
import { formatValue, LOCALES } from '../../src/i18n/format.js';

const fixedFormats = new Map<string, Intl.NumberFormat>();

/** `value` with at most `digits` decimals (exactly `digits` when `fixed`), in `lang`. */
export function numberText(value: number, lang: Language, digits = 1, fixed = false): string {
  if (!fixed) return formatValue(value, 'count', lang, digits);
  const key = `${lang} ${digits}`;
  let format = fixedFormats.get(key);
  if (!format)
    fixedFormats.set(
      key,
      (format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits })),
    );
  return format.format(value);
}

/** A share as a percent with at most one decimal: 0.283 → "28,3%" in Italian, "28.3%" in English. */
export function percentText(share: number, lang: Language): string {
  return formatValue(share, 'percent', lang, 1);
}
