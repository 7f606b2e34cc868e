/**
 * The build report, as JSON and as a readable summary: rows read, accepted and
 * rejected per input with reasons, unmatched codes, the index's weights and its
 * sensitivity, shadow-zone counts, and output sizes. It holds no timings, so two
 * builds of the same inputs write the same bytes.
 */
import type { AllocationBasis } from '../aggregate/allocation.js';
import type { IntervalSummary } from './interval-summary.js';
import type { InputReport, InputReportJson } from './input-report.js';
import type { WriteStats } from '../write/write-output.js';
import type { BeyondChanceCalibration } from '../indicators/above-expectation-calibration.js';
import type { IndexDiagnostics } from '../indicators/index-diagnostics.js';
import type { SensitivityRow } from '../indicators/sensitivity.js';
import type { ShadowZones } from '../stages/shadow-zones.js';
import type { PlantedCheck } from './planted-check.js';
import type { FundingResult } from '../readers/funding.js';
import { methodSection } from './method-section.js';

export interface BuildReport {
  generatedAt: string;
  seed: number;
  synthetic: boolean;
  inputs: InputReportJson[];
  totals: { schools: number; institutions: number; activeInstitutions: number; roleModels: number; mentored: number };
  /** The programmes with provisional years (figures still being reported), as the index writes them. */
  provisional: { programme: string; years: number[] }[];
  mentors: {
    count: number;
    capacity: number;
    maxSameRegionKm: number;
    maxKm: number;
    unassigned: number;
    outOfReach: number;
    roleModels: number;
    maxLoad: number;
    medianKm: number | null;
    sameComune: number;
  };
  unmatched: {
    comuniWithoutGeometry: { belfiore: string; schools: number; examples: string[] }[];
    emptyGeometries: string[];
    unplacedSchools: string[];
    funding: ({ file: string } & FundingResult['schoolGrants'])[];
    /** Grants to institutions no longer in the registry, counted in their comune (placed: false when the comune is not in the limits either). */
    fundingByComune: { ipa: string; comune: string; year: number; amountEur: number; placed: boolean }[];
  };
  index: {
    /** The indicators scored, the survey's included where configured (their label in English). */
    indicators: { id: string; pillar: string; weight: number; label: string; denominator: string }[];
    /** With the survey pillar: the active institutions it scores (they answered a question that counts), of all the active. */
    survey: { scored: number; active: number } | null;
    weights: Record<string, number>;
    aggregation: string;
    referenceYears: number[];
    sensitivity: SensitivityRow[];
    uncertainty: { runs: number; dirichletConcentration: number; medianIntervalWidth: number; top5Stable: number } | null;
    diagnostics: IndexDiagnostics | null;
    /** The role models' test of projects beyond chance: the institutions it found, the role models it held back. */
    roleModelTest: { discovered: number; heldBack: number; fdr: number; calibration: BeyondChanceCalibration } | null;
    imputedStudents: number;
    /** Kinds of plesso the students' file counts none of (the registry's characteristic): not imputed. */
    uncountedKinds: string[];
    /** The school year the students are counted in (the index's `studentsYear`), null when the students file did not say it. */
    studentsYear: number | null;
    /** Institutions without activity in the reference years that score above 0 (must be 0). */
    inactiveAboveZero: number;
  };
  shadowZones: {
    fdr: number;
    minInstitutions: number;
    /** Whether the inner-areas map was a covariate. */
    context: boolean;
    /** How many institutions are allocated to their plessi's areas by every plesso's students, by the counted plessi's only, or by plessi alone. */
    allocation: Record<AllocationBasis, number>;
    model: ShadowZones['model'];
    levels: ShadowZones['levels'];
    calibration: ShadowZones['calibration'];
    /** The low areas planted by the synthetic model, and how many are flagged. */
    planted: PlantedCheck | null;
    comuni: Record<string, number>;
    provinces: Record<string, number>;
  };
  /** The rates' intervals: per metric, the nation's dispersion and the regions' (report/interval-summary.ts). */
  intervals: IntervalSummary[];
  /** Per survey wave: who was invited and answered, the weights' design effect and what they could not match. */
  surveys: {
    wave: string;
    synthetic: boolean;
    invited: number;
    respondents: number;
    /** Respondents whose institution the build could not place: not counted. */
    unplaced: number;
    designEffect: number;
    unmatched: { margin: string; category: string; population: number }[];
    /** Area estimates suppressed for too few answers, of all area × question estimates. */
    suppressed: number;
    estimates: number;
  }[];
  outputs: WriteStats;
  /** The same, for people (Markdown). */
  summary: string;
}

