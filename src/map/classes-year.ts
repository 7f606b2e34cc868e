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
 * within the year. The thresholds (and a continuous scale's ends) are kept;
 * the legend's labels say the shown year's values within them (`sharedFor`).
 * They are one year's, not every year's values together, so that a national
 * map's first picture, drawn from its latest year's file alone, is the one its
 * whole file gives.
 */
import { areaValue, type AreaLike, type ValueMode } from './area-values.js';
import { singleValues, type Classes } from './classify.js';

export const CLASSES_YEARS = ['latest', 'each'] as const;
export type ClassesYear = (typeof CLASSES_YEARS)[number];

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
