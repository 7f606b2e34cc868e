/**
 * What <region-map> downloads for its attributes (`mapArgs`): the map of its
 * level (src/map/load-map.ts), and for a survey's estimate
 * (`metric="survey:…"`) the wave's values on it, whose code (the survey schema
 * among it) is imported only then.
 */
import { sharedLoader } from '../../src/data/loader.js';
import { UsageError } from '../../src/element/usage-error.js';
import { loadMap, type MapData, type MapUsage } from '../../src/map/load-map.js';

export async function loadRegionMap(
  [src, level, region, province, regionPoints, metric]: readonly [string, string, string, string, boolean, string],
  signal: AbortSignal,
  warn: (key: string, message: string) => void,
): Promise<MapData> {
  const survey = metric.startsWith('survey:') ? await import('../../src/map/survey-metric.js') : null;
  const wanted = survey?.surveyMetric(metric);
  if (wanted && level === 'comuni') throw new UsageError<MapUsage>('metric', metric, 'survey estimates are per region and province');
  const data = await loadMap(sharedLoader(), src, level, region, regionPoints, signal, warn, province, wanted ? '' : metric);
  if (!survey || !wanted) return data;
  const file = await survey.loadSurvey(sharedLoader(), src, survey.surveyWave(wanted, data.index, metric), { signal });
  return survey.withSurveyValues(data, file, wanted, metric);
}