const n = (value: number) => value.toLocaleString('en-GB');

/**
 * Which years are provisional, and how many of the index's reference years are among them: the index, the role
 * models, the shadow zones and "inactive" rest on those years, and a figure still being reported may yet grow.
 */
function provisionalLines(report: Omit<BuildReport, 'summary'>): string[] {
  if (report.provisional.length === 0) return [];
  const reference = report.index.referenceYears;
  const within = [...new Set(report.provisional.flatMap((p) => p.years))].filter((year) => reference.includes(year)).sort();
  return [
    `- Provisional years (figures still being reported; the elements mark them): ${report.provisional.map((p) => `${p.programme} ${p.years.join(', ')}`).join('; ')}.` +
      (within.length
        ? ` ${within.length} of the index's ${reference.length} reference years are among them (${within.join(', ')}): the index, role models, shadow zones and inactive institutions rest in part on figures that may still grow.`
        : ''),
  ];
}

/**
 * First of all, the files whose rows of codes gone from the registry fall in some school years more than others
 * (report/year-coverage.ts): every trend across those years is off, and the note that says so sits in a file's
 * section a long report down.
 */
export function unevenYearsLines(inputs: readonly InputReportJson[]): string[] {
  const uneven = inputs.filter((input) => input.yearCoverage?.uneven).map((input) => input.file.split('/').pop());
  if (uneven.length === 0) return [];
  return [
    '',
    `**Years read unevenly**: in ${uneven.join(', ')}, the rows of codes gone from the registry fall in some school years more than in others (each file's section below says how many): a trend across those years moves by that alone. Name the institutions that took them over in a successors file (--successors).`,
  ];
}

