import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demoQuestionnaire } from '../../../data-adapters/synth/survey-model.ts';
import { checkQuestionnaire } from '../../../data-adapters/surveys/questionnaire.ts';
import type { Answers } from '../../../data-adapters/surveys/responses.ts';
import { surveyResults, type InvitedInstitution } from '../../../data-adapters/surveys/survey-results.ts';

const questionnaire = checkQuestionnaire(demoQuestionnaire(2025), 'q.json');
const OPTIONS = { minRespondents: 5, confidence: 0.95 };

/** Region 01 (province 001): 20 institutions, 10 answer; region 02 (province 007): 8 institutions, 4 answer. */
function fixture() {
  const invited: InvitedInstitution[] = [];
  const answers = new Map<string, Answers>();
  for (let i = 0; i < 28; i++) {
    const north = i < 20;
    const code = `${north ? 'TO' : 'AO'}IC8${String(i).padStart(5, '0')}`;
    invited.push({ code, region: north ? '01' : '02', province: north ? '001' : '007', gradeGroup: 'comprensivo', active: i % 2 === 0 });
    if (i % 2 === 0)
      answers.set(
        code,
        new Map<string, string | string[] | number>([
          ['piano', i % 4 === 0 ? 'approvato' : 'no'],
          ['importanza', i % 4 === 0 ? 5 : 3],
          ...(i < 4 ? [] : [['ostacoli', ['tempo']] as [string, string[]]]),
        ]),
      );
  }
  return { invited, answers };
}

describe('surveyResults', () => {
  const { invited, answers } = fixture();
  const { areas, weighting } = surveyResults(questionnaire, answers, invited, OPTIONS);
  const area = (level: string, code: string) => areas.find((a) => a.level === level && a.code === code)!;
  const result = (level: string, code: string, question: string) => area(level, code).results.find((r) => r.question === question)!;

  it('counts the invited and the respondents of the nation, each region and each province, in that order', () => {
    assert.deepEqual(
      areas.map((a) => [a.level, a.code, a.invited, a.respondents]),
      [
        ['nation', 'IT', 28, 14],
        ['region', '01', 20, 10],
        ['region', '02', 8, 4],
        ['province', '001', 20, 10],
        ['province', '007', 8, 4],
      ],
    );
    assert.deepEqual(weighting.margins, ['region', 'gradeGroup', 'activity']);
  });

  it('suppresses a question answered by fewer than five institutions, still saying how many', () => {
    assert.deepEqual(result('region', '02', 'piano'), { question: 'piano', n: 4, suppressed: true });
    // In region 01, "ostacoli" was answered by 8 of its 10 respondents (the first two left it).
    assert.equal(result('region', '01', 'ostacoli').n, 8);
    assert.equal(result('region', '01', 'ostacoli').suppressed, undefined);
    assert.equal(result('nation', 'IT', 'docenti-mobilita').n, 0);
    assert.equal(result('nation', 'IT', 'docenti-mobilita').suppressed, true);
  });

  it('estimates every option of a question, the scale mean of a Likert one, and their intervals', () => {
    // Only active institutions answered: the weights undo region (20 vs 8 invited for 10 vs 4 respondents)
    // but cannot reach the inactive ones (a margin category without respondents, reported).
    assert.deepEqual(weighting.unmatched, [{ margin: 'activity', category: 'inactive', population: 14 }]);
    const plan = result('region', '01', 'piano');
    assert.deepEqual(
      plan.shares!.map((s) => s.option),
      ['approvato', 'in-preparazione', 'no'],
    );
    // Region 01's respondents are i = 0, 2, …, 18: i % 4 === 0 for 5 of them.
    assert.equal(plan.shares![0]!.value, 0.5);
    assert.equal(plan.shares![1]!.value, 0);
    for (const share of plan.shares!) assert.ok(share.low <= share.value && share.value <= share.high && share.low >= 0 && share.high <= 1);
    const importance = result('region', '01', 'importanza');
    assert.equal(importance.mean!.value, 4);
    assert.ok(importance.mean!.low < 4 && importance.mean!.high > 4 && importance.mean!.high <= 5);
    assert.equal(importance.shares!.length, 5);
    const tick = result('region', '01', 'ostacoli');
    assert.equal(tick.shares!.find((s) => s.option === 'tempo')!.value, 1);
  });
});
