/**
 * The report's "Method" section: what a statistician needs to check the
 * index and the shadow zones in ten minutes: indicators, denominators,
 * normalisation, redundancy checks and the uncertainty analysis of the index;
 * the unit and allocation, the model and its priors, the FDR level, and the two
 * calibration results the build computed on its own data (a permutation null
 * and planted low areas) for the shadow zones; and the dispersions the rates'
 * intervals are made with.
 */
import { DIAGNOSTIC_INDICATORS } from '../indicators/internationalisation-index.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { numberText, percentText } from '../text/number-text.js';
import type { AllocationBasis } from '../aggregate/allocation.js';
import type { BuildReport } from './build-report.js';
import type { PlantedCalibration } from '../indicators/shadow-calibration.js';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/** "3 × 10 rounds (≥ 20)": the areas planted per round, the rounds, and the institutions each planted area has at least. */
const plantedCell = (planted: PlantedCalibration) =>
  `${planted.rounds ? planted.planted / planted.rounds : 0} × ${planted.rounds} rounds (≥ ${planted.minInstitutions})`;

/** What each indicator divides by (its label says it too: the line names it apart for the statistician's check). */
const DENOMINATORS = { per1000Students: 'students (per 1,000)', perStudent: 'students', none: 'none' } as const;

function indexMethod(report: Omit<BuildReport, 'summary'>): string[] {
  const x = report.index;
  const lines = [
    '### Index (version 2)',
    '',
    `- **Indicators**, current activity in ${x.referenceYears.join(', ')} only (no cumulative stock), each with one denominator:`,
    ...x.indicators.map(
      (i) =>
        `  - \`${i.id}\` (${i.pillar}, weight ${i.weight} in its pillar): ${i.label}; denominator: ${DENOMINATORS[i.denominator as keyof typeof DENOMINATORS]}.`,
    ),
    ...(x.survey
      ? [
          `- **Survey pillar**: answers to the observatory's survey, for active institutions only (an institution without activity keeps its 0). ${numberText(x.survey.scored, 'en')} of the ${numberText(x.survey.active, 'en')} active institutions (${pct(x.survey.active ? x.survey.scored / x.survey.active : 0)}) answered a question that counts; the others are scored on the other pillars, the weights rescaled for them.`,
        ]
      : []),
    x.studentsYear === null
      ? '- Students: the school year the counts are of is unknown (the students file did not say it): every reference year divides by the same counts.'
      : `- Students are counted in ${formatSchoolYear(x.studentsYear)} (the index's \`studentsYear\`): every reference year divides by that year's students.`,
    `- Missing student counts are imputed for the index and flagged in the contract (\`index.studentsImputed\`, ${numberText(x.imputedStudents, 'en')} institutions): ${numberText(report.shadowZones.allocation.plessi, 'en')} institutions without any counted plesso count the median of their grade group's fully counted institutions; ${numberText(report.shadowZones.allocation.counted, 'en')} institutions have some plessi without a count (evening courses, hospital and prison sections, plessi newer than the students' file): each such plesso counts the median of the counted plessi of its registry grade, so that an institution's whole activity is not divided by part of its students, but for the kinds the file counts none of anywhere (${x.uncountedKinds.length > 0 ? x.uncountedKinds.join(', ') : 'none'}), which add none. An area's rates divide by the students counted in it, as its activity is allocated by them.`,
    '- **Normalisation**: mid-rank percentile among institutions with a positive value (0 stays 0; ties share their mean rank); binary indicators and shares 0–100. **Aggregation**: pillars are weighted means of their indicators, then the configured weighted ' +
      `${x.aggregation} mean (pillars without data left out, the weights rescaled: ${Object.entries(x.weights)
        .filter(([, w]) => w > 0)
        .map(([p, w]) => `${p} ${w.toFixed(3)}`)
        .join(', ')}).`,
    `- **Zero means no activity**: institutions without activity in the reference years scoring above 0: ${x.inactiveAboveZero}.`,
  ];
  const d = x.diagnostics;
  if (d) {
    lines.push(
      '',
      `Spearman correlations (the last ${DIAGNOSTIC_INDICATORS.length} are candidates left out: a stock, and indicators redundant with Erasmus+ projects):`,
      '',
      `| | ${d.indicators.map((_, k) => k + 1).join(' | ')} |`,
      `| --- | ${d.indicators.map(() => '---:').join(' | ')} |`,
      ...d.indicators.map((id, k) => `| ${k + 1}. ${id} | ${d.spearman[k]!.map((r) => r.toFixed(2)).join(' | ')} |`),
      '',
      `- First principal component: ${pct(d.firstComponentShare)} of the variance of the index's indicators; Cronbach's alpha ${d.cronbachAlpha}${d.alphaInstitutions < report.totals.institutions ? ` (on the ${numberText(d.alphaInstitutions, 'en')} institutions with a value of every indicator; each correlation on the institutions its two indicators share)` : ''}.`,
      `- Effective weight of each pillar (r² with the score) against its nominal weight: ${d.pillars.map((p) => `${p.id} ${p.r2} (nominal ${p.weight})`).join(', ')}.`,
    );
  }
  const u = x.uncertainty;
  if (u)
    lines.push(
      `- **Uncertainty**: ${u.runs} Monte Carlo runs (Dirichlet weights around the configured ones, concentration ${u.dirichletConcentration}; mid-rank or log(1 + x) min-max normalisation; arithmetic or geometric aggregation; one pillar left out in a quarter of the runs). Median width of the 90% national rank interval among institutions with activity: ${u.medianIntervalWidth} places; ${pct(u.top5Stable)} of the baseline top 5% stay in the top 5% in at least 90% of runs. Profiles and lists show the band (decile among institutions with activity) and the 5–95% interval, never a bare rank; role models must hold their top position in at least the configured share of runs.`,
    );
  const test = x.roleModelTest;
  const c = test?.calibration;
  if (test && c)
    lines.push(
      `- **Role models beyond chance**: a role model also starts more eTwinning and Erasmus+ projects than its region's institutions of its grade expect for its students (Poisson, Benjamini–Hochberg at a false-discovery rate of ${percentText(test.fdr, 'en')}): ${numberText(test.discovered, 'en')} institutions do; ${numberText(test.heldBack, 'en')} that the rest of the rule named are held back. A top share of the index exists whatever the data: on simulated institutions that all take part alike, the rule without this test named about 8 in 1,000 of them role models, with it none (test/data-adapters/indicators/role-models-calibration.node.test.ts). On this build's institutions, their projects drawn from their group's rate (${c.nullDraws} draws, where every discovery is false), the test found ${numberText(c.nullDiscoveries, 'en', 2)} per draw (any in ${pct(c.nullAny)} of the draws); with ${c.planted} institutions of 500 students or more planted at a multiple of their group's rate (${c.rounds} rounds each, each its own), it found ${c.boosts.map((b) => `${pct(b.recall)} of them at ${b.boost} times (${numberText(b.othersPerRound, 'en', 1)} others per round)`).join(', ')}. A few projects more than expected can be chance: a role model stands out by more.`,
    );
  lines.push('');
  return lines;
}

