/**
 * The seeded model of the synthetic survey wave (`synthesize` writes it beside
 * the participation exports; no real survey of the observatory is public):
 * the demo questionnaire, who answers it, and what they answer.
 *
 * Response: an invited institution answers with probability
 *
 *   logistic(−0.9 + region_r + grade_g + 0.9 · active)
 *
 * with region_r ~ N(0, 0.35²) drawn once per region from the seed, grade_g
 * from RESPONSE_BY_GRADE, and `active` its participation in the last three
 * school years of the synthetic exports: active schools answer a survey on
 * internationalisation more, as real ones do, which is what the build's
 * weights must undo. About a third of the institutions answer.
 *
 * Answers depend on activity (the distributions below): active schools more
 * often have an approved plan, rate internationalisation higher, send more
 * teachers abroad and name lack of partners less often as an obstacle. Each
 * question is skipped with probability ITEM_SKIP (item non-response), and a
 * multiple-choice question with no option ticked is unanswered.
 *
 * The wave of the year before (`synthesize` writes both, for
 * `<survey-results compare>`) asks the same questionnaire of the same
 * institutions, with the same region effects, its activity read from the three
 * years before it; who answers is drawn again. An institution's plan, its
 * obstacles, the importance it gives and its satisfaction are standing facts
 * and views, drawn once for both waves (StandingAnswers: the same uniform
 * draws read through each wave's distribution), so they are what it would
 * answer in either year; only its teachers abroad, a count of the year, are
 * drawn afresh. One change is planted for the comparison to find: of the plans
 * approved in the last wave, a share (APPROVED_SINCE) was still being prepared
 * the year before. Every other question's change is only what the changes of
 * activity make of it (in the demo 34.2% of the institutions were active in
 * the earlier wave's three years, 33.3% in the last's), with chance.
 */
import type { GradeGroup } from '../../src/contract/vocabulary.js';
import type { Random } from '../stats/random.js';
import { QUESTIONNAIRE_FORMAT } from '../surveys/questionnaire.js';

export const ITEM_SKIP = 0.04;
export const RESPONSE_BASE = -0.9;
export const RESPONSE_ACTIVE = 0.9;
export const REGION_SPREAD = 0.35;
export const RESPONSE_BY_GRADE: Readonly<Record<GradeGroup, number>> = {
  comprensivo: 0.2,
  'secondaria-secondo-grado': 0.1,
  'secondaria-primo-grado': 0,
  primaria: 0,
  infanzia: -0.3,
  altro: -0.5,
};

const text = (it: string, en: string) => ({ it, en });
/** Options by id, Italian and English text. */
const choices = (options: [string, string, string][]) => options.map(([id, it, en]) => ({ id, text: text(it, en) }));
/** A Likert scale's points 1 … k by their Italian and English labels. */
const scale = (labels: [string, string][]) => labels.map(([it, en], k) => ({ value: k + 1, text: text(it, en) }));

/** The demo wave's questionnaire, in the format of data-adapters/README.md ("Surveys"). */
export function demoQuestionnaire(schoolYear: number) {
  return {
    format: QUESTIONNAIRE_FORMAT,
    wave: `internazionalizzazione-${schoolYear}`,
    schoolYear,
    fielded: { from: `${schoolYear + 1}-03-02`, to: `${schoolYear + 1}-04-17` },
    title: text(
      `Indagine sull'internazionalizzazione delle scuole ${schoolYear}/${String((schoolYear + 1) % 100).padStart(2, '0')}`,
      `Survey on the internationalisation of schools ${schoolYear}/${String((schoolYear + 1) % 100).padStart(2, '0')}`,
    ),
    ignoreColumns: ['submitted_at'],
    questions: [
      {
        id: 'piano',
        type: 'single',
        public: true,
        text: text(
          "La scuola ha un piano per l'internazionalizzazione nel PTOF?",
          'Does the school have an internationalisation plan in its three-year plan (PTOF)?',
        ),
        options: choices([
          ['approvato', 'Sì, approvato', 'Yes, approved'],
          ['in-preparazione', 'In preparazione', 'Being prepared'],
          ['no', 'No', 'No'],
        ]),
      },
      {
        id: 'ostacoli',
        type: 'multiple',
        text: text('Quali sono i principali ostacoli? (più risposte)', 'What are the main obstacles? (several answers)'),
        options: choices([
          ['tempo', 'Tempo dei docenti', "Teachers' time"],
          ['lingue', 'Competenze linguistiche', 'Language skills'],
          ['burocrazia', 'Procedure amministrative', 'Administrative procedures'],
          ['costi', 'Costi', 'Costs'],
          ['partner', 'Trovare partner', 'Finding partners'],
          ['sostituzioni', 'Sostituire i docenti in mobilità', 'Replacing teachers on mobility'],
        ]),
      },
      {
        id: 'importanza',
        type: 'likert',
        text: text("Quanto è importante l'internazionalizzazione per la scuola?", 'How important is internationalisation for the school?'),
        options: scale([
          ['Per nulla', 'Not at all'],
          ['Poco', 'Slightly'],
          ['Abbastanza', 'Moderately'],
          ['Molto', 'Very'],
          ['Moltissimo', 'Extremely'],
        ]),
      },
      {
        id: 'docenti-mobilita',
        type: 'number',
        // A count of facts, not an opinion: a school may publish it (and the demo's index reads it).
        public: true,
        min: 0,
        max: 300,
        integer: true,
        unit: text('docenti', 'teachers'),
        unitOne: text('docente', 'teacher'),
        text: text(
          "Quanti docenti hanno svolto una mobilità all'estero nell'ultimo anno?",
          'How many teachers went abroad on a mobility in the last year?',
        ),
      },
      {
        id: 'supporto',
        type: 'likert',
        text: text(
          "Quanto è soddisfatta del supporto dell'Agenzia e dell'Ufficio scolastico regionale?",
          'How satisfied is the school with the support of the Agency and the regional school office?',
        ),
        options: scale([
          ['Per nulla', 'Not at all'],
          ['Poco', 'Slightly'],
          ['Abbastanza', 'Moderately'],
          ['Molto', 'Very'],
          ['Del tutto', 'Completely'],
        ]),
      },
    ],
  };
}

