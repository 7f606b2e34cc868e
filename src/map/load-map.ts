/**
 * What a map downloads: the index, the geometry of its level (the comuni of its
 * region, or of Italy) and the region shards that hold its areas' data; at
 * regions level no shard: the points' tallies are in the index; for all
 * Italy's comuni, the national area file of the metric shown (an index without
 * them, written before, makes the map read the shards).
 * Unknown attributes are `UsageError`s.
 */
import type {
  AreaFile,
  AreaLatestFile,
  LocalizedText,
  NationalIndex,
  RegionShard,
  ShadowZone,
  Topology,
} from '../contract/contract.types.js';
import type { ContractLoader } from '../data/loader.js';
import { UsageError } from '../element/usage-error.js';
import { NotFoundError } from '../errors.js';
import { registerAreasLatestKind } from '../contract/area-latest.js';
import { loadAreasLatest } from './load-areas-latest.js';
import { readPackedTopology } from '../contract/packed-topology.js';
import type { AreaLike } from './area-values.js';
import { columnAreas, columnTallies, type ShownShadow } from './column-areas.js';
import { headStart } from './head-start.js';
import { isSurveyMetric } from './drill.js';
import { heldRegions } from '../data/held-regions.js';
import { readPoints } from './point-kinds.js';
import { tallyInstitutions, type SchoolTally, type TallyRow } from './tally-institutions.js';

export type { SchoolTally };

export const MAP_LEVELS = ['regions', 'provinces', 'comuni'] as const;
export type MapLevel = (typeof MAP_LEVELS)[number];

/** The attributes a map can get wrong. */
export type MapUsage =
  | 'src'
  | 'level'
  | 'region'
  | 'province'
  | 'metric'
  | 'year'
  | 'normalisation'
  | 'classification'
  | 'palette'
  | 'surveyLevel'
  | 'surveyNone';

export type MapArea = AreaLike & {
  /** What a map shows of its shadow zone (src/map/column-areas.ts). */
  shadow?: ShownShadow;
  /**
   * The shadow-zone status alone, when the area reads it straight from a
   * file's column (src/map/column-areas.ts): a first paint then makes no
   * shadow zone for ~7,900 comuni to tell which to hatch.
   */
  shadowStatus?(): ShadowZone['status'] | undefined;
};

/** A survey map's note; `quiet`: said in the element only, not in the console (the page asked nothing wrong). */
export type SurveyNote = LocalizedText & { quiet?: true };

/** What the map can show of a choice question, in a picker of its answers: the question, its options, the one shown. */
export interface SurveyAnswers {
  question: string;
  options: readonly { id: string; text: LocalizedText }[];
  shown: string;
}

export interface MapData {
  index: NationalIndex;
  level: MapLevel;
  region: string;
  /** The province whose comuni alone are shown (null: the whole region, or Italy). */
  province: { code: string; name: string } | null;
  topology: Topology;
  object: string;
  areas: ReadonlyMap<string, MapArea>;
  /** Active and role-model institutions per area (from the region shards; none at regions level without points). */
  schools: Map<string, SchoolTally>;
  /** A survey metric's school year, which the map shows whatever its `year` (src/map/survey-metric.ts). */
  surveyYear?: number;
  /** A survey metric's wave shown (the index's `surveys` id). */
  surveyWave?: string;
  /** A survey metric's interval and n per area code, or its suppression. */
  intervals?: Map<string, { low: number; high: number; n: number } | { n: number; suppressed: true }>;
  /** What a survey map shows other than asked: a wave or question chosen that it cannot, the one answer of a choice drawn. */
  surveyNotes?: readonly SurveyNote[];
  /** A choice question's answers, one of them shown: a picker offers the others. */
  surveyAnswers?: SurveyAnswers;
  /** The one school year the areas have values of (read from a latest year's file); absent: every year of the index. */
  onlyYear?: number;
  /** With `onlyYear` provisional: the latest year with final figures, whose values the areas have too (its classes colour every year). */
  finalYear?: number;
  /** The same map with every year (the whole area file), for one read from a latest year's file. */
  whole?: (signal: AbortSignal) => Promise<MapData>;
  /** The regions whose provinces and comuni the data holds, where it does not hold all (a bundle of one region): the others are not entered. */
  held?: ReadonlySet<string>;
}

/**
 * Points count institutions (the unit that takes part), each once per area:
 * active ones and role models, per comune, province (the first three digits of
 * the comune's ISTAT code) or region.
 */
