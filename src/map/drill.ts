/**
 * The map's steps down and up: Italy → a region (its provinces, or its comuni
 * with drill-level="comuni") → a province's comuni, and back. A survey's
 * estimates (`metric="survey:…"`) exist per region and province: its map goes
 * down to a region's provinces and no further. Pure, so that the element only
 * moves where these say.
 */
import type { MapLevel } from './load-map.js';

/** Where the map is: its attributes. */
export interface MapPlace {
  level: MapLevel;
  region: string;
  province: string;
  drillLevel: Exclude<MapLevel, 'regions'>;
  /** The map's metric: a survey's stops at provinces. */
  metric?: string;
}

/** A place to go to, and the area to put the focus on there ('' for none). */
export interface MapStep {
  region: string;
  province: string;
  level: MapLevel;
  focusOn: string;
}

/** Whether the map's metric is a survey's estimate, which no comune has (src/map/survey-metric.ts). */
export const isSurveyMetric = (metric: string | null | undefined) => metric?.startsWith('survey:') === true;

/** The level a region is shown at once entered: its drill level, a survey's provinces whatever it says. */
export const regionLevel = (place: Pick<MapPlace, 'drillLevel' | 'metric'>): Exclude<MapLevel, 'regions'> =>
  isSurveyMetric(place.metric) ? 'provinces' : place.drillLevel;

/** Whether an area can be entered: a region of Italy, or a province of a region when the drill goes through provinces. */
export function canEnter(place: MapPlace): boolean {
  return place.level === 'regions'
    ? !place.region
    : place.level === 'provinces' && Boolean(place.region) && place.drillLevel === 'provinces' && !isSurveyMetric(place.metric);
}

/**
 * Where entering the area `code` goes, or null where areas are not entered
 * (comuni, a region's areas at comuni level, a region whose provinces and
 * comuni the data does not hold: `held`, a bundle's regions).
 */
export function enterStep(place: MapPlace, code: string, held?: ReadonlySet<string>): MapStep | null {
  if (!canEnter(place) || (place.level === 'regions' && held && !held.has(code))) return null;
  return place.level === 'regions'
    ? { region: code, province: '', level: regionLevel(place), focusOn: '' }
    : { region: place.region, province: code, level: 'comuni', focusOn: '' };
}

/** One step up: from a province to its region, from a region to Italy; the focus lands on the area just left. */
export function upStep(place: MapPlace): MapStep {
  return place.province
    ? { region: place.region, province: '', level: 'provinces', focusOn: place.province }
    : { region: '', province: '', level: 'regions', focusOn: place.region };
}

/** Back to Italy, the focus on the region left. */
export function italyStep(place: MapPlace): MapStep {
  return { region: '', province: '', level: 'regions', focusOn: place.region };
}
