/**
 * How far a bench's figure can be trusted. The benches time contenders in
 * rounds (each round runs every contender within about a second, so that the
 * machine's speed of that moment weighs on all), and a target is a median time
 * ("≤ 50 ms") or a ratio of two medians ("≤ 0.5 × Leaflet"). On a shared
 * 2-core machine one run's ratio moves by ±0.05 from the next, so a figure
 * alone says too little to a reader deciding whether a target is met: this
 * gives its percentile bootstrap interval, resampling whole rounds, seeded, so
 * that the same times always give the same interval.
 */
import { median, quantileSorted } from 'd3-array';
import { Random } from '../../data-adapters/stats/random.js';

export interface Interval {
  /** The figure itself: a median, or a ratio of two medians. */
  value: number;
  /** The interval's ends, at `level`. */
  low: number;
  high: number;
  level: number;
}

export interface IntervalOptions {
  level?: number;
  resamples?: number;
  seed?: number;
}

/**
 * `figure` of the rounds, with its percentile bootstrap interval: the rounds
 * resampled whole (`lists[c][r]` is contender c's time in round r). Throws on
 * unpaired, empty or non-positive times rather than give an interval of nothing.
 */
function bootstrap(
  lists: readonly (readonly number[])[],
  figure: (medians: number[]) => number,
  { level = 0.95, resamples = 4000, seed = 19 }: IntervalOptions,
): Interval {
  const n = lists[0]!.length;
  if (n === 0 || lists.some((list) => list.length !== n))
    throw new Error(`bench interval: ${lists.map((list) => list.length).join(' and ')} times: lists of paired rounds are needed`);
  for (const time of lists.flat())
    if (!(time > 0) || !Number.isFinite(time)) throw new Error(`bench interval: a time of ${time} ms is not a measurement`);
  const random = new Random(seed);
  const figures: number[] = new Array<number>(resamples);
  const drawn = lists.map(() => new Float64Array(n));
  for (let s = 0; s < resamples; s++) {
    for (let k = 0; k < n; k++) {
      const round = Math.floor(random.next() * n);
      for (let c = 0; c < lists.length; c++) drawn[c]![k] = lists[c]![round]!;
    }
    figures[s] = figure(drawn.map((times) => median(times)!));
  }
  figures.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return {
    value: figure(lists.map((times) => median(times)!)),
    low: quantileSorted(figures, tail)!,
    high: quantileSorted(figures, 1 - tail)!,
    level,
  };
}

/** The median of `times` (ms), with its interval. */
export function medianInterval(times: readonly number[], options: IntervalOptions = {}): Interval {
  return bootstrap([times], ([m]) => m!, options);
}

/**
 * The ratio `median(ours) / median(theirs)` of times measured in paired
 * rounds (`ours[r]` and `theirs[r]` ran in round r), with its interval.
 */
export function medianRatioInterval(ours: readonly number[], theirs: readonly number[], options: IntervalOptions = {}): Interval {
  return bootstrap([ours, theirs], ([a, b]) => a! / b!, options);
}

/** "0.469 (95% interval 0.431 to 0.522)". */
export function formatInterval({ value, low, high, level }: Interval, digits = 3): string {
  return `${value.toFixed(digits)} (${Math.round(level * 100)}% interval ${low.toFixed(digits)} to ${high.toFixed(digits)})`;
}

export type Verdict = 'met' | 'missed' | 'undecided';

/** Whether a "≤ target" is met with the interval's confidence, missed with it, or neither can be said. */
export function verdictAtMost({ low, high }: Interval, target: number): Verdict {
  if (high <= target) return 'met';
  if (low > target) return 'missed';
  return 'undecided';
}

/** The same for a "≥ target" ("Leaflet takes at least twice as long"). */
export function verdictAtLeast({ low, high }: Interval, target: number): Verdict {
  if (low >= target) return 'met';
  if (high < target) return 'missed';
  return 'undecided';
}

/** A "≤ target" row of a bench's table: the figure with its (95%) interval, the target, and the verdict. */
export function atMostRow(interval: Interval, target: number, digits: number) {
  return { value: formatInterval(interval, digits), target: `≤ ${target}`, 'at 95%': verdictAtMost(interval, target) };
}

/** The same for a "≥ target". */
export function atLeastRow(interval: Interval, target: number, digits: number) {
  return { value: formatInterval(interval, digits), target: `≥ ${target}`, 'at 95%': verdictAtLeast(interval, target) };
}
