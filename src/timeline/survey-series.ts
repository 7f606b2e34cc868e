/**
 * Survey estimates as a timeline's series: `metrics="survey:piano:approvato"`
 * (the share of institutions choosing an option) or `survey:importanza:mean`,
 * or a whole question (`survey:piano`: a line per option, or the mean; a
 * `question` chosen in a linked view's survey results shows so in their place),
 * in every wave the index lists that asks the question, each at its wave's
 * school year with its own 95% interval; a wave that does not ask it, or an
 * estimate suppressed for too few answers, is no data that year (never zero).
 * The chart's years run from the first wave to the last, and a change between
 * waves is said with its interval (MOVER from the two waves' intervals, as
 * `<survey-results compare>` says it). Estimates exist for Italy, regions and
 * provinces: a comune's scope shows its province's, and says so; a school's
 * or a comune compared with, or a survey estimate beside a metric of the
 * contract (another axis, other years), is a usage error, said before
 * anything is downloaded.
 * <trend-timeline> loads this module (and the survey reader with it) only for
 * a survey metric.
 */
import type { LocalizedText, MetricDefinition, NationalIndex, SurveyFile, SurveyRef } from '../contract/contract.types.js';
import type { ContractLoader } from '../data/loader.js';
import { UsageError } from '../element/usage-error.js';
import { warn } from '../element/warnings.js';
import { formatSchoolYear } from '../i18n/format.js';
import { loadSurvey } from '../survey/load-survey.js';
import { estimateOf, hasMean, offeredMetrics, offeredWords, placeOf, surveyDefinition } from '../survey/survey-metric-place.js';
import { wavesInOrder } from '../survey/waves-in-order.js';
import { comuneOfScope, comuneShownText } from '../survey/comune-scope.js';
import type { Language } from '../contract/vocabulary.js';
import type { TimelineData, TimelineUsage } from './load-timeline.js';
import { findComune, parseScope, type OwnIntervals, type ScopedSeries } from './scopes.js';

/** The programme of the survey metrics: with no provisional year (an unknown programme reads as the most provisional). */
const SURVEY_PROGRAMME = 'survey';

/** Survey estimates exist for Italy, regions and provinces (and so for a province's parents). */
const SURVEY_LEVELS: readonly string[] = ['nation', 'region', 'province'];

/** What the intervals are, under the chart and in its files: the survey's, and a change's between waves (MOVER). */
const INTERVAL_NOTE = {
  it: "Intorno a ogni stima (la banda, tra parentesi nella tabella) è il suo intervallo al 95%, secondo le risposte all'indagine; la variazione tra due indagini ha il suo: dove nulla è cambiato, circa una su 20 esclude lo zero per caso.",
  en: "Around each estimate (the band, in brackets in the table) is its 95% interval, from the survey's answers; the change between two surveys has its own: where nothing changed, about one in 20 excludes zero by chance.",
};

/** Why a survey's answers other than one single-choice question's are lines where stacked areas are asked for. */
const UNSTACKABLE = {
  it: "Aree impilate non disponibili: si sommano solo le risposte di una domanda a scelta singola; un'istituzione che dà più risposte si conterebbe più volte. Si vedono le linee.",
  en: 'Stacked areas are not available: only the answers to one single-choice question add up; an institution that gives several answers would be counted more than once. The lines are shown.',
};

/** A wave whose file could not be read, said under the chart's title: the chart shows the others. */
const unreadNote = ({ id, schoolYear }: SurveyRef): LocalizedText => ({
  it: `L'indagine «${id}» (${formatSchoolYear(schoolYear)}) non si legge: il grafico mostra le altre (i dettagli nella console del browser).`,
  en: `The survey wave “${id}” (${formatSchoolYear(schoolYear)}) cannot be read: the chart shows the others (details in the browser console).`,
});

/** Waves of one school year, of which the chart shows the one listed last: said under its title. */
function sharedYears(files: readonly SurveyFile[]): LocalizedText[] {
  const byYear = new Map<number, SurveyFile[]>();
  for (const file of files) byYear.set(file.wave.schoolYear, [...(byYear.get(file.wave.schoolYear) ?? []), file]);
  return [...byYear].flatMap(([year, waves]) => {
    if (waves.length < 2) return [];
    const [ids, shown] = [waves.map((w) => w.wave.id).join(', '), waves.at(-1)!.wave.id];
    const said = formatSchoolYear(year);
    return [
      {
        it: `Più indagini nel ${said} (${ids}): il grafico mostra l'ultima elencata, ${shown}.`,
        en: `Several surveys in ${said} (${ids}): the chart shows the last listed, ${shown}.`,
      },
    ];
  });
}

