/** A change shown as one takes the singular, in the survey's and the timeline's sentences, in Italian and English. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readsOne } from '../../src/i18n/reads-one.ts';
import { MESSAGES as SURVEY } from '../../components/survey-results/survey-results.messages.ts';
import { MESSAGES as TIMELINE } from '../../components/trend-timeline/trend-timeline.messages.ts';

describe('readsOne', () => {
  it('is one for 1 with or without its sign, and for nothing else', () => {
    for (const shown of ['1', '+1', '-1', '\u22121']) assert.equal(readsOne(shown), true, shown);
    for (const shown of ['0', '+0,3', '1,5', '1.5', '+11', '10', '-21', '']) assert.equal(readsOne(shown), false, shown);
  });

  it('makes the sentences singular where they show one point', () => {
    assert.equal(SURVEY.it.change('+1', '-3', '+5', '2024/25', true), '+1 punto rispetto al 2024/25 (al 95% tra -3 e +5)');
    assert.equal(SURVEY.it.change('-2', '-6', '+1', '2024/25', true), '-2 punti rispetto al 2024/25 (al 95% tra -6 e +1)');
    assert.equal(SURVEY.en.change('-1', '-4', '+2', '2024/25', true), '-1 point since 2024/25 (95% interval -4 to +2)');
    assert.equal(SURVEY.en.change('+1', '-4', '+2', '2024/25', false), '+1 since 2024/25 (95% interval -4 to +2)');
    assert.equal(TIMELINE.it.points('+1'), '+1 punto percentuale');
    assert.equal(TIMELINE.en.points('+1.5'), '+1.5 percentage points');
  });
});
