/**
 * The internationalisation index, version 2, a composite indicator built as
 * the OECD/JRC Handbook on Constructing Composite Indicators describes:
 *
 *  1. indicators of current activity only, within the reference years (no
 *     cumulative stock such as the eTwinning teacher count), so that an
 *     institution without activity in those years scores 0 on every one; one
 *     denominator policy, stated per indicator: counts of projects and people
 *     per 1,000 students, euros per student, awards and statuses as they are;
 *     a missing student count is imputed, and flagged: an institution without
 *     any counted plesso counts the median of its grade group's fully counted
 *     institutions; an ordinary plesso without a count beside counted ones (one
 *     newer than the students' file) counts the median of the counted plessi of
 *     its registry grade, so that the institution's whole activity is not
 *     divided by part of its students; a kind the file never counts (evening
 *     courses, prison and hospital sections) adds none;
 *  2. one normalisation robust to zeros and outliers: the mid-rank percentile
 *     among the institutions with a positive value (0 stays 0; ties share their
 *     mean rank; the top gets 100); binary indicators and shares are 0–100 as
 *     they are. The uncertainty analysis also tries log(1 + x) min-max;
 *  3. redundant indicators merged (checked by correlation in the report:
 *     Erasmus+ projects, participants and partner countries are one signal,
 *     kept as projects);
 *  4. pillars as weighted means of their indicators, aggregated with the
 *     configured weights, arithmetic or geometric (on scores + 1, so that one
 *     empty pillar does not zero the rest).
 *
 * Pillars without data (or, for funding, without a line the config counts as
 * internationalisation) are left out and the remaining weights rescaled; the
 * weights used are written into the contract.
 *
 * The survey pillar (indicators/survey-indicators.ts, off unless configured)
 * reads answers to the observatory's survey. An indicator has no value (NaN)
 * for an institution that did not answer, and for one without activity in the
 * reference years, whose index stays 0: the index measures activity, the
 * survey only refines it. A pillar is the weighted mean of the indicators an
 * institution has; with none, the pillar is left out of its score alone and
 * the other weights rescaled for it.
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import { PILLARS, type BuildConfig, type PillarId } from '../config.js';
import { officeOf } from '../aggregate/allocation.js';
import { isActive, type Institution, type InstitutionYear } from '../aggregate/institutions.js';
import type { SchoolRecord } from '../readers/registry.js';

export type Normalisation = 'midrank' | 'log-minmax';
export type Aggregation = 'arithmetic' | 'geometric';

export interface IndicatorSpec {
  id: string;
  pillar: PillarId;
  weight: number;
  kind: 'count' | 'binary' | 'share';
  /** What the count is divided by. */
  denominator: 'per1000Students' | 'perStudent' | 'none';
  label: LocalizedText;
  raw: (institution: Institution, context: IndexContext) => number;
  /** A survey indicator's: the institution's answer in words ("question? answer"), null without one (its explanation). */
  answer?: (institution: Institution, context: IndexContext) => LocalizedText | null;
}

export interface IndexContext {
  referenceYears: number[];
  /** The survey waves the survey pillar reads (none without it). */
  surveyWaves: readonly string[];
  continuityYears: number[];
  size: (institution: Institution) => number;
  /** Institutions whose student count is imputed, wholly or for some of their plessi. */
  imputed: ReadonlySet<string>;
  /** Kinds of plesso (the registry's characteristic) the students' file counts none of: they are not imputed. */
  uncountedKinds: readonly string[];
}

export interface IndexResult {
  score: number;
  pillars: Record<PillarId, number | null>;
  raw: Record<string, number>;
  activeYears: number;
}

const t = (it: string, en: string): LocalizedText => ({ it, en });
const sum = (institution: Institution, years: readonly number[], read: (y: InstitutionYear) => number) =>
  years.reduce((total, year) => {
    const data = institution.years.get(year);
    return total + (data ? read(data) : 0);
  }, 0);
const perThousand = (value: number, i: Institution, c: IndexContext) => (value / c.size(i)) * 1000;
/** Funding that counts: lines the config names as internationalisation, with a funded project. */
const internationalFunding = (y: InstitutionYear) =>
  y.funding.reduce((total, f) => total + (f.internationalisation && f.projects > 0 ? f.amountEur : 0), 0);

