/**
 * The checks a statistician asks of a composite indicator (OECD/JRC Handbook,
 * steps 4 and 6): the Spearman correlations between indicators (the candidates
 * left out included, to show why they were merged or dropped), the share of
 * variance of the first principal component of the index's indicators,
 * Cronbach's alpha of their normalised values, and each pillar's effective
 * weight: its r² with the score, against its nominal weight. A survey indicator
 * has no value where an institution did not answer: correlations take the
 * institutions both series have (pairwise), alpha those every indicator has.
 */
import type { Institution } from '../aggregate/institutions.js';
import { PILLARS, type PillarId } from '../config.js';
import { DIAGNOSTIC_INDICATORS, normalise, type IndexRun } from './internationalisation-index.js';
import { averageRanks, pearson } from '../stats/correlation.js';

export interface IndexDiagnostics {
  indicators: string[];
  /** Spearman correlations, row by row in the order of `indicators`. */
  spearman: number[][];
  /** First principal component's share of the variance of the index's indicators (their correlation matrix). */
  firstComponentShare: number;
  cronbachAlpha: number;
  /** The institutions alpha is computed on: those with a value of every indicator. */
  alphaInstitutions: number;
  /** Per pillar: nominal weight and r² with the score (effective weight). */
  pillars: { id: PillarId; weight: number; r2: number }[];
}

/** The largest eigenvalue of a symmetric matrix, by power iteration. */
export function largestEigenvalue(matrix: readonly (readonly number[])[]): number {
  const n = matrix.length;
  let vector = new Array<number>(n).fill(1 / Math.sqrt(n));
  let value = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const next = matrix.map((row) => row.reduce((s, x, j) => s + x * vector[j]!, 0));
    const norm = Math.sqrt(next.reduce((s, x) => s + x * x, 0));
    if (norm === 0) return 0;
    const moved = Math.abs(norm - value);
    value = norm;
    vector = next.map((x) => x / norm);
    if (moved < 1e-12) break;
  }
  return value;
}

export function cronbachAlpha(items: readonly (readonly number[])[]): number {
  const k = items.length;
  if (k < 2) return Number.NaN;
  const n = items[0]!.length;
  const variance = (values: ArrayLike<number>) => {
    let mean = 0;
    for (let i = 0; i < values.length; i++) mean += values[i]!;
    mean /= values.length;
    let total = 0;
    for (let i = 0; i < values.length; i++) total += (values[i]! - mean) ** 2;
    return total / Math.max(1, values.length - 1);
  };
  const totals = new Float64Array(n);
  for (const item of items) for (let i = 0; i < n; i++) totals[i] = totals[i]! + item[i]!;
  const itemVariance = items.reduce((s, item) => s + variance(item), 0);
  const totalVariance = variance(totals);
  return totalVariance === 0 ? Number.NaN : (k / (k - 1)) * (1 - itemVariance / totalVariance);
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The rows where every series has a value (no NaN). */
const completeRows = (series: readonly (readonly number[])[], n: number) =>
  Array.from({ length: n }, (_, i) => i).filter((i) => series.every((values) => !Number.isNaN(values[i]!)));

/** Spearman's ρ over the rows both series have a value in (NaN where they share fewer than 3 or one is constant). */
function pairwiseSpearman(a: readonly number[], b: readonly number[]): number {
  const rows = completeRows([a, b], a.length);
  if (rows.length < 3) return Number.NaN;
  return pearson(averageRanks(rows.map((i) => a[i]!)), averageRanks(rows.map((i) => b[i]!)));
}

export function indexDiagnostics(institutions: readonly Institution[], run: IndexRun): IndexDiagnostics {
  const usedAt = run.indicators.flatMap((indicator, k) => (run.weights[indicator.pillar] > 0 ? [k] : []));
  const used = usedAt.map((k) => run.indicators[k]!);
  const all = [...used, ...DIAGNOSTIC_INDICATORS];
  // The index's indicators as the run computed them; only the candidates left out are computed here.
  const raw = [
    ...usedAt.map((k) => run.raw[k]!),
    ...DIAGNOSTIC_INDICATORS.map((indicator) => institutions.map((institution) => indicator.raw(institution, run.context))),
  ];
  // With no value missing, ranking each series once gives the same correlations as ranking each pair's shared rows.
  const complete = raw.every((values) => !values.some(Number.isNaN));
  const spearman = complete
    ? ((ranked) => ranked.map((a) => ranked.map((b) => round3(pearson(a, b) || 0))))(raw.map((values) => averageRanks(values)))
    : raw.map((a) => raw.map((b) => round3(pairwiseSpearman(a, b) || 0)));
  const own = spearman.slice(0, used.length).map((row) => row.slice(0, used.length));
  const normalised = used.map((indicator, k) => normalise(raw[k]!, indicator.kind, 'midrank'));
  const rows = completeRows(normalised, institutions.length);
  const scores = institutions.map((institution) => run.results.get(institution.code)!.score);
  // A pillar's effective weight among the institutions it scores (the survey's: those that answered).
  const r2 = (pillar: PillarId) => {
    const scored = institutions.flatMap((institution, i) => {
      const value = run.results.get(institution.code)!.pillars[pillar];
      return value === null ? [] : [[value, scores[i]!] as const];
    });
    return round3(
      pearson(
        scored.map(([value]) => value),
        scored.map(([, score]) => score),
      ) ** 2 || 0,
    );
  };
  return {
    indicators: all.map((indicator) => indicator.id),
    spearman,
    firstComponentShare: used.length ? round3(largestEigenvalue(own) / used.length) : 0,
    cronbachAlpha: round3(cronbachAlpha(normalised.map((values) => rows.map((i) => values[i]!)))),
    alphaInstitutions: rows.length,
    pillars: PILLARS.filter((pillar) => run.weights[pillar] > 0).map((pillar) => ({
      id: pillar,
      weight: round3(run.weights[pillar]),
      r2: r2(pillar),
    })),
  };
}
