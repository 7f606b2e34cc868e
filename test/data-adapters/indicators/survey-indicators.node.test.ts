/**
 * The index's survey pillar (data-adapters/indicators/survey-indicators.ts):
 * scores computed by hand, an institution that did not answer scored on the
 * other pillars, an inactive one kept at 0, and every misnamed answer an error.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { institution } from './institution.ts';
import { DEFAULT_CONFIG, resolveConfig, type SurveyIndicatorConfig } from '../../../data-adapters/config.ts';
import { indexDiagnostics } from '../../../data-adapters/indicators/index-diagnostics.ts';
import { indexUncertainty } from '../../../data-adapters/indicators/index-uncertainty.ts';
import { explainScore, surveyAnswers } from '../../../data-adapters/indicators/index-explanation.ts';
import { computeIndex, INDICATORS } from '../../../data-adapters/indicators/internationalisation-index.ts';
import { surveyIndicators } from '../../../data-adapters/indicators/survey-indicators.ts';
import type { SurveyInput } from '../../../data-adapters/stages/read-inputs.ts';
import { Random } from '../../../data-adapters/stats/random.ts';
import type { Answers } from '../../../data-adapters/surveys/responses.ts';
import type { Questionnaire } from '../../../data-adapters/surveys/questionnaire.ts';

const WAVE = 'internazionalizzazione-2025';
const said = (text: string) => ({ it: text, en: text });
const questionnaire: Questionnaire = {
  wave: WAVE,
  schoolYear: 2025,
  fielded: { from: '2026-03-02', to: '2026-04-17' },
  title: said('Indagine'),
  ignoreColumns: [],
  questions: [
    {
      id: 'piano',
      type: 'single',
      text: said('Piano nel PTOF?'),
      options: ['approvato', 'in-preparazione', 'no'].map((id) => ({ id, text: said(id) })),
      public: true,
    },
    {
      id: 'ostacoli',
      type: 'multiple',
      text: said('Ostacoli'),
      options: ['tempo', 'costi'].map((id) => ({ id, text: said(id) })),
      public: true,
    },
    {
      id: 'importanza',
      type: 'likert',
      text: said('Importanza'),
      options: [1, 2, 3, 4, 5].map((value) => ({ id: String(value), value, text: said(String(value)) })),
      public: true,
    },
    {
      id: 'docenti-mobilita',
      type: 'number',
      text: said('Docenti in mobilità'),
      options: [],
      min: 0,
      max: 300,
      integer: true,
      public: true,
    },
    // An opinion the questionnaire keeps private.
    {
      id: 'supporto',
      type: 'likert',
      text: said('Supporto'),
      options: [1, 2, 3].map((value) => ({ id: String(value), value, text: said(String(value)) })),
      public: false,
    },
  ],
};

/** Active in 2025 (one eTwinning project) or not at all. */
const member = (code: string, active: boolean) =>
  institution(code, active ? [[2025, { etwinning: { registeredTeachers: 4, projects: 1, qualityLabels: 0, schoolLabel: false } }]] : []);

// A and B answered; C, active, did not; D answered but has no activity in the reference years.
const A = member('FIIC00000A', true);
const B = member('FIIC00000B', true);
const C = member('FIIC00000C', true);
const D = member('FIIC00000D', false);
const answers = new Map<string, Answers>([
  [
    A.code,
    new Map<string, string | string[] | number>([
      ['piano', 'approvato'],
      ['importanza', 4],
      ['docenti-mobilita', 3],
    ]),
  ],
  [
    B.code,
    new Map<string, string | string[] | number>([
      ['piano', 'no'],
      ['importanza', 2],
    ]),
  ],
  [D.code, new Map<string, string | string[] | number>([['piano', 'approvato']])],
]);
const surveys: SurveyInput[] = [{ questionnaire, answers, invited: null, synthetic: true }];
const CONFIGURED: SurveyIndicatorConfig[] = [
  { wave: WAVE, question: 'piano', option: 'approvato', weight: 1 },
  { wave: WAVE, question: 'importanza', weight: 1 },
  { wave: WAVE, question: 'docenti-mobilita', weight: 1 },
];
const config = {
  ...DEFAULT_CONFIG.index,
  weights: { etwinning: 0.4, erasmus: 0.4, funding: 0, continuity: 0.1, survey: 0.1 },
  surveyIndicators: CONFIGURED,
};
const available = new Set(['etwinning', 'continuity', 'survey'] as const);
const indicators = [...INDICATORS, ...surveyIndicators(CONFIGURED, surveys)];
const run = computeIndex([A, B, C, D], config, 2025, available, { indicators });

