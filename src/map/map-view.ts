/**
 * What a map shows, derived from its data and attributes (pure; tested in
 * Node). In two steps, so that a change of year or metric only re-colours:
 *  - the structure, once per data: the areas shown, each one's data, their
 *    bounds, and what does not match (geometry without data, data without geometry);
 *  - the view: values in the chosen normalisation, classes and fills, shadow
 *    zones, points, ranks (sorted on first need) and whether the year is provisional.
 * A wrong attribute is a `UsageError`.
 */
import { provisionalYearsOf } from '../contract/provisional-years.js';
import type { MetricDefinition } from '../contract/contract.types.js';
import { UsageError } from '../element/usage-error.js';
import { regionOf } from '../territory/region-of.js';
import { areaValue, modesOf, VALUE_MODES, type AreaValue, type ValueMode } from './area-values.js';
import { isShareShown, roundedAsShown, shownUnit } from '../i18n/format.js';
import { CLASSIFICATIONS, classify, classOf, type Classes, type Classification } from './classify.js';
import { readUnitValues, type UnreadValues } from '../util/unit-values.js';
import { fixedClasses, MAX_BREAKS } from './fixed-breaks.js';
import { classesOf, classesYearOf, sharedFor } from './classes-year.js';
import type { MapArea, MapData, MapUsage, SchoolTally, SurveyNote } from './load-map.js';
import { boundsOf, mapLayer, type MapLayer } from './map-geometry.js';
import { rankingOf, type Ranking } from './map-ranking.js';
import { countInterval, hasIntervals, valueInterval } from './value-interval.js';
import { paletteAt, paletteColours, PALETTE_NAMES, type PaletteName } from './palettes.js';
import { readPoints, type PointKind } from './point-kinds.js';

export type Bounds = [[number, number], [number, number]];

export interface MapStructure {
  layer: MapLayer;
  /** Indices of the layer's features drawn. */
  shown: number[];
  shownSet: Set<number>;
  /** Each shown area's data (undefined: geometry without data). */
  areaOf: (MapArea | undefined)[];
  bounds: Bounds;
  /** Areas with geometry but no data (drawn as "no data"), and with data but no geometry (in the table only). */
  withoutData: number;
  withoutGeometry: number;
  /**
   * The shown areas' shadow-zone verdicts, read once per data (they do not change with the year): the areas in a
   * shadow zone, whether any area was judged (comuni and provinces are, regions are not), and whether any has a
   * status at all ("too few institutions" included: the table's and the downloads' status column).
   */
  verdicts: { shadows: Set<number>; judged: boolean; any: boolean };
}

/** The attributes the view depends on. */
export interface MapInputs {
  metric: string;
  year: number | null;
  /** The year attribute as written, for an error that quotes it. */
  yearText?: string;
  normalisation: string;
  classification: string;
  classes: number;
  palette: string;
  shadowZones: boolean;
  points: string;
  /** Class thresholds the page set, in the legend's unit (src/map/fixed-breaks.ts); empty for the classification's own. */
  breaks?: string;
  /** Whose classes colour every year (src/map/classes-year.ts): `latest` (the default), `each` or a school year. */
  classesYear?: string;
}

