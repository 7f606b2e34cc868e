/**
 * Which institutions start more projects than institutions like them, beyond
 * what chance gives: each one's eTwinning and Erasmus+ (KA1, KA2) projects of
 * the index's reference years against the expectation of its group (its region
 * and grade group), that group's projects per student times its students. Under
 * the hypothesis that it takes part as its group does, its count is Poisson
 * around that expectation; the upper tail is its p-value, and the
 * Benjamini–Hochberg procedure over every institution keeps the expected share
 * of false discoveries within `fdr`.
 *
 * A top share of an index exists whatever the data: on institutions that all
 * take part alike, the rest of the role-model rule named about 8 in 1,000 of
 * them (test/data-adapters/indicators/role-models-calibration.node.test.ts). A
 * role model must also be one of these discoveries.
 */
import type { Institution } from '../aggregate/institutions.js';
import type { IndexContext } from './internationalisation-index.js';

export interface AboveExpectation {
  observed: number;
  expected: number;
  /** P(a count at least as high | the group's rate), Poisson. */
  p: number;
  /** Kept by Benjamini–Hochberg at the configured false-discovery rate. */
  discovered: boolean;
}

/** ln(k!) by summing logs, cached: counts stay in the hundreds. */
const logFactorials: number[] = [0];
function logFactorial(k: number): number {
  for (let j = logFactorials.length; j <= k; j++) logFactorials[j] = logFactorials[j - 1]! + Math.log(j);
  return logFactorials[k]!;
}

/** e^-mean mean^k / k!, in logs (a mean in the hundreds underflows e^-mean alone). */
const poissonTerm = (k: number, mean: number) => Math.exp(k * Math.log(mean) - mean - logFactorial(k));

/**
 * P(X ≥ k) for X Poisson with mean `mean`. Above the mean, summed from k upwards, so that a tiny tail keeps its
 * digits; at or below it, one less the sum from k - 1 downwards (from k up, the first terms of a large mean underflow
 * to 0, and a count far below its mean would read as far above it).
 */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1;
  if (mean <= 0) return 0;
  let sum = 0;
  if (k <= mean) {
    for (let j = k - 1, term = poissonTerm(j, mean); j >= 0 && term > 0; term *= j / mean, j--) sum += term;
    return Math.max(0, 1 - sum);
  }
  for (let j = k, term = poissonTerm(k, mean); term > 0; j++) {
    sum += term;
    if (term < sum * 1e-15) break;
    term *= mean / (j + 1);
  }
  return Math.min(1, sum);
}

/** Benjamini–Hochberg: the indices of `pValues` kept at false-discovery rate `fdr`. */
export function benjaminiHochberg(pValues: readonly number[], fdr: number): Set<number> {
  const order = pValues.map((_, i) => i).sort((a, b) => pValues[a]! - pValues[b]!);
  let kept = 0;
  order.forEach((index, rank) => {
    if (pValues[index]! <= ((rank + 1) / order.length) * fdr) kept = rank + 1;
  });
  return new Set(order.slice(0, kept));
}

/** The projects an institution started in the reference years: eTwinning's and Erasmus+'s KA1 and KA2. */
export const projectsOf = (institution: Institution, years: readonly number[]): number =>
  years.reduce((total, year) => {
    const data = institution.years.get(year);
    return total + (data?.etwinning?.projects ?? 0) + (data?.erasmus?.ka1Projects ?? 0) + (data?.erasmus?.ka2Projects ?? 0);
  }, 0);

/**
 * The test on counts: each one's expectation (its group's count per student times its size), its p-value and whether
 * Benjamini–Hochberg keeps it. Apart from the institutions, so that the calibration (./above-expectation-calibration.ts)
 * runs it on counts drawn for the same sizes and groups.
 */
export function countsBeyondChance(observed: readonly number[], sizes: readonly number[], groups: readonly string[], fdr: number) {
  const totals = new Map<string, { count: number; size: number }>();
  observed.forEach((count, i) => {
    const total = totals.get(groups[i]!) ?? { count: 0, size: 0 };
    total.count += count;
    total.size += sizes[i]!;
    totals.set(groups[i]!, total);
  });
  const expected = sizes.map((size, i) => {
    const total = totals.get(groups[i]!)!;
    return total.size > 0 ? (total.count / total.size) * size : 0;
  });
  const pValues = observed.map((count, i) => poissonUpperTail(count, expected[i]!));
  return { expected, pValues, discovered: benjaminiHochberg(pValues, fdr) };
}

/** The group an institution's expectation is its own: its region and grade group. */
export const expectationGroup = (institution: Institution) => `${institution.location.region} ${institution.gradeGroup}`;

export function aboveExpectation(
  institutions: readonly Institution[],
  context: Pick<IndexContext, 'referenceYears' | 'size'>,
  fdr: number,
): Map<string, AboveExpectation> {
  const observed = institutions.map((institution) => projectsOf(institution, context.referenceYears));
  const { expected, pValues, discovered } = countsBeyondChance(
    observed,
    institutions.map(context.size),
    institutions.map(expectationGroup),
    fdr,
  );
  return new Map(
    institutions.map((institution, i) => [
      institution.code,
      { observed: observed[i]!, expected: expected[i]!, p: pValues[i]!, discovered: discovered.has(i) },
    ]),
  );
}
