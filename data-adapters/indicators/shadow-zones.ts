/**
 * Shadow zones ("zone d'ombra"): comuni and provinces whose institutions take
 * part credibly less than expected for their region and their schools.
 *
 * The unit is the institution (plessi share their institution's status, so they
 * are not independent trials). Each institution has an observed status y (active
 * in the reference years) and an expected probability p from the participation
 * model; it counts in an area by its share s of students there. An area has
 * n = Σ s, observed x = Σ s·y and expected e = Σ s·p.
 *
 * Most areas take part as expected; a few may be "low". That is a two-group
 * model (Efron 2008): under "as expected", x ~ N(e, Σ s²·p(1 − p)) (independent
 * institutions, the model's variance); under "low", every probability is scaled
 * by λ < 1, x ~ N(λe, Σ s²·λp(1 − λp)). The share of low areas π and λ are
 * estimated by EM over all areas of the level; an area's probability of being
 * below its expectation is its posterior probability of the low group. With no
 * low area in the data, π goes to 0 and nothing is flagged.
 *
 * Flags control the Bayesian false-discovery rate (Newton et al. 2004): areas
 * are taken by decreasing probability while the mean of (1 − P) over those
 * taken, the expected share of false flags, stays within the configured level.
 * An area with no institution is "no data"; one with fewer than the minimum
 * says so with its n and is not judged.
 */
import type { LocalizedText, ShadowZone } from '../../src/contract/contract.types.js';
import { formatCount, formatSchoolYear } from '../../src/i18n/format.js';
import type { AreaKey } from '../aggregate/allocation.js';
import { percentText } from '../text/number-text.js';

/** One institution as the shadow-zone model sees it. */
export interface ShadowUnit {
  /** Its share of each area (by students). */
  shares: ReadonlyMap<AreaKey, number>;
  /** Expected probability of activity (from the participation model). */
  expected: number;
}

export interface AreaTally {
  /** Institutions with a share in the area. */
  count: number;
  /** Allocated institutions (Σ share). */
  n: number;
  /** Allocated active institutions. */
  x: number;
  /** Expected active institutions. */
  e: number;
  /** Σ s² p and Σ s² p²: the variance of x when probabilities are scaled by λ is λ·sp − λ²·sp2. */
  sp: number;
  sp2: number;
}

/** Tallies every area of a level (by key prefix) from the institutions' statuses `y` (same order as `units`). */
export function tallyAreas(units: readonly ShadowUnit[], y: ArrayLike<number>, prefix: string): Map<AreaKey, AreaTally> {
  const tallies = new Map<AreaKey, AreaTally>();
  units.forEach((unit, i) => {
    for (const [key, s] of unit.shares) {
      if (!key.startsWith(prefix)) continue;
      const t = tallies.get(key) ?? { count: 0, n: 0, x: 0, e: 0, sp: 0, sp2: 0 };
      t.count++;
      t.n += s;
      t.x += s * y[i]!;
      t.e += s * unit.expected;
      t.sp += s * s * unit.expected;
      t.sp2 += s * s * unit.expected ** 2;
      tallies.set(key, t);
    }
  });
  return tallies;
}

export interface LowGroup {
  /** Share of areas in the low group. */
  share: number;
  /** How much the low group's probabilities are scaled. */
  lambda: number;
  iterations: number;
}

// A floor on the variance: a count has at least the rounding of a uniform on one unit.
const MIN_VARIANCE = 1 / 12;
const variance = (t: AreaTally, lambda: number) => Math.max(MIN_VARIANCE, lambda * t.sp - lambda * lambda * t.sp2);
const logNormal = (x: number, mean: number, v: number) => -0.5 * Math.log(2 * Math.PI * v) - ((x - mean) * (x - mean)) / (2 * v);

/** Posterior probability that an area is in the low group. */
export function lowProbability(t: AreaTally, group: LowGroup): number {
  if (group.share <= 0 || t.n <= 0) return 0;
  const asExpected = Math.log(1 - group.share) + logNormal(t.x, t.e, variance(t, 1));
  const low = Math.log(group.share) + logNormal(t.x, group.lambda * t.e, variance(t, group.lambda));
  return 1 / (1 + Math.exp(asExpected - low));
}

