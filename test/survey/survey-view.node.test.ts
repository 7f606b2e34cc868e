import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { surveyView } from '../../src/survey/survey-view.ts';
import { NotFoundError } from '../../src/errors.ts';
import { registerSurveyKind } from '../../src/survey/survey-kind.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { surveyFixture } from '../fixtures/survey.fixture.ts';
import { MESSAGES } from '../../components/survey-results/survey-results.messages.ts';

registerSurveyKind();

const file = validateDocument(surveyFixture(), ['survey']);
const regionOf = (province: string) => ({ '048': '09', '100': '09', '058': '12' })[province];

describe('surveyView', () => {
  it("gives a province its response rate and every question beside its region's and the nation's", () => {
    const view = surveyView(file, 'province', '048', 'it', MESSAGES.it.nation, regionOf);
    assert.equal(view.where, 'Firenze');
    assert.deepEqual([view.invited, view.respondents], [30, 19]);
    assert.equal(view.rate, 19 / 30);
    assert.deepEqual(
      view.references.map((r) => r.name),
      ['Toscana', 'Italia'],
    );
    const plan = view.questions[0]!;
    assert.equal(plan.text, "La scuola ha un piano per l'internazionalizzazione nel PTOF?");
    assert.deepEqual(
      plan.options.map((o) => o.label),
      ['Sì, approvato', 'In preparazione', 'No'],
    );
    const firenze = file.areas.find((a) => a.code === '048')!.results[0]!.shares![0]!;
    const toscana = file.areas.find((a) => a.code === '09')!.results[0]!.shares![0]!;
    const italia = file.areas.find((a) => a.code === 'IT')!.results[0]!.shares![0]!;
    assert.deepEqual(plan.options[0], {
      id: 'approvato',
      label: 'Sì, approvato',
      value: firenze.value,
      low: firenze.low,
      high: firenze.high,
      references: [toscana.value, italia.value],
    });
    const importance = view.questions[2]!;
    assert.deepEqual([importance.min, importance.max], [1, 5]);
    assert.equal(importance.mean!.references.length, 2);
    const teachers = view.questions[3]!;
    assert.deepEqual([teachers.min, teachers.max, teachers.unit, teachers.options.length], [0, 300, 'docenti', 0]);
  });

  it('says a suppressed question with its n, with no estimate to draw', () => {
    const prato = surveyView(file, 'province', '100', 'en', MESSAGES.en.nation, regionOf);
    assert.ok(prato.questions.every((q) => q.suppressed && q.n === 3 && q.options.length === 0 && q.mean === null));
    assert.equal(prato.questions[0]!.text, 'Does the school have an internationalisation plan in its three-year plan (PTOF)?');
  });

  it('compares a region with the nation, the nation with nothing, and keeps one question when asked', () => {
    assert.deepEqual(
      surveyView(file, 'region', '12', 'it', MESSAGES.it.nation, regionOf).references.map((r) => r.name),
      ['Italia'],
    );
    // The nation named in the reader's language (the data names it "Italia"); places keep their names.
    assert.deepEqual(
      surveyView(file, 'province', '048', 'en', MESSAGES.en.nation, regionOf).references.map((r) => r.name),
      ['Toscana', 'Italy'],
    );
    assert.equal(surveyView(file, 'nation', '', 'en', MESSAGES.en.nation, regionOf).where, 'Italy');
    const nation = surveyView(file, 'nation', '', 'it', MESSAGES.it.nation, regionOf, 'importanza');
    assert.deepEqual(nation.references, []);
    assert.deepEqual(
      nation.questions.map((q) => q.id),
      ['importanza'],
    );
    assert.equal(nation.synthetic, true);
  });

  it('refuses an area the wave does not have', () => {
    assert.throws(() => surveyView(file, 'region', '01', 'it', MESSAGES.it.nation, regionOf), NotFoundError);
  });
});

describe("<survey-results>'s texts", () => {
  it('count one answer in the singular', () => {
    assert.deepEqual([MESSAGES.it.answered(1), MESSAGES.it.answered(2)], ['1 risposta', '2 risposte']);
    assert.deepEqual([MESSAGES.en.answered(1), MESSAGES.en.answered(2)], ['1 answer', '2 answers']);
  });
});
