/**
 * A survey estimate as a map's metric: `metric="survey:piano:approvato"` (the
 * share of institutions choosing an option, in the latest wave),
 * `survey:<wave>:<question>:<option|mean>`, or a whole question
 * (`survey:importanza`: a scale's or a number's mean; a choice's first answer;
 * a map draws one value, and a choice's other answers are offered in a picker,
 * components/region-map/region-map.survey-pickers.ts). A linked view's `wave` and `question`
 * (chosen in <survey-results>) show in place of the metric's, where the index
 * lists the wave and the wave asks the question; else the metric's are shown,
 * and the notes say why. The wave's estimates become the
 * regions' or provinces' values for the wave's school year (null where an
 * area's estimate is suppressed: "no data", never zero), with a metric
 * definition of their own, so that the map classes, colours, tells and exports
 * them as any other; their intervals and n go with them for the tooltip.
 * Estimates exist per region and province only: a map of comuni is refused.
 * <region-map> loads this module (and the survey reader with it) only for a
 * survey metric.
 */
import type { LocalizedText, NationalIndex, SurveyFile } from '../contract/contract.types.js';
import { UsageError } from '../element/usage-error.js';
import type { MapArea, MapData, MapUsage, SurveyAnswers, SurveyNote } from './load-map.js';
import { wavesInOrder } from '../survey/waves-in-order.js';
import { estimateOf, hasMean, offeredWords, placeOf, surveyDefinition, type SurveyPlace } from '../survey/survey-metric-place.js';

export { loadSurvey } from '../survey/load-survey.js';

export interface SurveyMetric {
  wave: string | null;
  question: string;
  /** null for a whole question (`survey:importanza`): its mean, or its first answer. */
  option: string | null;
}

/** The survey metric `metric` names, or null when it is a metric of the contract. */
export function surveyMetric(metric: string): SurveyMetric | null {
  const parts = metric.split(':');
  if (parts[0] !== 'survey') return null;
  if (parts.length === 2) return { wave: null, question: parts[1]!, option: null };
  if (parts.length === 3) return { wave: null, question: parts[1]!, option: parts[2]! };
  if (parts.length === 4) return { wave: parts[1]!, question: parts[2]!, option: parts[3]! };
  throw new UsageError<MapUsage>(
    'metric',
    metric,
    'survey:QUESTION, survey:QUESTION:OPTION, survey:QUESTION:mean or survey:WAVE:QUESTION:OPTION',
  );
}

/** The wave a survey map shows, and why not the one chosen (`wave`: a linked view's) where the index does not list it. */
export interface ShownWave {
  id: string;
  /** The metric's own wave (or the latest): the one shown where the chosen wave does not ask its question. */
  own: string;
  /** The own wave's title, where the index lists it. */
  ownTitle?: LocalizedText;
  note?: LocalizedText;
}

/** The wave a survey metric reads: the one chosen in a linked view where the index lists it, else its own or the latest. */
export function surveyWave(metric: SurveyMetric, index: NationalIndex, text: string, chosen = ''): ShownWave {
  const waves = wavesInOrder(index);
  const own = metric.wave ?? waves.at(-1)?.id;
  if (!own) throw new UsageError<MapUsage>('surveyNone', text);
  const ownTitle = waves.find((wave) => wave.id === own)?.title;
  if (!chosen || chosen === own || waves.some((wave) => wave.id === chosen)) return { id: chosen || own, own, ownTitle };
  return {
    id: own,
    own,
    ownTitle,
    note: instead(`wave="${chosen}" non è un'indagine di questi dati`, `wave="${chosen}" is not a survey wave of this data`, ownTitle),
  };
}

/** What could not be shown (`it`, `en`): ignored, the wave named `shown` in its place. */
const instead = (it: string, en: string, shown: LocalizedText | undefined): LocalizedText => ({
  it: `${it}: è stato ignorato${shown ? `, si vede «${shown.it}»` : ''}.`,
  en: `${en}: it was ignored${shown ? `, “${shown.en}” is shown` : ''}.`,
});