/** A "low" area takes part at most this share of its expectation: smaller shortfalls are not a shadow zone. */
export const MAX_LOW_LAMBDA = 0.8;

function logLikelihood(tallies: readonly AreaTally[], group: LowGroup): number {
  let total = 0;
  for (const t of tallies) {
    const asExpected = Math.log(1 - group.share) + logNormal(t.x, t.e, variance(t, 1));
    if (group.share <= 0) {
      total += asExpected;
      continue;
    }
    const low = Math.log(group.share) + logNormal(t.x, group.lambda * t.e, variance(t, group.lambda));
    const top = Math.max(asExpected, low);
    total += top + Math.log(Math.exp(asExpected - top) + Math.exp(low - top));
  }
  return total;
}

function emFrom(tallies: readonly AreaTally[], start: LowGroup, maxIterations: number): LowGroup {
  let group = start;
  for (let i = 0; i < maxIterations; i++) {
    const weights = tallies.map((t) => lowProbability(t, group));
    const share = weights.reduce((sum, w) => sum + w, 0) / tallies.length;
    const expected = tallies.reduce((sum, t, k) => sum + weights[k]! * t.e, 0);
    const observed = tallies.reduce((sum, t, k) => sum + weights[k]! * t.x, 0);
    const lambda = expected > 0 ? Math.min(MAX_LOW_LAMBDA, Math.max(0.01, observed / expected)) : group.lambda;
    const moved = Math.abs(share - group.share) + Math.abs(lambda - group.lambda);
    group = { share, lambda, iterations: i + 1 };
    if (share < 1e-6) return { share: 0, lambda, iterations: i + 1 };
    if (moved < 1e-9) break;
  }
  return group;
}

/** EM for the two-group model over the areas of a level, from a few starts (the best likelihood wins). */
export function fitLowGroup(tallies: readonly AreaTally[], options: { maxIterations?: number } = {}): LowGroup {
  if (tallies.length === 0) return { share: 0, lambda: 1, iterations: 0 };
  const starts = [0.1, 0.3, 0.6].map((lambda) => emFrom(tallies, { share: 0.05, lambda, iterations: 0 }, options.maxIterations ?? 300));
  const none: LowGroup = { share: 0, lambda: 1, iterations: 0 };
  return [none, ...starts].reduce((best, group) => (logLikelihood(tallies, group) > logLikelihood(tallies, best) + 1e-9 ? group : best));
}

/** Keys flagged under Bayesian FDR control: by decreasing probability while the mean (1 − P) stays ≤ `level`. */
export function bayesianFdr(probabilities: ReadonlyMap<AreaKey, number>, level: number): Set<AreaKey> {
  const sorted = [...probabilities].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const flagged = new Set<AreaKey>();
  let falseSum = 0;
  for (const [key, probability] of sorted) {
    if (probability <= 0.5) break;
    if ((falseSum + 1 - probability) / (flagged.size + 1) > level) break;
    falseSum += 1 - probability;
    flagged.add(key);
  }
  return flagged;
}

export interface LevelJudgement {
  probabilities: Map<AreaKey, number>;
  flagged: Set<AreaKey>;
  group: LowGroup;
  tallies: Map<AreaKey, AreaTally>;
}

/** Judges one level: tallies, the two-group model, each judged area's probability of being low, FDR flags. */
export function judgeLevel(
  units: readonly ShadowUnit[],
  y: ArrayLike<number>,
  prefix: string,
  config: { minInstitutions: number; fdr: number },
): LevelJudgement {
  const tallies = tallyAreas(units, y, prefix);
  const judged = [...tallies].filter(([, t]) => t.count >= config.minInstitutions);
  const group = fitLowGroup(judged.map(([, t]) => t));
  const probabilities = new Map(judged.map(([key, t]) => [key, lowProbability(t, group)]));
  return { probabilities, flagged: bayesianFdr(probabilities, config.fdr), group, tallies };
}

