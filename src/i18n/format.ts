/**
 * Number and date formats for the two languages, cached because `Intl`
 * formatters are costly to build and elements format thousands of values.
 */
import type { Language, MetricUnit, Normalisation } from '../contract/vocabulary.js';
import { toLanguage } from './lang.js';

/** The locale each language writes its numbers and dates in. */
export const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();
/**
 * Thousands grouped from four digits on: CLDR leaves Italy's four-digit numbers bare, and a column read "7301 €"
 * under "32.909 €" (ISTAT's and the ministry's tables group them). An engine without the option groups as before.
 */
const GROUPED = { useGrouping: 'always' } as unknown as Intl.NumberFormatOptions;

/**
 * `digits` decimals at most; `fixed`, as many on every fractional value, so that a column reads "0,20" under "0,23",
 * not "0,2", and none on whole ones.
 */
const decimals = (digits: number, fixed: boolean) =>
  (fixed
    ? { minimumFractionDigits: digits, maximumFractionDigits: digits, trailingZeroDisplay: 'stripIfInteger' }
    : { maximumFractionDigits: digits }) as Intl.NumberFormatOptions;

function formatter(lang: Language, unit: MetricUnit, digits: number, fixed: boolean): Intl.NumberFormat {
  const key = `${lang} ${unit} ${digits} ${fixed}`;
  let format = cache.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      unit === 'eur'
        ? // Cents when there are any, none on whole amounts: "12.345,50 €", "12.000 €".
          { style: 'currency', currency: 'EUR', ...decimals(digits, true) }
        : { style: unit === 'percent' ? 'percent' : 'decimal', ...decimals(digits, fixed) };
    format = new Intl.NumberFormat(LOCALES[lang], { ...GROUPED, ...options });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats a value of a metric. `percent` values are shares (0.25 → 25%).
 * `null` is "no data", never zero. `fixed`: a plain number with `digits`
 * decimals whenever it has any (as euros are).
 */
export function formatValue(
  value: number | null,
  unit: MetricUnit,
  lang: Language,
  digits = unit === 'count' ? 0 : unit === 'eur' ? 2 : 1,
  fixed = false,
): string {
  if (value === null || !Number.isFinite(value)) return lang === 'it' ? 'n.d.' : 'n/a';
  return formatter(lang, unit, digits, fixed).format(value);
}

/**
 * Whether a metric's values, as shown, are shares: a count of institutions
 * (the metric's `counts` is "institutions") per institution is the share of
 * the area's institutions. The one rule the map, the timeline and their
 * downloads follow.
 */
export const isShareShown = (counts: 'institutions' | undefined, mode: 'absolute' | Normalisation): boolean =>
  counts === 'institutions' && mode === 'perSchool';

/**
 * The unit a metric's value is shown in: a normalised count (per institution,
 * per 1,000 students) is a plain number, but a count of institutions
 * (`share`: the metric's `counts` is "institutions") per institution is the
 * share of the area's institutions, a percentage ("24%", not "0,24"); the
 * mode is checked by the same rule as the caller's (`isShareShown`).
 */
export const shownUnit = (unit: MetricUnit, mode: 'absolute' | Normalisation, share = false): MetricUnit =>
  mode === 'absolute' ? unit : unit === 'eur' ? 'eur' : share && isShareShown('institutions', mode) ? 'percent' : 'count';

/**
 * The decimals a map or a timeline writes a value of a shown unit with: counts two, percentages and scores one, euros
 * two when they were counted (an area's grants, to the cent) and none when they are an average (per institution, per
 * 1,000 students: "10.995 € (4440 € – 27.228 €)", not "10.994,53 € (4439,60 € – 27.227,59 €)").
 */
const shownDigits = (shown: MetricUnit, mode: 'absolute' | Normalisation) =>
  shown === 'count' ? 2 : shown === 'eur' ? (mode === 'absolute' ? 2 : 0) : 1;

/**
 * A metric's value as a map or a timeline shows it. Counts and normalised
 * values have two decimals whenever they have any: an institution, and what it
 * does, count in the comuni of its plessi by their students, so a comune's
 * count reads "0,43", not "0", and a column "0,20" under "0,23"; whole counts
 * read without decimals; other units keep their own. A value that is not zero
 * never reads "0": it gets the decimals, three more at most, that show its
 * first digit ("0,004", "0,04%"). `extra`: decimals more, for an estimate
 * shown with its interval (`formatShownEstimate`).
 */
export function formatShown(
  value: number | null,
  unit: MetricUnit,
  mode: 'absolute' | Normalisation,
  lang: Language,
  share = false,
  extra = 0,
): string {
  const { shown, digits } = shownPrecision(value, unit, mode, share, extra);
  return formatValue(value, shown, lang, digits, shown === 'count');
}

/**
 * A count of institutions (or students) shared between comuni as `formatShown` writes counts: "0,43 istituzioni",
 * not "0"; "295,35". One function for the map's denominators and the data tools' shadow-zone facts, which are read
 * side by side in the map's tooltip.
 */
export const formatCount = (count: number, lang: Language): string => formatShown(count, 'count', 'absolute', lang);

/** The unit and the decimals formatShown writes `value` with. */
function shownPrecision(value: number | null, unit: MetricUnit, mode: 'absolute' | Normalisation, share: boolean, extra = 0) {
  const shown = shownUnit(unit, mode, share);
  // A percentage's digits are those of the share times 100.
  const scale = shown === 'percent' ? 100 : 1;
  return { shown, digits: digitsShowing(value, shownDigits(shown, mode) + extra, scale), scale };
}

/** `digits`, or up to three more where a value that is not zero would read "0": the decimals that show its first digit. */
function digitsShowing(value: number | null, digits: number, scale: number): number {
  const last = digits + 3;
  while (digits < last && value && Math.round(Math.abs(value) * scale * 10 ** digits) === 0) digits++;
  return digits;
}

/**
 * Values as formatShown writes them, numbers again: values that read alike are one value. A map's classes are made
 * of them, so that no threshold falls between values its legend writes the same (comuni whose institutions' share
 * is a fraction held 1.9995 to 2.0003 projects per institution, and a class read "2 – 2"). One function per unit
 * and mode, called for each of a map's ~7,900 comuni.
 */
export function roundedAsShown(unit: MetricUnit, mode: 'absolute' | Normalisation, share = false): (value: number) => number {
  const { shown, scale } = shownPrecision(null, unit, mode, share);
  const first = shownDigits(shown, mode);
  return (value) => {
    const step = scale * 10 ** digitsShowing(value, first, scale);
    // Half away from zero, as the number formats round.
    return (Math.sign(value) * Math.round(Math.abs(value) * step)) / step;
  };
}

/**
 * The decimals that show an estimate and its interval: `digits`, or up to two
 * more when its ends would otherwise read the same, or the estimate (`value`)
 * as an end it is not, or any of them as 0 when it is not. "3,5 (3,5–3,5)"
 * says there is no uncertainty where there is some, "0,01 (0,01–0,03)" an
 * estimate of 0,013 on its interval's lower end, "0,01 (0–0,05)" that it may be
 * none, and a change "-0,1 (tra -0,2 e 0)" that it may be none where its
 * interval ends at +0,02; "3,5 (3,46–3,54)", "0,013 (0,006–0,030)",
 * "0,012 (0,003–0,052)" and "-0,08 (tra -0,18 e +0,02)" do not. Where the
 * interval holds zero, the estimate may read "0": "0 (tra -5 e +5)", not
 * "+0,01 (tra -4,79 e +4,81)", decimals the interval does not bear out.
 */
export function intervalDigits(
  low: number | null,
  high: number | null,
  unit: MetricUnit,
  lang: Language,
  digits: number,
  value: number | null = null,
): number {
  if (low === null || high === null) return digits;
  // The pairs that must read apart; without a value, its pairs are of equals. An estimate inside an interval that
  // holds zero may read "0", as the interval says: "+0,01 punti (tra -4,79 e +4,81)" gave a change that may be five
  // points either way two decimals, and its ends with it; "0 punti (tra -5 e +5)".
  const pairs = [
    [low, high],
    [low, 0],
    [high, 0],
    [value ?? low, low],
    [value ?? high, high],
    [low < 0 && high > 0 ? 0 : (value ?? 0), 0],
  ] as const;
  // A percentage's decimals are those of the share times 100.
  const scale = unit === 'percent' ? 100 : 1;
  // Apart by more than arithmetic's noise (a Wilson interval's lower end of 0 computed as 7e-18), yet written alike.
  // Two units of the last decimal apart, two numbers never read alike: only nearer ones are formatted to compare (a
  // table of all Italy's comuni writes ~7,900 estimates).
  // Written without their signs: numbers this near read alike only where both are written as zero, "-0" and "0" here
  // but "0" where a change is written with its sign (formatSigned: -0,3 points read «0 punti»).
  const alike = (d: number) =>
    pairs.some(([a, b]) => {
      const gap = Math.abs(a - b);
      return (
        gap > 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)) &&
        gap * scale * 10 ** d < 2 &&
        formatValue(Math.abs(a), unit, lang, d) === formatValue(Math.abs(b), unit, lang, d)
      );
    });
  let d = digits;
  while (d < digits + 2 && alike(d)) d++;
  return d;
}

