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
 * class, so a threshold that falls inside a run of equal values (a comune's
 * share is 0 or 100% where it has one institution: half of Italy's comuni were
 * 0) moves to the next distinct value, and the values left are shared anew
 * among the classes left: five quantiles of the comuni gave three classes, one
 * of them 1.4% to 62.5%, and now give five.
 */
function tiedQuantiles(sorted: readonly number[], k: number): number[] {
  const breaks: number[] = [];
  let start = 0;
  for (let j = 0; j < k - 1; j++) {
    let at = start + Math.floor((sorted.length - start) / (k - j));
    // Inside the run of the previous class's values: the next value above them.
    while (at < sorted.length && sorted[at] === sorted[start]) at++;
    if (at >= sorted.length) break;
    const threshold = sorted[at]!;
    breaks.push(threshold);
    while (at > start && sorted[at - 1] === threshold) at--;
    start = at;
  }
  return breaks;
}

/** Per class of sorted values, its one value when all of its values are equal, else null (an empty class too). */
function singleValues(sorted: readonly number[], breaks: readonly number[]): (number | null)[] {
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
