/**
 * The `build` command: from the inputs to the contract on disk, in named stages
 * (`stages/`, each `(input, config) → output`, each tested on its own):
 * read → roll up → score → shadow zones → programmes → geometry and mentors →
 * outputs (documents validated as they are written, atomically) → report.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildModel } from './assemble/documents.js';
import { buildSources, fundingLinesOf } from './assemble/sources.js';
import type { BuildConfig } from './config.js';
import { buildGeometryLayers } from './geo/build-layers.js';
import { italianTimestamp } from './io/timestamp.js';
import { BuildError } from './report/build-error.js';
import type { InputReport } from './report/input-report.js';
import { buildReport, type BuildReport } from './report/build-report.js';
import { checkPlanted } from './report/planted-check.js';
import { UNMATCHED_FILE, unmatchedCsv } from './report/unmatched-csv.js';
import { placeMentors } from './stages/mentors.js';
import { planOutputs } from './stages/outputs.js';
import { describeProgrammes } from './stages/programmes.js';
import { readInputs, type Inputs } from './stages/read-inputs.js';
import { rollUp } from './stages/roll-up.js';
import { intervalSummary } from './report/interval-summary.js';
import { availablePillars, scoreInstitutions } from './stages/score-institutions.js';
import { findShadowZones, shadowTally } from './stages/shadow-zones.js';
import { surveyWaves } from './stages/surveys.js';
import { writeOutput } from './write/write-output.js';
import { isDataError, localizeError } from '../src/errors.js';
import { predecessorsOf } from './readers/successors.js';

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export interface BuildHooks {
  log?: (line: string) => void;
  /** Called as output files are written (for a progress bar). */
  onWrite?: (done: number, total: number) => void;
}

async function defaultDate(paths: string[]): Promise<string> {
  // The newest input decides: rebuilding the same inputs gives the same bytes. Written as Italy's clocks showed it,
  // whose day every download says (in UTC, a file saved at 00:30 in Rome was of the day before).
  const times = await Promise.all(paths.map(async (path) => (await stat(path)).mtimeMs));
  return italianTimestamp(Math.max(...times));
}

export async function computeModel(
  config: BuildConfig,
  hooks: BuildHooks = {},
): Promise<{ model: BuildModel; inputs: InputReport[]; extra: Omit<BuildReport, 'inputs' | 'outputs' | 'summary'> }> {
  const log = hooks.log ?? (() => undefined);
  const inputs = await readInputs(config, log);
  await checkNotShrinking(inputs, config);
  return modelOf(inputs, config, log);
}

/** The number of school codes in the contract at `out`, from its build report (null when there is none to read). */
async function previousSchools(out: string): Promise<number | null> {
  try {
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { totals?: { schools?: unknown } };
    return typeof report.totals?.schools === 'number' ? report.totals.schools : null;
  } catch {
    return null;
  }
}

/**
 * Stops a build whose registry yields nothing, or far less than the contract it
 * would replace: a header-only or truncated registry must never replace a live
 * contract unseen (`--allow-shrink` says the shrink is meant).
 */
export async function checkNotShrinking(inputs: Inputs, config: BuildConfig): Promise<void> {
  const schools = inputs.located.locations.size;
  if (schools === 0) {
    const why = inputs.reports
      .filter((report) => config.registry.includes(report.file))
      .flatMap((report) =>
        report
          .toJSON()
          .rejects.slice(0, 3)
          .map((r) => `${r.reason} (${r.count})`),
      );
    throw new BuildError({
      it: `le anagrafi non danno nessuna scuola collocabile${why.length ? `: righe scartate per ${why.join(', ')}` : ' (solo intestazione?)'}; niente da costruire, il contratto esistente resta com'è`,
      en: `the registry files yield no school that can be placed${why.length ? `: rows rejected for ${why.join(', ')}` : ' (header only?)'}; nothing to build, the existing contract is left as it is`,
    });
  }
  const previous = await previousSchools(config.out);
  if (previous !== null && schools < previous * config.shrinkThreshold && !config.allowShrink)
    throw new BuildError({
      it: `questa costruzione ha ${schools} scuole contro le ${previous} del contratto in ${config.out} (meno del ${Math.round(config.shrinkThreshold * 100)}%): fermata per non sostituirlo con dati parziali; se è voluto, ripetere con --allow-shrink`,
      en: `this build has ${schools} schools against ${previous} in the contract at ${config.out} (less than ${Math.round(config.shrinkThreshold * 100)}%): stopped so as not to replace it with partial data; if this is meant, run again with --allow-shrink`,
    });
}

