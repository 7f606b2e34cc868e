/**
 * The `build` command: from the inputs to the contract on disk.
 * Read → place → roll up → aggregate → index, role models, shadow zones,
 * mentors → geometry → documents → validate → write atomically → report.
 */
import { readFile, stat } from 'node:fs/promises';
import type { LocalizedText, ShadowZone } from '../src/contract/contract.types.js';
import { validateDocument, validateTopology } from '../src/contract/validate.js';
import { isDataError, localizeError } from '../src/errors.js';
import { aggregateAreas, type AreaKey } from './aggregate/areas.js';
import { buildInstitutions, isActive, knownCodes, type Institution } from './aggregate/institutions.js';
import { locateSchools } from './aggregate/locate-schools.js';
import { metricSpecs } from './aggregate/metrics.js';
import { assembleIndex, assembleRegion, assembleSchool, type BuildModel } from './assemble/documents.js';
import { buildSources, SOURCE_IDS } from './assemble/sources.js';
import type { BuildConfig, PillarId } from './config.js';
import { buildGeometryLayers } from './geo/build-layers.js';
import { computeIndex, ranks } from './indicators/internationalisation-index.js';
import { findMentors } from './indicators/mentors.js';
import { selectRoleModels } from './indicators/role-models.js';
import { sensitivity } from './indicators/sensitivity.js';
import { classifyArea, fitPrior, type AreaCount } from './indicators/shadow-zones.js';
import { readFunding, type FundingResult } from './readers/funding.js';
import { readLimits } from './readers/limits.js';
import { readErasmus, readEtwinning, type ByCodeAndYear, type ErasmusRow, type EtwinningRow } from './readers/participation.js';
import { readRegistries, type SchoolRecord } from './readers/registry.js';
import { readStudents } from './readers/students.js';
import type { InputReport } from './report/input-report.js';
import { buildReport, type BuildReport } from './report/build-report.js';
import type { OutputFile } from './write/write-output.js';
import { gzipAsync } from '@gfx/zopfli';
import { writeOutput } from './write/write-output.js';
import { assembleSearchIndex } from './assemble/search-index.js';
import { decodeSearchIndex } from '../src/search/decode-search-index.js';

export interface BuildHooks {
  log?: (line: string) => void;
  /** Called as output files are written (for a progress bar). */
  onWrite?: (done: number, total: number) => void;
}

/** Whether a participation file was made by `synthesize` (it leaves a sidecar file saying so). */
async function isSynthetic(path: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(`${path}.meta.json`, 'utf8')) as { synthetic?: boolean }).synthetic === true;
  } catch {
    return false;
  }
}

