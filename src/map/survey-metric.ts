/**
 * A survey estimate as a map's metric: `metric="survey:piano:approvato"` (the
 * share of institutions choosing an option, in the latest wave) or
 * `survey:<wave>:<question>:<option|mean>`. The wave's estimates become the
 * regions' or provinces' values for the wave's school year (null where an
 * area's estimate is suppressed: "no data", never zero), with a metric
 * definition of their own, so that the map classes, colours, tells and exports
 * them as any other; their intervals and n go with them for the tooltip.
 * Estimates exist per region and province only: a map of comuni is refused.
 * <region-map> loads this module (and the survey reader with it) only for a
 * survey metric.
 */
import type { NationalIndex, SurveyFile } from '../contract/contract.types.js';
import { UsageError } from '../element/usage-error.js';
import type { MapArea, MapData, MapUsage } from './load-map.js';
import { wavesInOrder } from '../survey/waves-in-order.js';
import { estimateOf, offeredMetrics, placeOf, surveyDefinition } from '../survey/survey-metric-place.js';

export { loadSurvey } from '../survey/load-survey.js';

export interface SurveyMetric {
  wave: string | null;
  question: string;
  option: string;
}

/** The survey metric `metric` names, or null when it is a metric of the contract. */
export function surveyMetric(metric: string): SurveyMetric | null {
  const parts = metric.split(':');
  if (parts[0] !== 'survey') return null;
  if (parts.length === 3) return { wave: null, question: parts[1]!, option: parts[2]! };
  if (parts.length === 4) return { wave: parts[1]!, question: parts[2]!, option: parts[3]! };
  throw new UsageError<MapUsage>('metric', metric, 'survey:QUESTION:OPTION, survey:QUESTION:mean or survey:WAVE:QUESTION:OPTION');
}

/** The wave a survey metric reads: its own, or the latest the index lists. */
export function surveyWave(metric: SurveyMetric, index: NationalIndex, text: string): string {
  const wave = metric.wave ?? wavesInOrder(index).at(-1)?.id;
  if (!wave) throw new UsageError<MapUsage>('metric', text, 'the data lists no survey');
  return wave;
}

/** `data` with the survey estimate as its areas' values and its index's first metric. */
export function withSurveyValues(data: MapData, file: SurveyFile, metric: SurveyMetric, text: string): MapData {
  if (data.level === 'comuni')
    throw new UsageError<MapUsage>('metric', text, 'survey estimates are per region and province: level="regions" or "provinces"');
  const place = placeOf(file, metric.question, metric.option);
  if (!place) throw new UsageError<MapUsage>('metric', text, offeredMetrics(file).join(', '));
  const { q, o } = place;
  const question = file.questions[q]!;
  const yearIndex = data.index.years.indexOf(file.wave.schoolYear);
  if (yearIndex < 0)
    throw new UsageError<MapUsage>('year', String(file.wave.schoolYear), `${data.index.years[0]}-${data.index.years.at(-1)}`);
  const id = `survey.${file.wave.id}.${question.id}.${o < 0 ? 'mean' : question.options[o]!.id}`;
  const definition = surveyDefinition(file, place, id, `survey-${file.wave.id}`);
  const level = data.level === 'regions' ? 'region' : 'province';
  const intervals = new Map<string, { low: number; high: number; n: number } | { n: number; suppressed: true }>();
  const values = new Map<string, number | null>();
  for (const area of file.areas) {
    if (area.level !== level) continue;
    const result = area.results[q]!;
    const estimate = estimateOf(result, place);
    values.set(area.code, estimate ? estimate.value : null);
    intervals.set(area.code, estimate ? { low: estimate.low, high: estimate.high, n: result.n } : { n: result.n, suppressed: true });
  }
  const areas = new Map<string, MapArea>();
  for (const [code, area] of data.areas) {
    const series = data.index.years.map((_, y) => (y === yearIndex ? (values.get(code) ?? null) : null));
    areas.set(code, { ...area, values: { ...area.values, [id]: series }, shadow: undefined });
  }
  // Its own programme, with no provisional year: a published estimate is final. Without it the metric's programme was
  // unknown, read as provisional wherever any programme is (the demo's survey maps of 2024/25 and 2025/26 said «dato
  // provvisorio» for Erasmus+'s projects still being reported).
  const programme = { id: definition.programme, label: file.wave.title, provisionalYears: [] };
  return {
    ...data,
    index: { ...data.index, metrics: [definition, ...data.index.metrics], programmes: [...data.index.programmes, programme] },
    areas,
    surveyYear: file.wave.schoolYear,
    intervals,
  };
}
