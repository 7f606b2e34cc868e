/**
 * Strict numbers from CSV cells. A count is a non-negative integer in plain
 * digits, with the file's thousands separator only where it groups three digits
 * ("1.234" in an Italian file, "1,234" in an English one); an amount may add
 * decimals with the file's decimal mark. Everything JavaScript's `Number` also
 * accepts ("1e9", "0x1F", "12.5" for a count, " ", "Infinity") is invalid, and
 * an empty cell or "Non Disponibile" is missing, never 0.
 */
import { clean, type NumberLocale } from './read-csv.js';

export type ReadNumber = { value: number } | { missing: true } | { invalid: string };

const SEPARATORS: Record<NumberLocale, { thousands: string; decimal: string }> = {
  it: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

const escape = (char: string) => `\\${char}`;

function patterns(locale: NumberLocale) {
  const { thousands, decimal } = SEPARATORS[locale];
  const integer = `(?:\\d+|\\d{1,3}(?:${escape(thousands)}\\d{3})+)`;
  return {
    count: new RegExp(`^${integer}$`),
    amount: new RegExp(`^${integer}(?:${escape(decimal)}\\d+)?$`),
    // Exports from English-locale tools into `;` files still write "7301.00": a point before one or two digits is a decimal point there.
    pointDecimal: /^\d+\.\d{1,2}$/,
  };
}

const PATTERNS: Record<NumberLocale, ReturnType<typeof patterns>> = { it: patterns('it'), en: patterns('en') };

const toNumber = (text: string, locale: NumberLocale) => {
  const { thousands, decimal } = SEPARATORS[locale];
  return Number(text.split(thousands).join('').replace(decimal, '.'));
};

/** A whole count, like a number of students or projects. */
export function readCount(cell: string | undefined, locale: NumberLocale): ReadNumber {
  const text = clean(cell);
  if (text === null) return { missing: true };
  if (!PATTERNS[locale].count.test(text)) return { invalid: text };
  const value = toNumber(text, locale);
  return Number.isSafeInteger(value) ? { value } : { invalid: text };
}

/** An amount of money (euros), with at most the file's decimal mark. */
export function readAmount(cell: string | undefined, locale: NumberLocale): ReadNumber {
  const text = clean(cell);
  if (text === null) return { missing: true };
  const pattern = PATTERNS[locale];
  if (locale === 'it' && pattern.pointDecimal.test(text)) return { value: Number(text) };
  if (!pattern.amount.test(text)) return { invalid: text };
  const value = toNumber(text, locale);
  return Number.isFinite(value) ? { value } : { invalid: text };
}
