/**
 * The `build` command: from the inputs to the contract on disk, in named stages
 * (`stages/`, each `(input, config) → output`, each tested on its own):
 * read → roll up → score → shadow zones → programmes → geometry and mentors →
 * outputs (documents validated as they are written, atomically) → report.
 */
import { stat } from 'node:fs/promises';
import type { BuildModel } from './assemble/documents.js';
import { buildSources } from './assemble/sources.js';
import type { BuildConfig } from './config.js';
import { buildGeometryLayers } from './geo/build-layers.js';
import type { InputReport } from './report/input-report.js';
import { buildReport, type BuildReport } from './report/build-report.js';
import { checkPlanted } from './report/planted-check.js';
import { placeMentors } from './stages/mentors.js';
import { planOutputs } from './stages/outputs.js';
import { describeProgrammes } from './stages/programmes.js';
import { readInputs, type Inputs } from './stages/read-inputs.js';
import { rollUp } from './stages/roll-up.js';
import { availablePillars, scoreInstitutions } from './stages/score-institutions.js';
import { findShadowZones, shadowTally } from './stages/shadow-zones.js';
import { writeOutput } from './write/write-output.js';
import { isDataError, localizeError } from '../src/errors.js';

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
  // The newest input decides: rebuilding the same inputs gives the same bytes.
  const times = await Promise.all(paths.map(async (path) => (await stat(path)).mtimeMs));
  return new Date(Math.floor(Math.max(...times) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export async function computeModel(
  config: BuildConfig,
  hooks: BuildHooks = {},
): Promise<{ model: BuildModel; inputs: InputReport[]; extra: Omit<BuildReport, 'inputs' | 'outputs' | 'summary'> }> {
  const log = hooks.log ?? (() => undefined);
  return modelOf(await readInputs(config, log), config, log);
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
  const available = availablePillars(inputs);
  const scored = scoreInstitutions(list, available, inputs.limits, rolled.years.at(-1)!, config);

  log('finding shadow zones');
  const shadow = findShadowZones(
    {
      institutions: list,
      active: scored.active,
      allocations: rolled.allocations,
      limits: inputs.limits,
      context: inputs.context,
      size: scored.index.context.size,
    },
    config,
  );

  log('projecting and simplifying the geometry; placing mentors');
  const layers = buildGeometryLayers(inputs.limits, config.geometry);
  const assignment = await placeMentors(
    { institutions: list, active: scored.active, roleModels: scored.roleModels, centroids: layers.centroids },
    config,
  );
  const mentors = assignment.links;

  const inputFiles = [
    ...config.registry,
    ...config.funding,
    ...[config.students, config.context, config.etwinning, config.erasmus].filter((p): p is string => Boolean(p)),
  ];
  const generatedAt = config.generatedAt ?? (await defaultDate(inputFiles));
  const funding = inputs.funding[0];
  const model: BuildModel = {
    config,
    generatedAt,
    release: `${generatedAt.slice(0, 10)}-s${config.seed}`,
    synthetic: inputs.synthetic.etwinning || inputs.synthetic.erasmus,
    years: rolled.years,
    limits: inputs.limits,
    layers,
    schools: inputs.schools,
    locations: inputs.located.locations,
    students: inputs.students,
    institutions: rolled.institutions,
    metrics: rolled.metrics,
    areas: rolled.areas,
    programmes: describeProgrammes(rolled.coverage),
    sources: buildSources({
      registryFiles: config.registry,
      students: Boolean(config.students),
      funding: funding
        ? { id: funding.programme.id, name: funding.programme.label.it, generic: funding.report.format !== 'pnrr-1.4.1' }
        : null,
      etwinning: config.etwinning ? (inputs.synthetic.etwinning ? 'synthetic' : true) : false,
      erasmus: config.erasmus ? (inputs.synthetic.erasmus ? 'synthetic' : true) : false,
    }),
    fundingLabels: new Map(inputs.funding.map((r) => [r.programme.id, r.programme.label])),
    index: scored.index,
    available,
    nationRanks: scored.nationRanks,
    regionRanks: scored.regionRanks,
    roleModels: scored.roleModels,
    uncertainty: scored.uncertainty,
    shadow: shadow.zones,
    mentors,
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
      mentors: {
        ...config.mentors,
        unassigned: assignment.unassigned,
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
        imputedStudents: scored.index.context.imputed.size,
        inactiveAboveZero: list.filter((i) => !scored.active.has(i.code) && scored.index.results.get(i.code)!.score > 0).length,
      },
      shadowZones: {
        fdr: config.shadowZones.fdr,
        minInstitutions: config.shadowZones.minInstitutions,
        context: Boolean(inputs.context),
        model: shadow.model,
        levels: shadow.levels,
        calibration: shadow.calibration,
        planted: inputs.planted && checkPlanted(inputs.planted, shadow.zones, inputs.limits),
        comuni: shadowTally(shadow.zones, 'comune:'),
        provinces: shadowTally(shadow.zones, 'province:'),
      },
    },
  };
}

/** Builds the contract into `config.out`; returns the build report (also written there). */
export async function build(config: BuildConfig, hooks: BuildHooks = {}): Promise<BuildReport> {
  const started = performance.now();
  const { model, inputs, extra } = await computeModel(config, hooks);
  hooks.log?.('validating and writing the contract');
  const plan = planOutputs(model);
  // The progress bar's total: every planned file, then the report's two.
  const total = plan.length + 2;
  // Each file is made as it is written, never all at once.
  const files = function* () {
    for (const output of plan) yield output.make();
  };
  let report!: BuildReport;
  let done = 0;
  try {
    await writeOutput(config.out, files(), {
      onFile: () => hooks.onWrite?.(++done, total),
      // The report comes last: it tells what was written before it.
      epilogue: (stats) => {
        report = buildReport(inputs, stats, extra);
        return [
          { path: 'report.json', text: `${JSON.stringify(report, null, 2)}\n` },
          { path: 'report.md', text: report.summary },
        ];
      },
    });
  } catch (error) {
    if (isDataError(error))
      throw new Error(`the output would break the contract: ${(await localizeError(error)).message}`, { cause: error });
    throw error;
  }
  hooks.log?.(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return report;
}
