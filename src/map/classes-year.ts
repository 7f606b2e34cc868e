/**
 * One year's classes for every year of a map (`classes-year`), so that a
 * colour means the same values in every year and Play shows what changed: with
 * each year's own quantiles, the demo's Sicilia at 7.1% of its institutions in
 * Erasmus+ in 2014/15 was as dark as at 31.8% in 2025/26, and the map of a
 * programme whose active institutions grew almost sixfold looked the same in
 * every year.
 *
 * `latest` (the default): the classes of the latest year with values in the
 * shown areas, the year a map opens on, which therefore looks as its own
 * classes draw it; but not a year whose figures are provisional (the
 * programme's `provisionalYears`: Erasmus+ projects are still reported for
 * the current year and the two before it) while an earlier year with final
 * figures has values: a year still counting reads low, and every year before
 * it would read darker by its thresholds, a fall where the figures are only
 * incomplete. `each`: every year its own classes, which compare the areas
 * within the year. A school year, written as `year` writes it (`2019` for
 * 2019/20): that year's classes, a baseline the page chooses (the year
 * before the pandemic, the first of a programme's new cycle); where the data
 * has no such year, or no value in it in the shown areas, the latest year's,
 * and the map says so. The thresholds (and a continuous scale's ends) are kept;
 * the legend's labels say the shown year's values within them (`sharedFor`).
 * They are one year's, not every year's values together, so that a national
 * map's first picture, drawn from its latest year's file alone, is the one its
 * whole file gives.
 */
import { areaValue, type AreaLike, type ValueMode } from './area-values.js';
import { classify, singleValues, type Classes, type Classification } from './classify.js';
import type { MapData } from './load-map.js';

export const CLASSES_YEARS = ['latest', 'each'] as const;
export type ClassesYear = (typeof CLASSES_YEARS)[number] | `${number}`;

/** The school year a `classes-year` names ("2019": 2019/20), else null (`latest`, `each`, anything else). */
export function classesYearOf(written: string | undefined): number | null {
  return written !== undefined && /^\d{4}$/.test(written) ? Number(written) : null;
}

/** What `classes-year` takes beyond its words (src/element/ignore-unknown.ts): a school year. */
export const CLASSES_YEAR_VALUES = {
  accepts: (value: string) => classesYearOf(value) !== null,
  it: 'un anno scolastico come 2019',
  en: 'a school year such as 2019',
};

/** The finite values of `metric` in the year at `yearIndex`, each through `round` (a map classes them as its legend writes them). */
export function valuesIn(
  areas: readonly (AreaLike | undefined)[],
  metric: string,
  yearIndex: number,
  mode: ValueMode,
  round: (value: number) => number = (value) => value,
): number[] {
  const values: number[] = [];
  for (const area of areas) {
    const value = area ? areaValue(area, metric, yearIndex, mode).value : null;
    if (value !== null && Number.isFinite(value)) values.push(round(value));
  }
  return values;
}

/**
 * Another year's classes (`own`) over the shown year's values: their thresholds and colour scale kept, and how far
 * the shown year's values reach (`shared`), which the legend's ends say where values fall in them and leave open where
 * none does ("23,1% o più": a class that holds 23.1% to 31.8% in 2025/26 holds nothing in 2014/15). A class is
 * labelled by one value only where it holds that value alone in both years ("0%"): one area at 32% in a class from
 * 28.6% up is not a class of 32%.
 */
export function sharedFor(own: Classes, shown: readonly number[]): Classes {
  const sorted = [...shown].sort((a, b) => a - b);
  return {
    ...own,
    single: singleValues(sorted, own.breaks).map((value, k) => (value !== null && value === own.single?.[k] ? value : null)),
    shared: sorted.length ? { low: sorted[0]!, high: sorted.at(-1)! } : { low: Infinity, high: -Infinity },
  };
}

/** The classes every year of a map shares: the index of the year they were made of, and whether later years were passed over as provisional. */
export interface SharedClasses {
  anchor: number;
  own: Classes;
  final: boolean;
}

const made = new WeakMap<MapData, Map<string, SharedClasses | null>>();

/**
 * The classes of the latest year in hand with values and final figures, or of the latest
 * with values where every such year is provisional; null where no year has values. Of the year at `asked` instead,
 * where the page named one: null where it has no values. Made once per data, metric, normalisation, classification
 * and year asked, so that a change of year (Play) only re-colours; a national map's latest year's file has that year
 * only, and the latest final year's values where that year is provisional (the whole file follows, and gives the
 * same classes; a year asked for that the file lacks waits for it: components/region-map/region-map.load.ts).
 */
export function classesOf(
  data: MapData,
  areaOf: readonly (AreaLike | undefined)[],
  of: {
    metric: string;
    provisionalYears: readonly number[];
    mode: ValueMode;
    classification: Classification;
    count: number;
    asShown: (value: number) => number;
  },
  yearIndex: number,
  shownValues: number[],
  asked = -1,
): SharedClasses | null {
  const { metric, provisionalYears, mode, classification, count, asShown } = of;
  const key = `${metric}|${mode}|${classification}|${count}|${asked}`;
  let known = made.get(data);
  if (!known) made.set(data, (known = new Map()));
  if (known.has(key)) return known.get(key)!;
  const { years } = data.index;
  // Latest first: every year, or a latest year's file's year and the latest final year it carries.
  const inHand =
    data.onlyYear === undefined
      ? years.map((_, y) => years.length - 1 - y)
      : [data.onlyYear, data.finalYear].map((year) => years.indexOf(year!));
  // The year asked for alone, final or provisional (said so): the page chose it.
  const held = asked < 0 ? inHand : inHand.filter((y) => y === asked);
  let found: SharedClasses | null = null;
  // The latest provisional year with values, taken only where no final year has any.
  let provisional: { anchor: number; values: number[] } | null = null;
  for (const y of held) {
    if (found || y < 0) continue;
    const values = y === yearIndex ? shownValues : valuesIn(areaOf, metric, y, mode, asShown);
    if (!values.length) continue;
    if (provisionalYears.includes(years[y]!)) provisional ??= { anchor: y, values };
    else found = { anchor: y, own: classify(values, classification, count), final: provisional !== null };
  }
  found ??= provisional && { anchor: provisional.anchor, own: classify(provisional.values, classification, count), final: false };
  known.set(key, found);
  return found;
}
