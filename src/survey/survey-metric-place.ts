/**
 * A survey metric (`survey:QUESTION:OPTION` or `survey:QUESTION:mean`) in one
 * wave's results, as the map (src/map/survey-metric.ts) and the timeline
 * (src/timeline/survey-series.ts) read it: where its question and option are,
 * the metrics a wave offers (for an error that lists them), the metric's
 * definition in the wave's words, and an area's estimate (none where it is
 * suppressed for too few answers).
 */
import type { MetricDefinition, SurveyFile, SurveyQuestion, SurveyResult } from '../contract/contract.types.js';

/** The question's index in the wave, and the option's (-1 for the mean). */
export interface SurveyPlace {
  q: number;
  o: number;
}

/** Whether a question has a mean (a scale's or a number's), besides its options' shares. */
export const hasMean = (question: SurveyQuestion) => question.type === 'likert' || question.type === 'number';

/** Where `question`'s `option` (or `mean`) is in a wave's results, or null where the wave does not ask it. */
export function placeOf(file: SurveyFile, question: string, option: string): SurveyPlace | null {
  const q = file.questions.findIndex((x) => x.id === question);
  const asked = file.questions[q];
  if (!asked) return null;
  if (option === 'mean') return hasMean(asked) ? { q, o: -1 } : null;
  const o = asked.options.findIndex((x) => x.id === option);
  return o < 0 ? null : { q, o };
}

/** The survey metrics a wave's questions offer, as pages write them. */
export const offeredMetrics = (file: SurveyFile): string[] =>
  file.questions.flatMap((q) => [...q.options.map((o) => `survey:${q.id}:${o.id}`), ...(hasMean(q) ? [`survey:${q.id}:mean`] : [])]);

/** Every survey word a wave offers, as pages write them: its whole questions (`survey:piano`), then `offeredMetrics`. */
export const offeredWords = (file: SurveyFile): string[] => [...file.questions.map((q) => `survey:${q.id}`), ...offeredMetrics(file)];

/** The metric's definition in the wave's words: a share in percent, a mean as a score. */
export function surveyDefinition(file: SurveyFile, { q, o }: SurveyPlace, id: string, programme: string): MetricDefinition {
  const question = file.questions[q]!;
  const label = (lang: 'it' | 'en') =>
    `${question.text[lang]} ${o < 0 ? (lang === 'it' ? '(media)' : '(mean)') : `«${question.options[o]!.text[lang]}»`}`;
  return {
    id,
    label: { it: label('it'), en: label('en') },
    unit: o < 0 ? 'score' : 'percent',
    programme,
    source: `survey-${file.wave.id}`,
    higherIsBetter: true,
    aggregation: 'mean',
    normalisations: [],
  };
}

/** An area's estimate of the metric at `place` in its result of that question, or undefined where it is suppressed. */
export const estimateOf = (result: SurveyResult | undefined, { o }: SurveyPlace) =>
  !result || result.suppressed ? undefined : o < 0 ? result.mean : result.shares?.[o];
