/**
 * A survey wave's results (`shards.survey`, one file per wave, listed in the
 * index's `surveys`): the wave, how its estimates are made, its questions, and
 * for the nation, each region and each province the invited institutions, the
 * respondents and every question's estimates with their intervals, or its
 * suppression when too few answered. Made by data-adapters/surveys/. A module
 * of its own, as the area file's schema.
 */
import { Count, documentHeader, Identifier, LocalizedText, SchoolYear, Share } from './contract.schema.js';
import { Day, NonEmptyText } from './primitives.schema.js';
import * as v from './schema-dsl.js';

export const SURVEY_QUESTION_TYPES = ['single', 'multiple', 'likert', 'number'] as const;
export const SURVEY_LEVELS = ['nation', 'region', 'province'] as const;

export const SurveyOption = v.object({
  id: NonEmptyText,
  text: LocalizedText,
  /** A Likert option's point on the scale, 1 … k. */
  value: v.optional(v.number({ int: true, min: 1, key: 'count' })),
});

export const SurveyQuestion = v.object({
  id: Identifier,
  type: v.oneOf(SURVEY_QUESTION_TYPES),
  text: LocalizedText,
  /** Single, multiple and Likert questions (empty for a number question). */
  options: v.array(SurveyOption),
  /** A number question's range, whether its answers are whole, and their unit ("docenti"; "docente" for a count of one). */
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  integer: v.optional(v.boolean()),
  unit: v.optional(LocalizedText),
  unitOne: v.optional(LocalizedText),
  /** A school's own answer may be shown on its profile. */
  public: v.boolean(),
});

/** An estimate and its interval (`method.confidence`). */
const Estimate = v.object({ value: v.number(), low: v.number(), high: v.number() });

export const SurveyResult = v.object({
  question: Identifier,
  /** Institutions of the area that answered the question. */
  n: Count,
  /** Fewer than `method.minRespondents` answered: no estimate. */
  suppressed: v.optional(v.boolean()),
  /** The estimated share of institutions choosing each option, in the question's order. */
  shares: v.optional(v.array(v.object({ option: NonEmptyText, value: Share, low: Share, high: Share }))),
  /** Likert and number questions: the estimated mean. */
  mean: v.optional(Estimate),
});

export const SurveyArea = v.object({
  level: v.oneOf(SURVEY_LEVELS),
  /** "IT", a region's or a province's ISTAT code. */
  code: NonEmptyText,
  name: NonEmptyText,
  invited: Count,
  respondents: Count,
  /** One per question, in the order of `questions`. */
  results: v.array(SurveyResult),
});

export const SurveyFile = v.object({
  ...documentHeader,
  kind: v.literal('survey', 'kind.survey'),
  wave: v.object({
    id: Identifier,
    schoolYear: SchoolYear,
    fielded: v.object({ from: Day, to: Day }),
    title: LocalizedText,
  }),
  method: v.object({
    description: LocalizedText,
    /** What the weights are raked to ("region", "gradeGroup", "activity"). */
    margins: v.array(NonEmptyText),
    minRespondents: Count,
    confidence: Share,
    /** Kish's design effect of the weights. */
    designEffect: v.number({ min: 1, key: 'non-negative' }),
    /** Margin categories with invited institutions and no respondent. */
    unmatched: v.array(v.object({ margin: NonEmptyText, category: NonEmptyText, population: Count })),
  }),
  questions: v.array(SurveyQuestion),
  areas: v.array(SurveyArea),
});