export interface MapViewModel extends MapStructure {
  metric: MetricDefinition;
  year: number;
  yearIndex: number;
  /**
   * A year asked for that the data does not have (an old link's, "2024/25" for 2024), as written: the latest year is
   * shown instead, and the element says so, as the lists do (a map that went blank for it left the reader no way on).
   */
  yearIgnored: { written: string; years: readonly number[] } | null;
  mode: ValueMode;
  /**
   * The normalisation asked for when the metric does not offer it (its absolute values are shown instead), for the
   * element to say: a page that asked for a rate per 1,000 students must not read counts without a word.
   */
  modeUnavailable: ValueMode | null;
  /** The school year of the students a rate per 1,000 students divides by, every year (the index's `studentsYear`). */
  studentsYear?: number;
  classification: Classification;
  /** A `breaks` the map could not read, as written, and why: its own classes are shown (src/map/fixed-breaks.ts). */
  breaksIgnored: UnreadValues | null;
  /**
   * The classes every year shares (src/map/classes-year.ts): the year they were made of, and whether its figures are
   * provisional (thresholds of a year still counting, where no year with final figures has values: said so) or
   * `final`, the latest year with final figures, later years with values being provisional (said so); `each` where
   * the page asked every year to have its own; null for a survey's wave, data of one year, no year with values, or
   * `breaks`.
   */
  sharedClasses: { year: number; provisional: boolean; final?: true } | 'each' | null;
  /**
   * A `classes-year` school year whose classes the map cannot make: not a year of the data (`years`, to say which
   * are), or one without a value in the shown areas (`empty`); the default's are drawn, and the element says so.
   */
  classesYearIgnored: { year: number; years: readonly number[]; empty: boolean } | null;
  palette: PaletteName;
  values: Map<number, AreaValue>;
  /** The shown areas with the highest and the lowest value, found as the values are made. */
  extremes: Extremes;
  /**
   * The shown areas with a value but nothing to divide it by: no students counted (the autonomous provinces' schools
   * are not in the students' file), no institution left (a grant to one merged away since). Their rate is no data,
   * and the map says why.
   */
  undivided: number[];
  /** Each area's place, with its range where the values (or a count's swings) have intervals (made the first time it is read). */
  ranking: Ranking;
  /** A shown area's 95% interval of its value: a survey estimate's, a share's or a rate's; null for a count or no data. */
  intervalOf(index: number): readonly [number, number] | null;
  classes: Classes;
  colours: string[];
  fills: Map<number, string | null>;
  shadows: Set<number>;
  /**
   * Whether the shown areas' level is judged for shadow zones (and the map shows them): comuni and provinces
   * are, regions are not. "Zone d'ombra: 0" on a map of regions read as if none of them were.
   */
  shadowsJudged: boolean;
  /** Areas with points: index → counts of active and role-model institutions shown. */
  points: Map<number, SchoolTally>;
  /**
   * The school years an institution's activity is counted over for the points (the index's reference years), in order:
   * not the year shown, which the areas' colours follow. Said in the legend and the tooltips.
   */
  pointYears: readonly number[];
  /** The points the map draws (the `points` attribute read): its table has a column for each. */
  pointKinds: ReadonlySet<PointKind>;
  provisional: boolean;
  /** What a survey map shows other than asked (src/map/survey-metric.ts), in the data's words. */
  surveyNotes?: readonly SurveyNote[];
}

/**
 * The first shown area with the highest value and the first with the lowest
 * (null: no area has a value), and how many areas share each: "Firenze (5)"
 * must not stand for 400 comuni at 5.
 */
export interface Extremes {
  top: number | null;
  high: number;
  atHigh: number;
  bottom: number | null;
  low: number;
  atLow: number;
  /**
   * A rate's best and worst judged only among the areas with at least
   * `minInstitutions` institutions (`count` of them), when some have fewer:
   * a comune of one institution is "best" at 100% by chance. Absent when every
   * area with a value was judged (counts, estimates, or none left out).
   */
  among?: { count: number; minInstitutions: number };
}

/** The number of classes drawn for `classes`: 2 to 7, the nearest for another number, 5 for none (the element says so). */
export function classCount(classes: number): number {
  return Math.min(7, Math.max(2, Math.round(classes) || 5));
}

/** The fewest institutions behind a rate named best or worst, unless the contract's shadow-zone method says otherwise. */
const MIN_JUDGED_INSTITUTIONS = 5;

const noExtremes = (): Extremes => ({ top: null, high: -Infinity, atHigh: 0, bottom: null, low: Infinity, atLow: 0 });

/** Counts the area `i` of value `v` into the highest and lowest so far (a plain function: no closure per area). */
function takeExtreme(e: Extremes, i: number, v: number): void {
  if (v > e.high) {
    e.top = i;
    e.high = v;
    e.atHigh = 0;
  }
  if (v === e.high) e.atHigh++;
  if (v < e.low) {
    e.bottom = i;
    e.low = v;
    e.atLow = 0;
  }
  if (v === e.low) e.atLow++;
}

/** A map's level as the areas' region is read (src/territory/region-of.ts). */
const AREA_LEVELS = { regions: 'region', provinces: 'province', comuni: 'comune' } as const;

const NO_VALUE: AreaValue = Object.freeze({ value: null, raw: null, denominator: null });

const structures = new WeakMap<MapData, MapStructure>();