async function defaultDate(paths: string[]): Promise<string> {
  // The newest input decides: rebuilding the same inputs gives the same bytes.
  const times = await Promise.all(paths.map(async (path) => (await stat(path)).mtimeMs));
  return new Date(Math.floor(Math.max(...times) / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function yearsCovered<T>(rows: ByCodeAndYear<T>, years: readonly number[]): Set<number> {
  let min = Infinity;
  let max = -Infinity;
  for (const byYear of rows.values()) {
    for (const year of byYear.keys()) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return new Set(years.filter((year) => year >= min && year <= max));
}

export async function computeModel(
  config: BuildConfig,
  hooks: BuildHooks = {},
): Promise<{ model: BuildModel; inputs: InputReport[]; extra: Omit<BuildReport, 'inputs' | 'outputs' | 'summary'> }> {
  const log = hooks.log ?? (() => undefined);
  const years = Array.from({ length: config.years.to - config.years.from + 1 }, (_, i) => config.years.from + i);
  const lastYear = years.at(-1)!;

  log('reading the school registries');
  const registry = await readRegistries(config.registry);
  const inputs: InputReport[] = [...registry.reports];
  const studentsRead = config.students ? await readStudents(config.students) : null;
  if (studentsRead) inputs.push(studentsRead.report);
  const students = studentsRead?.students ?? new Map<string, number>();
  log('reading the administrative limits');
  const limits = await readLimits(config.geo);
  inputs.push(...limits.reports);
  const located = locateSchools(registry.schools, limits);
  const known = knownCodes(registry.schools);

  log('reading the participation and funding exports');
  const fundingResults: FundingResult[] = [];
  for (const file of config.funding) fundingResults.push(await readFunding(file, known));
  inputs.push(...fundingResults.map((r) => r.report));
  const etwinning = config.etwinning ? await readEtwinning(config.etwinning, known) : null;
  const erasmus = config.erasmus ? await readErasmus(config.erasmus, known) : null;
  if (etwinning) inputs.push(etwinning.report);
  if (erasmus) inputs.push(erasmus.report);
  const syntheticInputs = {
    etwinning: config.etwinning ? (config.synthetic ?? (await isSynthetic(config.etwinning))) : false,
    erasmus: config.erasmus ? (config.synthetic ?? (await isSynthetic(config.erasmus))) : false,
  };

  log('rolling plessi up into institutions');
  const etRows: ByCodeAndYear<EtwinningRow> = etwinning?.rows ?? new Map();
  const erRows: ByCodeAndYear<ErasmusRow> = erasmus?.rows ?? new Map();
  const fundingRows = fundingResults.flatMap((r) => r.rows);
  const institutions = buildInstitutions(registry.schools, located.locations, students, {
    etwinning: etRows,
    erasmus: erRows,
    funding: fundingRows,
  });
  const list = [...institutions.values()];

  const fundingYears = new Set(fundingRows.map((row) => row.year).filter((year) => years.includes(year)));
  const coverage = new Map<string, Set<number>>([
    ['etwinning', yearsCovered(etRows, years)],
    ['erasmus', yearsCovered(erRows, years)],
    [
      'funding',
      fundingYears.size
        ? new Set(years.filter((y) => y >= Math.min(...fundingYears) && y <= Math.max(...fundingYears)))
        : new Set<number>(),
    ],
  ]);
  coverage.set('all', new Set([...coverage.values()].flatMap((set) => [...set])));
  const metrics = metricSpecs({
    etwinning: SOURCE_IDS.etwinning,
    erasmus: SOURCE_IDS.erasmus,
    funding: fundingResults[0]?.programme.id ?? SOURCE_IDS.funding,
    registry: SOURCE_IDS.registry,
  }).filter((metric) => metric.definition.programme === 'all' || coverage.get(metric.definition.programme)!.size > 0);
  log('aggregating by comune, province, region and nation');
  const areas = aggregateAreas(registry.schools, located.locations, students, institutions, metrics, years, coverage);

  log('computing the internationalisation index');
  const available = new Set<PillarId>();
  if (etwinning) available.add('etwinning');
  if (erasmus) available.add('erasmus').add('breadth');
  if (fundingRows.length) available.add('funding');
  if (available.size) available.add('continuity');
  const index = computeIndex(list, config.index, lastYear, available);
  const scores = new Map([...index.results].map(([code, result]) => [code, result.score]));
  const nationRanks = ranks(scores);
  const regionRanks = new Map<string, number>();
  for (const region of limits.regions.keys()) {
    for (const [code, rank] of ranks(new Map(list.filter((i) => i.location.region === region).map((i) => [i.code, scores.get(i.code)!]))))
      regionRanks.set(code, rank);
  }
  const roleModels = selectRoleModels(list, index, nationRanks, regionRanks, config.roleModels);

  log('finding shadow zones');
  const activeInstitution = new Set(
    list.filter((i) => index.context.referenceYears.some((year) => isActive(i.years.get(year)))).map((i) => i.code),
  );
  const counts = new Map<AreaKey, AreaCount>();
  const bump = (key: AreaKey, active: boolean) => {
    const count = counts.get(key) ?? { x: 0, n: 0 };
    count.n++;
    if (active) count.x++;
    counts.set(key, count);
  };
  for (const school of registry.schools) {
    const location = located.locations.get(school.code);
    if (!location) continue;
    const active = activeInstitution.has(school.institution);
    bump('nation', active);
    bump(`region:${location.region}`, active);
    if (location.province) bump(`province:${location.province}`, active);
    if (location.comune) bump(`comune:${location.comune}`, active);
  }
  const rate = (key: AreaKey) => {
    const count = counts.get(key);
    return count && count.n > 0 ? count.x / count.n : 0;
  };
  const nationRate = rate('nation');
  const shadow = new Map<AreaKey, ShadowZone>();
  // Shadow zones are judged for comuni and provinces; a region is compared with the nation only through them.
  const level = (keys: { key: AreaKey; region: string }[]) => {
    const prior = fitPrior(keys.map(({ key }) => counts.get(key) ?? { x: 0, n: 0 }));
    for (const { key, region } of keys)
      shadow.set(key, classifyArea(counts.get(key) ?? { x: 0, n: 0 }, prior, rate(`region:${region}`), nationRate, config.shadowZones));
    return prior;
  };
  const priors = {
    comuni: level([...limits.comuni.values()].map((c) => ({ key: `comune:${c.code}` as AreaKey, region: c.region }))),
    provinces: level([...limits.provinces.values()].map((p) => ({ key: `province:${p.code}` as AreaKey, region: p.region }))),
  };

  log('projecting and simplifying the geometry');
  const layers = buildGeometryLayers(limits, config.geometry);
  const centroidOf = (institution: Institution) =>
    institution.location.comune ? (layers.centroids.get(institution.location.comune) ?? null) : null;
  const roleModelList = list.filter((i) => roleModels.has(i.code));
  const mentors = findMentors(
    list.filter((i) => !activeInstitution.has(i.code)),
    roleModelList,
    centroidOf,
    config.mentors.count,
  );

  log('checking how ranks move under other weights');
  const sensitivityRows = available.size > 0 ? sensitivity(list, config.index, lastYear, available, scores) : [];

  const generatedAt =
    config.generatedAt ??
    (await defaultDate([
      ...config.registry,
      ...config.funding,
      ...[config.students, config.etwinning, config.erasmus].filter((p): p is string => Boolean(p)),
    ]));
  const fundingLabels = new Map<string, LocalizedText>(fundingResults.map((r) => [r.programme.id, r.programme.label]));
  const erasmusYears = [...coverage.get('erasmus')!].sort((a, b) => a - b);
  const model: BuildModel = {
    config,
    generatedAt,
    release: `${generatedAt.slice(0, 10)}-s${config.seed}`,
    synthetic: syntheticInputs.etwinning || syntheticInputs.erasmus,
    years,
    limits,
    layers,
    schools: registry.schools,
    locations: located.locations,
    students,
    institutions,
    metrics,
    areas,
    programmes: [
      { id: 'all', label: { it: 'Tutti i programmi', en: 'All programmes' }, provisionalYears: [] },
      { id: 'etwinning', label: { it: 'eTwinning', en: 'eTwinning' }, provisionalYears: [] },
      // Erasmus+ counts stay provisional for the current year and the two before it.
      { id: 'erasmus', label: { it: 'Erasmus+', en: 'Erasmus+' }, provisionalYears: erasmusYears.slice(-3) },
      { id: 'funding', label: { it: 'Finanziamenti nazionali', en: 'National funding' }, provisionalYears: [] },
    ],
    sources: buildSources({
      registryFiles: config.registry,
      students: Boolean(config.students),
      funding: fundingResults[0]
        ? {
            id: fundingResults[0].programme.id,
            name: fundingResults[0].programme.label.it,
            generic: fundingResults[0].report.format !== 'pnrr-1.4.1',
          }
        : null,
      etwinning: config.etwinning ? (syntheticInputs.etwinning ? 'synthetic' : true) : false,
      erasmus: config.erasmus ? (syntheticInputs.erasmus ? 'synthetic' : true) : false,
    }),
    fundingLabels,
    index,
    available,
    nationRanks,
    regionRanks,
    roleModels,
    shadow,
    mentors,
  };
  const shadowCounts = (prefix: string) => {
    const tally: Record<string, number> = { shadow: 0, ok: 0, insufficient: 0, nodata: 0 };
    for (const [key, zone] of shadow) if (key.startsWith(prefix)) tally[zone.status]!++;
    return tally;
  };
  return {
    model,
    inputs,
    extra: {
      generatedAt,
      seed: config.seed,
      synthetic: model.synthetic,
      totals: {
        schools: located.locations.size,
        institutions: list.length,
        activeInstitutions: activeInstitution.size,
        roleModels: roleModels.size,
        mentored: [...mentors.values()].filter((m) => m.length > 0).length,
      },
      unmatched: {
        comuniWithoutGeometry: [...located.unknownComuni].map(([belfiore, codes]) => ({
          belfiore,
          schools: codes.length,
          examples: codes.slice(0, 5),
        })),
        emptyGeometries: limits.emptyGeometries,
        unplacedSchools: located.unplaced,
        funding: fundingResults.map((r) => ({ file: r.report.file, ...r.schoolGrants })),
      },
      index: {
        weights: index.weights,
        aggregation: config.index.aggregation,
        referenceYears: index.context.referenceYears,
        sensitivity: sensitivityRows,
      },
      shadowZones: { priors, comuni: shadowCounts('comune:'), provinces: shadowCounts('province:') },
    },
  };
}

/** The school shards of an institution: one per plesso, plus its own when it is not itself a plesso. */
function shardsOf(institution: Institution): (SchoolRecord | null)[] {
  return institution.plessi.some((p) => p.code === institution.code) ? institution.plessi : [null, ...institution.plessi];
}

/** A document serialised once, and validated from that very text before it is written. */
function documentFile(path: string, kind: 'index' | 'region' | 'school' | 'bundle', doc: unknown): OutputFile {
  const text = JSON.stringify(doc);
  validateDocument(JSON.parse(text), [kind], path);
  return { path, text };
}

/**
 * A gzip copy of a file, made with Zopfli (smaller than zlib's best by ~6 %,
 * readable by every gzip decoder), for hosts that serve precompressed files
 * (nginx `gzip_static`, a CDN's uploaded encodings): the search index is the
 * largest download of the library and is fetched whole.
 */
async function precompressed(file: OutputFile): Promise<OutputFile> {
  return {
    path: `${file.path}.gz`,
    text: await gzipAsync(typeof file.text === 'string' ? Buffer.from(file.text) : file.text, { numiterations: 15 }),
  };
}

/** The search index, checked by decoding it as `<school-search>` will. */
function searchIndexFile(model: BuildModel): OutputFile {
  const text = JSON.stringify(assembleSearchIndex({ ...model, institutions: model.institutions.values() }));
  decodeSearchIndex(JSON.parse(text), 'search.json');
  return { path: 'search.json', text };
}

function* outputFiles(model: BuildModel): Generator<OutputFile | Promise<OutputFile>> {
  yield documentFile('index.json', 'index', assembleIndex(model));
  const search = searchIndexFile(model);
  yield search;
  for (const region of [...model.limits.regions.keys()].sort())
    yield documentFile(`regions/${region}.json`, 'region', assembleRegion(model, region));
  const layers = model.layers;
  const topo = (path: string, layer: 'regions' | 'provinces' | 'comuni', object: string, topology: unknown): OutputFile => {
    validateTopology(topology, layer, object, path);
    return { path, text: JSON.stringify(topology) };
  };
  yield topo('geo/regions.topo.json', 'regions', 'regions', layers.regions);
  yield topo('geo/provinces.topo.json', 'provinces', 'provinces', layers.provinces);
  yield topo('geo/comuni/italia.topo.json', 'comuni', 'comuni', layers.comuniNational);
  for (const [region, topology] of layers.comuniByRegion) yield topo(`geo/comuni/${region}.topo.json`, 'comuni', 'comuni', topology);
  for (const institution of model.institutions.values()) {
    for (const plesso of shardsOf(institution))
      yield documentFile(`schools/${plesso?.code ?? institution.code}.json`, 'school', assembleSchool(model, institution, plesso));
  }
  // Last: the writes still in flight go on while Zopfli works (seconds), rather than waiting for it.
  yield precompressed(search);
}

/** Builds the contract into `config.out`; returns the build report (also written there). */
export async function build(config: BuildConfig, hooks: BuildHooks = {}): Promise<BuildReport> {
  const started = performance.now();
  const { model, inputs, extra } = await computeModel(config, hooks);
  hooks.log?.('validating and writing the contract');
  const total = 1 + model.limits.regions.size * 2 + 4 + [...model.institutions.values()].reduce((sum, i) => sum + shardsOf(i).length, 0);
  let report!: BuildReport;
  let done = 0;
  const files = function* () {
    yield* outputFiles(model);
    if (config.bundleRegion) yield bundleFile(model, config.bundleRegion);
  };
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

/** One self-contained file for a small site: the index, one region, its schools and its geometry. */
function bundleFile(model: BuildModel, region: string): OutputFile {
  if (!model.limits.regions.has(region)) throw new Error(`--bundle-region ${region}: no such region`);
  const schools = [...model.institutions.values()]
    .filter((i) => i.location.region === region)
    .flatMap((i) => shardsOf(i).map((plesso) => assembleSchool(model, i, plesso)));
  const index = assembleIndex(model);
  const bundle = {
    contract: index.contract,
    kind: 'bundle' as const,
    generatedAt: model.generatedAt,
    release: model.release,
    synthetic: model.synthetic,
    index,
    regions: [assembleRegion(model, region)],
    schools,
    geometry: {
      regions: model.layers.regions,
      provinces: model.layers.provinces,
      comuni: { [region]: model.layers.comuniByRegion.get(region)! },
    },
  };
  return documentFile(`bundle-${region}.json`, 'bundle', bundle);
}