export function tallySchools(shards: readonly RegionShard[], level: MapLevel): Map<string, SchoolTally> {
  const rows: TallyRow[] = [];
  for (const shard of shards)
    for (const { comune, institution, active, roleModel } of shard.schools)
      if (comune)
        rows.push({
          area: level === 'comuni' ? comune : level === 'provinces' ? comune.slice(0, 3) : shard.region.code,
          institution,
          active,
          roleModel,
        });
  return tallyInstitutions(rows);
}

/**
 * What a map's data depends on: points only at regions level (when the index
 * has no tallies, they need the shards), the metric only for all Italy's comuni
 * (one national file per metric) or a survey's estimate (its wave's file): a
 * change of anything else only re-colours.
 */
export function mapArgs(
  m: {
    src: string;
    level: string;
    region: string;
    province: string;
    points: string;
    metric: string;
    wave: string;
    question: string;
  },
  answer = '',
) {
  const survey = isSurveyMetric(m.metric);
  return [
    m.src,
    m.level,
    m.region,
    m.province,
    m.level === 'regions' && readPoints(m.points).kinds.size > 0,
    (m.level !== 'regions' && !m.region) || survey ? m.metric : '',
    // A survey's wave and question chosen in a linked view (src/map/survey-metric.ts); nothing to another metric.
    survey ? m.wave : '',
    survey ? m.question : '',
    // The answer picked on a survey's map, `QUESTION:OPTION` (components/region-map/region-map.survey-pickers.ts).
    survey ? answer : '',
  ] as const;
}

/** The tallies the data states per area (the index's regions, an area file's comuni), by area code. */
function statedTallies(areas: readonly { code: string; tally?: SchoolTally }[]): Map<string, SchoolTally> {
  return new Map(areas.map(({ code, tally }) => [code, { active: tally!.active, roleModels: tally!.roleModels }]));
}

/**
 * Loads a map's data. `warn` hears about region shards that could not be read
 * at regions level (their region is drawn without points). `province` (three
 * digits, at comuni level inside a region) narrows the comuni to that province's.
 */
