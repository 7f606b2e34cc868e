/**
 * A map's numbers and sentences in the reader's language: values in the view's
 * unit and normalisation, the title, the summary (the map's text alternative),
 * an area's description (tooltip and announcement) and the table's rows.
 */
import type { Language } from '../../src/contract/vocabulary.js';
import { formatCount, formatSchoolYear, formatShown, formatShownEstimate, formatValue, isShareShown } from '../../src/i18n/format.js';
import { heading } from '../../src/i18n/heading.js';
import { localize } from '../../src/i18n/lang.js';
import { enrolledIn } from '../../src/i18n/students-year.js';
import { undividedText } from '../../src/i18n/undivided.js';
import { UNDIVIDED_REASONS } from '../../src/map/area-values.js';
import { classesYearOf } from '../../src/map/classes-year.js';
import { NO_DATA_CLASS } from '../../src/map/class-members.js';
import type { MapData } from '../../src/map/load-map.js';
import { isContinuous, type MapViewModel } from '../../src/map/map-view.js';
import type { RegionMapMessages } from './region-map.messages.js';
import type { MapView } from './region-map.types.js';

/** One row of the table and of the CSV: an area with its value, rank and shadow-zone status. */
export interface AreaRow {
  code: string;
  name: string;
  value: number | null;
  raw: number | null;
  denominator: number | null;
  rank: number | null;
  /** The range of places the area can hold given every area's interval (a share, a rate, a survey estimate), else null. */
  rankRange: [number, number] | null;
  status: string;
  /** The institutions the points count (src/map/tally-institutions.ts), where the map shows them (`view.pointKinds`). */
  active: number;
  roleModels: number;
  /** The value's 95% interval (src/map/map-view.ts `intervalOf`; null for a count, or a suppressed estimate). */
  low: number | null;
  high: number | null;
}

/** A count of institutions per institution is a share of them, shown as a percentage (src/i18n/format.ts isShareShown). */
export const isShare = (view: MapViewModel) => isShareShown(view.metric.counts, view.mode);

export const formatFor = (value: number | null, view: MapViewModel, lang: Language) =>
  formatShown(value, view.metric.unit, view.mode, lang, isShare(view));

/** A value and its interval's ends as formatFor writes them, with the decimals that keep the three apart (src/i18n/format.ts). */
export const estimateFor = (value: number | null, low: number | null, high: number | null, view: MapViewModel, lang: Language) =>
  formatShownEstimate(value, low, high, view.metric.unit, view.mode, lang, isShare(view));

/** A value's denominator, institutions shared between comuni as counts are: "0,43 istituzioni", not "0". */
export const denominatorText = formatCount;

/** What the table's and the CSV's count column counts: the value's denominator (institutions, students) or a survey's answers. */
export function countLabel(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language): string {
  const label = data.intervals ? t.answers : view.mode === 'per1000Students' ? t.students + enrolledIn(view.studentsYear, lang) : t.schools;
  return heading(label);
}

/**
 * The normalisation after the metric's name: " per istituzione", " ogni 1.000 studenti (iscritti nel 2024/25)", or
 * " (quota sul totale delle istituzioni)" for a share.
 */
export const modeLabel = (view: MapViewModel, t: RegionMapMessages, lang: Language) =>
  view.mode === 'absolute' ? '' : isShare(view) ? ` (${t.share})` : ` ${t[view.mode]}${enrolledIn(view.studentsYear, lang)}`;

/** What the map measures: metric and normalisation. */
const measureOf = (view: MapViewModel, t: RegionMapMessages, lang: Language) =>
  `${localize(view.metric.label, lang)}${modeLabel(view, t, lang)}`;

/** What the map shows: metric, normalisation and school year. */
export function titleOf(view: MapViewModel, t: RegionMapMessages, lang: Language): string {
  return `${measureOf(view, t, lang)}, ${formatSchoolYear(view.year)}`;
}

/** Where the map is: the province, the region or Italy. */
export function placeName(data: MapData, t: RegionMapMessages): string {
  return data.province?.name ?? data.index.regions.find((r) => r.code === data.region)?.name ?? t.italy;
}

/**
 * Each class's colour and range ("12 – 30"), as the legend and the downloaded pictures show them; of thresholds the
 * page set, the ends open ("meno di 10%", "30% o più"), so that maps that share them share their legend whatever their values.
 */
