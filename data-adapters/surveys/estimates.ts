/**
 * Weighted estimates from survey respondents, with their intervals.
 *
 * The estimator is Hájek's: Σ w·y / Σ w over the respondents who answered.
 * Its variance is the linearised one with the finite population correction
 * (1 − n/N): respondents are treated as a sample drawn from the area's N
 * invited institutions with the probabilities the weights undo (the
 * quasi-randomisation view of non-response), so an area where every
 * institution answered has no sampling error, and one where few did has much.
 * With equal weights it is the textbook (1 − f)·s²/n.
 *
 * Shares get Wilson's interval on the effective sample size p(1 − p)/V
 * (Korn and Graubard's adaptation to weighted data): it stays inside [0, 1]
 * and does not collapse to zero width at 0 % or 100 % when some did not
 * answer. Means get Student's t with n − 1 degrees of freedom.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** z for a two-sided interval of `confidence`, and t for `df` degrees of freedom. */
const Z95 = 1.959963984540054;
const critical = (confidence: number, df: number | null): number => {
  const p = 1 - (1 - confidence) / 2;
  if (df === null) return confidence === 0.95 ? Z95 : tQuantile(p, 1e9);
  return tQuantile(p, df);
};

/** The Hájek estimate of the mean of `values` with `weights`, and its linearised variance. */
function hajek(values: ArrayLike<number>, weights: ArrayLike<number>, population: number): { mean: number; variance: number } {
  const n = values.length;
  let sumW = 0;
  let sumWY = 0;
  for (let i = 0; i < n; i++) {
    sumW += weights[i]!;
    sumWY += weights[i]! * values[i]!;
  }
  const mean = sumWY / sumW;
  if (n < 2) return { mean, variance: NaN };
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const residual = weights[i]! * (values[i]! - mean);
    squares += residual * residual;
  }
  const fpc = Math.max(0, 1 - n / population);
  return { mean, variance: ((n / (n - 1)) * squares * fpc) / (sumW * sumW) };
}

/** Kish's design effect of a set of weights: 1 + their squared coefficient of variation. */
export function kishEffect(weights: ArrayLike<number>): number {
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i]!;
    squares += weights[i]! * weights[i]!;
  }
  return weights.length === 0 ? 1 : (weights.length * squares) / (sum * sum);
}

/**
 * The weighted share of respondents with `flags[i]` = 1, among `flags.length`
 * who answered, out of an area of `population` invited institutions.
 */
export function estimateShare(flags: ArrayLike<number>, weights: ArrayLike<number>, population: number, confidence = 0.95): Interval {
  const n = flags.length;
  if (n === 0) throw new Error('estimateShare: no respondents');
  const { mean: p, variance } = hajek(flags, weights, population);
  const fpc = Math.max(0, 1 - n / population);
  if (fpc === 0) return { value: p, low: p, high: p };
  // The effective sample size: from the variance when the share is inside (0, 1); at 0 % or 100 % the variance is 0
  // whatever n is, so n shrunk by the weights' design effect and grown by the finite population correction stands in.
  const effective = p > 0 && p < 1 && variance > 0 ? (p * (1 - p)) / variance : n / (kishEffect(weights) * fpc);
  const z = critical(confidence, null);
  const z2 = z * z;
  const centre = (p + z2 / (2 * effective)) / (1 + z2 / effective);
  const half = (z / (1 + z2 / effective)) * Math.sqrt((p * (1 - p)) / effective + z2 / (4 * effective * effective));
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * The weighted mean of `values` over the respondents who answered, out of an
 * area of `population`; the interval is kept within [min, max] when the
 * question's scale has them (a mean of a 1–5 scale cannot be 5.3).
 */
export function estimateMean(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  population: number,
  { confidence = 0.95, min = -Infinity, max = Infinity } = {},
): Interval {
  const n = values.length;
  if (n === 0) throw new Error('estimateMean: no respondents');
  const { mean, variance } = hajek(values, weights, population);
  if (!(variance > 0)) return { value: mean, low: mean, high: mean };
  const half = critical(confidence, n - 1) * Math.sqrt(variance);
  return { value: mean, low: Math.max(min, mean - half), high: Math.min(max, mean + half) };
}