export async function loadMap(
  loader: ContractLoader,
  src: string,
  level: string,
  region: string,
  regionPoints: boolean,
  signal: AbortSignal,
  warn: (key: string, message: string) => void,
  province = '',
  metric = '',
  latest = false,
): Promise<MapData> {
  if (!src) throw new UsageError<MapUsage>('src');
  // A map reads each layer's packed twin when the index names one (src/contract/packed-topology.ts).
  const geometryOptions = {
    signal,
    readPacked: readPackedTopology,
    packedMissing: (packed: string, fallback: string) =>
      warn(
        'packed',
        `${packed} was not found (HTTP 404 or 403, or a web page in its place): reading ${fallback} instead. Upload the .packed.json files beside the .topo.json ones: the map draws sooner.`,
      ),
  };
  if (!(MAP_LEVELS as readonly string[]).includes(level)) throw new UsageError<MapUsage>('level', level);
  const mapLevel = level as MapLevel;
  const indexed = loader.index(src, { signal });
  // A national map of the latest year reads that year's file first (src/contract/area-latest.ts).
  const national = mapLevel !== 'regions' && !region;
  if (national && latest) registerAreasLatestKind();
  // The files this map will read, asked for while the index is on its way (src/map/head-start.ts).
  headStart(loader, src, { level: mapLevel, region, metric, latest }, readPackedTopology, signal);
  const source = await indexed;
  const { index } = source;
  const regions = region ? index.regions.filter((r) => r.code === region) : index.regions;
  if (region && regions.length === 0) throw new UsageError<MapUsage>('region', region);
  // A bundle of one region (a small site's file) draws that region, or Italy by regions: a map of all Italy's
  // provinces or comuni would show one region's and call the rest "no data". The error says what to write.
  const holds = heldRegions(source);
  const held = holds.length < index.regions.length ? holds : undefined;
  if (national && held)
    throw new UsageError<MapUsage>('level', level, held.map(({ code, name }) => `${name} (region="${code}")`).join(', '));
  // A province of Italy asked for without its region or its level: the error writes the attributes that show it.
  const provinceRegion = index.provinceRegions?.[province];
  const provinceHint = provinceRegion ? `region="${provinceRegion}" level="comuni" province="${province}"` : undefined;
  const misplaced = provinceRegion !== undefined && region !== provinceRegion;
  if (province && (mapLevel !== 'comuni' || !region || !/^\d{3}$/.test(province) || misplaced))
    throw new UsageError<MapUsage>('province', province, provinceHint);
  // At regions level the shards only add points: one that cannot be read leaves its region without them.
  const shardOf = (code: string) =>
    mapLevel !== 'regions'
      ? loader.region(src, code, { signal })
      : loader.region(src, code, { signal }).catch((error: unknown) => {
          if (!signal.aborted) warn(`points:${code}`, `No points for region ${code}: ${(error as Error).message}`);
          return null;
        });
  // A map of regions counts its points from the index when it has the tallies (contract 1.1): no region shard at all.
  const indexTallies = mapLevel === 'regions' && regions.every((r) => r.tally) ? statedTallies(regions) : null;
  // A map of all Italy's comuni or provinces reads the national area file of its metric when there is one (contract 1.1).
  if (national) {
    const wanted = metric || index.metrics[0]?.id;
    const known = wanted !== undefined && index.metrics.some((m) => m.id === wanted);
    // The latest year's file when the map shows that year, then the whole file when asked for (a change of year).
    const areasOf = (signal: AbortSignal) => (known ? loader.areas(src, mapLevel, wanted, { signal }) : null);
    // A source without latest year's files (an older index, or one not uploaded) has the whole file, asked for at once, not after the geometry.
    const latestOrWhole = async (): Promise<AreaFile | AreaLatestFile | null> =>
      (await loadAreasLatest(loader, src, mapLevel, wanted!, {
        signal,
        missing: (url) =>
          warn(
            'latest',
            `${url} was not found (HTTP 404 or 403, or a web page in its place): reading the whole area file instead. Upload the .latest.json files beside the others: the map draws sooner.`,
          ),
      })) ?? areasOf(signal);
    const [topology, file] = await Promise.all([
      loader.geometry(src, mapLevel, undefined, geometryOptions),
      latest && known ? latestOrWhole() : areasOf(signal),
    ]);
    const mapOf = (file: AreaFile | AreaLatestFile): MapData => {
      let schools: MapData['schools'] | undefined;
      const data: MapData = {
        index,
        level: mapLevel,
        region,
        province: null,
        topology,
        object: index.geometry[mapLevel].object,
        // Each comune's fields read from the columns when asked (src/map/column-areas.ts).
        areas:
          file.kind === 'areas'
            ? columnAreas(file)
            : columnAreas(file, index.years.indexOf(file.year), file.final ? index.years.indexOf(file.final.year) : -1),
        // Counted the first time points are drawn, as below.
        get schools() {
          return (schools ??= columnTallies(file));
        },
      };
      if (file.kind === 'areas-latest') {
        data.onlyYear = file.year;
        if (file.final) data.finalYear = file.final.year;
        data.whole = async (signal) => {
          const whole = await areasOf(signal);
          // The index names whole files wherever it names latest ones (semantic-checks.ts): a fault of the code.
          if (!whole) throw new Error(`loadMap: no whole area file of ${wanted} beside its latest year's`);
          return mapOf(whole);
        };
      }
      return data;
    };
    // Without an area file (an older index), the map reads the shards, as below.
    if (file) return mapOf(file);
  }
  const [topology, ...loaded] = await Promise.all([
    mapLevel === 'comuni'
      ? loader.geometry(src, 'comuni', region || undefined, geometryOptions)
      : loader.geometry(src, mapLevel, undefined, geometryOptions),
    ...(mapLevel !== 'regions' || (regionPoints && !indexTallies) ? regions.map((r) => shardOf(r.code)) : []),
  ]);
  const shards = loaded.filter((shard): shard is RegionShard => shard !== null);
  const areas = new Map<string, MapArea>();
  if (mapLevel === 'regions') for (const r of regions) areas.set(r.code, r);
  else
    for (const shard of shards)
      for (const area of mapLevel === 'provinces' ? shard.provinces : shard.comuni)
        if (!province || area.code.startsWith(province)) areas.set(area.code, area);
  const provinceArea = province ? shards[0]?.provinces.find((p) => p.code === province) : undefined;
  // An index that lists every province's region (provinceRegions) says this one is in none: not in the data (an
  // old link's code, say), which a <linked-view> around hears of (src/element/area-missing.ts).
  if (province && !provinceArea)
    throw index.provinceRegions ? new NotFoundError('province', province, source.url) : new UsageError<MapUsage>('province', province);
  let schools: MapData['schools'] | undefined;
  return {
    index,
    level: mapLevel,
    region,
    province: provinceArea ? { code: provinceArea.code, name: provinceArea.name } : null,
    topology,
    object: index.geometry[mapLevel].object,
    areas,
    // Counted the first time points are drawn: a map without points (the default) never walks the ~60,000 schools.
    get schools() {
      return (schools ??= indexTallies ?? tallySchools(shards, mapLevel));
    },
    held: held && new Set(held.map(({ code }) => code)),
  };
}