/**
 * A whole question's metrics (`survey:piano`): every option's share of a choice question, in the order of the latest
 * wave that asks it (then those only earlier waves offered), or a scale's or a number's mean. A word that names an
 * option (`survey:piano:approvato`) stands as written; a question no wave asks lists what the waves offer.
 */
function expand(files: readonly SurveyFile[], word: string): string[] {
  const [, question = '', ...rest] = word.split(':');
  if (rest.length > 0) return [word];
  const asked = files.flatMap((file) => file.questions.filter((q) => q.id === question)).reverse();
  if (asked.length === 0) throw new UsageError<TimelineUsage>('metric', word, [...new Set(files.flatMap(offeredWords))].join(', '));
  if (hasMean(asked[0]!)) return [`${word}:mean`];
  return [...new Set(asked.flatMap((q) => q.options.map((o) => `${word}:${o.id}`)))];
}

/**
 * A timeline of survey metrics (`metrics`, every word a survey's: another beside them would need another axis and
 * other years): its scopes checked before anything is downloaded, then the index and the scopes as for any metric
 * (`loadContract`, of a scope and the scopes compared), then the waves.
 */
export async function loadSurveySeries(
  loader: ContractLoader,
  src: string,
  { scopeText, compare, metrics, question }: { scopeText: string; compare: string; metrics: string; question: string },
  signal: AbortSignal,
  loadContract: (scopeText?: string, compare?: string) => Promise<TimelineData>,
): Promise<TimelineData> {
  const split = (text: string) => text.split(/\s+/).filter(Boolean);
  const asked = split(metrics);
  if (!asked.every((word) => word.startsWith('survey:'))) throw new UsageError<TimelineUsage>('surveyMix', metrics);
  const comune = comuneOfScope(scopeText);
  const checked = [...(comune ? [] : [scopeText || 'nation']), ...split(compare).filter((word) => word !== 'parents')];
  for (const text of checked) {
    const level = parseScope(text)?.level;
    if (level && !SURVEY_LEVELS.includes(level)) throw new UsageError<TimelineUsage>('surveyScope', text);
  }
  if (!comune) return withSurveySeries(loader, src, await loadContract(), asked, signal, question);
  // A comune shows its province's estimates (src/survey/comune-scope.ts), read from its region's shard, which the
  // province's series comes from too.
  const { comune: read } = await findComune(loader, src, comune, signal);
  const data = await loadContract(`province:${read.province}`, compare);
  const said = (lang: Language) => comuneShownText(read, data.scopes[0]!.name, lang);
  const series = await withSurveySeries(loader, src, data, asked, signal, question);
  return { ...series, notes: [{ it: said('it'), en: said('en') }, ...(series.notes ?? [])] };
}

/**
 * The words a timeline shows: the question chosen (`question`, from a linked view's survey results) in place of the
 * page's, unless they are all of it (its option, its mean); one no wave asks leaves the page's, and is said.
 */
function chosenWords(
  files: readonly SurveyFile[],
  ids: readonly string[],
  question: string,
): { ids: readonly string[]; ignored?: LocalizedText } {
  if (!question || ids.every((id) => id.split(':')[1] === question)) return { ids };
  if (files.some((file) => file.questions.some((q) => q.id === question))) return { ids: [`survey:${question}`] };
  const written = `question="${question}"`;
  return {
    ids,
    ignored: {
      it: `${written} non è una domanda delle indagini: è stato ignorato, si vede ${ids.join(' ')}.`,
      en: `${written} is not a question of the surveys: it was ignored, ${ids.join(' ')} is shown.`,
    },
  };
}

/**
 * `data` (its index and the scopes it shows, loaded as for any metric) with the survey metrics `ids` as its only
 * metrics, over the waves' school years: every scope's, Italy's and the regions' values (the small multiples read
 * them from the index) and their intervals.
 */
