/**
 * How far a ratio of two medians measured on this machine can be trusted. The
 * benches time two contenders in rounds (each round runs both within about a
 * second, so that the machine's speed of that moment weighs on both), and a
 * target is a ratio of their medians ("≤ 0.5 × Leaflet"). On a shared 2-core
 * machine one run's ratio moves by ±0.05 from the next, so a ratio alone says
 * too little to a reader deciding whether a target is met: this gives its
 * percentile bootstrap interval, resampling whole rounds (pairs), seeded, so
 * that the same times always give the same interval.
 */
import { median, quantileSorted } from 'd3-array';
import { Random } from '../../data-adapters/stats/random.js';

export interface RatioInterval {
  /** The ratio of the medians, ours over theirs. */
  ratio: number;
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
 * The ratio `median(ours) / median(theirs)` of times measured in paired
 * rounds (`ours[r]` and `theirs[r]` ran in round r), with its percentile
 * bootstrap interval. Throws on unpaired, empty or non-positive times rather
 * than give an interval of nothing.
 */
export function medianRatioInterval(
  ours: readonly number[],
  theirs: readonly number[],
  { level = 0.95, resamples = 4000, seed = 19 }: IntervalOptions = {},
): RatioInterval {
  const n = ours.length;
  if (n === 0 || theirs.length !== n)
    throw new Error(`medianRatioInterval: ${n} and ${theirs.length} times: two lists of paired rounds are needed`);
  for (const time of [...ours, ...theirs])
    if (!(time > 0) || !Number.isFinite(time)) throw new Error(`medianRatioInterval: a time of ${time} ms is not a measurement`);
  const random = new Random(seed);
  const ratios: number[] = new Array<number>(resamples);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let s = 0; s < resamples; s++) {
    for (let k = 0; k < n; k++) {
      const round = Math.floor(random.next() * n);
      a[k] = ours[round]!;
      b[k] = theirs[round]!;
    }
    ratios[s] = median(a)! / median(b)!;
  }
  ratios.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return { ratio: median(ours)! / median(theirs)!, low: quantileSorted(ratios, tail)!, high: quantileSorted(ratios, 1 - tail)!, level };
}

/** "0.469 (95% interval 0.431 to 0.522)". */
export function formatRatioInterval({ ratio, low, high, level }: RatioInterval, digits = 3): string {
  return `${ratio.toFixed(digits)} (${Math.round(level * 100)}% interval ${low.toFixed(digits)} to ${high.toFixed(digits)})`;
}

export type Verdict = 'met' | 'missed' | 'undecided';

/** Whether a "≤ target" is met with the interval's confidence, missed with it, or neither can be said. */
export function verdictAtMost({ low, high }: RatioInterval, target: number): Verdict {
  if (high <= target) return 'met';
  if (low > target) return 'missed';
  return 'undecided';
}

/** The same for a "≥ target" ("Leaflet takes at least twice as long"). */
export function verdictAtLeast({ low, high }: RatioInterval, target: number): Verdict {
  if (low >= target) return 'met';
  if (high < target) return 'missed';
  return 'undecided';
}