/**
 * A value and its 95% interval as a map or a timeline shows them
 * (`formatShown`), with the decimals that keep them apart (`intervalDigits`).
 */
export function formatShownEstimate(
  value: number | null,
  low: number | null,
  high: number | null,
  unit: MetricUnit,
  mode: 'absolute' | Normalisation,
  lang: Language,
  share = false,
): [value: string, low: string, high: string] {
  const shown = shownUnit(unit, mode, share);
  const digits = shownDigits(shown, mode);
  const extra = intervalDigits(low, high, shown, lang, digits, value) - digits;
  const f = (v: number | null) => formatShown(v, unit, mode, lang, share, extra);
  return [f(value), f(low), f(high)];
}

/**
 * How an estimate's figures are written: with the decimals its interval needs (`intervalDigits`), and where any were
 * added, all of them on every figure, as a table of estimates does ("1,83 (1,76–1,90)", not "1,83 (1,76–1,9)").
 */
export function estimateFormat(
  value: number | null,
  low: number | null,
  high: number | null,
  unit: MetricUnit,
  lang: Language,
  digits: number,
): (v: number | null) => string {
  const d = intervalDigits(low, high, unit, lang, digits, value);
  return (v) => formatValue(v, unit, lang, d, d > digits);
}

/** An estimate and its interval as text, "28% (27%–30%)", with the decimals its interval needs (`estimateFormat`). */
export function formatEstimate(...estimate: Parameters<typeof estimateFormat>): string {
  const f = estimateFormat(...estimate);
  const [value, low, high] = estimate;
  return `${f(value)} (${f(low)}–${f(high)})`;
}