export function classRanges(view: MapViewModel, lang: Language): { colour: string; label: string }[] {
  const f = (value: number) => formatFor(value, view, lang);
  const { breaks, fixed, shared } = view.classes;
  const [under, over] = lang === 'it' ? ['meno di', 'o più'] : ['under', 'or more'];
  if (fixed) {
    return view.colours.map((colour, k) => ({
      colour,
      label:
        k === 0
          ? `${under} ${f(breaks[0]!)}`
          : k === breaks.length
            ? `${f(breaks[k - 1]!)} ${over}`
            : `${f(breaks[k - 1]!)} – ${f(breaks[k]!)}`,
    }));
  }
  // Another year's classes (src/map/classes-year.ts): the ends say how far the shown year's values reach, open where none is.
  const [low, high] = shared ? [shared.low, shared.high] : [view.classes.min, view.classes.max];
  const last = view.colours.length - 1;
  return view.colours.map((colour, k) => {
    const single = view.classes.single?.[k] ?? null;
    if (single !== null) return { colour, label: f(single) };
    if (shared && k === 0 && last > 0 && !(low < breaks[0]!)) return { colour, label: `${under} ${f(breaks[0]!)}` };
    if (shared && k === last && last > 0 && !(high >= breaks[k - 1]!)) return { colour, label: `${f(breaks[k - 1]!)} ${over}` };
    // Ends that read alike are one value as the legend writes it: the comuni whose institutions' share is a fraction
    // (a plesso elsewhere) held 1.9995 to 2.0003 projects per institution, a class read "2 – 2".
    const [from, to] = [f(k === 0 ? low : breaks[k - 1]!), f(k === last ? high : breaks[k]!)];
    return { colour, label: from === to ? from : `${from} – ${to}` };
  });
}

/**
 * The ends of a continuous legend: the scale's lowest and highest value, and, where it is another year's scale
 * (src/map/classes-year.ts) that the shown values pass, that those values take its end's colour ("8,5% o meno").
 */
export function scaleEnds(view: MapViewModel, lang: Language): [string, string] {
  const f = (value: number) => formatFor(value, view, lang);
  const { min, max, shared } = view.classes;
  const [orLess, orMore] = lang === 'it' ? ['o meno', 'o più'] : ['or less', 'or more'];
  return [shared && shared.low < min ? `${f(min)} ${orLess}` : f(min), shared && shared.high > max ? `${f(max)} ${orMore}` : f(max)];
}

/**
 * Under the legend, in the downloaded pictures too: whose classes (or colour scale) every year shares, or that each
 * year has its own and its colours do not compare with another year's (src/map/classes-year.ts).
 */
export function classesNoteOf(view: MapViewModel, t: RegionMapMessages): string | null {
  const shared = view.sharedClasses;
  if (shared === 'each') return t.eachYearClasses;
  if (!shared) return null;
  const year = `${formatSchoolYear(shared.year)}${shared.provisional ? ` (${t.provisional})` : shared.final ? ` (${t.latestFinal})` : ''}`;
  return isContinuous(view) ? t.sharedScale(year) : t.sharedClasses(year);
}

/**
 * Beside the year while the map waits for its whole file (src/element/fuller-data-view.ts): the year asked for, or
 * else another year's classes (src/map/classes-year.ts); the picture keeps its own until they come.
 */
export function pendingText(t: RegionMapMessages, shown: number, asked: number, classesYear: string): string {
  if (asked !== shown) return t.loadingYear(asked);
  const year = classesYearOf(classesYear);
  return year === null ? '' : t.loadingClasses(year);
}

const nameOf = (view: MapViewModel, data: MapData, i: number) => {
  const code = view.layer.features[i]!.code;
  return data.areas.get(code)?.name ?? code;
};

/** A value as the summary and the tooltip say it: with its 95% interval where it has one ("25%; al 95% tra 15,2% e 38,2%"). */
function withInterval(
  value: number | null,
  interval: readonly [number, number] | null,
  view: MapViewModel,
  t: RegionMapMessages,
  lang: Language,
): string {
  if (!interval) return formatFor(value, view, lang);
  const [shown, low, high] = estimateFor(value, interval[0], interval[1], view, lang);
  return t.estimate(shown, low, high);
}

/** Whether the map shows counts (absolute mode), not rates nor a survey's estimates (scores, judged best and worst). */
const isCount = (view: MapViewModel, data: MapData) => view.mode === 'absolute' && !data.intervals;

