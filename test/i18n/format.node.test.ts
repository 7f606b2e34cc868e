import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  changeFormat,
  formatChange,
  formatEstimate,
  formatSigned,
  formatShown,
  formatShownEstimate,
  intervalDigits,
  isShareShown,
  shownUnit,
} from '../../src/i18n/format.ts';

describe('an estimate with its interval', () => {
  it('keeps the usual decimals when the interval reads apart with them', () => {
    assert.equal(formatEstimate(0.28, 0.27, 0.3, 'percent', 'it', 0), '28% (27%–30%)');
    assert.equal(formatEstimate(3.2, 3.1, 3.3, 'score', 'it', 1), '3,2 (3,1–3,3)');
  });

  it('adds decimals, two at most, where the ends would read the same: never "3,5 (3,5–3,5)"', () => {
    // The survey's mean importance, 3.50 between 3.46 and 3.54, once read "3,5 (3,5–3,5)": no uncertainty at all.
    // The decimals added, on every figure: "3,5 (3,46–3,54)" wrote the estimate with fewer than its ends.
    assert.equal(formatEstimate(3.5, 3.46, 3.54, 'score', 'it', 1), '3,50 (3,46–3,54)');
    assert.equal(formatEstimate(1.83, 1.7601, 1.9, 'score', 'it', 1), '1,83 (1,76–1,90)');
    assert.equal(formatEstimate(0.061, 0.058, 0.07, 'percent', 'it', 0), '6,1% (5,8%–7%)', 'a whole end stays whole');
    assert.equal(formatEstimate(0.061, 0.0581, 0.0642, 'percent', 'en', 0), '6.1% (5.8%–6.4%)');
    assert.equal(intervalDigits(3.5001, 3.5002, 'score', 'it', 1), 3);
    assert.equal(formatEstimate(3.50012, 3.5001, 3.5002, 'score', 'it', 1), '3,500 (3,500–3,500)');
  });

  it('adds nothing to an interval without width or without ends', () => {
    assert.equal(intervalDigits(0.4, 0.4, 'percent', 'it', 0), 0);
    assert.equal(intervalDigits(null, null, 'percent', 'it', 0), 0);
  });

  it('adds decimals where the estimate would read as an end it is not: never "3,3 (3,2–3,3)" for 3,27', () => {
    assert.equal(formatEstimate(3.27, 3.21, 3.31, 'score', 'it', 1), '3,27 (3,21–3,31)');
    assert.equal(intervalDigits(0.2, 0.38, 'percent', 'it', 0, 0.29), 0, 'apart already');
    // An estimate that is an end (no school of 8 took part: 0%, between 0% and 32%) keeps its decimals.
    assert.equal(formatEstimate(0, 0, 0.32, 'percent', 'it', 0), '0% (0%–32%)');
  });

  it('writes a change and its ends as never 0 where they are not, whichever their sign', () => {
    // The demo's teachers abroad, -0.08 between -0.18 and +0.02 since the earlier wave, read «-0,1 (tra -0,2 e 0)».
    const change = changeFormat(-0.08, -0.18, 0.02, 'it', 1);
    assert.deepEqual([-0.08, -0.18, 0.02].map(change), ['-0,08', '-0,18', '+0,02']);
    // The decimals added, on every fractional figure ("-0,50", not "-0,5", beside "+0,02"); whole ones stay whole.
    const points = changeFormat(-0.5, -10, 0.02, 'it', 1);
    assert.deepEqual([-0.5, -10, 0.02].map(points), ['-0,50', '-10', '+0,02']);
    assert.deepEqual([0.004, -0.725, -0.72].map(changeFormat(-0.4, -0.72, 0.004, 'en', 0, 'percent')), ['+0.4%', '-72.5%', '-72%']);
    // Inside an interval that holds zero a change may read 0, whichever its sign, as its interval says.
    assert.equal(formatSigned(-0.3, 'it', intervalDigits(-2.1, 1.2, 'count', 'it', 0, -0.3)), '0');
    assert.equal(formatSigned(0.3, 'it', intervalDigits(-1.2, 2.1, 'count', 'it', 0, 0.3)), '0');
    // An end of exactly 0 is 0, and ends far from it keep the usual decimals.
    assert.equal(intervalDigits(-0.18, 0, 'count', 'it', 1, -0.08), 1);
    assert.equal(intervalDigits(-2.1, 1.2, 'count', 'it', 0, -1.4), 0);
    // A relative change in whole percent: an upper end of +0,4% is not "0%".
    assert.equal(formatChange(0.004, 'it', intervalDigits(-0.72, 0.004, 'percent', 'it', 0, -0.4), true), '+0,4%');
  });

  it('gives a change no decimals its interval does not bear out: «0 punti (tra -5 e +5)», not «+0,01 (tra -4,79 e +4,81)»', () => {
    // The demo survey's administrative procedures, +0.014 points between -4.79 and +4.81 since the earlier wave.
    assert.deepEqual([0.014, -4.79, 4.81].map(changeFormat(0.014, -4.79, 4.81, 'it', 0)), ['0', '-5', '+5']);
    assert.deepEqual([0.1, -4.6, 4.9].map(changeFormat(0.1, -4.6, 4.9, 'en', 0)), ['0', '-5', '+5']);
    // Off zero on one side, the estimate still never reads 0: +0.3 between +0.1 and +0.6 points.
    assert.deepEqual([0.3, 0.1, 0.6].map(changeFormat(0.3, 0.1, 0.6, 'it', 0)), ['+0,3', '+0,1', '+0,6']);
    // Nor does an estimate without an interval (its ends are itself): a trend's change of +0.3 points.
    assert.equal(changeFormat(0.3, 0.3, 0.3, 'it', 0)(0.3), '+0,3');
  });

  it("does not take arithmetic's noise for a difference: a Wilson interval's lower end of 0 computed as 7e-18", () => {
    assert.equal(intervalDigits(6.9e-18, 0.1245, 'percent', 'it', 1, 0), 1);
    assert.deepEqual(formatShownEstimate(0, 6.9e-18, 0.1245, 'count', 'perSchool', 'it', true), ['0%', '0%', '12,5%']);
  });
});