/**
 * How a change and its interval's ends are written, each with its sign: a difference (`count`: percentage points, a
 * mean's unit) or a relative change (`percent`), with the decimals that keep them apart and off zero where they are
 * not (`intervalDigits`), all of them on every figure where any were added ("-0,08 (tra -0,18 e +0,02)").
 */
export function changeFormat(
  value: number,
  low: number,
  high: number,
  lang: Language,
  digits: number,
  unit: 'count' | 'percent' = 'count',
): (v: number) => string {
  const d = intervalDigits(low, high, unit, lang, digits, value);
  return unit === 'percent' ? (v) => formatChange(v, lang, d, d > digits) : (v) => formatSigned(v, lang, d, d > digits);
}

/** A difference with its sign, to `digits` decimals at most (exactly, `fixed`): 0.25 → "+0,3" (one), "+0,25" (two). */
export function formatSigned(value: number, lang: Language, digits = 1, fixed = false): string {
  return signedFormat(lang, digits, fixed).format(value);
}

/** A relative change with its sign, in whole percent (or `digits` decimals of a percent, exactly with `fixed`): 0.25 → "+25%". */
export function formatChange(change: number, lang: Language, digits = 0, fixed = false): string {
  return signedFormat(lang, digits, fixed, 'percent').format(change);
}

/** A format of changes ("+5,8", "-2", "0", "+25%"), built once per language, decimals and style. */
function signedFormat(lang: Language, digits: number, fixed: boolean, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lang} ${digits} ${fixed} ${style}`;
  let format = cache.get(key);
  if (!format)
    cache.set(
      key,
      (format = new Intl.NumberFormat(LOCALES[lang], {
        ...GROUPED,
        style,
        ...decimals(digits, fixed),
        signDisplay: 'exceptZero',
      })),
    );
  return format;
}

/** A school year as people write it: 2023 → "2023/24". */
export function formatSchoolYear(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

let prepared = false;

/**
 * Chromium spends about 15 ms the first time a page builds any `Intl`
 * formatter (ICU loads its data), whichever the locale; every later one costs
 * a fraction of a millisecond. Elements that format numbers call this when
 * their module loads, so that the one-off cost is paid in a task of its own while
 * the page loads (typically while the contract downloads) instead of between the data
 * arriving and the first paint. Idempotent; does nothing outside a browser.
 */
export function prepareNumberFormats(): void {
  if (prepared || typeof window === 'undefined') return;
  prepared = true;
  const run = () => formatValue(1, 'count', toLanguage(document.documentElement.lang));
  // A task of its own right after the module's: idle callbacks may wait for a frame, the data may not.
  setTimeout(run, 0);
}