/** Whether `file` can show the metric, or the question chosen in its place. */
export const asksFor = (file: SurveyFile, metric: SurveyMetric, question = '') =>
  file.questions.some((q) => q.id === question || q.id === metric.question);

/** A wave chosen that does not ask the metric's question: the metric's own wave is shown. */
export const notAsked = (file: SurveyFile, { ownTitle }: ShownWave, text: string): LocalizedText =>
  instead(
    `wave="${file.wave.id}": «${file.wave.title.it}» non ha la domanda di ${text}`,
    `wave="${file.wave.id}": “${file.wave.title.en}” does not ask the question of ${text}`,
    ownTitle,
  );

/**
 * Where the map's one value is in the wave: the answer picked on the map (`answer`, `QUESTION:OPTION`) where it is
 * the shown question's, else the metric's option, or a whole question's (the page's, or the one chosen in a linked
 * view in its place): its mean, the metric's option where it offers it, else its first answer. A question the wave
 * does not ask is ignored and said, the metric's shown. A choice's answers are offered in a picker.
 */
function shownPlace(
  file: SurveyFile,
  metric: SurveyMetric,
  text: string,
  chosen: string,
  answer: string,
): { place: SurveyPlace; notes: SurveyNote[]; answers?: SurveyAnswers } {
  const notes: SurveyNote[] = [];
  let other = Boolean(chosen) && chosen !== metric.question;
  if (other && !file.questions.some((q) => q.id === chosen)) {
    notes.push({
      it: `question="${chosen}" non è una domanda dell'indagine «${file.wave.title.it}»: è stato ignorato.`,
      en: `question="${chosen}" is not a question of the survey wave “${file.wave.title.en}”: it was ignored.`,
    });
    other = false;
  }
  const offered = () => offeredWords(file).join(', ');
  const q = file.questions.findIndex((x) => x.id === (other ? chosen : metric.question));
  const question = file.questions[q];
  if (!question) throw new UsageError<MapUsage>('metric', text, offered());
  const [answered, option] = answer.split(':');
  const picked = answered === question.id ? question.options.findIndex((x) => x.id === option) : -1;
  let o = picked;
  if (o < 0 && !other && metric.option !== null) {
    const place = placeOf(file, metric.question, metric.option);
    if (!place) throw new UsageError<MapUsage>('metric', text, offered());
    o = place.o;
  }
  // A whole question: a scale's or a number's mean; a choice's option the metric names, else its first answer.
  if (o < 0 && (other || metric.option === null)) {
    const named = question.options.findIndex((x) => x.id === metric.option);
    o = hasMean(question) ? -1 : Math.max(0, named);
  }
  // A map draws one value per area: a choice's other answers are a pick away.
  const choice = (question.type === 'single' || question.type === 'multiple') && question.options.length > 1 && o >= 0;
  const answers = choice ? { question: question.id, options: question.options, shown: question.options[o]!.id } : undefined;
  return { place: { q, o }, notes, ...(answers ? { answers } : {}) };
}

/** What a survey map shows besides its metric: a linked view's question, the answer picked on it, the wave's notes. */
export interface ShownChoices {
  question?: string;
  /** `QUESTION:OPTION`, picked in the map's picker of answers. */
  answer?: string;
  notes?: readonly LocalizedText[];
}

/** `data` with the survey estimate as its areas' values and its index's first metric. */
export function withSurveyValues(
  data: MapData,
  file: SurveyFile,
  metric: SurveyMetric,
  text: string,
  { question: chosen = '', answer = '', notes = [] }: ShownChoices = {},
): MapData {
  if (data.level === 'comuni') throw new UsageError<MapUsage>('surveyLevel', text);
  const shown = shownPlace(file, metric, text, chosen, answer);
  const place = shown.place;
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
    surveyWave: file.wave.id,
    intervals,
    ...(notes.length || shown.notes.length ? { surveyNotes: [...notes, ...shown.notes] } : {}),
    ...(shown.answers ? { surveyAnswers: shown.answers } : {}),
  };
}
