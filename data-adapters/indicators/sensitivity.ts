/**
 * Sensitivity of the index to its weights and aggregation (OECD/JRC Handbook,
 * step 7): the index is recomputed under alternative choices and compared with
 * the baseline: Spearman's rank correlation, the mean absolute shift of
 * percentile rank, the share of institutions moving by more than 10 percentile
 * points, and how many of the baseline's top 5% stay there.
 */
import { PILLARS, type BuildConfig, type PillarId } from '../config.js';
import type { Institution } from '../aggregate/institutions.js';
import { averageRanks, pearson } from '../stats/correlation.js';
import { computeIndex, ranks, type IndexRun } from './internationalisation-index.js';

export interface SensitivityRow {
  scenario: string;
  spearman: number;
  meanAbsShiftPercentile: number;
  shareMovedOver10: number;
  top5Kept: number;
}

/** Spearman's ρ between two scorings of the same institutions (1 when either is constant: nothing moved). */
export function rankCorrelation(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const codes = [...a.keys()];
  if (codes.length < 2) return 1;
  const r = pearson(averageRanks(codes.map((code) => a.get(code)!)), averageRanks(codes.map((code) => b.get(code)!)));
  return Number.isNaN(r) ? 1 : r;
}

export function sensitivity(
  institutions: readonly Institution[],
  config: BuildConfig['index'],
  lastYear: number,
  available: ReadonlySet<PillarId>,
  baseline: ReadonlyMap<string, number>,
  /** The baseline run: its indicators, and its context, computed once rather than per scenario (~65 ms each). */
  run?: Pick<IndexRun, 'indicators' | 'context'>,
): SensitivityRow[] {
  const scenarios: { name: string; weights?: Record<PillarId, number>; aggregation?: 'arithmetic' | 'geometric' }[] = [
    { name: 'equal weights', weights: Object.fromEntries(PILLARS.map((p) => [p, 1 / PILLARS.length])) as Record<PillarId, number> },
    {
      name: `${config.aggregation === 'arithmetic' ? 'geometric' : 'arithmetic'} aggregation`,
      aggregation: config.aggregation === 'arithmetic' ? 'geometric' : 'arithmetic',
    },
    ...PILLARS.filter((p) => available.has(p)).map((pillar) => ({
      name: `without ${pillar}`,
      weights: { ...config.weights, [pillar]: 0 },
    })),
  ];
  const n = baseline.size;
  const baseRanks = ranks(baseline);
  const topCut = Math.max(1, Math.ceil(0.05 * n));
  const baseTop = new Set([...baseRanks].filter(([, rank]) => rank <= topCut).map(([code]) => code));
  return scenarios.map((scenario) => {
    const scenarioRun = computeIndex(institutions, config, lastYear, available, {
      weights: scenario.weights,
      aggregation: scenario.aggregation,
      indicators: run?.indicators,
      context: run?.context,
    });
    const scores = new Map([...scenarioRun.results].map(([code, result]) => [code, result.score]));
    const alternative = ranks(scores);
    let shift = 0;
    let moved = 0;
    for (const [code, rank] of baseRanks) {
      const delta = (Math.abs(rank - alternative.get(code)!) / n) * 100;
      shift += delta;
      if (delta > 10) moved++;
    }
    const kept = [...baseTop].filter((code) => alternative.get(code)! <= topCut).length;
    const round = (value: number) => Math.round(value * 1000) / 1000;
    return {
      scenario: scenario.name,
      spearman: round(rankCorrelation(baseline, scores)),
      meanAbsShiftPercentile: round(shift / n),
      shareMovedOver10: round(moved / n),
      top5Kept: round(kept / Math.max(1, baseTop.size)),
    };
  });
}
