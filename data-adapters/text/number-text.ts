/**
 * Numbers inside the sentences the data tools write (a shadow zone's reasons,
 * a score's explanation, a survey's method), as each language writes them:
 * "28,3%" and "1,5 progetti" in Italian, "28.3%" and "1.5 projects" in English.
 * A point in an Italian sentence reads as a thousands separator ("1.5" as
 * fifteen hundred, in a country that writes 1.000 for a thousand).
 */
export type TextLanguage = 'it' | 'en';

const LOCALES: Record<TextLanguage, string> = { it: 'it-IT', en: 'en-GB' };
const formats = new Map<string, Intl.NumberFormat>();

/** `value` with at most `digits` decimals (exactly `digits` when `fixed`), in `lang`. */
export function numberText(value: number, lang: TextLanguage, digits = 1, fixed = false): string {
  const key = `${lang} ${digits} ${fixed}`;
  let format = formats.get(key);
  if (!format)
    formats.set(
      key,
      (format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, minimumFractionDigits: fixed ? digits : 0 })),
    );
  return format.format(value);
}

/** A share as a percent with at most one decimal: 0.283 → "28,3%" in Italian, "28.3%" in English. */
export function percentText(share: number, lang: TextLanguage): string {
  return `${numberText(share * 100, lang)}%`;
}
