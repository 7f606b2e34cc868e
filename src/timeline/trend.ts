/**
 * A series' trend in a few facts that the summary puts into words: first and
 * last years with data, the peak, and whether it rose, fell or stayed level
 * (within ±5% of the first value).
 */
export type Direction = 'rising' | 'falling' | 'stable' | 'single' | 'none';

export interface YearValue {
  year: number;
  value: number;
}

export interface Trend {
  direction: Direction;
  first: YearValue | null;
  last: YearValue | null;
  peak: YearValue | null;
  /** Relative change from first to last (0.25 = +25%); null when the first value is zero. */
  change: number | null;
  /** Years without data inside the span. */
  gaps: number;
}

export function trendOf(values: readonly (number | null)[], years: readonly number[], tolerance = 0.05): Trend {
  const known: YearValue[] = [];
  values.forEach((value, i) => {
    if (value !== null && Number.isFinite(value)) known.push({ year: years[i]!, value });
  });
  if (known.length === 0) return { direction: 'none', first: null, last: null, peak: null, change: null, gaps: 0 };
  const first = known[0]!;
  const last = known.at(-1)!;
  const peak = known.reduce((best, p) => (p.value > best.value ? p : best));
  const span = years.indexOf(last.year) - years.indexOf(first.year) + 1;
  const gaps = span - known.length;
  if (known.length === 1) return { direction: 'single', first, last, peak, change: null, gaps };
  const change = first.value === 0 ? null : (last.value - first.value) / Math.abs(first.value);
  const direction: Direction =
    change === null ? (last.value > 0 ? 'rising' : 'stable') : change > tolerance ? 'rising' : change < -tolerance ? 'falling' : 'stable';
  return { direction, first, last, peak, change, gaps };
}
