/**
 * Stage 8, outputs: the list of every file the build writes, each made when it
 * is written (the school shards are tens of thousands: never all in memory).
 * Every document is serialised once and validated from that very text; the
 * list's length is the progress bar's total.
 */
import { APACHE_CONFIG } from '../assemble/apache-config.js';
import { BuildError } from '../report/build-error.js';
import { gzipAsync } from '@gfx/zopfli';
import { validateDocument, validateTopology } from '../../src/contract/validate.js';
import { packTopology } from '../../src/contract/pack-topology.js';
import { validatePackedTopology } from '../../src/contract/packed-topology.js';
import { packedPath } from '../assemble/geometry-refs.js';
import { FILE_LAYOUT } from '../../src/contract/file-layout.js';
import { decodeSearchIndex } from '../../src/search/decode-search-index.js';
import type { Institution } from '../aggregate/institutions.js';
import { assembleAreaFile, comuneRows, provinceRows } from '../assemble/area-file.js';
import { assembleIndex, assembleRegion, assembleSchool, type BuildModel } from '../assemble/documents.js';
import { assembleSurveyFile } from '../assemble/survey-file.js';
import { SURVEY_CONFIDENCE, type SurveyWave } from './surveys.js';
import type { AreaFile, SurveyFile } from '../../src/contract/contract.types.js';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.js';
import { programmeProvisionalYears } from '../../src/contract/provisional-years.js';
import type { AreaRow } from '../../src/contract/area-rows.js';
import { registerSurveyKind } from '../../src/survey/survey-kind.js';
import { assembleSearchIndex } from '../assemble/search-index.js';
import type { SearchIndexDocument } from '../../src/search/search-format.js';
import type { SchoolRecord } from '../readers/registry.js';
import { asciiJson } from '../write/ascii-json.js';
import type { OutputFile } from '../write/write-output.js';
import type { DocumentKind } from '../../src/contract/vocabulary.js';

/**
 * A file's path from the layout's template (src/contract/file-layout.ts), as the index names it: a
 * path on disk, neither URL-encoded nor resolved, as the loader's fillTemplate does for the browser.
 */
function layoutPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** One file of the output, made when it is written. */
export interface PlannedOutput {
  path: string;
  make: () => OutputFile | Promise<OutputFile>;
}

/** The school shards of an institution: one per plesso, plus its own when it is not itself a plesso. */
export function shardsOf(institution: Institution): (SchoolRecord | null)[] {
  return institution.plessi.some((p) => p.code === institution.code) ? institution.plessi : [null, ...institution.plessi];
}

/** A document serialised once (in ASCII: write/ascii-json.ts), and validated from that very text before it is written. */
function documentFile(path: string, kind: DocumentKind, doc: unknown): OutputFile {
  const text = asciiJson(doc);
  validateDocument(JSON.parse(text), [kind], path);
  return { path, text };
}

type Layer = 'regions' | 'provinces' | 'comuni';

function topologyFile(path: string, layer: Layer, topology: unknown): OutputFile {
  validateTopology(topology, layer, layer, path);
  return { path, text: asciiJson(topology) };
}

/** The layer packed (src/contract/packed-topology.ts), validated from its text as the elements will read it. */
function packedTopologyFile(path: string, layer: Layer, topology: unknown): OutputFile {
  const text = asciiJson(packTopology(validateTopology(topology, layer, layer, path)));
  validatePackedTopology(JSON.parse(text), layer, layer, path);
  return { path, text };
}

/** A layer's two files: plain TopoJSON for every GIS tool, and its packed twin for the elements. */
function layerFiles(path: string, layer: Layer, topology: unknown): PlannedOutput[] {
  const packed = packedPath(path);
  return [
    { path, make: () => topologyFile(path, layer, topology) },
    { path: packed, make: () => packedTopologyFile(packed, layer, topology) },
  ];
}

