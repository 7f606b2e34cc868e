/**
 * The report's "Method" section: what a statistician needs to check the
 * shadow zones in ten minutes: the unit and allocation, the model and its
 * priors, the FDR level, and the two calibration results the build computed on
 * its own data (a permutation null and planted low areas).
 */
import type { BuildReport } from './build-report.js';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

export function methodSection(report: Omit<BuildReport, 'summary'>): string[] {
  const z = report.shadowZones;
  const lines = [
    '## Method',
    '',
    '### Shadow zones',
    '',
    '- **Unit**: the institution (`CODICEISTITUTORIFERIMENTO`). Its activity in the reference years (eTwinning projects or awards, Erasmus+ accreditation or projects, funding lines the config names as internationalisation) is allocated to the comuni of its plessi by their share of its students (of its plessi when a count is missing); the number of institutions of an area is allocated the same way, so numerator and denominator share one allocation.',
    `- **Expectation**: logistic regression of activity on ${z.model.terms.length - 1} terms (region effects with a N(0, 1²) prior, i.e. partially pooled; grade group, standardised log students${z.context ? ', ISTAT inner-areas class of the seat comune' : ''} with N(0, 2.5²) priors), fitted at its posterior mode by Newton–Raphson (${z.model.iterations} iterations, ${z.model.converged ? 'converged' : '**not converged**'}). An area's expected count is the sum of its institutions' shares × probabilities.`,
    '- **Low areas**: a two-group model per level: as expected (x ~ N(e, Σs²p(1−p))) or low (every probability scaled by λ ≤ 0.8); the share of low areas and λ are fitted by EM (several starts; "no low area" competes). An area\'s probability is its posterior probability of the low group.',
    `- **Flags**: Bayesian FDR at ${pct(z.fdr)} (areas by decreasing probability while the mean probability of a false flag stays within the level). Areas with fewer than ${z.minInstitutions} institutions are not judged.`,
    '',
    '| level | judged | flagged | low share (EM) | λ | null: flags per permutation | planted areas (≥ institutions) | recall | flags outside planted |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const level of ['comuni', 'provinces'] as const) {
    const l = z.levels[level];
    const c = z.calibration?.[level];
    lines.push(
      `| ${level} | ${l.judged} | ${l.flagged} | ${pct(l.lowShare)} | ${l.lambda} | ${c ? `max ${Math.max(...c.null.flags)}, mean ${(c.null.flags.reduce((s, f) => s + f, 0) / c.null.flags.length).toFixed(2)} over ${c.null.permutations}` : 'not run'} | ${c ? `${c.planted.planted} (${c.planted.minInstitutions})` : '–'} | ${c ? pct(c.planted.recall) : '–'} | ${c ? pct(c.planted.outsideShare) : '–'} |`,
    );
  }
  lines.push(
    '',
    "The null shuffles activity among institutions of the same region and grade group and refits the model: every flag there is false. Planted areas lose 80% of their active institutions; flags outside them include any real low area. Local Moran's I is not used: the two-group model already pools the evidence of neighbouring comuni through their province, judged at its own level, and a permutation-tested cluster statistic would add ~2,400 more tests without FDR control.",
    '',
  );
  return lines;
}
