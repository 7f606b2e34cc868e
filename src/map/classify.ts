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
  else {
    // Many equal lowest values (zeros, typically) would swallow the first thresholds:
    // those move up to the next distinct value, so that zero is never lumped with the top.
    const aboveMin = finite.find((value) => value > min)!;
    breaks = Array.from({ length: k - 1 }, (_, i) => Math.max(aboveMin, finite[Math.floor(((i + 1) * finite.length) / k)]!));
  }
  // Quantiles of skewed data repeat: keep each threshold once.
  breaks = [...new Set(breaks)].filter((b) => b > min && b <= max);
  return { breaks, min, max };
}

/** The class of a value (0 … breaks.length). */
export function classOf(value: number, breaks: readonly number[]): number {
  let i = 0;
  while (i < breaks.length && value >= breaks[i]!) i++;
  return i;
}