/** Every stage after reading: the model of the contract from the inputs read. */
export async function modelOf(
  inputs: Inputs,
  config: BuildConfig,
  log: (line: string) => void = () => undefined,
): Promise<{ model: BuildModel; inputs: InputReport[]; extra: Omit<BuildReport, 'inputs' | 'outputs' | 'summary'> }> {
  log('rolling plessi up into institutions, aggregating by comune, province, region and nation');
  const rolled = rollUp(inputs, config);
  const list = [...rolled.institutions.values()];

  log('computing the internationalisation index');
  const available = availablePillars(inputs, config);
  const scored = scoreInstitutions(list, available, inputs.limits, rolled.years.at(-1)!, config, inputs.surveys);

  log('finding shadow zones');
  const shadow = findShadowZones(
    {
      institutions: list,
      active: scored.active,
      allocations: rolled.allocations,
      limits: inputs.limits,
      context: inputs.context,
      size: scored.index.context.size,
      years: scored.index.context.referenceYears,
    },
    config,
  );

  if (inputs.surveys.length > 0) log('weighting the survey waves and estimating per area');
  const surveys = surveyWaves({ surveys: inputs.surveys, institutions: list, referenceYears: scored.index.context.referenceYears }, config);

  log('projecting and simplifying the geometry; placing mentors');
  const layers = buildGeometryLayers(inputs.limits, config.geometry);
  const assignment = await placeMentors(
    {
      institutions: list,
      active: scored.active,
      roleModels: scored.roleModels,
      centroids: layers.centroids,
      regionNeighbours: layers.regionNeighbours,
    },
    config,
  );
  const mentors = assignment.links;

  const inputFiles = [
    ...config.registry,
    ...config.funding,
    ...config.surveys.flatMap((survey) => [survey.questionnaire, survey.responses]),
    ...[config.students, config.context, config.etwinning, config.erasmus, config.successors].filter((p): p is string => Boolean(p)),
  ];
  const generatedAt = config.generatedAt ?? (await defaultDate(inputFiles));
  const funding = fundingLinesOf(inputs.funding);
  const model: BuildModel = {
    config,
    generatedAt,
    release: `${generatedAt.slice(0, 10)}-s${config.seed}`,
    synthetic: inputs.synthetic.etwinning || inputs.synthetic.erasmus || surveys.some((wave) => wave.synthetic),
    years: rolled.years,
    limits: inputs.limits,
    layers,
    schools: inputs.schools,
    locations: inputs.located.locations,
    students: inputs.students,
    studentsYear: inputs.studentsYear,
    institutions: rolled.institutions,
    predecessors: predecessorsOf(inputs.successors, inputs.schools),
    metrics: rolled.metrics,
    areas: rolled.areas,
    regionDispersions: rolled.regionDispersions,
    programmes: describeProgrammes(rolled.coverage),
    sources: buildSources({
      registryFiles: config.registry,
      students: config.students ? { year: inputs.studentsYear } : null,
      funding: funding.sources,
      etwinning: config.etwinning ? (inputs.synthetic.etwinning ? 'synthetic' : true) : false,
      erasmus: config.erasmus ? (inputs.synthetic.erasmus ? 'synthetic' : true) : false,
      surveys: surveys.map((wave) => ({ wave: wave.questionnaire.wave, title: wave.questionnaire.title, synthetic: wave.synthetic })),
    }),
    fundingLabels: new Map(funding.lines.map((line) => [line.id, line.label])),
    index: scored.index,
    available,
    nationRanks: scored.nationRanks,
    regionRanks: scored.regionRanks,
    roleModels: scored.roleModels,
    uncertainty: scored.uncertainty,
    shadow: shadow.zones,
    shadowLevels: shadow.levels,
    mentors,
    context: inputs.context,
    surveys,
  };
  const located = inputs.located;
  return {
    model,
    inputs: inputs.reports,
    extra: {
      generatedAt,
      seed: config.seed,
      synthetic: model.synthetic,
      totals: {
        schools: located.locations.size,
        institutions: list.length,
        activeInstitutions: scored.active.size,
        roleModels: scored.roleModels.size,
        mentored: [...mentors.values()].filter((m) => m.length > 0).length,
      },
      provisional: model.programmes
        .filter((p) => p.provisionalYears.length > 0)
        .map((p) => ({ programme: p.id, years: p.provisionalYears })),
      mentors: {
        ...config.mentors,
        unassigned: assignment.unassigned,
        outOfReach: assignment.outOfReach,
        roleModels: assignment.loads.size,
        maxLoad: Math.max(0, ...assignment.loads.values()),
        medianKm: median([...mentors.values()].flatMap((links) => links.map((l) => l.distanceKm))),
        sameComune: [...mentors.values()].flatMap((links) => links.filter((l) => l.sameComune)).length,
      },
      unmatched: {
        comuniWithoutGeometry: [...located.unknownComuni].map(([belfiore, codes]) => ({
          belfiore,
          schools: codes.length,
          examples: codes.slice(0, 5),
        })),
        emptyGeometries: inputs.limits.emptyGeometries,
        unplacedSchools: located.unplaced,
        funding: inputs.funding.map((r) => ({ file: r.report.file, ...r.schoolGrants })),
        // Every grant to an institution no longer in the registry, with the comune that now holds it.
        fundingByComune: inputs.funding.flatMap((r) =>
          r.comuneGrants.map((g) => ({
            ipa: g.ipa,
            comune: g.comune,
            year: g.year,
            amountEur: g.amountEur,
            placed: inputs.limits.comuni.has(g.comune),
          })),
        ),
      },
      index: {
        indicators: scored.index.indicators.map(({ id, pillar, weight, label, denominator }) => ({
          id,
          pillar,
          weight,
          label: label.en,
          denominator,
        })),
        survey: scored.available.has('survey')
          ? {
              scored: [...scored.active].filter((code) => scored.index.results.get(code)?.pillars.survey != null).length,
              active: scored.active.size,
            }
          : null,
        weights: scored.index.weights,
        aggregation: config.index.aggregation,
        referenceYears: scored.index.context.referenceYears,
        sensitivity: scored.sensitivity,
        uncertainty: scored.uncertainty && {
          runs: scored.uncertainty.runs,
          dirichletConcentration: config.uncertainty.dirichletConcentration,
          medianIntervalWidth: scored.uncertainty.medianIntervalWidth,
          top5Stable: scored.uncertainty.top5Stable,
        },
        diagnostics: scored.diagnostics,
        roleModelTest: scored.beyondChance && { ...scored.beyondChance, fdr: config.roleModels.fdr },
        imputedStudents: scored.index.context.imputed.size,
        uncountedKinds: [...scored.index.context.uncountedKinds],
        studentsYear: model.studentsYear,
        inactiveAboveZero: list.filter((i) => !scored.active.has(i.code) && scored.index.results.get(i.code)!.score > 0).length,
      },
      shadowZones: {
        fdr: config.shadowZones.fdr,
        minInstitutions: config.shadowZones.minInstitutions,
        context: Boolean(inputs.context),
        allocation: rolled.allocationBases,
        model: shadow.model,
        levels: shadow.levels,
        calibration: shadow.calibration,
        planted: inputs.planted && checkPlanted(inputs.planted, shadow.zones, inputs.limits),
        comuni: shadowTally(shadow.zones, 'comune:'),
        provinces: shadowTally(shadow.zones, 'province:'),
      },
      intervals: intervalSummary(rolled.metrics, rolled.regionDispersions, rolled.years, inputs.limits.regions),
      surveys: surveys.map((wave) => {
        const nation = wave.areas.find((area) => area.level === 'nation');
        const results = wave.areas.flatMap((area) => area.results);
        return {
          wave: wave.questionnaire.wave,
          synthetic: wave.synthetic,
          invited: nation?.invited ?? 0,
          respondents: nation?.respondents ?? 0,
          unplaced: wave.unplaced,
          designEffect: Math.round(wave.weighting.designEffect * 1000) / 1000,
          unmatched: wave.weighting.unmatched,
          suppressed: results.filter((result) => result.suppressed).length,
          estimates: results.length,
        };
      }),
    },
  };
}