export async function withSurveySeries(
  loader: ContractLoader,
  src: string,
  data: TimelineData,
  asked: readonly string[],
  signal: AbortSignal,
  question = '',
): Promise<TimelineData> {
  const { index } = data;
  const waves = wavesInOrder(index);
  if (waves.length === 0) throw new UsageError<TimelineUsage>('metric', asked[0], index.metrics.map((m) => m.id).join(', '));
  // A wave whose file cannot be read leaves the others drawn, and is said (in the element, its reason in the console):
  // one broken file of several took the whole chart into an error. None read is the element's error, with «Riprova».
  const read = await Promise.allSettled(waves.map((wave) => loadSurvey(loader, src, wave.id, { signal })));
  signal.throwIfAborted();
  if (read.every((r) => r.status === 'rejected')) throw (read[0] as PromiseRejectedResult).reason;
  const files: SurveyFile[] = [];
  const unread: SurveyRef[] = [];
  read.forEach((r, k) => {
    if (r.status === 'fulfilled') files.push(r.value);
    else {
      unread.push(waves[k]!);
      warn('trend-timeline', `the survey wave ${waves[k]!.id} could not be read: ${String(r.reason)}`);
    }
  });
  const first = files[0]!.wave.schoolYear;
  const years = Array.from({ length: files.at(-1)!.wave.schoolYear - first + 1 }, (_, k) => first + k);
  const { ids, ignored } = chosenWords(files, asked, question);
  const expanded = ids.flatMap((word) => expand(files, word));
  // One question's options alone: the question is the chart's title, each line its option's words.
  const whole = ids.length === 1 && ids[0]!.split(':').length === 2 && !expanded[0]!.endsWith(':mean');
  let title: LocalizedText | undefined;
  // Shares pile up to a whole only as the options of one single-choice question: an institution that gave several
  // answers (a multiple choice, two questions) would be counted in each, and means do not add up.
  const piled = new Set<string>();
  let single = true;
  const metrics: MetricDefinition[] = [];
  const readers: ((level: string, code: string) => { value: number | null; interval: [number, number] | null }[])[] = [];
  for (const id of expanded) {
    const [, question = '', option = '', ...rest] = id.split(':');
    const places = files.map((file) => (rest.length === 0 ? placeOf(file, question, option) : null));
    let latest = places.length - 1;
    while (latest >= 0 && !places[latest]) latest--;
    if (latest < 0) throw new UsageError<TimelineUsage>('metric', id, [...new Set(files.flatMap(offeredMetrics))].join(', '));
    // In the words of the latest wave that asks it.
    const definition = surveyDefinition(files[latest]!, places[latest]!, id, SURVEY_PROGRAMME);
    const { q, o } = places[latest]!;
    const source = files[latest]!.questions[q]!;
    if (whole) title ??= source.text;
    piled.add(source.id);
    single &&= source.type === 'single' && o >= 0;
    metrics.push(whole ? { ...definition, label: source.options[o]!.text } : definition);
    readers.push((level, code) => {
      const series = years.map(() => ({ value: null as number | null, interval: null as [number, number] | null }));
      files.forEach((file, w) => {
        const place = places[w];
        const estimate = place && estimateOf(file.areas.find((a) => a.level === level && a.code === code)?.results[place.q], place);
        // Two waves of one school year: the one listed last's, and said (`notes`).
        if (estimate) series[file.wave.schoolYear - first] = { value: estimate.value, interval: [estimate.low, estimate.high] };
      });
      return series;
    });
  }
  /** An area's series of the survey metrics: its values and their intervals. */
  const withValues = <Area extends object>(area: Area, level: string, code: string) => {
    const read = readers.map((reader) => reader(level, code));
    return {
      ...area,
      values: Object.fromEntries(metrics.map((m, k) => [m.id, read[k]!.map((p) => p.value)])),
      intervals: Object.fromEntries(metrics.map((m, k) => [m.id, read[k]!.map((p) => p.interval)])) as OwnIntervals,
    };
  };
  const surveyIndex: NationalIndex = {
    ...index,
    years,
    metrics,
    // Published estimates are final: no provisional year (an unknown programme reads as the most provisional).
    programmes: [...index.programmes, { id: SURVEY_PROGRAMME, label: { it: 'Indagini', en: 'Surveys' }, provisionalYears: [] }],
    nation: withValues(index.nation, 'nation', 'IT'),
    regions: index.regions.map((region) => withValues(region, 'region', region.code)),
  };
  const scopes: ScopedSeries[] = data.scopes.map((s) => withValues(s, s.scope.level, s.scope.level === 'nation' ? 'IT' : s.scope.code));
  return {
    index: surveyIndex,
    scopes,
    metricIds: expanded,
    ...(title && { title }),
    ...(!(single && piled.size === 1) && { unstackable: UNSTACKABLE }),
    intervalNote: INTERVAL_NOTE,
    notes: [...unread.map(unreadNote), ...sharedYears(files), ...(ignored ? [ignored] : [])],
  };
}