/**
 * The map in one sentence: what, when, how many areas, the best and the worst (a count's highest and lowest) with
 * their range of places where `places` (the view is ranked), how many shadow zones (where the level is judged).
 */
export function summaryOf(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language, places = false): string {
  // The extremes come with the view (src/map/map-view.ts), areas that share one counted.
  const { top, atHigh, bottom, atLow, high, low } = view.extremes;
  const [best, atBest, worst, atWorst] = view.metric.higherIsBetter ? [top, atHigh, bottom, atLow] : [bottom, atLow, top, atHigh];
  const count = (n: number) => formatValue(n, 'count', lang);
  // A survey's estimate or a share with its interval: the best of 20 estimates on a few dozen answers each is not surely the best.
  const valueOf = (i: number) => withInterval(view.values.get(i)!.value, view.intervalOf(i), view, t, lang);
  // With `places` (the view is ranked: src/map/map-ranking.ts), the range of places its interval leaves it: the best
  // of 17 comuni may be anywhere from 1st to 9th. Said among all the areas ranked where the best and the worst were
  // judged among fewer ("Tra le 17 aree …: … su 272" read as two counts of one set), and among the areas with a value
  // where some shown have none.
  const { among } = view.extremes;
  // Without `places` the view is not ranked here, not even to count its areas: a change of year paints first (#19).
  const placeOf = (i: number) => {
    const range = places ? view.ranking.ranges?.get(view.layer.features[i]!.code) : undefined;
    if (!range) return '';
    const of = view.ranking.places.size;
    return `; ${t.summaryPlace(range[0], range[1], of, among !== undefined && among.count !== of, of < view.shown.length)}`;
  };
  const describe = (i: number | null, sharing: number) =>
    i === null ? t.noData : `${nameOf(view, data, i)}${sharing > 1 ? ` ${t.tied(count(sharing - 1))}` : ''} (${valueOf(i)}${placeOf(i)})`;
  return t.summary(
    measureOf(view, t, lang),
    // Said here too: the summary is what a change of year or Play announces, and the title's mark is not read with it.
    `${formatSchoolYear(view.year)}${view.provisional ? ` (${t.provisional})` : ''}`,
    t.levels[data.level][view.shown.length === 1 ? 'one' : 'many'],
    count(view.shown.length),
    // One value among the areas with one (a single area, or all alike): "Migliore: Toscana. Peggiore: Toscana" said nothing.
    top !== null && high === low && !among
      ? t.extremesAlike(atHigh === 1, describe(top, atHigh))
      : isCount(view, data)
        ? t.extremesCounts(describe(top, atHigh), describe(bottom, atLow))
        : among
          ? t.extremesAmong(count(among.count), among.minInstitutions, describe(best, atBest), describe(worst, atWorst))
          : t.extremes(describe(best, atBest), describe(worst, atWorst)),
    view.shadowsJudged ? { count: view.shadows.size, among: data.level } : null,
  );
}

/**
 * Why some areas count their institutions with decimals (a rate divides by the institutions allocated by students,
 * data-adapters/aggregate/allocation.ts): «n = 2,13 istituzioni» stood beside a status of «troppo poche istituzioni
 * (3, minimo 5)», and nothing said that the two count differently. Null where every count shown is whole.
 */
export function allocatedOf(view: MapViewModel, data: MapData, t: RegionMapMessages): string | null {
  if (data.intervals) return null;
  const fractional = (i: number) => {
    const denominator = view.values.get(i)?.denominator;
    return denominator?.kind === 'institutions' && !Number.isInteger(denominator.count);
  };
  return view.shown.some(fractional) ? `${t.withDecimals}: ${t.allocated}.` : null;
}