export const INDICATORS: IndicatorSpec[] = [
  {
    id: 'etwinning-projects',
    pillar: 'etwinning',
    weight: 0.6,
    kind: 'count',
    denominator: 'per1000Students',
    label: t('Progetti eTwinning avviati per 1.000 studenti', 'eTwinning projects started per 1,000 students'),
    raw: (i, c) =>
      perThousand(
        sum(i, c.referenceYears, (y) => y.etwinning?.projects ?? 0),
        i,
        c,
      ),
  },
  {
    id: 'etwinning-recognition',
    pillar: 'etwinning',
    weight: 0.4,
    kind: 'count',
    denominator: 'none',
    label: t('Certificati di qualità e anni da Scuola eTwinning', 'Quality Labels and years as an eTwinning School'),
    raw: (i, c) => sum(i, c.referenceYears, (y) => (y.etwinning?.qualityLabels ?? 0) + (y.etwinning?.schoolLabel ? 1 : 0)),
  },
  {
    id: 'erasmus-accreditation',
    pillar: 'erasmus',
    weight: 0.4,
    kind: 'binary',
    denominator: 'none',
    label: t('Accreditamento Erasmus+', 'Erasmus+ accreditation'),
    raw: (i, c) => (c.referenceYears.some((year) => i.years.get(year)?.erasmus?.accredited) ? 1 : 0),
  },
  {
    id: 'erasmus-projects',
    pillar: 'erasmus',
    weight: 0.6,
    kind: 'count',
    denominator: 'per1000Students',
    label: t('Progetti Erasmus+ KA1 e KA2 per 1.000 studenti', 'Erasmus+ KA1 and KA2 projects per 1,000 students'),
    raw: (i, c) =>
      perThousand(
        sum(i, c.referenceYears, (y) => (y.erasmus?.ka1Projects ?? 0) + (y.erasmus?.ka2Projects ?? 0)),
        i,
        c,
      ),
  },
  {
    id: 'funding-amount',
    pillar: 'funding',
    weight: 1,
    kind: 'count',
    denominator: 'perStudent',
    label: t('Finanziamenti di internazionalizzazione per studente', 'Internationalisation funding per student'),
    raw: (i, c) => sum(i, c.referenceYears, internationalFunding) / c.size(i),
  },
  {
    id: 'active-years',
    pillar: 'continuity',
    weight: 1,
    kind: 'share',
    denominator: 'none',
    label: t('Quota degli anni di riferimento con attività', 'Share of the reference years with activity'),
    raw: (i, c) => c.referenceYears.filter((year) => isActive(i.years.get(year))).length / c.referenceYears.length,
  },
];

/**
 * Candidates checked for redundancy in the report but not in the index: the
 * teacher count is a stock since 2014 (not current activity); participants and
 * partner countries move with Erasmus+ projects.
 */
export const DIAGNOSTIC_INDICATORS: Pick<IndicatorSpec, 'id' | 'raw'>[] = [
  {
    id: 'etwinning-teachers (stock)',
    raw: (i, c) => perThousand(i.years.get(c.referenceYears.at(-1)!)?.etwinning?.registeredTeachers ?? 0, i, c),
  },
  {
    id: 'erasmus-participants',
    raw: (i, c) =>
      perThousand(
        sum(i, c.referenceYears, (y) => y.erasmus?.participants ?? 0),
        i,
        c,
      ),
  },
  {
    id: 'partner-countries',
    raw: (i, c) => new Set(c.referenceYears.flatMap((year) => i.years.get(year)?.erasmus?.partnerCountries ?? [])).size,
  },
];