/** The data-only part of a map's view, made once per data. */
export function mapStructure(data: MapData): MapStructure {
  const known = structures.get(data);
  if (known) return known;
  const layer = mapLayer(data.topology, data.object);
  // Provinces inside a region: only that region's (the layer is national); comuni of a province: only that province's.
  const filtered = (data.level === 'provinces' && Boolean(data.region)) || data.province !== null;
  const inside = (code: string) => (data.province ? code.startsWith(data.province.code) : data.areas.has(code));
  const shown = layer.features.map((_, i) => i).filter((i) => !filtered || inside(layer.features[i]!.code));
  const areaOf = shown.map((i) => data.areas.get(layer.features[i]!.code));
  const verdicts = { shadows: new Set<number>(), judged: false, any: false };
  for (let k = 0; k < shown.length; k++) {
    const area = areaOf[k];
    const status = area && (area.shadowStatus ? area.shadowStatus() : area.shadow?.status);
    if (!status) continue;
    verdicts.any = true;
    if (status === 'shadow') verdicts.shadows.add(shown[k]!);
    if (status === 'shadow' || status === 'ok') verdicts.judged = true;
  }
  const structure: MapStructure = {
    layer,
    shown,
    shownSet: new Set(shown),
    areaOf,
    bounds: boundsOf(layer, shown),
    withoutData: areaOf.filter((area) => !area).length,
    withoutGeometry: [...data.areas.keys()].filter((code) => !layer.byCode.has(code)).length,
    verdicts,
  };
  structures.set(data, structure);
  return structure;
}

