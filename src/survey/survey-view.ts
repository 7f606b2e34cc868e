/**
 * What <survey-results> draws for one area of a survey wave: the area's
 * response rate, and for each question its estimates with their intervals,
 * beside the same estimates of the areas above it (a province's region and
 * the nation; a region's nation), or the suppression with its n; and, where
 * an earlier wave is given, each estimate's change since it. Pure: tested in
 * Node.
 */
import type { SurveyArea, SurveyFile, SurveyQuestion, SurveyResult } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { NotFoundError } from '../errors.js';
import { differenceInterval } from '../util/mover.js';

export type SurveyLevel = 'nation' | 'region' | 'province';

/**
 * An estimate's change since an earlier wave: now − then, with its 95% interval
 * from the two waves' intervals (MOVER, src/util/mover.ts; two samples drawn
 * apart, as two waves are).
 */
export interface Change {
  /** The earlier wave's estimate. */
  earlier: number;
  value: number;
  low: number;
  high: number;
}

export interface Estimate {
  value: number;
  low: number;
  high: number;
  /** The same estimate in each reference area (null where it is suppressed). */
  references: (number | null)[];
  /** Its change since the earlier wave compared with: null where there is none, or the area's estimate is suppressed in either. */
  change: Change | null;
}

export interface OptionView extends Estimate {
  id: string;
  label: string;
}

export interface QuestionView {
  id: string;
  type: SurveyQuestion['type'];
  text: string;
  unit: string | null;
  /** Institutions of the area that answered. */
  n: number;
  suppressed: boolean;
  /** Single, multiple and Likert questions: the share choosing each option. */
  options: OptionView[];
  /** Likert and number questions: the mean, on the scale from `min` to `max`. */
  mean: Estimate | null;
  /** Where an earlier wave is compared: whether it asked the same question (id, type, options and unit). */
  comparable: boolean;
  min: number | null;
  max: number | null;
}

export interface SurveyView {
  title: string;
  schoolYear: number;
  fielded: { from: string; to: string };
  /** The area's name. */
  where: string;
  invited: number;
  respondents: number;
  /** Respondents over invited (null when none was invited). */
  rate: number | null;
  /** The areas the estimates are compared with, nearest first. */
  references: { name: string }[];
  /** The earlier wave the estimates' changes are measured from, if any. */
  earlier: { title: string; schoolYear: number } | null;
  questions: QuestionView[];
  method: string;
  minRespondents: number;
  synthetic: boolean;
}

const areaKey = (level: SurveyLevel, code: string) => `${level}:${code}`;

function estimateOf(result: SurveyResult | undefined, pick: (r: SurveyResult) => number | undefined): number | null {
  if (!result || result.suppressed) return null;
  return pick(result) ?? null;
}

type Interval = { value: number; low: number; high: number };

function changeOf(now: Interval, then: Interval | undefined): Change | null {
  if (!then) return null;
  const [low, high] = differenceInterval(then.value, [then.low, then.high], now.value, [now.low, now.high]);
  return { earlier: then.value, value: now.value - then.value, low, high };
}

/** The same question asked again: a changed option list, type or unit would compare other things. */
const sameQuestion = (a: SurveyQuestion, b: SurveyQuestion | undefined) =>
  !!b &&
  a.type === b.type &&
  a.unit?.it === b.unit?.it &&
  a.options.length === b.options.length &&
  a.options.every((option, i) => option.id === b.options[i]!.id);

/**
 * The view of `file` for the area `level`/`code`, in `lang`, the nation named
 * `nation` (the element's word for it); `regionOf` gives a province's region
 * (from the index), for its reference. Only the questions `only` names when it
 * is given. With `earlier`, an earlier wave, each estimate's change since it.
 */
export function surveyView(
  file: SurveyFile,
  level: SurveyLevel,
  code: string,
  lang: Language,
  nation: string,
  regionOf: (province: string) => string | undefined,
  only?: string,
  earlier?: SurveyFile,
): SurveyView {
  const key = areaKey(level, level === 'nation' ? 'IT' : code);
  const areas = new Map(file.areas.map((area) => [areaKey(area.level, area.code), area]));
  const area = areas.get(key);
  if (!area) throw new NotFoundError(level === 'province' ? 'province' : 'region', code);
  const before = earlier?.areas.find((a) => areaKey(a.level, a.code) === key);
  const above: SurveyArea[] = [];
  if (level === 'province') {
    const region = regionOf(code);
    const regional = region ? areas.get(areaKey('region', region)) : undefined;
    if (regional) above.push(regional);
  }
  const national = areas.get(areaKey('nation', 'IT'));
  if (level !== 'nation' && national) above.push(national);
  // Places keep their names in both languages; the nation is named in the reader's ("Italy", not the data's "Italia").
  const nameOf = (a: SurveyArea) => (a.level === 'nation' ? nation : a.name);

  const questions = file.questions
    .map((question, q) => ({ question, q }))
    .filter(({ question }) => !only || question.id === only)
    .map(({ question, q }): QuestionView => {
      const result = area.results[q]!;
      const referenceResults = above.map((a) => a.results[q]);
      const asked = earlier?.questions.findIndex((e) => e.id === question.id) ?? -1;
      const comparable = asked >= 0 && sameQuestion(question, earlier!.questions[asked]);
      const then = comparable && !before?.results[asked]?.suppressed ? before?.results[asked] : undefined;
      const options = result.suppressed
        ? []
        : (result.shares ?? []).map((share, o) => ({
            id: share.option,
            label: question.options[o]?.text[lang] ?? share.option,
            value: share.value,
            low: share.low,
            high: share.high,
            references: referenceResults.map((r) => estimateOf(r, (x) => x.shares?.[o]?.value)),
            change: changeOf(share, then?.shares?.[o]),
          }));
      const mean =
        result.suppressed || !result.mean
          ? null
          : {
              ...result.mean,
              references: referenceResults.map((r) => estimateOf(r, (x) => x.mean?.value)),
              change: changeOf(result.mean, then?.mean),
            };
      const likert = question.type === 'likert';
      return {
        id: question.id,
        type: question.type,
        text: question.text[lang],
        unit: question.unit?.[lang] ?? null,
        n: result.n,
        suppressed: result.suppressed === true,
        options,
        mean,
        comparable,
        min: likert ? 1 : (question.min ?? null),
        max: likert ? question.options.length : (question.max ?? null),
      };
    });
  return {
    title: file.wave.title[lang],
    schoolYear: file.wave.schoolYear,
    fielded: file.wave.fielded,
    where: nameOf(area),
    invited: area.invited,
    respondents: area.respondents,
    rate: area.invited > 0 ? area.respondents / area.invited : null,
    references: above.map((a) => ({ name: nameOf(a) })),
    earlier: earlier ? { title: earlier.wave.title[lang], schoolYear: earlier.wave.schoolYear } : null,
    questions,
    method: file.method.description[lang],
    minRespondents: file.method.minRespondents,
    synthetic: file.synthetic,
  };
}
