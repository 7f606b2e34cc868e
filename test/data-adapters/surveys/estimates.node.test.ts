import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { estimateMean, estimateShare, kishEffect } from '../../../data-adapters/surveys/estimates.ts';
import { rake } from '../../../data-adapters/surveys/raking.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

const close = (actual: number, expected: number, tolerance = 1e-9) =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected} (± ${tolerance})`);

describe('estimateShare', () => {
  it('is the weighted share, with the hand-computed linearised variance and Wilson interval', () => {
    // Weights 18, 42, 12, 28 (the raking fixture); y = 1, 0, 1, 0 → p = 30 / 100.
    const weights = [18, 42, 12, 28];
    const share = estimateShare([1, 0, 1, 0], weights, 100);
    close(share.value, 0.3);
    // V = n/(n-1) Σ (w (y - p))² / (Σw)² × (1 - n/N) = 4/3 × (12.6² + 12.6² + 8.4² + 8.4²) / 100² × 0.96.
    const variance = (((4 / 3) * (2 * 12.6 ** 2 + 2 * 8.4 ** 2)) / 10000) * 0.96;
    const effective = (0.3 * 0.7) / variance;
    const z = 1.959963984540054;
    const centre = (0.3 + (z * z) / (2 * effective)) / (1 + (z * z) / effective);
    const half = (z / (1 + (z * z) / effective)) * Math.sqrt((0.3 * 0.7) / effective + (z * z) / (4 * effective * effective));
    close(share.low, centre - half);
    close(share.high, centre + half);
  });

  it('is exact when every invited institution answered, and never leaves [0, 1]', () => {
    const all = estimateShare([1, 1, 0, 1], [1, 1, 1, 1], 4);
    assert.deepEqual(all, { value: 0.75, low: 0.75, high: 0.75 });
    const none = estimateShare([0, 0, 0, 0, 0], [20, 20, 20, 20, 20], 100);
    assert.equal(none.value, 0);
    assert.equal(none.low, 0);
    assert.ok(none.high > 0.2 && none.high < 0.6, `a 0 of 5 share still has room: ${none.high}`);
  });

  it('narrows as more of the area answers (the finite population correction)', () => {
    const flags = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const weights = flags.map(() => 1);
    const few = estimateShare(flags, weights, 1000);
    const most = estimateShare(flags, weights, 44);
    assert.ok(most.high - most.low < (few.high - few.low) / 2);
  });
});

describe('estimateMean', () => {
  it('is the weighted mean with a t interval, kept within the scale', () => {
    const mean = estimateMean([5, 5, 4, 5, 5], [1, 1, 1, 1, 1], 1000, { min: 1, max: 5 });
    close(mean.value, 4.8);
    // s² = 0.2, V = 0.2/5 × 0.995; t(0.975, 4) = 2.776: 4.8 + 0.555 would pass 5.
    const half = 2.7764451051977987 * Math.sqrt((0.2 / 5) * 0.995);
    close(mean.low, 4.8 - half, 1e-9);
    assert.equal(mean.high, 5);
  });
});

describe('kishEffect', () => {
  it('is 1 for equal weights and grows with their spread', () => {
    close(kishEffect([2, 2, 2]), 1);
    close(kishEffect([1, 3]), (2 * 10) / 16);
  });
});

/**
 * A population of institutions whose answer depends on region, grade and
 * activity, and whose response depends on region and activity (active ones
 * answer more): the survey is drawn again and again, and the raked estimate's
 * interval must hold the population's true share about 95 % of the time. The
 * unweighted share is biased (shown too, so that the weights are seen to work).
 */
describe('intervals in a simulation', () => {
  const random = new Random(11);
  const logistic = (x: number) => 1 / (1 + Math.exp(-x));
  const units = Array.from({ length: 2500 }, () => {
    const region = Math.floor(random.next() * 4);
    const grade = Math.floor(random.next() * 3);
    const active = random.next() < 0.2 + 0.1 * region;
    const yes = random.next() < logistic(-1.2 + 1.5 * Number(active) + 0.4 * grade - 0.2 * region);
    const propensity = logistic(-1.4 + 1.2 * Number(active) + 0.25 * region);
    return { categories: [`r${region}`, `g${grade}`, active ? 'a' : 'i'], yes: yes ? 1 : 0, propensity, region };
  });
  const margins = ['region', 'grade', 'activity'].map((name, m) => {
    const population = new Map<string, number>();
    for (const unit of units) population.set(unit.categories[m]!, (population.get(unit.categories[m]!) ?? 0) + 1);
    return { name, population };
  });
  const truth = units.reduce((sum, u) => sum + u.yes, 0) / units.length;
  const region0 = units.filter((u) => u.region === 0);
  const truth0 = region0.reduce((sum, u) => sum + u.yes, 0) / region0.length;

  it('covers the truth at about the nominal 95 %, nationally and in one region, where the unweighted share is biased', () => {
    const RUNS = 400;
    let covered = 0;
    let covered0 = 0;
    let error = 0;
    let naiveError = 0;
    for (let run = 0; run < RUNS; run++) {
      const respondents = units.filter((u) => random.next() < u.propensity);
      const { weights } = rake(
        respondents.map((u) => u.categories),
        margins,
      );
      const national = estimateShare(
        respondents.map((u) => u.yes),
        weights,
        units.length,
      );
      if (national.low <= truth && truth <= national.high) covered++;
      error += national.value - truth;
      naiveError += respondents.reduce((sum, u) => sum + u.yes, 0) / respondents.length - truth;
      const inRegion = respondents.flatMap((u, i) => (u.region === 0 ? [i] : []));
      const regional = estimateShare(
        inRegion.map((i) => respondents[i]!.yes),
        inRegion.map((i) => weights[i]!),
        region0.length,
      );
      if (regional.low <= truth0 && truth0 <= regional.high) covered0++;
    }
    const rate = covered / RUNS;
    const rate0 = covered0 / RUNS;
    assert.ok(rate >= 0.91 && rate <= 0.985, `national coverage ${rate}`);
    assert.ok(rate0 >= 0.91 && rate0 <= 0.985, `regional coverage ${rate0}`);
    assert.ok(Math.abs(error / RUNS) < 0.005, `raked bias ${error / RUNS}`);
    assert.ok(naiveError / RUNS > 0.03, `the unweighted share is biased upwards: ${naiveError / RUNS}`);
  });
});
