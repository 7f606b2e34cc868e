/**
 * The survey's line of who answered agrees with its numbers: a province of few
 * institutions may have one that answered, or one invited.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../components/survey-results/survey-results.messages.ts';

describe("the survey's response line", () => {
  it('says one institution in the singular, in both languages', () => {
    assert.equal(MESSAGES.it.response('1', '3', '33%'), 'Ha risposto 1 istituzione su 3 invitate (33%).');
    assert.equal(MESSAGES.it.response('1', '1', '100%'), 'Ha risposto 1 istituzione su 1 invitata (100%).');
    assert.equal(MESSAGES.en.response('1', '1', '100%'), '1 of 1 invited institution answered (100%).');
  });

  it('keeps the plural for every other number, zero and grouped thousands among them', () => {
    assert.equal(MESSAGES.it.response('0', '2', '0%'), 'Hanno risposto 0 istituzioni su 2 invitate (0%).');
    assert.equal(MESSAGES.it.response('519', '1.130', '46%'), 'Hanno risposto 519 istituzioni su 1.130 invitate (46%).');
    assert.equal(MESSAGES.en.response('519', '1,130', '46%'), '519 of 1,130 invited institutions answered (46%).');
  });
});