/**
 * A gzip copy of a file, made with Zopfli (smaller than zlib's best by ~6 %,
 * readable by every gzip decoder), for hosts that serve precompressed files
 * (nginx `gzip_static`, a CDN's uploaded encodings): the search index is the
 * largest download of the library and is fetched whole.
 */
async function precompressed(file: OutputFile): Promise<OutputFile> {
  const bytes = typeof file.text === 'string' ? Buffer.from(file.text) : file.text;
  return { path: `${file.path}.gz`, text: await gzipAsync(bytes, { numiterations: 15 }) };
}

/** The search index of `institutions`, checked by decoding it as `<school-search>` will. */
function searchIndexOf(model: BuildModel, institutions: Iterable<Institution>, where: string): SearchIndexDocument {
  const document = assembleSearchIndex({ ...model, institutions });
  decodeSearchIndex(JSON.parse(JSON.stringify(document)), where);
  return document;
}

function searchIndexFile(model: BuildModel): OutputFile {
  return { path: 'search.json', text: asciiJson(searchIndexOf(model, model.institutions.values(), 'search.json')) };
}

/** What a survey wave's document takes from the build besides the wave. */
const surveyContext = (model: BuildModel) => ({
  generatedAt: model.generatedAt,
  release: model.release,
  limits: model.limits,
  minRespondents: model.config.surveyMinRespondents,
  confidence: SURVEY_CONFIDENCE,
});

/** A survey wave's document with Italy, `region` and its provinces only (what a bundle of that region shows), checked as written. */
function regionalSurvey(model: BuildModel, wave: SurveyWave, region: string): SurveyFile {
  registerSurveyKind();
  const file = assembleSurveyFile(wave, surveyContext(model));
  const inRegion = (area: SurveyFile['areas'][number]) =>
    area.level === 'nation' || (area.level === 'region' ? area.code === region : model.limits.provinces.get(area.code)?.region === region);
  const trimmed = { ...file, areas: file.areas.filter(inRegion) };
  validateDocument(JSON.parse(JSON.stringify(trimmed)), ['survey'], `bundle-${region}.json#surveys/${wave.questionnaire.wave}`);
  return trimmed;
}

/** One self-contained file for a small site: the index, one region, its schools and its geometry (and the surveys' results for it). */
function bundleFile(model: BuildModel, region: string): OutputFile {
  if (!model.limits.regions.has(region))
    throw new BuildError({
      it: `--bundle-region ${region}: regione inesistente (i codici ISTAT vanno da 01 a 20)`,
      en: `--bundle-region ${region}: no such region (ISTAT codes run from 01 to 20)`,
    });
  const institutions = [...model.institutions.values()].filter((i) => i.location.region === region);
  const schools = institutions.flatMap((i) => shardsOf(i).map((plesso) => assembleSchool(model, i, plesso)));
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
    ...(model.surveys.length > 0 && { surveys: model.surveys.map((wave) => regionalSurvey(model, wave, region)) }),
    // Its schools' search index: a small site publishes the bundle alone, with no search.json beside it.
    search: searchIndexOf(model, institutions, `bundle-${region}.json#search`),
  };
  return documentFile(`bundle-${region}.json`, 'bundle', bundle);
}

/**
 * A national area file of `metric` at `level`, and its latest year's
 * (src/contract/area-latest.ts), written next: the whole file is made once
 * and kept only until the latest's is written from it.
 */
function areaOutputs(model: BuildModel, level: AreaFile['level'], metric: string, rows: () => AreaRow[]): PlannedOutput[] {
  const path = layoutPath(FILE_LAYOUT.shards.areas, { level, metric });
  const latestPath = layoutPath(FILE_LAYOUT.shards.areasLatest, { level, metric });
  let whole: AreaFile | undefined;
  const made = () => (whole ??= assembleAreaFile(model, metric, rows(), level));
  // Its programme's provisional years: the latest file then carries the latest final year's values too.
  const programme = model.metrics.find((m) => m.definition.id === metric)!.definition.programme;
  const provisional = programmeProvisionalYears(model, programme);
  return [
    { path, make: () => documentFile(path, 'areas', made()) },
    {
      path: latestPath,
      make: () => {
        const file = documentFile(latestPath, 'areas-latest', latestOfAreas(made(), provisional));
        whole = undefined;
        return file;
      },
    },
  ];
}