describe("the index's survey pillar", () => {
  it('scores the answers as computed by hand: an option, a scale, a number', () => {
    assert.deepEqual(
      indicators.slice(INDICATORS.length).map((i) => [i.id, i.kind, i.pillar]),
      [
        ['survey-internazionalizzazione-2025-piano-approvato', 'binary', 'survey'],
        ['survey-internazionalizzazione-2025-importanza', 'share', 'survey'],
        ['survey-internazionalizzazione-2025-docenti-mobilita', 'count', 'survey'],
      ],
    );
    // A: approvato (100), 4 of 5 on the scale (75), the only positive number (mid-rank 100) → 91.7.
    assert.equal(run.results.get(A.code)!.pillars.survey, 91.7);
    // B: another option (0), 2 of 5 (25), no number: the mean of what it answered → 12.5.
    assert.equal(run.results.get(B.code)!.pillars.survey, 12.5);
  });

  it("scores an institution that did not answer on the other pillars, as if the survey's weight were theirs", () => {
    assert.equal(run.results.get(C.code)!.pillars.survey, null);
    const without = computeIndex([A, B, C, D], config, 2025, new Set(['etwinning', 'continuity'] as const));
    assert.equal(run.results.get(C.code)!.score, without.results.get(C.code)!.score);
    assert.ok(run.results.get(C.code)!.score > 0);
    assert.deepEqual(explainScore(run.results.get(C.code)!, run.context).at(-1), {
      it: "Indagine dell'osservatorio: nessuna risposta alle domande che contano nell'indice; il suo peso va agli altri pilastri.",
      en: "The observatory's survey: no answer to the questions that count in the index; its weight goes to the other pillars.",
    });
  });

  it('keeps an institution without activity at 0 whatever it answered: the index measures activity', () => {
    assert.equal(run.results.get(D.code)!.pillars.survey, null);
    assert.equal(run.results.get(D.code)!.score, 0);
    assert.ok(!explainScore(run.results.get(D.code)!, run.context).some((line) => line.it.startsWith('Indagine')));
    assert.match(explainScore(run.results.get(A.code)!, run.context).at(-1)!.it, /^Indagine dell'osservatorio: punteggio 91,7 su 100/);
  });

  it('says the answers its survey score is made of, as the institution gave them', () => {
    const answersOf = (institution: typeof A) => surveyAnswers(indicators, institution, run.context);
    assert.deepEqual(
      answersOf(A).map((a) => a.it),
      ['Piano nel PTOF? approvato', 'Importanza 4 su 5 (4)', 'Docenti in mobilità 3'],
    );
    assert.equal(answersOf(B)[1]!.en, 'Importanza 2 of 5 (2)');
    assert.deepEqual([answersOf(C), answersOf(D)], [[], []], 'no answer, or no activity: nothing to say');
    assert.equal(
      explainScore(run.results.get(B.code)!, run.context, answersOf(B)).at(-1)!.it,
      "Indagine dell'osservatorio: punteggio 12,5 su 100 (Piano nel PTOF? no; Importanza 2 su 5 (2)).",
    );
    const [perThousand] = surveyIndicators([{ wave: WAVE, question: 'docenti-mobilita', weight: 1, per1000Students: true }], surveys);
    assert.deepEqual(perThousand!.answer!(A, run.context), {
      it: 'Docenti in mobilità 3, 3 per 1.000 studenti',
      en: 'Docenti in mobilità 3, 3 per 1,000 students',
    });
  });

  it('writes a count with its unit in the form the count takes: "1 docente", "3 docenti"', () => {
    const withUnits = structuredClone(questionnaire);
    Object.assign(
      withUnits.questions.find((q) => q.id === 'docenti-mobilita')!,
      {
        unit: { it: 'docenti', en: 'teachers' },
        unitOne: { it: 'docente', en: 'teacher' },
      },
    );
    const said = (count: number) => {
      const given = new Map([[A.code, new Map<string, string | string[] | number>([['docenti-mobilita', count]])]]);
      const [indicator] = surveyIndicators(
        [{ wave: WAVE, question: 'docenti-mobilita', weight: 1 }],
        [{ questionnaire: withUnits, answers: given, invited: null, synthetic: true }],
      );
      return indicator!.answer!(A, run.context);
    };
    assert.deepEqual(said(1), { it: 'Docenti in mobilità 1 docente', en: 'Docenti in mobilità 1 teacher' });
    assert.deepEqual(said(3), { it: 'Docenti in mobilità 3 docenti', en: 'Docenti in mobilità 3 teachers' });
  });

  it('counts a number per 1,000 students where the config says so', () => {
    const [perThousand] = surveyIndicators([{ wave: WAVE, question: 'docenti-mobilita', weight: 1, per1000Students: true }], surveys);
    assert.equal(perThousand!.denominator, 'per1000Students');
    assert.equal(perThousand!.raw(A, run.context), 3);
    assert.ok(Number.isNaN(perThousand!.raw(B, run.context)));
  });

  it('takes the institutions each pair of indicators shares in its diagnostics, and the uncertainty analysis scores everyone', () => {
    const diagnostics = indexDiagnostics([A, B, C, D], run);
    assert.equal(diagnostics.alphaInstitutions, 1, 'only A has a value of every indicator');
    assert.ok(diagnostics.spearman.flat().every(Number.isFinite));
    assert.ok(diagnostics.pillars.some((p) => p.id === 'survey'));
    const uncertainty = indexUncertainty(
      [A, B, C, D],
      run,
      available,
      { index: config, uncertainty: { runs: 40, dirichletConcentration: 50 }, roleModels: DEFAULT_CONFIG.roleModels },
      new Random(3),
    );
    assert.deepEqual(
      [A, B, C, D].map((i) => uncertainty.byCode.get(i.code)!.band !== null),
      [true, true, true, false],
    );
  });

  it('refuses an answer that the waves read do not have, naming what they have', () => {
    const refused = (indicator: Partial<SurveyIndicatorConfig>, message: RegExp) =>
      assert.throws(() => surveyIndicators([{ wave: WAVE, question: 'piano', weight: 1, ...indicator }], surveys), message);
    refused({ wave: 'altra-2024' }, /no survey "altra-2024" among those read \(internazionalizzazione-2025\)/);
    refused({ question: 'lingue' }, /no question "lingue" \(it has piano, ostacoli, importanza, docenti-mobilita and supporto\)/);
    // Its score would publish a private answer.
    refused({ question: 'supporto' }, /the question is not public \(public in the questionnaire\)/);
    refused({ question: 'ostacoli' }, /a multiple-choice question cannot be an indicator/);
    refused({}, /counts one of its options, in option \(approvato, in-preparazione and no; found null\)/);
    refused({ option: 'si' }, /found "si"/);
    refused({ question: 'importanza', option: '4' }, /option is for a single-choice question only \(this one is of type likert\)/);
    refused({ question: 'importanza', per1000Students: true }, /per1000Students is for a number question only/);
    assert.throws(
      () => surveyIndicators([CONFIGURED[1]!, { ...CONFIGURED[1]!, weight: 2 }], surveys),
      /the answer survey-internazionalizzazione-2025-importanza is named twice/,
    );
  });
});

describe("the survey pillar's configuration", () => {
  const base = { registry: ['r.csv'], geo: 'geo', out: 'out' };
  const weights = { etwinning: 0.4, erasmus: 0.4, funding: 0, continuity: 0.1, survey: 0.1 };

  it('refuses a weight without answers and answers without a weight: a pillar that would silently do nothing', () => {
    assert.throws(
      () => resolveConfig(base, { index: { ...DEFAULT_CONFIG.index, weights } }),
      /index.weights.survey is above 0 but index.surveyIndicators names no answer/,
    );
    assert.throws(
      () => resolveConfig(base, { index: { ...DEFAULT_CONFIG.index, surveyIndicators: CONFIGURED } }),
      /index.surveyIndicators names answers but index.weights.survey is 0/,
    );
    assert.throws(
      () =>
        resolveConfig(base, {
          index: { ...DEFAULT_CONFIG.index, weights, surveyIndicators: [{ wave: WAVE, question: 'piano', weight: 0 }] },
        }),
      /each indicator has wave and question \(text\), weight \(a number above 0\)/,
    );
    assert.equal(
      resolveConfig(base, { index: { ...DEFAULT_CONFIG.index, weights, surveyIndicators: CONFIGURED } }).index.weights.survey,
      0.1,
    );
  });

  it("weighs the survey 0 in a config written before it (four pillars' weights)", () => {
    const config = resolveConfig(base, {
      index: { ...DEFAULT_CONFIG.index, weights: { etwinning: 0.5, erasmus: 0.3, funding: 0.1, continuity: 0.1 } as typeof weights },
    });
    assert.deepEqual(config.index.weights, { etwinning: 0.5, erasmus: 0.3, funding: 0.1, continuity: 0.1, survey: 0 });
  });
});
