/**
 * The internationalisation index, a composite indicator built as the OECD/JRC
 * Handbook on Constructing Composite Indicators describes:
 *
 *  1. indicators per institution over the reference years, scaled by size where
 *     size matters (per 1,000 students; a missing student count is imputed with
 *     the median of the same grade group);
 *  2. normalisation robust to outliers and size: the percentile rank among the
 *     institutions with a positive value (0 stays 0; ties share a rank; the top
 *     gets 100), binary indicators 0 or 100, continuity as a share;
 *  3. pillars as weighted means of their indicators;
 *  4. aggregation of the pillars with the configured weights, arithmetic or
 *     geometric (on scores + 1, so that one empty pillar does not zero the rest).
 *
 * Pillars whose programme has no data at all are left out and the remaining
 * weights rescaled; the weights used are written into the contract.
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { PILLARS, type BuildConfig, type PillarId } from '../config.js';
import { isActive, type Institution } from '../aggregate/institutions.js';

export interface IndicatorSpec {
  id: string;
  pillar: PillarId;
  weight: number;
  kind: 'rank' | 'binary' | 'share';
  label: LocalizedText;
  raw: (institution: Institution, context: IndexContext) => number;
}

export interface IndexContext {
  referenceYears: number[];
  continuityYears: number[];
  size: (institution: Institution) => number;
}

export interface IndexResult {
  score: number;
  pillars: Record<PillarId, number | null>;
  raw: Record<string, number>;
  activeYears: number;
}

const t = (it: string, en: string): LocalizedText => ({ it, en });
const sum = (institution: Institution, years: number[], read: (y: NonNullable<ReturnType<Institution['years']['get']>>) => number) =>
  years.reduce((total, year) => {
    const data = institution.years.get(year);
    return total + (data ? read(data) : 0);
  }, 0);

export const INDICATORS: IndicatorSpec[] = [
  {
    id: 'etwinning-projects',
    pillar: 'etwinning',
    weight: 0.4,
    kind: 'rank',
    label: t('Progetti eTwinning per 1.000 studenti', 'eTwinning projects per 1,000 students'),
    raw: (i, c) => (sum(i, c.referenceYears, (y) => y.etwinning?.projects ?? 0) / c.size(i)) * 1000,
  },
  {
    id: 'etwinning-teachers',
    pillar: 'etwinning',
    weight: 0.3,
    kind: 'rank',
    label: t('Docenti eTwinning per 1.000 studenti', 'eTwinning teachers per 1,000 students'),
    raw: (i, c) => ((i.years.get(c.referenceYears.at(-1)!)?.etwinning?.registeredTeachers ?? 0) / c.size(i)) * 1000,
  },
  {
    id: 'etwinning-recognition',
    pillar: 'etwinning',
    weight: 0.3,
    kind: 'rank',
    label: t('Certificati di qualità e Scuola eTwinning', 'Quality Labels and eTwinning School Label'),
    raw: (i, c) => sum(i, c.referenceYears, (y) => (y.etwinning?.qualityLabels ?? 0) + (y.etwinning?.schoolLabel ? 2 : 0)),
  },
  {
    id: 'erasmus-accreditation',
    pillar: 'erasmus',
    weight: 0.3,
    kind: 'binary',
    label: t('Accreditamento Erasmus+', 'Erasmus+ accreditation'),
    raw: (i, c) => (c.referenceYears.some((year) => i.years.get(year)?.erasmus?.accredited) ? 1 : 0),
  },
  {
    id: 'erasmus-projects',
    pillar: 'erasmus',
    weight: 0.35,
    kind: 'rank',
    label: t('Progetti Erasmus+ KA1 e KA2', 'Erasmus+ KA1 and KA2 projects'),
    raw: (i, c) => sum(i, c.referenceYears, (y) => (y.erasmus?.ka1Projects ?? 0) + (y.erasmus?.ka2Projects ?? 0)),
  },
  {
    id: 'erasmus-participants',
    pillar: 'erasmus',
    weight: 0.35,
    kind: 'rank',
    label: t('Partecipanti Erasmus+ per 1.000 studenti', 'Erasmus+ participants per 1,000 students'),
    raw: (i, c) => (sum(i, c.referenceYears, (y) => y.erasmus?.participants ?? 0) / c.size(i)) * 1000,
  },
  {
    id: 'funding-amount',
    pillar: 'funding',
    weight: 1,
    kind: 'rank',
    label: t('Finanziamenti nazionali per studente', 'National funding per student'),
    raw: (i, c) => sum(i, [...i.years.keys()], (y) => y.funding.reduce((total, f) => total + f.amountEur, 0)) / c.size(i),
  },
  {
    id: 'partner-countries',
    pillar: 'breadth',
    weight: 1,
    kind: 'rank',
    label: t('Paesi partner distinti', 'Distinct partner countries'),
    raw: (i, c) => new Set(c.referenceYears.flatMap((year) => i.years.get(year)?.erasmus?.partnerCountries ?? [])).size,
  },
  {
    id: 'active-years',
    pillar: 'continuity',
    weight: 1,
    kind: 'share',
    label: t('Anni di attività', 'Years of activity'),
    raw: (i, c) => c.continuityYears.filter((year) => isActive(i.years.get(year))).length / c.continuityYears.length,
  },
];

/** Percentile ranks among positive values: 0 stays 0, ties share a score, the largest gets 100. */
export function percentileRanks(values: readonly number[]): number[] {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  const n = positive.length;
  return values.map((value) => {
    if (!(value > 0)) return 0;
    // Number of positive values ≤ value (binary search for the last index).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positive[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    return (100 * lo) / n;
  });
}

