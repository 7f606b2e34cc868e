/**
 * Shadow zones ("zone d'ombra"): areas whose participation is credibly below
 * both their region's and the nation's.
 *
 * The participation rate of an area is the share of its school codes whose
 * institution was active in the reference years. Small areas have unstable rates,
 * so each is smoothed towards the national picture with an empirical Bayes
 * beta-binomial model: the prior Beta(α, β) is fitted by the method of moments
 * over all areas of the level (Clayton and Kaldor), the posterior of an area with
 * x active of n is Beta(α + x, β + n − x). An area is a shadow zone when the
 * posterior probability that its rate is below the lower of the regional and
 * national rates reaches `confidence`. An area with no schools is "no data";
 * one with fewer than `minSchools` says so, with its n, instead of being judged.
 */
import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import type { ShadowZone } from '../../src/contract/contract.types.js';

export interface AreaCount {
  /** Active school codes. */
  x: number;
  /** School codes. */
  n: number;
}

export interface BetaPrior {
  alpha: number;
  beta: number;
}

/** Method-of-moments beta prior over the areas' rates, weighted by size. */
export function fitPrior(areas: readonly AreaCount[]): BetaPrior {
  const usable = areas.filter((area) => area.n > 0);
  const totalN = usable.reduce((sum, area) => sum + area.n, 0);
  if (totalN === 0) return { alpha: 1, beta: 1 };
  const mean = usable.reduce((sum, area) => sum + area.x, 0) / totalN;
  if (mean <= 0 || mean >= 1) return { alpha: mean <= 0 ? 0.5 : 1e6, beta: mean >= 1 ? 0.5 : 1e6 };
  const variance = usable.reduce((sum, area) => sum + area.n * (area.x / area.n - mean) ** 2, 0) / totalN;
  const meanN = totalN / usable.length;
  // Between-area variance: what is left once binomial noise is taken out.
  const between = variance - (mean * (1 - mean)) / meanN;
  const strength = between > 0 ? Math.max((mean * (1 - mean)) / between - 1, 1e-3) : 1e6;
  return { alpha: mean * strength, beta: (1 - mean) * strength };
}

const pct = (rate: number) => `${(rate * 100).toFixed(1).replace(/\.0$/, '')}%`;

export function classifyArea(
  area: AreaCount,
  prior: BetaPrior,
  regionRate: number,
  nationRate: number,
  config: { minSchools: number; confidence: number },
): ShadowZone {
  if (area.n === 0)
    return {
      status: 'nodata',
      n: 0,
      rate: null,
      smoothedRate: null,
      reason: { it: 'Nessuna scuola in questa area.', en: 'No schools in this area.' },
    };
  const rate = area.x / area.n;
  const a = prior.alpha + area.x;
  const b = prior.beta + area.n - area.x;
  const smoothedRate = a / (a + b);
  const round = (value: number) => Math.round(value * 10000) / 10000;
  if (area.n < config.minSchools) {
    return {
      status: 'insufficient',
      n: area.n,
      rate: round(rate),
      smoothedRate: round(smoothedRate),
      reason: {
        it: `Troppe poche scuole (${area.n}, minimo ${config.minSchools}) per un tasso stabile.`,
        en: `Too few schools (${area.n}, at least ${config.minSchools} needed) for a stable rate.`,
      },
    };
  }
  const threshold = Math.min(regionRate, nationRate);
  const probability = betaCdf(threshold, a, b);
  const shadow = probability >= config.confidence;
  const facts = {
    it: `Tasso stimato ${pct(smoothedRate)} (${area.x} di ${area.n} scuole attive); regione ${pct(regionRate)}, Italia ${pct(nationRate)}`,
    en: `Estimated rate ${pct(smoothedRate)} (${area.x} of ${area.n} schools active); region ${pct(regionRate)}, Italy ${pct(nationRate)}`,
  };
  return {
    status: shadow ? 'shadow' : 'ok',
    n: area.n,
    rate: round(rate),
    smoothedRate: round(smoothedRate),
    reason: shadow
      ? {
          it: `${facts.it}: sotto entrambi con probabilità ${pct(probability)}.`,
          en: `${facts.en}: below both with probability ${pct(probability)}.`,
        }
      : { it: `${facts.it}.`, en: `${facts.en}.` },
  };
}