/** Every file of the output, in the order it is written. */
export function planOutputs(model: BuildModel): PlannedOutput[] {
  let search: OutputFile | undefined;
  const searchFile = () => (search ??= searchIndexFile(model));
  const { layers } = model;
  const plan: PlannedOutput[] = [
    { path: 'index.json', make: () => documentFile('index.json', 'index', assembleIndex(model)) },
    { path: 'search.json', make: searchFile },
  ];
  for (const region of [...model.limits.regions.keys()].sort()) {
    const path = layoutPath(FILE_LAYOUT.shards.region, { region });
    plan.push({ path, make: () => documentFile(path, 'region', assembleRegion(model, region)) });
  }
  // The national area files: every comune, and every province, with one metric each (each level's rows made once for
  // all), each followed by its latest year's file, written from it.
  let comuni: ReturnType<typeof comuneRows> | undefined;
  let provinces: ReturnType<typeof provinceRows> | undefined;
  if (model.metrics.length > 0) registerAreasLatestKind();
  for (const level of ['comuni', 'provinces'] as const)
    for (const metric of model.metrics.map((m) => m.definition.id)) {
      const rows = () => (level === 'comuni' ? (comuni ??= comuneRows(model)) : (provinces ??= provinceRows(model)));
      plan.push(...areaOutputs(model, level, metric, rows));
    }
  // The survey wave's kind, which the validator learns only where it is used.
  if (model.surveys.length > 0) registerSurveyKind();
  for (const wave of model.surveys) {
    const path = layoutPath(FILE_LAYOUT.shards.survey, { wave: wave.questionnaire.wave });
    plan.push({ path, make: () => documentFile(path, 'survey', assembleSurveyFile(wave, surveyContext(model))) });
  }
  plan.push(
    ...layerFiles(FILE_LAYOUT.geometry.regions.url, 'regions', layers.regions),
    ...layerFiles(FILE_LAYOUT.geometry.provinces.url, 'provinces', layers.provinces),
    ...layerFiles(FILE_LAYOUT.geometry.comuniNational.url, 'comuni', layers.comuniNational),
  );
  for (const [region, topology] of layers.comuniByRegion)
    plan.push(...layerFiles(layoutPath(FILE_LAYOUT.geometry.comuni.url, { region }), 'comuni', topology));
  for (const institution of model.institutions.values()) {
    for (const plesso of shardsOf(institution)) {
      const path = layoutPath(FILE_LAYOUT.shards.school, { code: plesso?.code ?? institution.code });
      plan.push({ path, make: () => documentFile(path, 'school', assembleSchool(model, institution, plesso)) });
    }
    // Under each code merged into it since, its own shard (which names that code among its predecessors): a badge a
    // school embedded with its old code shows the institution it is now part of, by its name and code.
    const own = institution.plessi.find((p) => p.code === institution.code) ?? null;
    for (const old of model.predecessors.get(institution.code) ?? []) {
      const path = layoutPath(FILE_LAYOUT.shards.school, { code: old });
      plan.push({ path, make: () => documentFile(path, 'school', assembleSchool(model, institution, own)) });
    }
  }
  // Last: the writes still in flight go on while Zopfli works (seconds), rather than waiting for it.
  plan.push({ path: 'search.json.gz', make: () => precompressed(searchFile()) });
  const bundleRegion = model.config.bundleRegion;
  if (bundleRegion) plan.push({ path: `bundle-${bundleRegion}.json`, make: () => bundleFile(model, bundleRegion) });
  if (model.config.apache) plan.push({ path: '.htaccess', make: () => ({ path: '.htaccess', text: APACHE_CONFIG }) });
  return plan;
}