const round4 = (value: number) => Math.round(value * 10000) / 10000;

/**
 * When an institution counts as active, said after its share: in any of the reference `years` (consecutive). A map's
 * tooltip gives the year's share beside it (19,5% in 2025/26, 29,3% here over three years), which read as two answers
 * to one question while the years went unsaid.
 */
export function activeYearsText(years: readonly number[]): LocalizedText {
  const [first, last] = [formatSchoolYear(years[0]!), formatSchoolYear(years.at(-1)!)];
  return years.length === 1
    ? { it: `nel ${first}`, en: `in ${first}` }
    : { it: `in almeno un anno dal ${first} al ${last}`, en: `in at least one year from ${first} to ${last}` };
}

/** The contract's verdict on one area; an institution is active in any of the reference `years`. */
export function shadowZoneOf(
  tally: AreaTally | undefined,
  probability: number | undefined,
  flagged: boolean,
  group: LowGroup,
  config: { minInstitutions: number; fdr: number },
  years: readonly number[],
): ShadowZone {
  if (!tally || tally.count === 0)
    return {
      status: 'nodata',
      n: 0,
      rate: null,
      smoothedRate: null,
      reason: { it: 'Nessuna istituzione scolastica in questa area.', en: 'No school institution in this area.' },
    };
  const rate = tally.n > 0 ? tally.x / tally.n : 0;
  const expected = tally.n > 0 ? tally.e / tally.n : 0;
  // The model's estimate: the expectation, lowered by λ as far as the area is likely to be low.
  const low = probability ?? 0;
  const smoothed = expected * (1 - low + low * group.lambda);
  if (tally.count < config.minInstitutions)
    return {
      status: 'insufficient',
      n: tally.count,
      rate: round4(rate),
      smoothedRate: round4(smoothed),
      reason: {
        it: `Troppo poche istituzioni (${tally.count}, minimo ${config.minInstitutions}) per giudicare il tasso.`,
        en: `Too few institutions (${tally.count}, at least ${config.minInstitutions} needed) to judge the rate.`,
      },
    };
  const p = low;
  // Each language writes its numbers its own way ("6,1%" in Italian): data-adapters/text/number-text.ts.
  // The noun agrees with the number as written: "1 istituzione attiva", "0,50 istituzioni attive"; counts as the map
  // writes them (formatCount: "86,67 istituzioni attive su 295,35" beside the tooltip's "n = 295,35").
  const active = { it: formatCount(tally.x, 'it'), en: formatCount(tally.x, 'en') };
  const when = activeYearsText(years);
  const facts = {
    it: `${active.it === '1' ? '1 istituzione attiva' : `${active.it} istituzioni attive`} su ${formatCount(tally.n, 'it')} (${percentText(rate, 'it')}) ${when.it}; attese ${percentText(expected, 'it')} per la regione e il tipo di scuole; probabilità di essere sotto l'atteso ${percentText(p, 'it')}`,
    en: `${active.en === '1' ? '1 active institution' : `${active.en} active institutions`} of ${formatCount(tally.n, 'en')} (${percentText(rate, 'en')}) ${when.en}; ${percentText(expected, 'en')} expected for the region and the kind of schools; probability of being below expectation ${percentText(p, 'en')}`,
  };
  return {
    status: flagged ? 'shadow' : 'ok',
    n: tally.count,
    rate: round4(rate),
    smoothedRate: round4(smoothed),
    expectedRate: round4(expected),
    probability: round4(p),
    reason: flagged
      ? {
          it: `${facts.it}: segnalata (quota attesa di falsi allarmi ≤ ${percentText(config.fdr, 'it')}).`,
          en: `${facts.en}: flagged (expected share of false flags ≤ ${percentText(config.fdr, 'en')}).`,
        }
      : { it: `${facts.it}.`, en: `${facts.en}.` },
  };
}