describe("a map's or a timeline's estimate with its interval", () => {
  it("writes a small rate with the decimals that keep it apart from its ends, as the demo's regions have them", () => {
    // Projects per institution of a region in 2014: 0.0123 between 0.0057 and 0.0268 read "0,01 (0,01–0,03)".
    assert.deepEqual(formatShownEstimate(0.0123, 0.00567, 0.0268, 'count', 'perSchool', 'it'), ['0,012', '0,006', '0,027']);
    // 0.0031 between 0.00055 and 0.0178 read "0 (0–0,02)": as if none.
    assert.deepEqual(formatShownEstimate(0.0031, 0.00055, 0.0178, 'count', 'perSchool', 'en'), ['0.003', '0.001', '0.018']);
    assert.deepEqual(formatShownEstimate(0.43, 0.2, 0.8, 'count', 'perSchool', 'it'), ['0,43', '0,20', '0,80'], 'the usual two');
    assert.deepEqual(formatShownEstimate(0.2412, 0.2051, 0.2833, 'count', 'perSchool', 'it', true), ['24,1%', '20,5%', '28,3%']);
    assert.deepEqual(formatShownEstimate(0.5, null, null, 'count', 'perSchool', 'it'), ['0,50', 'n.d.', 'n.d.']);
  });

  it('keeps every estimate apart from its ends and the ends apart from each other, over 5,000 drawn at random', () => {
    // A seeded generator: the same draws in every run.
    let seed = 19;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 5000; k++) {
      const share = k % 2 === 0;
      // Ends at least a resolution apart that two more decimals show: 0.0001 of a count, 0.001% of a share.
      const step = share ? 0.00001 : 0.0001;
      const low = random() * (share ? 0.5 : 3);
      const value = low + step * (2 + Math.floor(random() * 400));
      const high = value + step * (2 + Math.floor(random() * 400));
      const [v, l, h] = formatShownEstimate(value, low, high, 'count', 'perSchool', 'it', share);
      assert.ok(v !== l && v !== h && l !== h, `${value} (${low}–${high}) read ${v} (${l}–${h})`);
    }
  });
});

describe("a metric's value as a map or a timeline shows it", () => {
  it('never writes a value that is not zero as "0": it gets the decimals that show its first digit', () => {
    assert.equal(formatShown(0.004, 'count', 'perSchool', 'it'), '0,004');
    assert.equal(formatShown(0.0004, 'count', 'perSchool', 'en', true), '0.04%');
    assert.equal(formatShown(0, 'count', 'perSchool', 'it'), '0');
    assert.equal(formatShown(0.0049, 'count', 'absolute', 'it'), '0,005');
  });

  it('keeps the decimals of a count shared between comuni, and none on a whole count', () => {
    // Montaione's institution counts 0.4286 in it (its plessi's share of students): "0" read as nothing at all.
    assert.equal(formatShown(0.4286, 'count', 'absolute', 'it'), '0,43');
    // Four digits grouped as five are, in both languages (CLDR leaves Italian ones bare: "7301 €" under "32.909 €").
    assert.equal(formatShown(1234, 'count', 'absolute', 'it'), '1.234');
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
    assert.equal(formatShown(1500.5, 'eur', 'absolute', 'it'), '1.500,50\u00a0€');
    // An average of euros in whole euros: its cents would be precision it does not have.
    assert.equal(formatShown(1500.4, 'eur', 'perSchool', 'en'), '€1,500');
    assert.deepEqual(formatShownEstimate(10994.53, 4439.6, 27227.59, 'eur', 'perSchool', 'it'), [
      '10.995\u00a0€',
      '4.440\u00a0€',
      '27.228\u00a0€',
    ]);
    assert.equal(formatShown(0.45, 'eur', 'per1000Students', 'it'), '0,5\u00a0€', 'an average below a euro is not "0 €"');
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

  it('says a change signed, one decimal when it has one', () => {
    assert.equal(formatSigned(5.8, 'it'), '+5,8');
    assert.equal(formatSigned(-2, 'en'), '-2');
    assert.equal(formatSigned(0, 'it'), '0');
  });
});