export function mapView(data: MapData, inputs: MapInputs): MapViewModel {
  const { index } = data;
  // A survey's estimate is the data's first metric, in its wave's school year (src/map/survey-metric.ts).
  const survey = data.surveyYear !== undefined;
  const metric = inputs.metric && !survey ? index.metrics.find((m) => m.id === inputs.metric) : index.metrics[0];
  if (!metric) throw new UsageError<MapUsage>('metric', inputs.metric, index.metrics.map((m) => m.id).join(', '));
  const asked = data.surveyYear ?? inputs.year ?? index.years.at(-1)!;
  const known = index.years.includes(asked);
  const year = known ? asked : index.years.at(-1)!;
  const yearIndex = index.years.indexOf(year);
  // Said as written: year="2025/26" is NaN as a number.
  const yearIgnored = known ? null : { written: Number.isNaN(asked) ? (inputs.yearText ?? 'NaN') : String(asked), years: index.years };
  if (inputs.normalisation && !(VALUE_MODES as readonly string[]).includes(inputs.normalisation))
    throw new UsageError<MapUsage>('normalisation', inputs.normalisation);
  if (!(CLASSIFICATIONS as readonly string[]).includes(inputs.classification))
    throw new UsageError<MapUsage>('classification', inputs.classification);
  if (!(PALETTE_NAMES as string[]).includes(inputs.palette)) throw new UsageError<MapUsage>('palette', inputs.palette);
  // No normalisation written: per institution where the metric offers it. A choropleth of totals colours the areas
  // by their size (Roma and Milano darkest, a "best" that only has the most schools); the points show the counts.
  const wanted = (inputs.normalisation || (metric.normalisations.includes('perSchool') ? 'perSchool' : 'absolute')) as ValueMode;
  const classification = inputs.classification as Classification;
  const mode: ValueMode = modesOf(metric).includes(wanted) ? wanted : 'absolute';
  const palette = inputs.palette as PaletteName;

  const structure = mapStructure(data);
  const { layer, shown, areaOf } = structure;
  // Plain loops over the shown areas, without a closure per area: a first paint of all Italy's comuni runs them
  // before V8 has optimised anything (a third of this function's time, with closures and entries of maps).
  const values = new Map<number, AreaValue>();
  // The values classed as the legend writes them (src/i18n/format.ts roundedAsShown): the best and the worst as they are.
  const asShown = roundedAsShown(metric.unit, mode, isShareShown(metric.counts, mode));
  const finite: number[] = [];
  // Each shown area's value as classed (NaN: none; areaValue gives a finite value or null), rounded once for the classes and the fills.
  const classed = new Float64Array(shown.length).fill(NaN);
  // The summary's best and worst, in the same pass (a second one over ~7,900 comuni cost a first paint ~4 ms): of
  // every area, and of those with enough institutions behind a rate (as the shadow zones judge an area).
  const all = noExtremes();
  const judged = noExtremes();
  const parameter = index.methods?.shadowZones?.parameters?.['minInstitutions'];
  const minInstitutions = mode === 'absolute' || survey ? 0 : typeof parameter === 'number' ? parameter : MIN_JUDGED_INSTITUTIONS;
  let judgedCount = 0;
  const undivided: number[] = [];
  for (let k = 0; k < shown.length; k++) {
    const area = areaOf[k];
    const value = area ? areaValue(area, metric.id, yearIndex, mode) : NO_VALUE;
    values.set(shown[k]!, value);
    const v = value.value;
    if (value.undivided) undivided.push(shown[k]!);
    if (v === null || !Number.isFinite(v)) continue;
    classed[k] = asShown(v);
    finite.push(classed[k]!);
    takeExtreme(all, shown[k]!, v);
    if (minInstitutions > 0 && (area!.institutionShare ?? area!.institutions) >= minInstitutions) {
      takeExtreme(judged, shown[k]!, v);
      judgedCount++;
    }
  }
  // Judged among the areas with enough institutions when some have fewer, and at least two have enough.
  const extremes: Extremes =
    judgedCount > 1 && judgedCount < finite.length ? { ...judged, among: { count: judgedCount, minInstitutions } } : all;
  const fixed = inputs.breaks
    ? readUnitValues(inputs.breaks, shownUnit(metric.unit, mode, isShareShown(metric.counts, mode)) === 'percent', MAX_BREAKS)
    : null;
  // One year's classes for every year (src/map/classes-year.ts), unless the page set thresholds or asked for each
  // year's own; a survey's wave is one year.
  const ownClasses = !(fixed && 'values' in fixed) && !survey && index.years.length > 1;
  const each = ownClasses && inputs.classesYear === 'each';
  const byYear = ownClasses && !each;
  const count = classCount(inputs.classes);
  const provisionalYears = provisionalYearsOf(index, metric);
  // A school year the page named (src/map/classes-year.ts): its classes where it has values in the shown areas.
  const askedYear = byYear ? classesYearOf(inputs.classesYear) : null;
  const askedIndex = askedYear === null ? -1 : index.years.indexOf(askedYear);
  const of = { metric: metric.id, provisionalYears, mode, classification, count, asShown };
  const baseline = askedIndex < 0 ? null : classesOf(data, areaOf, of, yearIndex, finite, askedIndex);
  const latest = byYear ? (baseline ?? classesOf(data, areaOf, of, yearIndex, finite)) : null;
  const classes =
    fixed && 'values' in fixed
      ? fixedClasses(fixed.values, all.low, all.high)
      : latest
        ? latest.anchor === yearIndex
          ? latest.own
          : sharedFor(latest.own, finite)
        : classify(finite, classification, count);
  const colours = paletteColours(palette, classes.breaks.length + 1);
  const fills = new Map<number, string | null>();
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k]!;
    const value = classed[k]!;
    if (Number.isNaN(value)) fills.set(i, null);
    else if (classification === 'continuous' && !classes.fixed)
      fills.set(i, paletteAt(palette, classes.max === classes.min ? 0.6 : (value - classes.min) / (classes.max - classes.min)));
    else fills.set(i, colours[classOf(value, classes.breaks)]!);
  }
  const pointKinds = readPoints(inputs.points).kinds;
  const points = pointsOf(data, structure, pointKinds);
  // An area's region, whose dispersion may widen its interval (src/map/value-interval.ts dispersionOf).
  const regions = new Map(index.regions.map((r) => [r.code, r]));
  const regionAt = (i: number) => regions.get(regionOf(index, AREA_LEVELS[data.level], layer.features[i]!.code) ?? '');
  // A value's 95% interval: a survey estimate's own, else a share's or a rate's (src/map/value-interval.ts); none shown
  // for a count, which is shown as counted (its place is ranged all the same: rankIntervalOf).
  const intervalOf = (index: number): readonly [number, number] | null => {
    const v = values.get(index);
    if (!v || v.value === null) return null;
    if (data.intervals) {
      const interval = data.intervals.get(layer.features[index]!.code);
      return interval && 'low' in interval ? [interval.low, interval.high] : null;
    }
    return valueInterval(v, metric, mode, yearIndex, regionAt(index));
  };
  // What an area's place is ranged by: its value's interval, or a count's (shown bare, it swings by chance as its rate
  // does: src/map/value-interval.ts).
  const rankIntervalOf = (index: number, k: number): readonly [number, number] | null => {
    if (mode !== 'absolute' || data.intervals) return intervalOf(index);
    const { raw } = values.get(index)!;
    const area = areaOf[k];
    return raw === null || !area
      ? null
      : countInterval(raw, area.institutionShare ?? area.institutions, metric, yearIndex, regionAt(index));
  };
  // Places with ranges where values have intervals; a rate without them (an older contract) only among the areas with
  // enough institutions, as the summary's best and worst.
  const ranged = Boolean(data.intervals) || hasIntervals(metric, mode, yearIndex);
  const rankedAmong = !ranged && mode !== 'absolute' && extremes.among ? minInstitutions : 0;
  let ranking: Ranking | undefined;
  return {
    ...structure,
    metric,
    year,
    yearIndex,
    yearIgnored,
    mode,
    modeUnavailable: mode === wanted ? null : wanted,
    breaksIgnored: fixed && 'problem' in fixed ? { written: inputs.breaks!, ...fixed } : null,
    sharedClasses: latest
      ? {
          year: index.years[latest.anchor]!,
          provisional: provisionalYears.includes(index.years[latest.anchor]!),
          ...(latest.final && { final: true as const }),
        }
      : each
        ? 'each'
        : null,
    classesYearIgnored:
      askedYear !== null && !baseline ? { year: askedYear, years: index.years, empty: index.years.includes(askedYear) } : null,
    ...(mode === 'per1000Students' && data.index.studentsYear !== undefined && { studentsYear: data.index.studentsYear }),
    classification,
    palette,
    values,
    extremes,
    undivided,
    // Ranked the first time a tooltip, the table or a download needs it: sorting ~7,900 comuni is not needed to paint.
    get ranking() {
      return (ranking ??= rankingOf(
        shown.map((i, k) => {
          const area = areaOf[k];
          return {
            code: layer.features[i]!.code,
            value: values.get(i)!.value,
            interval: rankIntervalOf(i, k),
            institutions: area ? (area.institutionShare ?? area.institutions) : 0,
          };
        }),
        metric.higherIsBetter,
        ranged,
        rankedAmong,
      ));
    },
    intervalOf,
    classes,
    colours,
    fills,
    shadows: inputs.shadowZones ? structure.verdicts.shadows : new Set<number>(),
    shadowsJudged: inputs.shadowZones && structure.verdicts.judged,
    points,
    pointKinds,
    pointYears: [...index.methods.index.referenceYears].sort((a, b) => a - b),
    provisional: provisionalYears.includes(year),
    ...(data.surveyNotes ? { surveyNotes: data.surveyNotes } : {}),
  };
}

