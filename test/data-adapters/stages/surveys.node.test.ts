/**
 * Stage 6b, surveys, on the small world: every placed institution is invited
 * by default; a list of the invited narrows the rates and the weights to it,
 * and the method says which.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelOf } from '../../../data-adapters/build.ts';
import { assembleSurveyFile } from '../../../data-adapters/assemble/survey-file.ts';
import { demoQuestionnaire } from '../../../data-adapters/synth/survey-model.ts';
import { checkQuestionnaire } from '../../../data-adapters/surveys/questionnaire.ts';
import type { Answers } from '../../../data-adapters/surveys/responses.ts';
import { worldConfig, worldInputs } from './world.ts';

const questionnaire = checkQuestionnaire(demoQuestionnaire(2024), 'q.json');
const answer = (plan: string): Answers => new Map([['piano', plan]]);

async function waveOf(
  invited: Set<string> | null,
  asked = questionnaire,
  answers = new Map([
    ['FIIC100001', answer('approvato')],
    ['FIIC200004', answer('no')],
  ]),
) {
  const inputs = worldInputs();
  inputs.surveys = [{ questionnaire: asked, answers, invited, synthetic: true }];
  const { model } = await modelOf(inputs, worldConfig());
  return model;
}

describe('stage: surveys', () => {
  it('invites every institution the build placed, by default', async () => {
    const model = await waveOf(null);
    const wave = model.surveys[0]!;
    const nation = wave.areas.find((a) => a.level === 'nation')!;
    assert.deepEqual([nation.invited, nation.respondents], [model.institutions.size, 2]);
    assert.equal(wave.invitedAll, true);
  });

  it('counts only the invited when the wave has a list of them, and says so in its method', async () => {
    const model = await waveOf(new Set(['FIIC100001', 'FIIC200004', 'FIIC300005']));
    const wave = model.surveys[0]!;
    const nation = wave.areas.find((a) => a.level === 'nation')!;
    assert.deepEqual([nation.invited, nation.respondents], [3, 2]);
    assert.deepEqual(
      wave.areas.filter((a) => a.level === 'region').map((a) => [a.code, a.invited]),
      [['09', 3]],
    );
    const context = { generatedAt: model.generatedAt, release: model.release, limits: model.limits, minRespondents: 5, confidence: 0.95 };
    const file = assembleSurveyFile(wave, context);
    assert.match(file.method.description.it, /^Sono invitate le istituzioni dell'elenco dell'indagine/);
    assert.match(file.method.description.en, /^The institutions on the survey's list are invited/);
  });

  it("rakes a wave to the activity of its own school year and the years before it, not to the index's later years", async () => {
    // Only inactive institutions answer. In 2022/23 and 2023/24 FIIC1 (its plesso) and FIIC3 were active: a wave of
    // 2024/25 has an active category no respondent stands for; in a wave of 2021/22 (2019/20 to 2021/22) nobody was.
    const answers = new Map([
      ['FIIC200004', answer('no')],
      ['RMIC100006', answer('approvato')],
    ]);
    const activity = (wave: { weighting: { unmatched: { margin: string; category: string; population: number }[] } }) =>
      wave.weighting.unmatched.filter((u) => u.margin === 'activity');
    const later = (await waveOf(null, questionnaire, answers)).surveys[0]!;
    assert.deepEqual(later.activityYears, [2022, 2023, 2024]);
    assert.deepEqual(activity(later), [{ margin: 'activity', category: 'active', population: 2 }]);
    const earlier = (await waveOf(null, checkQuestionnaire(demoQuestionnaire(2021), 'q.json'), answers)).surveys[0]!;
    assert.deepEqual(earlier.activityYears, [2019, 2020, 2021]);
    assert.deepEqual(activity(earlier), []);
  });

  it('lists the waves oldest first, as the contract does, whatever order the configuration gives them in', async () => {
    const inputs = worldInputs();
    const wave = (year: number) => ({
      questionnaire: checkQuestionnaire(demoQuestionnaire(year), 'q.json'),
      answers: new Map(),
      invited: null,
      synthetic: true,
    });
    inputs.surveys = [wave(2024), wave(2022), wave(2023)];
    const { model } = await modelOf(inputs, worldConfig());
    assert.deepEqual(
      model.surveys.map((s) => s.questionnaire.wave),
      ['internazionalizzazione-2022', 'internazionalizzazione-2023', 'internazionalizzazione-2024'],
    );
  });
});