/** Answer distributions by activity: [active, inactive]. */
export const ANSWER_MODEL = {
  piano: { options: ['approvato', 'in-preparazione', 'no'], active: [0.55, 0.3, 0.15], inactive: [0.15, 0.3, 0.55] },
  ostacoli: {
    options: ['tempo', 'lingue', 'burocrazia', 'costi', 'partner', 'sostituzioni'],
    active: [0.6, 0.35, 0.55, 0.3, 0.15, 0.45],
    inactive: [0.6, 0.5, 0.4, 0.45, 0.4, 0.3],
  },
  importanza: { active: [0.02, 0.05, 0.15, 0.38, 0.4], inactive: [0.08, 0.17, 0.35, 0.28, 0.12] },
  supporto: { active: [0.05, 0.12, 0.33, 0.36, 0.14], inactive: [0.07, 0.16, 0.37, 0.3, 0.1] },
  /** Teachers abroad: Poisson with this mean per 100 students (600 when the count is unknown). */
  mobilityPerHundred: { active: 0.5, inactive: 0.05 },
} as const;

/** Of the plans approved by the last wave, the share still being prepared the year before, by activity (planted). */
export const APPROVED_SINCE = { active: 0.27, inactive: 0.45 } as const;

type Activity = 'active' | 'inactive';

/** The plan's shares the year before the last wave, by activity: [approved, being prepared, no] (see above). */
export function earlierPlanShares(state: Activity): number[] {
  const [approved, preparing, no] = ANSWER_MODEL.piano[state];
  return [approved * (1 - APPROVED_SINCE[state]), preparing + approved * APPROVED_SINCE[state], no];
}

/**
 * An institution's standing answers, as uniform draws made once for every wave: what it answers in a wave is what
 * they read as under that wave's distributions, so that it answers alike from year to year where its activity did not
 * change (common random numbers), and two waves differ only where the model says they do.
 */
export interface StandingAnswers {
  plan: number;
  /** Below APPROVED_SINCE: a plan approved by the last wave was still being prepared the year before. */
  approvedSince: number;
  obstacles: number[];
  importance: number;
  support: number;
}

export function drawStanding(random: Random): StandingAnswers {
  return {
    plan: random.next(),
    approvedSince: random.next(),
    obstacles: ANSWER_MODEL.ostacoli.options.map(() => random.next()),
    importance: random.next(),
    support: random.next(),
  };
}

export interface SurveyInstitution {
  code: string;
  regionKey: string;
  gradeGroup: GradeGroup;
  students: number | null;
  active: boolean;
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

/** Each institution's probability of answering, with the region effects drawn from `random`. */
export function responsePropensities(institutions: readonly SurveyInstitution[], random: Random): Map<string, number> {
  const regionEffect = new Map<string, number>();
  for (const key of [...new Set(institutions.map((i) => i.regionKey))].sort()) regionEffect.set(key, REGION_SPREAD * random.normal());
  return new Map(
    institutions.map((i) => [
      i.code,
      logistic(RESPONSE_BASE + regionEffect.get(i.regionKey)! + RESPONSE_BY_GRADE[i.gradeGroup] + RESPONSE_ACTIVE * Number(i.active)),
    ]),
  );
}

/** The option a uniform draw `u` reads as under `shares`. */
const pickAt = (u: number, shares: readonly number[]) => {
  for (let k = 0; k < shares.length - 1; k++) if ((u -= shares[k]!) < 0) return k;
  return shares.length - 1;
};

/**
 * One respondent's row of the responses file, by column (an empty string: not answered), from its standing answers;
 * `earlier`, the wave of the year before the last (the planted change). Item non-response and the teachers abroad are
 * drawn from `random`, the wave's own.
 */
export function drawAnswers(
  institution: SurveyInstitution,
  standing: StandingAnswers,
  random: Random,
  earlier = false,
): Record<string, string | number> {
  const state: Activity = institution.active ? 'active' : 'inactive';
  const skipped = () => random.next() < ITEM_SKIP;
  const row: Record<string, string | number> = {};
  const plan = pickAt(standing.plan, ANSWER_MODEL.piano[state]);
  const preparing = earlier && plan === 0 && standing.approvedSince < APPROVED_SINCE[state];
  row.piano = skipped() ? '' : ANSWER_MODEL.piano.options[preparing ? 1 : plan]!;
  const skipObstacles = skipped();
  ANSWER_MODEL.ostacoli.options.forEach((option, k) => {
    row[`ostacoli_${option}`] = skipObstacles ? '' : standing.obstacles[k]! < ANSWER_MODEL.ostacoli[state][k]! ? 1 : 0;
  });
  row.importanza = skipped() ? '' : pickAt(standing.importance, ANSWER_MODEL.importanza[state]) + 1;
  const mean = ((institution.students ?? 600) / 100) * ANSWER_MODEL.mobilityPerHundred[state];
  row['docenti-mobilita'] = skipped() ? '' : Math.min(300, random.poisson(mean));
  row.supporto = skipped() ? '' : pickAt(standing.support, ANSWER_MODEL.supporto[state]) + 1;
  return row;
}
