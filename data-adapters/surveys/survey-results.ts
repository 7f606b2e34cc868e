/**
 * A survey wave's results per area (the nation, each region, each province):
 * how many institutions were invited and answered, and for every question its
 * estimates over the invited institutions with their 95 % intervals.
 *
 * Respondents are weighted for non-response by raking (raking.ts) to the
 * invited institutions' counts by region, grade group and activity in the
 * programmes (any participation in the wave's school year or the years before
 * it, as many as the index's reference years: stages/surveys.ts): who answers
 * a survey on internationalisation is not who is invited, and active schools
 * answer more. Estimates and intervals are estimates.ts'. An area's question
 * answered by fewer than `minRespondents` institutions is suppressed (its n
 * is still said): to protect the schools that answered and to avoid noise.
 */
import type { GradeGroup } from '../../src/contract/vocabulary.js';
import { estimateMean, estimateShare, type Interval } from './estimates.js';
import type { Questionnaire, SurveyQuestion } from './questionnaire.js';
import { rake } from './raking.js';
import type { Answers } from './responses.js';

/** An institution invited to the survey, with what the weights are raked on and where it is counted. */
export interface InvitedInstitution {
  code: string;
  region: string;
  province: string | null;
  gradeGroup: GradeGroup;
  active: boolean;
}

export interface SurveyOptions {
  minRespondents: number;
  confidence: number;
}

export interface QuestionResult {
  question: string;
  /** Institutions of the area that answered the question. */
  n: number;
  /** Too few answered: no estimate is given. */
  suppressed?: true;
  /** Single, multiple and Likert questions: the estimated share of institutions choosing each option. */
  shares?: ({ option: string } & Interval)[];
  /** Likert and number questions: the estimated mean. */
  mean?: Interval;
}

export interface AreaResult {
  level: 'nation' | 'region' | 'province';
  code: string;
  invited: number;
  respondents: number;
  results: QuestionResult[];
}

export interface SurveyResults {
  areas: AreaResult[];
  weighting: {
    margins: string[];
    designEffect: number;
    iterations: number;
    unmatched: { margin: string; category: string; population: number }[];
  };
}

const MARGINS = ['region', 'gradeGroup', 'activity'] as const;
const categoriesOf = (i: InvitedInstitution) => [i.region, i.gradeGroup, i.active ? 'active' : 'inactive'];

/** Every area an institution is counted in. */
function areasOf(i: InvitedInstitution): { level: AreaResult['level']; code: string }[] {
  return [
    { level: 'nation', code: 'IT' },
    { level: 'region', code: i.region },
    ...(i.province ? [{ level: 'province' as const, code: i.province }] : []),
  ];
}

/** A question's result over `members` (respondents of one area, with their weights), out of `population` invited. */
function questionResult(
  question: SurveyQuestion,
  members: readonly { answers: Answers; weight: number }[],
  population: number,
  options: SurveyOptions,
): QuestionResult {
  const answered = members.filter((m) => m.answers.has(question.id));
  const n = answered.length;
  if (n < options.minRespondents) return { question: question.id, n, suppressed: true };
  const weights = answered.map((m) => m.weight);
  const result: QuestionResult = { question: question.id, n };
  if (question.type !== 'number') {
    result.shares = question.options.map((option) => {
      const flags = answered.map(({ answers }) => {
        const answer = answers.get(question.id)!;
        if (Array.isArray(answer)) return answer.includes(option.id) ? 1 : 0;
        return String(answer) === option.id ? 1 : 0;
      });
      return { option: option.id, ...estimateShare(flags, weights, population, options.confidence) };
    });
  }
  if (question.type === 'likert' || question.type === 'number') {
    const values = answered.map(({ answers }) => answers.get(question.id) as number);
    const [min, max] = question.type === 'likert' ? [1, question.options.length] : [question.min!, question.max!];
    result.mean = estimateMean(values, weights, population, { confidence: options.confidence, min, max });
  }
  return result;
}

export function surveyResults(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, Answers>,
  invited: readonly InvitedInstitution[],
  options: SurveyOptions,
): SurveyResults {
  const respondents = invited.filter((i) => answers.has(i.code));
  const margins = MARGINS.map((name, m) => {
    const population = new Map<string, number>();
    for (const i of invited) population.set(categoriesOf(i)[m]!, (population.get(categoriesOf(i)[m]!) ?? 0) + 1);
    return { name, population };
  });
  const raked = rake(respondents.map(categoriesOf), margins);
  if (!raked.converged) throw new Error(`survey ${questionnaire.wave}: the weights did not converge in ${raked.iterations} iterations`);

  // Areas in a stable order: the nation, then regions, then provinces, each by code.
  const areas = new Map<
    string,
    { level: AreaResult['level']; code: string; invited: number; members: { answers: Answers; weight: number }[] }
  >();
  const areaOf = (level: AreaResult['level'], code: string) => {
    const key = `${level}:${code}`;
    let area = areas.get(key);
    if (!area) areas.set(key, (area = { level, code, invited: 0, members: [] }));
    return area;
  };
  for (const i of invited) for (const { level, code } of areasOf(i)) areaOf(level, code).invited++;
  respondents.forEach((i, r) => {
    for (const { level, code } of areasOf(i))
      areaOf(level, code).members.push({ answers: answers.get(i.code)!, weight: raked.weights[r]! });
  });
  const order = { nation: 0, region: 1, province: 2 };
  return {
    areas: [...areas.values()]
      .sort((a, b) => order[a.level] - order[b.level] || a.code.localeCompare(b.code))
      .map((area) => ({
        level: area.level,
        code: area.code,
        invited: area.invited,
        respondents: area.members.length,
        results: questionnaire.questions.map((question) => questionResult(question, area.members, area.invited, options)),
      })),
    weighting: { margins: [...MARGINS], designEffect: raked.designEffect, iterations: raked.iterations, unmatched: raked.unmatched },
  };
}