function summarise(report: Omit<BuildReport, 'summary'>): string {
  const lines = [
    `# Build report`,
    '',
    `Generated at ${report.generatedAt}, seed ${report.seed}${report.synthetic ? ', **with synthetic participation data**' : ''}.`,
    ...unevenYearsLines(report.inputs),
    '',
    '## Inputs',
    '',
    '| file | format | encoding | read | accepted | rejected |',
    '| --- | --- | --- | ---: | ---: | ---: |',
  ];
  for (const input of report.inputs)
    lines.push(
      `| ${input.file.split('/').pop()} | ${input.format} | ${input.encoding ?? '–'} | ${n(input.read)} | ${n(input.accepted)} | ${n(input.rejected)} |`,
    );
  const unmatchedRows = report.inputs.reduce((sum, input) => sum + input.unmatched, 0) + report.unmatched.unplacedSchools.length;
  if (unmatchedRows > 0)
    lines.push(
      '',
      `${n(unmatchedRows)} rows matched no school or place: the examples below show a few per reason; all of them are listed in unmatched.csv.`,
    );
  for (const input of report.inputs.filter((i) => i.rejects.length || i.corrections.length || i.notes.length)) {
    lines.push('', `### ${input.file.split('/').pop()}`, '');
    for (const reject of input.rejects)
      lines.push(`- ${n(reject.count)} rejected: ${reject.reason} (e.g. ${reject.examples.slice(0, 3).join('; ')})`);
    for (const correction of input.corrections)
      lines.push(
        `- ${n(correction.count)} ${correction.count === 1 ? 'value' : 'values'} corrected: ${correction.reason} (e.g. ${correction.examples.slice(0, 3).join('; ')})`,
      );
    for (const note of input.notes) lines.push(`- ${note}`);
  }
  const u = report.unmatched;
  lines.push('', '## Unmatched', '');
  lines.push(
    `- ${u.comuniWithoutGeometry.reduce((s, c) => s + c.schools, 0)} schools in ${u.comuniWithoutGeometry.length} comuni without geometry in the limits (${u.comuniWithoutGeometry.map((c) => c.belfiore).join(', ') || 'none'}): counted in their province, region and nation.`,
  );
  lines.push(`- Comuni with an empty geometry: ${u.emptyGeometries.join(', ') || 'none'}.`);
  lines.push(`- Schools that could not be placed in any region: ${u.unplacedSchools.length}.`);
  for (const f of u.funding)
    lines.push(
      `- ${f.file.split('/').pop()}: ${n(f.matched)} school grants matched (${n(f.matchedEur)} EUR), ${n(f.placedByComune)} to institutions no longer in the registry placed by their comune (${n(f.placedByComuneEur)} EUR, ${n(f.placedRenounced)} of them renounced), ${n(f.renounced)} renounced in all, ${n(f.unmatched)} unmatched (${n(f.unmatchedEur)} EUR).`,
    );
  const byComune = u.fundingByComune;
  if (byComune.length)
    lines.push(
      `- ${n(byComune.length)} grants to institutions no longer in the registry, counted in their comune (listed one by one in report.json, \`unmatched.fundingByComune\`); ${n(byComune.filter((g) => !g.placed).length)} name a comune the limits do not have and count nowhere.`,
    );
  lines.push(
    '',
    '## Indicators',
    '',
    `- ${n(report.totals.schools)} school codes, ${n(report.totals.institutions)} institutions, ${n(report.totals.activeInstitutions)} active in ${report.index.referenceYears.join(', ')}, ${n(report.totals.roleModels)} role models, ${n(report.totals.mentored)} inactive institutions with mentors.`,
  );
  lines.push(...provisionalLines(report));
  const m = report.mentors;
  lines.push(
    `- Mentors: up to ${m.count} per inactive institution, each of ${n(m.roleModels)} role models mentoring at most ${m.capacity} (largest load ${m.maxLoad}); median distance ${m.medianKm ?? '–'} km, none farther than ${m.maxKm} km (from a bordering region only where none is within ${m.maxSameRegionKm} km in their own), ${n(m.sameComune)} pairs in the same comune; ${n(m.unassigned)} inactive institutions without a mentor: ${n(m.unassigned - m.outOfReach)} found every compatible role model within reach full, ${n(m.outOfReach)} have none within reach (${m.maxKm} km, in their region or one it borders).`,
  );
  lines.push(
    `- Index weights (${report.index.aggregation}): ${Object.entries(report.index.weights)
      .map(([p, w]) => `${p} ${w.toFixed(3)}`)
      .join(', ')}.`,
  );
  lines.push(
    '',
    '| scenario | Spearman ρ | mean shift (percentiles) | moved > 10 pts | top 5% kept |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const row of report.index.sensitivity)
    lines.push(
      `| ${row.scenario} | ${row.spearman} | ${row.meanAbsShiftPercentile} | ${(row.shareMovedOver10 * 100).toFixed(1)}% | ${(row.top5Kept * 100).toFixed(1)}% |`,
    );
  const z = report.shadowZones;
  lines.push(
    '',
    `- Shadow zones: ${z.comuni.shadow} comuni (${z.comuni.insufficient} with too few institutions, ${z.comuni.nodata} without any), ${z.provinces.shadow} provinces.`,
    '',
    ...methodSection(report),
  );
  if (report.surveys.length > 0) lines.push('', '## Surveys', '');
  for (const s of report.surveys)
    lines.push(
      `- ${s.wave}${s.synthetic ? ' (synthetic)' : ''}: ${n(s.respondents)} of ${n(s.invited)} invited institutions answered (${((s.respondents / Math.max(1, s.invited)) * 100).toFixed(1)}%)${s.unplaced ? `, ${n(s.unplaced)} more whose institution could not be placed (not counted)` : ''}; weights raked to region, grade group and activity, design effect ${s.designEffect.toFixed(2)}${s.unmatched.length ? `, categories without respondents: ${s.unmatched.map((u) => `${u.margin} ${u.category} (${n(u.population)})`).join(', ')}` : ''}; ${n(s.suppressed)} of ${n(s.estimates)} area estimates suppressed (fewer than 5 answers).`,
    );
  lines.push(
    '',
    '## Outputs',
    '',
    `${n(report.outputs.files)} files, ${n(report.outputs.bytes)} bytes: ${Object.entries(report.outputs.bytesByFolder)
      .map(([folder, bytes]) => `${folder} ${n(bytes)}`)
      .join(', ')}.`,
    '',
  );
  return lines.join('\n');
}

export function buildReport(
  inputs: InputReport[],
  outputs: WriteStats,
  extra: Omit<BuildReport, 'inputs' | 'outputs' | 'summary'>,
): BuildReport {
  const report = { ...extra, inputs: inputs.map((input) => input.toJSON()), outputs };
  return { ...report, summary: summarise(report) };
}
