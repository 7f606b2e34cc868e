import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { surveyView } from '../../src/survey/survey-view.ts';
import { NotFoundError } from '../../src/errors.ts';
import { registerSurveyKind } from '../../src/survey/survey-kind.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { surveyFixture } from '../fixtures/survey.fixture.ts';
import { MESSAGES } from '../../components/survey-results/survey-results.messages.ts';
import { estimateShare } from '../../data-adapters/surveys/estimates.ts';
import { Random } from '../../data-adapters/stats/random.ts';
import { differenceInterval } from '../../src/util/mover.ts';
import { formatValue } from '../../src/i18n/format.ts';

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
      change: null,
    });
    assert.equal(view.earlier, null);
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

  it('gives each estimate its change since an earlier wave, with its interval; none for a question changed since or an area without estimate then', () => {
    // The wave a year before: Firenze's plan shares shifted, the obstacles asked with another option list, Prato
    // answered by too few then as now, and Firenze's teachers' mean suppressed then.
    const earlier = surveyFixture();
    earlier.wave = { ...earlier.wave, id: 'internazionalizzazione-2023', schoolYear: 2023 };
    const firenzeThen = earlier.areas.find((a) => a.code === '048')!;
    firenzeThen.results[0]!.shares = [
      { option: 'approvato', value: 0.2, low: 0.08, high: 0.41 },
      { option: 'in-preparazione', value: 0.3, low: 0.14, high: 0.52 },
      { option: 'no', value: 0.5, low: 0.29, high: 0.71 },
    ];
    // An option renamed: the question is another one.
    earlier.questions[1] = {
      ...earlier.questions[1]!,
      options: earlier.questions[1]!.options.map((o, i) => (i === 0 ? { ...o, id: 'orario' } : o)),
    };
    for (const area of earlier.areas) {
      const shares = area.results[1]!.shares;
      if (shares) shares[0] = { ...shares[0]!, option: 'orario' };
    }
    firenzeThen.results[3] = { question: 'docenti-mobilita', n: 2, suppressed: true };
    const view = surveyView(file, 'province', '048', 'it', MESSAGES.it.nation, regionOf, undefined, validateDocument(earlier, ['survey']));
    assert.deepEqual(view.earlier, { title: earlier.wave.title.it, schoolYear: 2023 });
    const now = file.areas.find((a) => a.code === '048')!.results[0]!.shares![0]!;
    const change = view.questions[0]!.options[0]!.change!;
    assert.equal(change.earlier, 0.2);
    assert.equal(change.value, now.value - 0.2);
    assert.deepEqual([change.low, change.high], differenceInterval(0.2, [0.08, 0.41], now.value, [now.low, now.high]));
    assert.ok(change.low < change.value && change.value < change.high);
    // The obstacles' options changed: not comparable, no change anywhere in it.
    assert.equal(view.questions[1]!.comparable, false);
    assert.ok(view.questions[1]!.options.every((o) => o.change === null));
    // The importance scale unchanged: its mean compared too (the same figures both years: no change, an interval around 0).
    const importance = view.questions[2]!;
    assert.equal(importance.comparable, true);
    assert.equal(importance.mean!.change!.value, 0);
    assert.ok(importance.mean!.change!.low < 0 && importance.mean!.change!.high > 0);
    // Suppressed then: comparable, but no estimate to measure from.
    assert.deepEqual([view.questions[3]!.comparable, view.questions[3]!.mean!.change], [true, null]);
  });

  it('calls a change clear about 5 times in 100 where the waves differ by chance only, and finds a planted one', () => {
    // Two waves drawn apart from the same share of institutions (30%), as the data tools estimate them (Wilson on the
    // sample, weights 1, of a population large enough to need no finite correction): the change's interval misses 0
    // about as often as a 95% interval should; from 30% to 50%, with 150 answers each, it finds the change nearly
    // always. (Two samples of one finite population, overlapping, would make it miss 0 less often: it errs wide.)
    const random = new Random(11);
    const wave = (share: number, n: number) => {
      const flags = Array.from({ length: n }, () => (random.next() < share ? 1 : 0));
      return estimateShare(flags, new Array<number>(n).fill(1), 1e9);
    };
    const clear = (from: number, to: number, n: number, runs: number) => {
      let found = 0;
      for (let run = 0; run < runs; run++) {
        const [then, now] = [wave(from, n), wave(to, n)];
        const [low, high] = differenceInterval(then.value, [then.low, then.high], now.value, [now.low, now.high]);
        if (low > 0 || high < 0) found++;
      }
      return found / runs;
    };
    const null40 = clear(0.3, 0.3, 40, 2000);
    const null150 = clear(0.3, 0.3, 150, 2000);
    assert.ok(null40 >= 0.02 && null40 <= 0.08, `40 answers a wave: ${null40}`);
    assert.ok(null150 >= 0.02 && null150 <= 0.08, `150 answers a wave: ${null150}`);
    assert.ok(clear(0.3, 0.5, 150, 500) >= 0.9);
  });
});

describe("<survey-results>'s texts", () => {
  it('count one answer in the singular, and thousands as the page writes them', () => {
    const answered = (lang: 'it' | 'en', n: number) => MESSAGES[lang].answered(formatValue(n, 'count', lang));
    assert.deepEqual([answered('it', 1), answered('it', 2), answered('it', 2926)], ['1 risposta', '2 risposte', '2.926 risposte']);
    assert.deepEqual([answered('en', 1), answered('en', 2), answered('en', 2926)], ['1 answer', '2 answers', '2,926 answers']);
  });
});
