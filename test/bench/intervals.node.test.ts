import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatInterval, medianInterval, medianRatioInterval, verdictAtLeast, verdictAtMost } from '../../bench/support/intervals.js';
import { Random } from '../../data-adapters/stats/random.js';

/**
 * Rounds as the cold-map bench sees them: Leaflet's median time `theirs`,
 * ours `ratio` times it, each round slowed or sped up for both by the
 * machine's mood, and each contender by its own noise (log-normal, median 1,
 * so that the true ratio of the medians is `ratio`).
 */
function rounds(random: Random, count: number, ratio: number, theirs = 500) {
  const ours: number[] = [];
  const leaflet: number[] = [];
  for (let r = 0; r < count; r++) {
    const mood = Math.exp(0.08 * random.normal());
    leaflet.push(theirs * mood * Math.exp(0.1 * random.normal()));
    ours.push(ratio * theirs * mood * Math.exp(0.12 * random.normal()));
  }
  return { ours, leaflet };
}

describe('the benches give a median, or a ratio of medians, with its interval', () => {
  it('gives the ratio of the medians, inside its interval', () => {
    const result = medianRatioInterval([240, 250, 260], [500, 520, 480]);
    assert.equal(result.value, 0.5);
    assert.ok(result.low <= result.value && result.value <= result.high);
    assert.equal(result.level, 0.95);
  });

  it('has no width where every round has the same ratio (nothing to doubt)', () => {
    const theirs = [480, 510, 530, 495, 620];
    const result = medianRatioInterval(
      theirs.map((t) => t / 2),
      theirs,
    );
    assert.deepEqual([result.low, result.value, result.high], [0.5, 0.5, 0.5]);
  });

  it('is the same for the same times (seeded), and moves with the seed only within the noise', () => {
    const { ours, leaflet } = rounds(new Random(7), 15, 0.5);
    assert.deepEqual(medianRatioInterval(ours, leaflet), medianRatioInterval(ours, leaflet));
    const other = medianRatioInterval(ours, leaflet, { seed: 8 });
    const first = medianRatioInterval(ours, leaflet);
    assert.ok(Math.abs(other.low - first.low) < 0.02 && Math.abs(other.high - first.high) < 0.02);
  });

  it('covers the true ratio in about 95% of simulated runs of 15 rounds (calibrated)', () => {
    const random = new Random(2026);
    const runs = 300;
    let covered = 0;
    for (let run = 0; run < runs; run++) {
      const { ours, leaflet } = rounds(random, 15, 0.48);
      const { low, high } = medianRatioInterval(ours, leaflet, { resamples: 800, seed: run });
      if (low <= 0.48 && 0.48 <= high) covered++;
    }
    // A percentile bootstrap of medians of 15 covers a little less than it says; not far less, nor all.
    assert.ok(covered / runs >= 0.88 && covered / runs <= 0.99, `covered ${covered} of ${runs}`);
  });

  it('says "met" where ours truly takes 0.40 of Leaflet and "missed" where 0.60 (planted), rarely either at 0.50 (the null)', () => {
    const random = new Random(19);
    const tally = (ratio: number) => {
      const seen = { met: 0, missed: 0, undecided: 0 };
      for (let run = 0; run < 100; run++) {
        const { ours, leaflet } = rounds(random, 15, ratio);
        seen[verdictAtMost(medianRatioInterval(ours, leaflet, { resamples: 800, seed: run }), 0.5)]++;
      }
      return seen;
    };
    assert.ok(tally(0.4).met >= 90);
    assert.ok(tally(0.6).missed >= 85);
    const atTarget = tally(0.5);
    // At the target itself each verdict is a false claim: about 2.5% each way at 95%.
    assert.ok(atTarget.met <= 10 && atTarget.missed <= 10, JSON.stringify(atTarget));
  });

  it('calls a "≥ target" met, missed or undecided from the whole interval', () => {
    const interval = (low: number, high: number) => ({ value: (low + high) / 2, low, high, level: 0.95 });
    assert.equal(verdictAtLeast(interval(2.1, 3.4), 2), 'met');
    assert.equal(verdictAtLeast(interval(1.2, 1.9), 2), 'missed');
    assert.equal(verdictAtLeast(interval(1.8, 2.3), 2), 'undecided');
    assert.equal(verdictAtMost(interval(0.45, 0.52), 0.5), 'undecided');
  });

  it('gives a median time its interval too: none where every round took the same, ~95% coverage of a known median', () => {
    assert.deepEqual(medianInterval([40, 40, 40]), { value: 40, low: 40, high: 40, level: 0.95 });
    const random = new Random(5);
    let covered = 0;
    for (let run = 0; run < 200; run++) {
      const times = Array.from({ length: 9 }, () => 40 * Math.exp(0.15 * random.normal()));
      const { low, high } = medianInterval(times, { resamples: 800, seed: run });
      if (low <= 40 && 40 <= high) covered++;
    }
    assert.ok(covered / 200 >= 0.88 && covered / 200 <= 0.995, `covered ${covered} of 200`);
  });

  it('refuses unpaired, empty or impossible times rather than give an interval of nothing', () => {
    assert.throws(() => medianRatioInterval([], []), /paired rounds/);
    assert.throws(() => medianRatioInterval([1, 2], [1]), /paired rounds/);
    assert.throws(() => medianRatioInterval([1, NaN], [1, 2]), /not a measurement/);
    assert.throws(() => medianRatioInterval([1, 2], [0, 2]), /not a measurement/);
  });

  it('writes the ratio and its interval in one line', () => {
    assert.equal(formatInterval({ value: 0.4691, low: 0.4312, high: 0.5224, level: 0.95 }), '0.469 (95% interval 0.431 to 0.522)');
  });
});