/** Builds the contract into `config.out`; returns the build report (also written there). */
export async function build(config: BuildConfig, hooks: BuildHooks = {}): Promise<BuildReport> {
  const started = performance.now();
  const { model, inputs: inputReports, extra } = await computeModel(config, hooks);
  hooks.log?.('validating and writing the contract');
  const plan = planOutputs(model);
  const unmatched = unmatchedCsv(inputReports, extra.unmatched.unplacedSchools);
  // The progress bar's total: every planned file, then the report's files.
  const total = plan.length + 2 + (unmatched ? 1 : 0);
  // Each file is made as it is written, never all at once.
  const files = function* () {
    for (const output of plan) yield output.make();
  };
  let report!: BuildReport;
  let done = 0;
  try {
    await writeOutput(config.out, files(), {
      onFile: () => hooks.onWrite?.(++done, total),
      onStale: (names) => hooks.log?.(`removed ${names.length} folders left by interrupted builds: ${names.join(', ')}`),
      // The report comes last: it tells what was written before it.
      epilogue: (stats) => {
        report = buildReport(inputReports, stats, extra);
        return [
          { path: 'report.json', text: `${JSON.stringify(report, null, 2)}\n` },
          { path: 'report.md', text: report.summary },
          ...(unmatched ? [{ path: UNMATCHED_FILE, text: unmatched }] : []),
        ];
      },
    });
  } catch (error) {
    if (isDataError(error)) {
      const text = (await localizeError(error)).text!;
      throw new BuildError(
        { it: `l'uscita violerebbe il contratto: ${text.it}`, en: `the output would break the contract: ${text.en}` },
        { cause: error },
      );
    }
    throw error;
  }
  hooks.log?.(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return report;
}
