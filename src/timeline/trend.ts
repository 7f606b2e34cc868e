/**
 * A series' trend in a few facts that the summary puts into words: first and
 * last years with data, the peak, and whether it rose or fell over its years
 * beyond what its ups and downs give by chance (the Mann–Kendall test at 5%,
 * src/util/mann-kendall.ts). Otherwise it has no steady trend: a comune whose
 * one or two active institutions come and go is not "rising" for ending a
 * year higher than it began, and no series is called stable for a test that
 * found nothing.
 *
 * Provisional years (a programme's figures still being reported) are shown
 * but left out of the test: a year half reported reads low, and a steady
 * series whose last three years are still counting would be called falling.
 * For the same reason the change runs to the last final year, not to a
 * provisional last value: "in crescita … (-43%)" read as a contradiction, and
 * a steady series' change read as a fall.
 */
import { monotoneTrend } from '../util/mann-kendall.js';

/** `constant`: the same value every year it has (a school with no activity in twelve years has no peak and no change to speak of). */
export type Direction = 'rising' | 'falling' | 'unclear' | 'constant' | 'single' | 'none';

export interface YearValue {
  year: number;
  value: number;
}

export interface Trend {
  direction: Direction;
  first: YearValue | null;
  last: YearValue | null;
  peak: YearValue | null;
  /**
   * The value the change runs to: the last, or where it is provisional the
   * last final one after the first; null where no final value follows the
   * first (nothing final to compare it with).
   */
  to: YearValue | null;
  /** Relative change from first to `to` (0.25 = +25%); null when the first value is zero or there is no `to`. */
  change: number | null;
  /** Years without data inside the span. */
  gaps: number;
  /** The years with a provisional value, in order. */
  provisional: number[];
  /** How many years have a value. */
  count: number;
  /**
   * Whether the test could call a trend on the values it ran on: from five on (with four or fewer, no order of them
   * is significant at 5%: two or three survey waves never are).
   */
  testable: boolean;
  /** The last final year the direction was tested through, where provisional years were left out of the test; null when the test saw every year with a value (or ran on none). */
  testedThrough: number | null;
}

/** `provisional[i]`: whether the value of `years[i]` is provisional (none, when left out). */
export function trendOf(values: readonly (number | null)[], years: readonly number[], provisional: readonly boolean[] = []): Trend {
  const known: YearValue[] = [];
  const final: YearValue[] = [];
  const reporting: number[] = [];
  values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) return;
    const point = { year: years[i]!, value };
    known.push(point);
    if (provisional[i]) reporting.push(point.year);
    else final.push(point);
  });
  const marked = { provisional: reporting, testedThrough: null, count: known.length, testable: false };
  if (known.length === 0) return { direction: 'none', first: null, last: null, to: null, peak: null, change: null, gaps: 0, ...marked };
  const first = known[0]!;
  const last = known.at(-1)!;
  const peak = known.reduce((best, p) => (p.value > best.value ? p : best));
  const span = years.indexOf(last.year) - years.indexOf(first.year) + 1;
  const gaps = span - known.length;
  if (known.length === 1) return { direction: 'single', first, last, to: null, peak, change: null, gaps, ...marked };
  // Every value provisional: they are compared among themselves, and said to be provisional.
  const lastFinal = final.at(-1);
  const to = final.length === 0 || lastFinal === last ? last : lastFinal!.year > first.year ? lastFinal! : null;
  const change = to === null || first.value === 0 ? null : (to.value - first.value) / Math.abs(first.value);
  if (known.every((point) => point.value === first.value)) return { direction: 'constant', first, last, to, peak, change, gaps, ...marked };
  // Only provisional values: nothing final to test on, and the sentence says they are provisional.
  const tested = final.length > 0 ? final : known;
  const direction = (['falling', 'unclear', 'rising'] as const)[monotoneTrend(tested.map((point) => point.value)) + 1]!;
  const testedThrough = tested.length < known.length ? tested.at(-1)!.year : null;
  return { direction, first, last, to, peak, change, gaps, ...marked, testedThrough, testable: tested.length >= 5 };
}
