/**
 * A survey wave's document: what the adapters write validates, is read back
 * unchanged, and every damage the rules between fields catch is refused at
 * its path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assembleSurveyFile } from '../../data-adapters/assemble/survey-file.ts';
import type { Limits } from '../../data-adapters/readers/limits.ts';
import { demoQuestionnaire } from '../../data-adapters/synth/survey-model.ts';
import { checkQuestionnaire } from '../../data-adapters/surveys/questionnaire.ts';
import type { Answers } from '../../data-adapters/surveys/responses.ts';
import { surveyResults } from '../../data-adapters/surveys/survey-results.ts';
import { SchemaError } from '../../src/errors.ts';
import { registerSurveyKind } from '../../src/survey/survey-kind.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { knowsExpectation, toContractIssue } from '../../src/i18n/error-text.ts';

registerSurveyKind();

function file() {
  const questionnaire = checkQuestionnaire(demoQuestionnaire(2025), 'q.json');
  const invited = Array.from({ length: 30 }, (_, i) => ({
    code: `FIIC8${String(i).padStart(5, '0')}`,
    region: i < 24 ? '09' : '12',
    province: i < 24 ? '048' : '058',
    gradeGroup: 'comprensivo' as const,
    active: i % 3 === 0,
  }));
  const answers = new Map<string, Answers>(
    invited
      .filter((_, i) => i % 2 === 0)
      .map((institution, i) => [
        institution.code,
        new Map<string, string | string[] | number>([
          ['piano', ['approvato', 'no', 'in-preparazione'][i % 3]!],
          ['ostacoli', i % 2 ? ['tempo'] : ['costi', 'partner']],
          ['importanza', 1 + (i % 5)],
          ['docenti-mobilita', i % 4],
          ['supporto', 3],
        ]),
      ]),
  );
  const results = surveyResults(questionnaire, answers, invited, { minRespondents: 5, confidence: 0.95 });
  const limits = {
    regions: new Map([
      ['09', { code: '09', name: 'Toscana' }],
      ['12', { code: '12', name: 'Lazio' }],
    ]),
    provinces: new Map([
      ['048', { code: '048', name: 'Firenze' }],
      ['058', { code: '058', name: 'Roma' }],
    ]),
  } as unknown as Limits;
  return assembleSurveyFile(
    { ...results, questionnaire, answers, synthetic: true, unplaced: 0, invitedAll: true, activityYears: [2022, 2023, 2024] },
    { generatedAt: '2026-05-01T00:00:00Z', release: '2026-05-01-s1', limits, minRespondents: 5, confidence: 0.95 },
  );
}

describe("a survey wave's document", () => {
  it('validates as written, says it is synthetic, names its areas, suppresses the small one', () => {
    const doc = validateDocument(JSON.parse(JSON.stringify(file())), ['survey']);
    assert.equal(doc.synthetic, true);
    assert.deepEqual(
      doc.areas.map((a) => [a.code, a.name, a.invited, a.respondents]),
      [
        ['IT', 'Italia', 30, 15],
        ['09', 'Toscana', 24, 12],
        ['12', 'Lazio', 6, 3],
        ['048', 'Firenze', 24, 12],
        ['058', 'Roma', 6, 3],
      ],
    );
    assert.ok(doc.areas.find((a) => a.code === '12')!.results.every((r) => r.suppressed && r.n <= 3));
    const plan = doc.areas[0]!.results[0]!;
    assert.deepEqual(
      plan.shares!.map((s) => s.option),
      ['approvato', 'in-preparazione', 'no'],
    );
    assert.equal(doc.questions[3]!.integer, true);
    // The method says whose activity the weights were raked to.
    assert.match(doc.method.description.it, /per regione, ciclo di istruzione, attività nei programmi dal 2022\/23 al 2024\/25\)/);
    assert.match(doc.method.description.en, /by region, grade group, activity in the programmes from 2022\/23 to 2024\/25\)/);
  });

  type File = ReturnType<typeof file>;
  const damaged: [string, (f: File) => void, string][] = [
    ['another kind', (f) => Object.assign(f, { kind: 'areas' }), '["kind"]'],
    ['a question twice', (f) => f.questions.push(f.questions[0]!), '["questions",5,"id"]'],
    ['an area twice', (f) => f.areas.push(f.areas[1]!), '["areas",5,"code"]'],
    ['a region code at the province level', (f) => (f.areas[3]!.code = '09'), '["areas",3,"code"]'],
    ['more respondents than invited', (f) => (f.areas[1]!.respondents = 25), '["areas",1,"respondents"]'],
    ['a result missing', (f) => f.areas[0]!.results.pop(), '["areas",0,"results"]'],
    ['results out of order', (f) => f.areas[0]!.results.reverse(), '["areas",0,"results",0,"question"]'],
    ['more answers than respondents', (f) => (f.areas[0]!.results[0]!.n = 16), '["areas",0,"results",0,"n"]'],
    [
      'an option it does not have',
      (f) => (f.areas[0]!.results[0]!.shares![1]!.option = 'forse'),
      '["areas",0,"results",0,"shares",1,"option"]',
    ],
    ['a share outside its interval', (f) => (f.areas[0]!.results[0]!.shares![0]!.low = 0.99), '["areas",0,"results",0,"shares",0]'],
    ['a mean outside its interval', (f) => (f.areas[0]!.results[2]!.mean!.high = 0), '["areas",0,"results",2,"mean"]'],
    [
      'an estimate in a suppressed result',
      (f) => (f.areas[2]!.results[0]!.mean = { value: 1, low: 1, high: 1 }),
      '["areas",2,"results",0]',
    ],
    ['a share above 1', (f) => (f.areas[0]!.results[0]!.shares![0]!.high = 1.2), '["areas",0,"results",0,"shares",0,"high"]'],
    ['a fielding date that is no date', (f) => (f.wave.fielded.from = '2 marzo'), '["wave","fielded","from"]'],
    // Date reads both as 2 March: shown so, a wave's days would silently change.
    ['a fielding day not of the calendar (30 February)', (f) => (f.wave.fielded.from = '2026-02-30'), '["wave","fielded","from"]'],
    ['a fielding day past its month (31 April)', (f) => (f.wave.fielded.to = '2026-04-31'), '["wave","fielded","to"]'],
    ['fieldwork that ends before it began', (f) => (f.wave.fielded.to = '2020-01-01'), '["wave","fielded","to"]'],
    ['an unknown question type', (f) => Object.assign(f.questions[0]!, { type: 'ranking' }), '["questions",0,"type"]'],
  ];
  for (const [what, damage, path] of damaged)
    it(`refuses ${what}, saying where in both languages`, () => {
      const f = structuredClone(file());
      damage(f);
      assert.throws(
        () => validateDocument(JSON.parse(JSON.stringify(f)), ['survey'], 'survey.json'),
        (error: unknown) => {
          if (!(error instanceof SchemaError) || !error.raw.some((issue) => JSON.stringify(issue.path) === path)) return false;
          // Every issue has its text in Italian and English (no key left untranslated).
          for (const issue of error.raw.map(toContractIssue)) assert.ok(knowsExpectation(issue.expect), issue.expect);
          return true;
        },
      );
    });
});