/** Whether the map colours along its palette, without classes: thresholds the page set make classes of any classification. */
export const isContinuous = (view: Pick<MapViewModel, 'classification' | 'classes'>) =>
  view.classification === 'continuous' && !view.classes.fixed;

/** The institutions drawn as points per shown area (none unless `wanted` names `active` or `role-models`). */
function pointsOf(data: MapData, { layer, shown }: MapStructure, wanted: ReadonlySet<PointKind>): Map<number, SchoolTally> {
  const points = new Map<number, SchoolTally>();
  if (wanted.size === 0) return points;
  for (const i of shown) {
    const tally = data.schools.get(layer.features[i]!.code);
    if (!tally) continue;
    const active = wanted.has('active') ? tally.active : 0;
    const roleModels = wanted.has('role-models') ? tally.roleModels : 0;
    if (active || roleModels) points.set(i, { active, roleModels });
  }
  return points;
}

/** The area a keyboard user starts from: the one nearest the top-left corner, as reading goes. */
export function firstArea({ layer, shown }: MapStructure): number | null {
  let best: number | null = null;
  let bestScore = Infinity;
  for (const i of shown) {
    const c = layer.centroid(i);
    if (c && c[0] + c[1] < bestScore) {
      best = i;
      bestScore = c[0] + c[1];
    }
  }
  return best;
}
