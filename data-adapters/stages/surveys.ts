/**
 * Stage 6b, surveys: each wave's results per area (surveys/survey-results.ts),
 * the invited being every institution the build placed, with its activity in
 * the programmes (what the weights are raked to) in as many years as the
 * index's reference years, ending with the wave's school year: a wave of
 * 2024/25 is weighted by who was active up to 2024/25, as its answers were
 * given then, not by who is active in the index's later years.
 */
import { isActive, type Institution } from '../aggregate/institutions.js';
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
  /** The school years whose activity the weights are raked to: the wave's, and those before it (see above). */
  activityYears: number[];
}

/** The confidence of every interval: 95 %, as the README and the elements say. */
export const SURVEY_CONFIDENCE = 0.95;

/** As many school years as `referenceYears` (at least one), ending with `schoolYear`. */
export function activityYears(referenceYears: readonly number[], schoolYear: number): number[] {
  const count = Math.max(1, referenceYears.length);
  return Array.from({ length: count }, (_, k) => schoolYear - count + 1 + k);
}

export function surveyWaves(
  input: { surveys: readonly SurveyInput[]; institutions: readonly Institution[]; referenceYears: readonly number[] },
  config: Pick<BuildConfig, 'surveyMinRespondents'>,
): SurveyWave[] {
  const placed = new Set(input.institutions.map((i) => i.code));
  // Oldest first, as the contract lists them (a configuration may give the newest first): an element's latest wave and
  // the one before it are read from this order.
  const inOrder = [...input.surveys].sort((a, b) => a.questionnaire.schoolYear - b.questionnaire.schoolYear);
  return inOrder.map(({ questionnaire, answers, invited: list, synthetic }) => {
    const years = activityYears(input.referenceYears, questionnaire.schoolYear);
    const invited: InvitedInstitution[] = input.institutions
      .filter((i) => !list || list.has(i.code))
      .map((i) => ({
        code: i.code,
        region: i.location.region,
        province: i.location.province,
        gradeGroup: i.gradeGroup,
        active: years.some((year) => isActive(i.years.get(year))),
      }));
    return {
      questionnaire,
      answers,
      synthetic,
      invitedAll: list === null,
      activityYears: years,
      unplaced: [...answers.keys()].filter((code) => !placed.has(code)).length,
      ...surveyResults(questionnaire, answers, invited, { minRespondents: config.surveyMinRespondents, confidence: SURVEY_CONFIDENCE }),
    };
  });
}
