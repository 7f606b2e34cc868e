import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatEstimate, formatPoints, formatShown, intervalDigits, isShareShown, shownUnit } from '../../src/i18n/format.ts';

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

describe("a metric's value as a map or a timeline shows it", () => {
  it('keeps the decimals of a count shared between comuni, and none on a whole count', () => {
    // Montaione's institution counts 0.4286 in it (its plessi's share of students): "0" read as nothing at all.
    assert.equal(formatShown(0.4286, 'count', 'absolute', 'it'), '0,43');
    assert.equal(formatShown(1234, 'count', 'absolute', 'it'), '1234');
    assert.equal(formatShown(12345, 'count', 'absolute', 'en'), '12,345');
    assert.equal(formatShown(2.5, 'count', 'perSchool', 'en'), '2.50');
    // A column of values reads with as many decimals on each: "0,20" under "0,23", not "0,2".
    assert.deepEqual(
      [0.2, 0.23, 1].map((v) => formatShown(v, 'count', 'perSchool', 'it')),
      ['0,20', '0,23', '1'],
    );
  });

  it('keeps its own unit when absolute, a plain number when normalised', () => {
    assert.equal(formatShown(0.256, 'percent', 'absolute', 'it'), '25,6%');
    assert.equal(formatShown(1500.5, 'eur', 'absolute', 'it'), '1500,50\u00a0€');
    assert.equal(formatShown(1500.5, 'eur', 'perSchool', 'en'), '€1,500.50');
    assert.equal(formatShown(null, 'count', 'absolute', 'it'), 'n.d.');
  });

  it('shows a count of institutions per institution as the share it is: "24,1%", not "0,24"', () => {
    // The rule: institutions counted, per institution; nothing else is a share (projects per institution, institutions
    // per 1,000 students, the count itself).
    assert.equal(isShareShown('institutions', 'perSchool'), true);
    assert.equal(isShareShown(undefined, 'perSchool'), false);
    assert.equal(isShareShown('institutions', 'per1000Students'), false);
    assert.equal(isShareShown('institutions', 'absolute'), false);
    assert.equal(shownUnit('count', 'perSchool', true), 'percent');
    assert.equal(shownUnit('count', 'perSchool', false), 'count');
    assert.equal(shownUnit('count', 'absolute', true), 'count', 'the count itself stays a count');
    assert.equal(shownUnit('count', 'per1000Students', true), 'count');
    assert.equal(formatShown(0.2412, 'count', 'perSchool', 'it', true), '24,1%');
    assert.equal(formatShown(0.2412, 'count', 'perSchool', 'en', true), '24.1%');
    assert.equal(formatShown(0.2412, 'count', 'perSchool', 'it'), '0,24');
  });

  it("says a share's change in percentage points, signed, one decimal when it has one", () => {
    assert.equal(formatPoints(0.058, 'it'), '+5,8');
    assert.equal(formatPoints(-0.02, 'en'), '-2');
    assert.equal(formatPoints(0, 'it'), '0');
  });
});