export function aggregate(
  pillars: Record<PillarId, number | null>,
  weights: Record<PillarId, number>,
  method: 'arithmetic' | 'geometric',
): number {
  let total = 0;
  let weightSum = 0;
  let logSum = 0;
  for (const pillar of PILLARS) {
    const score = pillars[pillar];
    const weight = weights[pillar];
    if (score === null || weight === 0) continue;
    weightSum += weight;
    total += weight * score;
    logSum += weight * Math.log(score + 1);
  }
  if (weightSum === 0) return 0;
  return method === 'arithmetic' ? total / weightSum : Math.exp(logSum / weightSum) - 1;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export interface IndexRun {
  results: Map<string, IndexResult>;
  /** Pillars with data and the weights actually used (rescaled to add up to 1). */
  weights: Record<PillarId, number>;
  context: IndexContext;
}

/**
 * Scores every institution. `available` lists the pillars with data; the others
 * are left out (weight 0) and the rest rescaled.
 */
export function computeIndex(
  institutions: readonly Institution[],
  config: BuildConfig['index'],
  lastYear: number,
  available: ReadonlySet<PillarId>,
  weightsOverride?: Record<PillarId, number>,
  aggregation = config.aggregation,
): IndexRun {
  const referenceYears = Array.from({ length: config.referenceYears }, (_, i) => lastYear - config.referenceYears + 1 + i);
  const continuityYears = Array.from({ length: config.continuityYears }, (_, i) => lastYear - config.continuityYears + 1 + i);
  const medians = new Map<string, number>();
  for (const group of new Set(institutions.map((i) => i.gradeGroup))) {
    const sizes = institutions
      .filter((i) => i.gradeGroup === group && i.students)
      .map((i) => i.students!)
      .sort((a, b) => a - b);
    medians.set(group, sizes.length ? sizes[Math.floor(sizes.length / 2)]! : 500);
  }
  const context: IndexContext = {
    referenceYears,
    continuityYears,
    size: (i) => (i.students && i.students > 0 ? i.students : medians.get(i.gradeGroup)!),
  };
  const base = weightsOverride ?? config.weights;
  const usable = PILLARS.filter((pillar) => available.has(pillar) && base[pillar] > 0);
  const total = usable.reduce((s, pillar) => s + base[pillar], 0);
  const weights = Object.fromEntries(PILLARS.map((pillar) => [pillar, usable.includes(pillar) ? base[pillar] / total : 0])) as Record<
    PillarId,
    number
  >;

  const raw = INDICATORS.map((indicator) => institutions.map((institution) => indicator.raw(institution, context)));
  const normalised = INDICATORS.map((indicator, k) =>
    indicator.kind === 'rank' ? percentileRanks(raw[k]!) : raw[k]!.map((value) => 100 * Math.min(1, Math.max(0, value))),
  );
  const results = new Map<string, IndexResult>();
  institutions.forEach((institution, i) => {
    const pillars = Object.fromEntries(PILLARS.map((pillar) => [pillar, null])) as Record<PillarId, number | null>;
    for (const pillar of PILLARS) {
      if (!available.has(pillar)) continue;
      let score = 0;
      let weightSum = 0;
      INDICATORS.forEach((indicator, k) => {
        if (indicator.pillar !== pillar) return;
        score += indicator.weight * normalised[k]![i]!;
        weightSum += indicator.weight;
      });
      pillars[pillar] = round1(score / weightSum);
    }
    results.set(institution.code, {
      score: round1(aggregate(pillars, weights, aggregation)),
      pillars,
      raw: Object.fromEntries(INDICATORS.map((indicator, k) => [indicator.id, raw[k]![i]!])),
      activeYears: continuityYears.filter((year) => isActive(institution.years.get(year))).length,
    });
  });
  return { results, weights, context };
}

/** Competition ranks (1 = best; ties share the better rank). */
export function ranks(scores: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = new Map<string, number>();
  sorted.forEach(([code, score], i) => out.set(code, i > 0 && sorted[i - 1]![1] === score ? out.get(sorted[i - 1]![0])! : i + 1));
  return out;
}

/** Sentences that explain a score, pillar by pillar. */
export function explainScore(result: IndexResult, context: IndexContext): LocalizedText[] {
  const from = formatSchoolYear(context.referenceYears[0]!);
  const to = formatSchoolYear(context.referenceYears.at(-1)!);
  const lines: LocalizedText[] = [];
  const r = result.raw;
  if (result.pillars.etwinning)
    lines.push(
      t(
        `eTwinning: punteggio ${result.pillars.etwinning} su 100 (${r['etwinning-projects']!.toFixed(1)} progetti per 1.000 studenti dal ${from} al ${to}).`,
        `eTwinning: score ${result.pillars.etwinning} out of 100 (${r['etwinning-projects']!.toFixed(1)} projects per 1,000 students from ${from} to ${to}).`,
      ),
    );
  if (result.pillars.erasmus)
    lines.push(
      t(
        `Erasmus+: punteggio ${result.pillars.erasmus} su 100 (${r['erasmus-projects']} progetti${r['erasmus-accreditation'] ? ', istituzione accreditata' : ''}).`,
        `Erasmus+: score ${result.pillars.erasmus} out of 100 (${r['erasmus-projects']} projects${r['erasmus-accreditation'] ? ', accredited institution' : ''}).`,
      ),
    );
  if (result.pillars.funding)
    lines.push(
      t(
        `Finanziamenti nazionali: punteggio ${result.pillars.funding} su 100 (${Math.round(r['funding-amount']!)} euro per studente).`,
        `National funding: score ${result.pillars.funding} out of 100 (${Math.round(r['funding-amount']!)} euro per student).`,
      ),
    );
  if (result.pillars.breadth)
    lines.push(
      t(`Ampiezza: ${r['partner-countries']} paesi partner diversi.`, `Breadth: ${r['partner-countries']} different partner countries.`),
    );
  lines.push(
    result.activeYears > 0
      ? t(
          `Continuità: attiva in ${result.activeYears} anni su ${context.continuityYears.length}.`,
          `Continuity: active in ${result.activeYears} years out of ${context.continuityYears.length}.`,
        )
      : t(
          `Nessuna attività registrata dal ${formatSchoolYear(context.continuityYears[0]!)} al ${to}.`,
          `No activity recorded from ${formatSchoolYear(context.continuityYears[0]!)} to ${to}.`,
        ),
  );
  return lines;
}
