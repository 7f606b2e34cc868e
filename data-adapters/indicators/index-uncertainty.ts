/**
 * The index's uncertainty (OECD/JRC Handbook, step 7), by Monte Carlo: each run
 * draws the pillar weights from a Dirichlet centred on the configured ones,
 * one of the two normalisations (mid-rank percentiles, log(1 + x) min-max),
 * arithmetic or geometric aggregation, and leaves one pillar out with
 * probability 1/4 (each pillar in turn). Every institution gets the 5th and
 * 95th percentiles of its national and regional ranks over the runs, and a band:
 * the decile of its median national rank among the institutions with activity
 * (1 = top 10%); an institution without activity has no band and no interval.
 */
import { group } from 'd3-array';
import type { Institution } from '../aggregate/institutions.js';
import { PILLARS, type BuildConfig, type PillarId } from '../config.js';
import type { Random } from '../stats/random.js';
import {
  aggregate,
  pillarScores,
  usableWeights,
  type Aggregation,
  type IndexRun,
  type Normalisation,
} from './internationalisation-index.js';

export interface RankUncertainty {
  /** 1 = top 10% of the institutions with activity; null without activity. */
  band: number | null;
  nation: [number, number];
  region: [number, number];
  /** Share of runs in which the institution is in the national or regional top share of the role-model rule. */
  topShare: number;
}

export interface UncertaintyResult {
  runs: number;
  byCode: Map<string, RankUncertainty>;
  /** Median width of the 90% national rank interval, among institutions with activity. */
  medianIntervalWidth: number;
  /** Share of the baseline national top 5% that stays in the top 5% in at least 90% of the runs. */
  top5Stable: number;
}

/** Gamma(shape, 1) by Marsaglia and Tsang (shape ≥ 1; boosted below 1). */
function gamma(shape: number, rng: Random): number {
  if (shape < 1) return gamma(shape + 1, rng) * rng.next() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function dirichlet(means: readonly number[], concentration: number, rng: Random): number[] {
  const draws = means.map((mean) => (mean > 0 ? gamma(mean * concentration, rng) : 0));
  const total = draws.reduce((s, v) => s + v, 0);
  return draws.map((v) => (total > 0 ? v / total : 0));
}

/** Competition ranks of scores (1 = best) among `members` (indices), written into `out`. */
function rankInto(scores: Float64Array, members: readonly number[], out: Int32Array, offset: number): void {
  const order = [...members].sort((a, b) => scores[b]! - scores[a]!);
  order.forEach((member, k) => {
    out[offset + member] = k > 0 && scores[order[k - 1]!] === scores[member] ? out[offset + order[k - 1]!]! : k + 1;
  });
}

const quantile = (sorted: Int32Array, q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]!;

export function indexUncertainty(
  institutions: readonly Institution[],
  /** The baseline run, on the same institutions in the same order. */
  run: IndexRun,
  available: ReadonlySet<PillarId>,
  config: Pick<BuildConfig, 'index' | 'uncertainty' | 'roleModels'>,
  rng: Random,
): UncertaintyResult {
  const baseline = new Map([...run.results].map(([code, result]) => [code, result.score]));
  const n = institutions.length;
  const runs = config.uncertainty.runs;
  const byNormalisation: Record<Normalisation, ReturnType<typeof pillarScores>> = {
    midrank: pillarScores(run.raw, available, 'midrank', run.indicators),
    'log-minmax': pillarScores(run.raw, available, 'log-minmax', run.indicators),
  };
  const pillars = PILLARS.filter((pillar) => available.has(pillar));
  const base = usableWeights(config.index.weights, available);
  const everyone = institutions.map((_, i) => i);
  const regions = group(everyone, (i) => institutions[i]!.location.region);
  const nationRanks = new Int32Array(runs * n);
  const regionRanks = new Int32Array(runs * n);
  const scores = new Float64Array(n);
  const nationalCut = Math.max(1, Math.ceil(config.roleModels.nationalTopShare * n));
  const regionalCut = new Map(
    [...regions].map(([region, members]) => [region, Math.max(1, Math.ceil(config.roleModels.regionalTopShare * members.length))]),
  );
  const top = new Int32Array(n);
  for (let run = 0; run < runs; run++) {
    const drawn = dirichlet(
      pillars.map((pillar) => base[pillar]),
      config.uncertainty.dirichletConcentration,
      rng,
    );
    const weights = Object.fromEntries(PILLARS.map((pillar) => [pillar, 0])) as Record<PillarId, number>;
    pillars.forEach((pillar, k) => (weights[pillar] = drawn[k]!));
    if (pillars.length > 1 && rng.next() < 0.25) weights[pillars[Math.floor(rng.next() * pillars.length)]!] = 0;
    const normalisation: Normalisation = rng.next() < 0.5 ? 'midrank' : 'log-minmax';
    const aggregation: Aggregation = rng.next() < 0.5 ? 'arithmetic' : 'geometric';
    const table = byNormalisation[normalisation];
    const values = Object.fromEntries(PILLARS.map((pillar) => [pillar, null])) as Record<PillarId, number | null>;
    for (let i = 0; i < n; i++) {
      for (const pillar of pillars) values[pillar] = table[pillar]![i]!;
      scores[i] = aggregate(values, weights, aggregation);
    }
    rankInto(scores, everyone, nationRanks, run * n);
    for (const members of regions.values()) rankInto(scores, members, regionRanks, run * n);
    institutions.forEach((institution, i) => {
      if (nationRanks[run * n + i]! <= nationalCut || regionRanks[run * n + i]! <= regionalCut.get(institution.location.region)!) top[i]!++;
    });
  }
  const activeCount = institutions.filter((institution) => (baseline.get(institution.code) ?? 0) > 0).length;
  const byCode = new Map<string, RankUncertainty>();
  const widths: number[] = [];
  const column = new Int32Array(runs);
  const interval = (ranks: Int32Array, i: number): [number, number, number] => {
    for (let run = 0; run < runs; run++) column[run] = ranks[run * n + i]!;
    column.sort();
    return [quantile(column, 0.05), quantile(column, 0.95), quantile(column, 0.5)];
  };
  institutions.forEach((institution, i) => {
    const [nationLow, nationHigh, median] = interval(nationRanks, i);
    const [regionLow, regionHigh] = interval(regionRanks, i);
    const scored = (baseline.get(institution.code) ?? 0) > 0;
    if (scored) widths.push(nationHigh - nationLow);
    byCode.set(institution.code, {
      band: scored ? Math.min(10, Math.max(1, Math.ceil((10 * median) / Math.max(1, activeCount)))) : null,
      nation: [nationLow, nationHigh],
      region: [regionLow, regionHigh],
      topShare: top[i]! / runs,
    });
  });
  // Stability of the top: the baseline top 5% that stays in the national top 5% in ≥ 90% of runs.
  const cut = Math.max(1, Math.ceil(0.05 * n));
  const baseOrder = [...baseline].sort((a, b) => b[1] - a[1]).slice(0, cut);
  const index = new Map(institutions.map((institution, i) => [institution.code, i]));
  let stable = 0;
  for (const [code] of baseOrder) {
    const i = index.get(code)!;
    let inTop = 0;
    for (let run = 0; run < runs; run++) if (nationRanks[run * n + i]! <= cut) inTop++;
    if (inTop >= 0.9 * runs) stable++;
  }
  widths.sort((a, b) => a - b);
  return {
    runs,
    byCode,
    medianIntervalWidth: widths.length ? widths[Math.floor(widths.length / 2)]! : 0,
    top5Stable: baseOrder.length ? stable / baseOrder.length : 0,
  };
}