/** Mid-rank percentiles among positive values: 0 stays 0, ties share their mean rank, the largest gets 100; no value (NaN) stays NaN. */
export function percentileRanks(values: readonly number[]): number[] {
  const positive = values.filter((value) => value > 0).sort((a, b) => a - b);
  const n = positive.length;
  const firstAtLeast = (value: number, strict: boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (strict ? positive[mid]! <= value : positive[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return values.map((value) => {
    if (Number.isNaN(value)) return Number.NaN;
    if (!(value > 0)) return 0;
    const below = firstAtLeast(value, false);
    const upTo = firstAtLeast(value, true);
    // Ranks below+1 … upTo share their mean; the top rank n maps to 100.
    return (100 * (below + upTo + 1)) / 2 / n;
  });
}

/** log(1 + x) scaled so that the largest is 100 (0 stays 0; no value, NaN, stays NaN). */
export function logMinMax(values: readonly number[]): number[] {
  let top = 0;
  for (const value of values) if (value > 0) top = Math.max(top, Math.log1p(value));
  return values.map((value) => (Number.isNaN(value) ? Number.NaN : top > 0 && value > 0 ? (100 * Math.log1p(value)) / top : 0));
}

export function normalise(values: readonly number[], kind: IndicatorSpec['kind'], method: Normalisation): number[] {
  if (kind !== 'count') return values.map((value) => 100 * Math.min(1, Math.max(0, value)));
  return method === 'midrank' ? percentileRanks(values) : logMinMax(values);
}

export function aggregate(pillars: Record<PillarId, number | null>, weights: Record<PillarId, number>, method: Aggregation): number {
  let total = 0;
  let weightSum = 0;
  let logSum = 0;
  for (const pillar of PILLARS) {
    const score = pillars[pillar];
    const weight = weights[pillar];
    // A pillar without a value for this institution (a survey it did not answer) is left out of its score alone.
    if (score === null || Number.isNaN(score) || weight === 0) continue;
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
  /** The indicators scored: INDICATORS, then the survey's where configured. */
  indicators: readonly IndicatorSpec[];
  /** Each indicator's raw values (`indicators` order), in the order of the institutions scored; NaN where it has none. */
  raw: number[][];
  /** Pillars with data and the weights actually used (rescaled to add up to 1). */
  weights: Record<PillarId, number>;
  context: IndexContext;
}

const middle = (sorted: readonly number[]) => sorted[Math.floor(sorted.length / 2)]!;

/** An institution's teaching plessi the students' file does not count (its office left out: it teaches no one). */
function uncountedPlessi(institution: Institution): SchoolRecord[] {
  const office = officeOf(institution.code, institution.plessi, institution.counts);
  return institution.plessi.filter((plesso) => plesso.code !== office && !institution.counts.has(plesso.code));
}

/**
 * Each institution's students for the per-student indicators: its counted plessi's, plus, for each teaching plesso
 * without a count, the median of the counted plessi of its registry grade; where none is counted, the median of its
 * grade group's fully counted institutions. A plesso of a kind the students' file counts none of anywhere (in the
 * 2024/25 file: evening courses for adults, prison and hospital sections) is outside what it counts and adds none: a
 * primary school's median would give a hospital section 200 pupils. Every imputed institution is named.
 */
export function indexSizes(institutions: readonly Institution[]): {
  size: Map<string, number>;
  imputed: Set<string>;
  uncountedKinds: string[];
} {
  const byGrade = new Map<string, number[]>();
  const kindCounted = new Map<string, boolean>();
  for (const institution of institutions)
    for (const plesso of institution.plessi) {
      const count = institution.counts.get(plesso.code);
      const kind = plesso.characteristic ?? '';
      kindCounted.set(kind, kindCounted.get(kind) === true || count !== undefined);
      if (count !== undefined) (byGrade.get(plesso.grade) ?? byGrade.set(plesso.grade, []).get(plesso.grade)!).push(count);
    }
  const uncountedKinds = [...kindCounted].filter(([, counted]) => !counted).map(([kind]) => kind);
  const gradeMedian = new Map([...byGrade].map(([grade, counts]) => [grade, middle(counts.sort((a, b) => a - b))]));
  const every = [...byGrade.values()].flat().sort((a, b) => a - b);
  const anyPlesso = every.length > 0 ? middle(every) : 0;
  const size = new Map<string, number>();
  const imputed = new Set<string>();
  const complete = new Map<string, number[]>();
  for (const institution of institutions) {
    if (!(institution.students && institution.students > 0)) continue;
    const missing = uncountedPlessi(institution).filter((plesso) => !uncountedKinds.includes(plesso.characteristic ?? ''));
    const extra = missing.reduce((sum, plesso) => sum + (gradeMedian.get(plesso.grade) ?? anyPlesso), 0);
    size.set(institution.code, institution.students + extra);
    if (missing.length > 0) imputed.add(institution.code);
    else
      (complete.get(institution.gradeGroup) ?? complete.set(institution.gradeGroup, []).get(institution.gradeGroup)!).push(
        institution.students,
      );
  }
  const groupMedian = new Map([...complete].map(([group, sizes]) => [group, middle(sizes.sort((a, b) => a - b))]));
  for (const institution of institutions)
    if (!size.has(institution.code)) {
      size.set(institution.code, groupMedian.get(institution.gradeGroup) ?? 500);
      imputed.add(institution.code);
    }
  return { size, imputed, uncountedKinds: uncountedKinds.sort() };
}

/** The reference years, the continuity window and each institution's size (imputed where missing, see indexSizes). */
export function indexContext(institutions: readonly Institution[], config: BuildConfig['index'], lastYear: number): IndexContext {
  const referenceYears = Array.from({ length: config.referenceYears }, (_, i) => lastYear - config.referenceYears + 1 + i);
  const continuityYears = Array.from({ length: config.continuityYears }, (_, i) => lastYear - config.continuityYears + 1 + i);
  const { size, imputed, uncountedKinds } = indexSizes(institutions);
  const surveyWaves = [...new Set(config.surveyIndicators.map((indicator) => indicator.wave))];
  return { referenceYears, continuityYears, surveyWaves, size: (i) => size.get(i.code)!, imputed, uncountedKinds };
}

/** Pillar weights for the available pillars, rescaled to add up to 1. */
export function usableWeights(base: Record<PillarId, number>, available: ReadonlySet<PillarId>): Record<PillarId, number> {
  const usable = PILLARS.filter((pillar) => available.has(pillar) && base[pillar] > 0);
  const total = usable.reduce((s, pillar) => s + base[pillar], 0);
  return Object.fromEntries(PILLARS.map((pillar) => [pillar, usable.includes(pillar) && total > 0 ? base[pillar] / total : 0])) as Record<
    PillarId,
    number
  >;
}

/**
 * Every pillar's score per institution (null for unavailable pillars), under one normalisation: the weighted mean of
 * the pillar's indicators the institution has a value of (NaN where it has none).
 */
export function pillarScores(
  raw: readonly (readonly number[])[],
  available: ReadonlySet<PillarId>,
  method: Normalisation,
  indicators: readonly IndicatorSpec[] = INDICATORS,
): Record<PillarId, Float64Array | null> {
  const normalised = indicators.map((indicator, k) => normalise(raw[k]!, indicator.kind, method));
  const count = raw[0]?.length ?? 0;
  const out = {} as Record<PillarId, Float64Array | null>;
  for (const pillar of PILLARS) {
    if (!available.has(pillar)) {
      out[pillar] = null;
      continue;
    }
    const scores = new Float64Array(count);
    const weightSums = new Float64Array(count);
    indicators.forEach((indicator, k) => {
      if (indicator.pillar !== pillar) return;
      const values = normalised[k]!;
      for (let i = 0; i < count; i++) {
        const value = values[i]!;
        if (Number.isNaN(value)) continue;
        scores[i] = scores[i]! + indicator.weight * value;
        weightSums[i] = weightSums[i]! + indicator.weight;
      }
    });
    for (let i = 0; i < count; i++) scores[i] = weightSums[i]! > 0 ? scores[i]! / weightSums[i]! : Number.NaN;
    out[pillar] = scores;
  }
  return out;
}

/** Another run than the configured one (the sensitivity analysis's scenarios), and the indicators scored. */
export interface IndexOptions {
  weights?: Record<PillarId, number>;
  aggregation?: Aggregation;
  normalisation?: Normalisation;
  /** INDICATORS by default; the survey's too where configured (survey-indicators.ts). */
  indicators?: readonly IndicatorSpec[];
  /** The baseline run's context (its years and imputed sizes), where a scenario reruns the same institutions. */
  context?: IndexContext;
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
  {
    weights: weightsOverride,
    aggregation = config.aggregation,
    normalisation = 'midrank',
    indicators = INDICATORS,
    context = indexContext(institutions, config, lastYear),
  }: IndexOptions = {},
): IndexRun {
  const weights = usableWeights(weightsOverride ?? config.weights, available);
  const raw = indicators.map((indicator) => institutions.map((institution) => indicator.raw(institution, context)));
  const pillars = pillarScores(raw, available, normalisation, indicators);
  const results = new Map<string, IndexResult>();
  institutions.forEach((institution, i) => {
    const score = (pillar: PillarId) => {
      const value = pillars[pillar]?.[i];
      return value === undefined || Number.isNaN(value) ? null : round1(value);
    };
    const rounded = Object.fromEntries(PILLARS.map((pillar) => [pillar, score(pillar)])) as Record<PillarId, number | null>;
    results.set(institution.code, {
      score: round1(aggregate(rounded, weights, aggregation)),
      pillars: rounded,
      raw: Object.fromEntries(indicators.map((indicator, k) => [indicator.id, raw[k]![i]!])),
      activeYears: context.continuityYears.filter((year) => isActive(institution.years.get(year))).length,
    });
  });
  return { results, indicators, raw, weights, context };
}

/** Competition ranks (1 = best; ties share the better rank). */
export function ranks(scores: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const out = new Map<string, number>();
  sorted.forEach(([code, score], i) => out.set(code, i > 0 && sorted[i - 1]![1] === score ? out.get(sorted[i - 1]![0])! : i + 1));
  return out;
}