/** The areas whose value has nothing to divide it by, named (the first three of many): "n.d." alone did not say why. */
export function undividedOf(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language): string | null {
  // One sentence per reason, in their order.
  const sentences = UNDIVIDED_REASONS.flatMap((why) => {
    const areas = view.undivided.filter((i) => view.values.get(i)!.undivided === why);
    if (areas.length === 0) return [];
    const names = areas
      .map((i) => nameOf(view, data, i))
      .sort((a, b) => a.localeCompare(b, 'it'))
      .slice(0, 3)
      .join(', ');
    const { reason, noRate } = undividedText(why, lang);
    return [
      `${heading(reason)}, ${noRate}: ${areas.length > 3 ? `${areas.length} ${t.levels[data.level].many}, ${t.among} ${names}` : names}.`,
    ];
  });
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** What the table says of its places, where they are ranges: how to read them, and why a bare count has one. */
export function rangesNoteOf(view: MapViewModel, data: MapData, t: RegionMapMessages): string | null {
  return view.ranking.ranges ? t.rangesNote(isCount(view, data)) : null;
}

/**
 * An area's place as its value allows: the range of places its interval (or a
 * count's swings) leaves it, an exact place where no model gives a range (a
 * count in a contract without its dispersion), or (a rate in such a contract)
 * a place among the areas with enough institutions, or why it has none.
 */
function placeText(code: string, value: number | null, view: MapViewModel, t: RegionMapMessages): string | null {
  const { places, ranges, minInstitutions } = view.ranking;
  const place = places.get(code);
  if (place === undefined) return value !== null && minInstitutions > 0 ? t.rankNotGiven(minInstitutions) : null;
  const range = ranges?.get(code);
  if (range) return t.rankRange(range[0], range[1], places.size);
  return minInstitutions > 0 ? t.rankAmong(place, places.size, minInstitutions) : t.rankOf(place, places.size);
}

/**
 * An area's name and the lines that describe it: value, denominator, rank, status, points. Its rank only with
 * `places` (the view may be ranked now: ranking all Italy's comuni would slow a change of year under a tooltip, #19).
 */
export function describeArea(index: number, view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language, places = true) {
  const code = view.layer.features[index]!.code;
  const area = data.areas.get(code);
  const v = view.values.get(index)!;
  const provisional = view.provisional && v.value !== null ? ` (${t.provisional})` : '';
  // A share's or a rate's interval beside its value; a survey estimate's has a line of its own, with its answers.
  const interval = data.intervals?.get(code);
  const estimate = interval && 'low' in interval ? estimateFor(v.value, interval.low, interval.high, view, lang) : null;
  const shown = estimate?.[0] ?? withInterval(v.value, data.intervals ? null : view.intervalOf(index), view, t, lang);
  const lines = [`${measureOf(view, t, lang)}: ${shown}${provisional}`];
  if (interval) lines.push(estimate ? t.interval(estimate[1], estimate[2], interval.n) : t.insufficient(interval.n));
  else if (v.undivided) {
    const { reason, noRate } = undividedText(v.undivided, lang);
    lines.push(`${heading(reason)}: ${noRate}`);
  } else if (v.denominator)
    lines.push(
      `n = ${denominatorText(v.denominator.count, lang)} ${v.denominator.kind === 'students' ? t.students : t.schools}${
        Number.isInteger(v.denominator.count) ? '' : `, ${t.allocated}`
      }`,
    );
  const place = places ? placeText(code, v.value, view, t) : null;
  if (place) lines.push(`${t.rank}: ${place}`);
  if (area?.shadow)
    lines.push(`${t.status}: ${t.statuses[area.shadow.status]}${area.shadow.reason ? `. ${localize(area.shadow.reason, lang)}` : ''}`);
  const point = view.points.get(index);
  const said = pointHeadings(view, t);
  if (point?.active) lines.push(`${said.active}: ${point.active}`);
  if (point?.roleModels) lines.push(`${said.roleModels}: ${point.roleModels}`);
  // A bundle of one region: the others are not entered, and their tooltips say why.
  if (data.level === 'regions' && data.held && !data.held.has(code)) lines.push(t.notHeld);
  return { name: area?.name ?? code, lines };
}

/** The first and last school years the points count activity over, as written ("2023/24"), or null where the index has none. */
function pointSpan(view: MapViewModel): [string, string] | null {
  const [from, to] = [view.pointYears[0], view.pointYears.at(-1)];
  return from === undefined || to === undefined ? null : [formatSchoolYear(from), formatSchoolYear(to)];
}

/** The legend's words for the points: the active institutions with the years they are counted over (not the year shown). */
export function pointKeys(view: MapViewModel, t: RegionMapMessages): { active: string; roleModels: string } {
  const span = pointSpan(view);
  const years = span && (span[0] === span[1] ? span[0] : span.join('–'));
  return { active: years ? t.activeKey(years) : t.activeSchools, roleModels: t.roleModels };
}

/** What an area's point counts say, in its tooltip and the table's columns: the years, and once where a plesso lies. */
export function pointHeadings(view: MapViewModel, t: RegionMapMessages): { active: string; roleModels: string } {
  const span = pointSpan(view);
  return { active: span ? t.activeHere(...span) : t.activeSchools, roleModels: t.roleModelsHere };
}

/**
 * The table's columns of the points the map draws, each with its heading: none without points. A file's headings say
 * the whole rule; the page's table is headed by the legend's keys, the rule in a note under it (a phone's header row
 * of whole sentences was 200 px tall).
 */
export function pointColumns(view: MapViewModel, t: RegionMapMessages, short = false): ['active' | 'roleModels', string][] {
  const said = short ? pointKeys(view, t) : pointHeadings(view, t);
  const columns: ['active' | 'roleModels', string][] = [];
  if (view.pointKinds.has('active')) columns.push(['active', said.active]);
  if (view.pointKinds.has('role-models')) columns.push(['roleModels', said.roleModels]);
  return columns;
}

/** Every shown area (or those `among` them) as a row, best rank first, then by name. */
export function rowsOf(view: MapViewModel, data: MapData, among: readonly number[] = view.shown): AreaRow[] {
  return among
    .map((i) => {
      const code = view.layer.features[i]!.code;
      const area = data.areas.get(code);
      const v = view.values.get(i)!;
      // A survey's estimate counts the institutions that answered; it, a share and a rate have their intervals.
      const interval = data.intervals?.get(code);
      const bounds = view.intervalOf(i);
      return {
        code,
        name: area?.name ?? code,
        // Unrounded: the table formats them as the tooltip does (0.1346 read "0,14" there and "0,13" here); files round them.
        value: v.value,
        raw: v.raw,
        denominator: interval ? interval.n : (v.denominator?.count ?? null),
        low: bounds ? bounds[0] : null,
        high: bounds ? bounds[1] : null,
        rank: view.ranking.places.get(code) ?? null,
        rankRange: view.ranking.ranges?.get(code) ?? null,
        status: area?.shadow?.status ?? '',
        ...(view.points.get(i) ?? { active: 0, roleModels: 0 }),
      };
    })
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
}

/** `n` of `of` areas (the view's all by default), in words: "1.204", "comuni", "7.899". */
function ofAllAreas(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language, n: number, of = view.shown.length) {
  const count = (value: number) => formatValue(value, 'count', lang);
  return [count(n), t.levels[data.level][n === 1 ? 'one' : 'many'], count(of)] as const;
}

/**
 * What the legend's live region says as a class (its label and how many areas it has) is set apart on the map or
 * kept alone in the table, or as every area comes back (null).
 */
export function classSaid(
  view: MapViewModel,
  data: MapData,
  t: RegionMapMessages,
  lang: Language,
  chosen: { label: string; count: number } | null,
  where: MapView,
): string {
  if (!chosen) return where === 'map' ? t.allClasses : t.allRows;
  return (where === 'map' ? t.classApart : t.classInTable)(chosen.label, ...ofAllAreas(view, data, t, lang, chosen.count));
}

/** The note above a table that keeps the rows of one class alone (`k`, its `n` areas), as the legend's live region says it. */
export function tableOnlyOf(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language, k: number, n: number): string {
  const label = k === NO_DATA_CLASS ? t.noData : (classRanges(view, lang)[k]?.label ?? '');
  return classSaid(view, data, t, lang, { label, count: n }, 'table');
}

/**
 * What a search by name (`query`) found among `of` areas, said beside its box: in the table, the rows it kept; on the
 * map, the areas it set apart; or none.
 */
export function foundSaid(
  view: MapViewModel,
  data: MapData,
  t: RegionMapMessages,
  lang: Language,
  search: { query: string; found: readonly number[]; of: number },
  where: MapView,
) {
  const { query, found, of } = search;
  const onMap = where === 'map';
  if (!found.length) return (onMap ? t.noneOnMap : t.noneFound)(query.trim());
  const counted = ofAllAreas(view, data, t, lang, found.length, of);
  return onMap ? t.foundOnMap(...counted) : t.foundRows(...counted, query.trim());
}

/** Which of the areas `found` on the map the keyboard is on (`current`, where Enter went), or '' for none of them. */
export function foundAtSaid(t: RegionMapMessages, lang: Language, found: readonly number[], current: number | null): string {
  const at = current === null ? -1 : found.indexOf(current);
  return at < 0 ? '' : t.foundAt(formatValue(at + 1, 'count', lang), formatValue(found.length, 'count', lang));
}
