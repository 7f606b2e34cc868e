/**
 * What <region-map> downloads for its attributes (`mapArgs`): the map of its
 * level (src/map/load-map.ts), and for a survey's estimate
 * (`metric="survey:…"`) the wave's values on it, whose code (the survey schema
 * among it) is imported only then. `latest`: the map shows the latest year
 * (no `year`), and a national map reads that year's file first
 * (src/contract/area-latest.ts); a survey's map reads its wave's values.
 */
import { sharedLoader } from '../../src/data/loader.js';
import { UsageError } from '../../src/element/usage-error.js';
import { classesYearOf } from '../../src/map/classes-year.js';
import { isSurveyMetric } from '../../src/map/drill.js';
import { loadMap, type mapArgs, type MapData, type MapUsage } from '../../src/map/load-map.js';
import type { MapInputs } from '../../src/map/map-view.js';
import type { Fuller } from '../../src/element/fuller-data-view.js';

export async function loadRegionMap(
  [src, level, region, province, regionPoints, metric, wave, question, answer]: ReturnType<typeof mapArgs>,
  signal: AbortSignal,
  warn: (key: string, message: string) => void,
  latest = false,
): Promise<MapData> {
  const survey = isSurveyMetric(metric) ? await import('../../src/map/survey-metric.js') : null;
  const wanted = survey?.surveyMetric(metric);
  if (wanted && level === 'comuni') throw new UsageError<MapUsage>('surveyLevel', metric);
  const data = await loadMap(
    sharedLoader(),
    src,
    level,
    region,
    regionPoints,
    signal,
    warn,
    province,
    wanted ? '' : metric,
    latest && !wanted,
  );
  if (!survey || !wanted) return data;
  const shown = survey.surveyWave(wanted, data.index, metric, wave);
  const read = (id: string) => survey.loadSurvey(sharedLoader(), src, id, { signal });
  let file = await read(shown.id);
  const notes = shown.note ? [shown.note] : [];
  // A wave chosen in a linked view that does not ask the question shown: the metric's own wave, said so.
  if (shown.id !== shown.own && !survey.asksFor(file, wanted, question)) {
    notes.push(survey.notAsked(file, shown, metric));
    file = await read(shown.own);
  }
  return survey.withSurveyValues(data, file, wanted, metric, { question, answer, notes });
}

/**
 * A national map drawn from its latest year's file gets every year from the
 * whole file (src/element/fuller-data-view.ts): asked for once drawn, or at
 * once for another year, which that file cannot show.
 */
export const MAP_FULLER: Fuller<MapData, MapInputs> = {
  load: (data, signal) => data.whole?.(signal) ?? null,
  // A year the data does not have is shown as the latest (src/map/map-view.ts): that file covers it too. So does it a
  // `classes-year` it holds (its year, or the latest final year it carries), or one the data does not have.
  covers: (data, { year, classesYear }) =>
    data.onlyYear === undefined || (shows(data, year) && shows(data, classesYearOf(classesYear), data.finalYear)),
};

/** Whether a latest year's file gives `year` (none asked, that year, `also`, or a year the data does not have). */
function shows({ onlyYear, index }: MapData, year: number | null | undefined, also?: number): boolean {
  return year == null || year === onlyYear || year === also || !index.years.includes(year);
}

/**
 * Whether a national map draws first from its latest year's file (src/contract/area-latest.ts): without a year, nor
 * another year's classes, which that file lacks.
 */
export const fromLatestFile = (m: Pick<MapInputs, 'year' | 'classesYear'> & Pick<Element, 'getAttribute'>) =>
  (m.year ?? m.getAttribute('year')) === null && classesYearOf(m.classesYear) === null;

/** What a map's view depends on besides its data (src/map/map-view.ts), read from the element. */
export function mapInputs(m: Omit<MapInputs, 'yearText'> & Pick<Element, 'getAttribute'>): MapInputs {
  const { metric, year, normalisation, classification, classes, palette, shadowZones, points, breaks, classesYear } = m;
  return {
    metric,
    year,
    yearText: m.getAttribute('year') ?? undefined,
    normalisation,
    classification,
    classes,
    palette,
    shadowZones,
    points,
    breaks,
    classesYear,
  };
}
