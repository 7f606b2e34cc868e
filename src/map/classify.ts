/**
 * Class breaks for choropleths: quantiles, equal intervals, natural breaks
 * (Ckmeans, the optimal 1-D k-means of simple-statistics, which is what "Jenks"
 * asks for) or none (continuous). Degenerate data (nothing, one value, all
 * equal) still gives a sensible single class rather than NaN breaks.
 */
import { ckmeans } from 'simple-statistics';

export const CLASSIFICATIONS = ['quantile', 'equal', 'natural', 'continuous'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface Classes {
  /** Upper-exclusive thresholds between classes (length = classes - 1). */
  breaks: number[];
  min: number;
  max: number;
  /** Per class, the one value it holds when all of its values are equal (the legend says "0%", not "0% – 1,4%"); else null. */
  single?: (number | null)[];
  /** Thresholds the page set (src/map/fixed-breaks.ts): the legend says them as written, its ends open ("< 10%"). */
  fixed?: boolean;
  /**
   * Another year's classes (src/map/classes-year.ts), over shown values that reach from `low` to `high`: an end class
   * that none of them falls in is labelled open, a continuous scale's end they pass too.
   */
  shared?: { low: number; high: number };
}

export function classify(values: readonly number[], method: Classification, classes: number): Classes {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return { breaks: [], min: 0, max: 0 };
  const min = finite[0]!;
  const max = finite.at(-1)!;
  const k = Math.max(1, Math.min(classes, new Set(finite).size));
  if (method === 'continuous' || k === 1 || min === max) return { breaks: [], min, max };
  let breaks: number[];
  if (method === 'equal') breaks = Array.from({ length: k - 1 }, (_, i) => min + ((i + 1) * (max - min)) / k);
  else if (method === 'natural')
    breaks = ckmeans(finite, k)
      .slice(1)
      .map((cluster) => cluster[0]!);
  else breaks = tiedQuantiles(finite, k);
  // Quantiles of skewed data may still repeat: keep each threshold once.
  breaks = [...new Set(breaks)].filter((b) => b > min && b <= max);
  return { breaks, min, max, single: singleValues(finite, breaks) };
}

/**
 * Quantile thresholds of sorted values with many ties. Equal values share a
 * class, so a run of equal values that would fill a class of its own (a
 * comune's share is 0 or 100% where it has one institution: 69% of Italy's
 * comuni were at 0%, 18% at 100%) is one, and the classes left are shared
 * among the values between those runs, in proportion to their number: five
 * quantiles of the comuni gave three classes, one of them 1.4% to 62.5%, and
 * now give five.
 */
function tiedQuantiles(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const runs: { from: number; to: number; own?: boolean }[] = [];
  for (let i = 0, j = 0; i < n; i = j) {
    while (j < n && sorted[j] === sorted[i]) j++;
    runs.push({ from: i, to: j });
  }
  // The values cut into parts: each run of its own, and the values between those runs (with how many values they have).
  const partsOf = () => {
    const parts: { from: number; to: number; classes: number; values: number }[] = [];
    for (const { from, to, own } of runs) {
      const last = parts.at(-1);
      if (own) parts.push({ from, to, classes: 0, values: 1 });
      else if (last?.classes) {
        last.to = to;
        last.values++;
      } else parts.push({ from, to, classes: 1, values: 1 });
    }
    return parts;
  };
  // The longest runs, one by one, while one holds at least the share of a class of the values not yet in one, and
  // the parts it makes are no more than the classes.
  let rest = n;
  let classes = k;
  // (None can when the longest is shorter than a class: rates of distinct values, without sorting their runs.)
  const longest = runs.reduce((most, run) => Math.max(most, run.to - run.from), 0);
  for (const run of longest < n / k ? [] : [...runs].sort((a, b) => b.to - b.from - (a.to - a.from))) {
    if (classes < 2 || run.to - run.from < rest / classes) break;
    run.own = true;
    if (partsOf().length > k) {
      run.own = false;
      break;
    }
    rest -= run.to - run.from;
    classes--;
  }
  const parts = partsOf();
  // A spare class goes each time to the values between runs that have the most values per class (and more values than classes).
  for (let spare = k - parts.length; spare > 0; spare--) {
    const open = parts.filter((part) => part.classes && part.classes < part.values);
    if (open.length === 0) break;
    open.reduce((a, b) => ((b.to - b.from) / b.classes > (a.to - a.from) / a.classes ? b : a)).classes++;
  }
  return parts.flatMap((part) => [
    ...(part.from > 0 ? [sorted[part.from]!] : []),
    ...(part.classes > 1 ? quantilesOf(sorted, part.from, part.to, part.classes) : []),
  ]);
}

/**
 * The k - 1 quantile thresholds of `sorted[from, to)`, ties kept in one class: a
 * threshold inside the run of the values just classed moves to the next value
 * above them, and the values left are shared anew among the classes left.
 */
function quantilesOf(sorted: readonly number[], from: number, to: number, k: number): number[] {
  const breaks: number[] = [];
  let start = from;
  for (let j = 0; j < k - 1; j++) {
    let at = start + Math.floor((to - start) / (k - j));
    while (at < to && sorted[at] === sorted[start]) at++;
    if (at >= to) break;
    const threshold = sorted[at]!;
    breaks.push(threshold);
    while (at > start && sorted[at - 1] === threshold) at--;
    start = at;
  }
  return breaks;
}

/** Per class of sorted values, its one value when all of its values are equal, else null (an empty class too). */
export function singleValues(sorted: readonly number[], breaks: readonly number[]): (number | null)[] {
  const first: (number | undefined)[] = [];
  const last: (number | undefined)[] = [];
  let k = 0;
  for (const value of sorted) {
    while (k < breaks.length && value >= breaks[k]!) k++;
    first[k] ??= value;
    last[k] = value;
  }
  return Array.from({ length: breaks.length + 1 }, (_, c) => (first[c] !== undefined && first[c] === last[c] ? first[c]! : null));
}

/** The class of a value (0 … breaks.length). */
export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}