/** How the map and the timeline give a rate its interval, with the dispersions this build found. */
function intervalsMethod(report: Omit<BuildReport, 'summary'>): string[] {
  if (report.intervals.length === 0) return [];
  return [
    '### Intervals of rates',
    '',
    "- A share of institutions has Wilson's 95% interval over the institutions it is of. Any other rate (projects, people or euros per institution or per 1,000 students) has a quasi-Poisson one: an area's count has φ times its mean as variance, φ one institution's variance over its mean, its region's where larger than the nation's (a region's from fewer institutions is noisier, so never smaller; rounded up to two significant digits). A map ranges each area's place by these intervals, a count's too.",
    '',
    "| metric | year | the nation's φ | the regions' φ | regions above the nation (their own φ used) |",
    '| --- | ---: | ---: | --- | --- |',
    ...report.intervals.map(
      (m) =>
        `| ${m.metric} | ${m.year} | ${m.nation} | ${m.lowest && m.highest ? `${m.lowest.dispersion} (${m.lowest.region}) to ${m.highest.dispersion} (${m.highest.region})` : '–'} | ${m.above.join(', ') || 'none'} |`,
    ),
    '',
  ];
}

/** How many institutions each allocation basis covers, for the statistician to weigh the shares' precision. */
function allocationLine(bases: Record<AllocationBasis, number>): string {
  const total = bases.students + bases.counted + bases.plessi;
  const part = (count: number) => `${numberText(count, 'en')} institutions (${total > 0 ? pct(count / total) : '–'})`;
  return (
    `by their plessi's students for ${part(bases.students)}; by their counted plessi's students for ${part(bases.counted)}, whose other plessi (evening courses, hospital and prison sections, plessi newer than the students' file) hold no share, as an area's students count none of theirs; ` +
    `by equal shares of their plessi, no plesso having a count, for ${part(bases.plessi)}. An institution's own registry row without a count (an IC's or an IS's office) holds no share.`
  );
}

