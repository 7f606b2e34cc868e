import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEstimate, intervalDigits } from '../../src/i18n/format.ts';

describe('an estimate with its interval', () => {
  it('keeps the usual decimals when the interval reads apart with them', () => {
    assert.equal(formatEstimate(0.28, 0.27, 0.3, 'percent', 'it', 0), '28% (27%–30%)');
    assert.equal(formatEstimate(3.2, 3.1, 3.3, 'score', 'it', 1), '3,2 (3,1–3,3)');
  });

  it('adds decimals, two at most, where the ends would read the same: never "3,5 (3,5–3,5)"', () => {
    // The survey's mean importance, 3.50 between 3.46 and 3.54, once read "3,5 (3,5–3,5)": no uncertainty at all.
    assert.equal(formatEstimate(3.5, 3.46, 3.54, 'score', 'it', 1), '3,5 (3,46–3,54)');
    assert.equal(formatEstimate(0.061, 0.0581, 0.0642, 'percent', 'en', 0), '6.1% (5.8%–6.4%)');
    assert.equal(intervalDigits(3.5001, 3.5002, 'score', 'it', 1), 3);
    assert.equal(formatEstimate(3.50012, 3.5001, 3.5002, 'score', 'it', 1), '3,5 (3,5–3,5)');
  });

  it('adds nothing to an interval without width or without ends', () => {
    assert.equal(intervalDigits(0.4, 0.4, 'percent', 'it', 0), 0);
    assert.equal(intervalDigits(null, null, 'percent', 'it', 0), 0);
  });
});
