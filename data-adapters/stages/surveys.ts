/**
 * Stage 6b, surveys: each wave's results per area (surveys/survey-results.ts),
 * the invited being every institution the build placed, with its activity in
 * the index's reference years (what the weights are raked to).
 */
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import type { Questionnaire } from '../surveys/questionnaire.js';
import { surveyResults, type InvitedInstitution, type SurveyResults } from '../surveys/survey-results.js';
import type { SurveyInput } from './read-inputs.js';
import type { Answers } from '../surveys/responses.js';

export interface SurveyWave extends SurveyResults {
  questionnaire: Questionnaire;
  /** Each responding institution's answers, by code (what a school shard publishes of them: survey-answers.ts). */
  answers: ReadonlyMap<string, Answers>;
  synthetic: boolean;
  /** Respondents the build could not place (their institution has no comune in the limits): not counted. */
  unplaced: number;
  /** Every placed institution was invited (no list of invited institutions was given). */
  invitedAll: boolean;
}

/** The confidence of every interval: 95 %, as the README and the elements say. */
export const SURVEY_CONFIDENCE = 0.95;

export function surveyWaves(
  input: { surveys: readonly SurveyInput[]; institutions: readonly Institution[]; active: ReadonlySet<string> },
  config: Pick<BuildConfig, 'surveyMinRespondents'>,
): SurveyWave[] {
  const invited: InvitedInstitution[] = input.institutions.map((i) => ({
    code: i.code,
    region: i.location.region,
    province: i.location.province,
    gradeGroup: i.gradeGroup,
    active: input.active.has(i.code),
  }));
  const placed = new Set(invited.map((i) => i.code));
  return input.surveys.map(({ questionnaire, answers, invited: list, synthetic }) => ({
    questionnaire,
    answers,
    synthetic,
    invitedAll: list === null,
    unplaced: [...answers.keys()].filter((code) => !placed.has(code)).length,
    ...surveyResults(questionnaire, answers, list ? invited.filter((i) => list.has(i.code)) : invited, {
      minRespondents: config.surveyMinRespondents,
      confidence: SURVEY_CONFIDENCE,
    }),
  }));
}