export function methodSection(report: Omit<BuildReport, 'summary'>): string[] {
  const z = report.shadowZones;
  const lines = [
    '## Method',
    '',
    ...indexMethod(report),
    '### Shadow zones',
    '',
    '- **Unit**: the institution (`CODICEISTITUTORIFERIMENTO`). Its activity in the reference years (eTwinning projects or awards, Erasmus+ accreditation or projects, funding lines the config names as internationalisation) is allocated to the comuni of its plessi by their share of its students; the number of institutions of an area is allocated the same way, so numerator and denominator share one allocation.',
    `- **Allocation**: ${allocationLine(z.allocation)}`,
    `- **Expectation**: logistic regression of activity on ${z.model.terms.length - 1} terms (region effects with a N(0, 1²) prior, i.e. partially pooled; grade group, standardised log students${z.context ? ', ISTAT inner-areas class of the seat comune' : ''} with N(0, 2.5²) priors), fitted at its posterior mode by Newton–Raphson (${z.model.iterations} iterations, ${z.model.converged ? 'converged' : '**not converged**'}). An area's expected count is the sum of its institutions' shares × probabilities.`,
    '- **Low areas**: a two-group model per level: as expected (x ~ N(e, Σs²p(1−p))) or low (every probability scaled by λ ≤ 0.8); the share of low areas and λ are fitted by EM (several starts; "no low area" competes). An area\'s probability is its posterior probability of the low group.',
    `- **Flags**: Bayesian FDR at ${pct(z.fdr)} (areas by decreasing probability while the mean probability of a false flag stays within the level). Areas with fewer than ${z.minInstitutions} institutions are not judged.`,
    '',
    '| level | judged | flagged | low share (EM) | λ | null: flags per permutation | planted areas × rounds (≥ institutions each) | recall (95%) | new flags outside planted (95%) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |',
  ];
  for (const level of ['comuni', 'provinces'] as const) {
    const l = z.levels[level];
    const c = z.calibration?.[level];
    lines.push(
      `| ${level} | ${l.judged} | ${l.flagged} | ${pct(l.lowShare)} | ${l.lambda} | ${c ? `max ${Math.max(...c.null.flags)}, mean ${(c.null.flags.reduce((s, f) => s + f, 0) / c.null.flags.length).toFixed(2)} over ${c.null.permutations}` : 'not run'} | ${c ? plantedCell(c.planted) : '–'} | ${c ? `${pct(c.planted.recall)} (${pct(c.planted.recallInterval[0])}–${pct(c.planted.recallInterval[1])})` : '–'} | ${c ? `${pct(c.planted.outsideShare)} (${pct(c.planted.outsideInterval[0])}–${pct(c.planted.outsideInterval[1])})` : '–'} |`,
    );
  }
  const planted = z.planted;
  if (planted)
    lines.push(
      '',
      `Planted by the synthetic model (planted-shadow-zones.json): ${planted.provinces.flagged} of ${planted.provinces.planted} provinces flagged (${planted.provinces.names.join(', ')}); ${planted.comuni.flagged} of ${planted.comuni.planted} comuni flagged, ${planted.comuni.judged} of them judged (${planted.comuni.names.join(', ')}); flags outside them: ${planted.flagsOutside.provinces} ${planted.flagsOutside.provinces === 1 ? 'province' : 'provinces'}, ${planted.flagsOutside.comuni} ${planted.flagsOutside.comuni === 1 ? 'comune' : 'comuni'}.`,
    );
  lines.push(
    '',
    "The null shuffles activity among institutions of the same region and grade group and refits the model: every flag there is false. Planted areas lose 80% of their active institutions, in rounds that each draw their own areas (a level has few areas large enough, so one round's recall would rest on a handful); areas flagged before planting are real low areas and are neither planted nor counted as false flags. Local Moran's I is not used: the two-group model already pools the evidence of neighbouring comuni through their province, judged at its own level, and a permutation-tested cluster statistic would add ~2,400 more tests without FDR control.",
    '',
  );
  lines.push(...intervalsMethod(report));
  return lines;
}
