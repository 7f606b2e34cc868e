/**
 * The interval of a change between two years (src/util/mover.ts), calibrated
 * as the timeline uses it: on the intervals the library gives a share (Wilson)
 * and a rate of counts (quasi-Poisson), over simulated areas of few
 * institutions, it holds the true change about 95 times in 100 where the two
 * years are independent (the worst case: up to the discreteness of a few
 * institutions, between 93 and 96), and more where institutions keep their
 * activity from year to year, as real ones do; it says no change where there
 * is none, and tells a planted change apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../data-adapters/stats/random.ts';
import { countRateInterval } from '../../src/map/count-rates.ts';
import { differenceInterval, ratioInterval } from '../../src/util/mover.ts';
import { wilson } from '../../src/util/wilson.ts';

const RUNS = 4000;

/** k of n institutions active, each with probability p. */
function binomial(random: Random, n: number, p: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < p) k++;
  return k;
}

/** A year's projects of n institutions: a share q of them active, each active one with Poisson(m) projects (φ = 1 + m(1 − q)). */
function projects(random: Random, n: number, q: number, m: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) if (random.next() < q) total += random.poisson(m);
  return total;
}

/** k of n institutions active the second year: each keeps its first year's state with probability `keep`, else is drawn again. */
function persisting(random: Random, n: number, k1: number, p: number, keep: number): number {
  let k = 0;
  for (let i = 0; i < n; i++) if (random.next() < keep ? i < k1 : random.next() < p) k++;
  return k;
}

/**
 * How often a share's change of n institutions from p1 to p2 is held by its
 * interval, and how often it excludes 0; `keep` is the chance an institution
 * keeps its state (its second year is then drawn with p2 = p1).
 */
function shareRuns(seed: number, n: number, p1: number, p2: number, keep = 0) {
  const random = new Random(seed);
  let held = 0;
  let excludesZero = 0;
  for (let run = 0; run < RUNS; run++) {
    const k1 = binomial(random, n, p1);
    const k2 = keep > 0 ? persisting(random, n, k1, p2, keep) : binomial(random, n, p2);
    const [low, high] = differenceInterval(k1 / n, wilson(k1, n), k2 / n, wilson(k2, n));
    if (low <= p2 - p1 && p2 - p1 <= high) held++;
    if (low > 0 || high < 0) excludesZero++;
  }
  return { held: held / RUNS, excludesZero: excludesZero / RUNS };
}

/** How often a rate's ratio between two years is held by its interval, and how often it excludes 1. */
function rateRuns(seed: number, n: number, q: number, m1: number, m2: number) {
  const random = new Random(seed);
  const phi = (m: number) => 1 + m * (1 - q);
  let held = 0;
  let excludesOne = 0;
  for (let run = 0; run < RUNS; run++) {
    const c1 = projects(random, n, q, m1);
    const c2 = projects(random, n, q, m2);
    const ratio = ratioInterval(c1 / n, countRateInterval(c1, n, phi(m1))!, c2 / n, countRateInterval(c2, n, phi(m2))!);
    // A first year with no projects has no ratio: the timeline says no change then, as here.
    if (!ratio) {
      held++;
      continue;
    }
    if (ratio[0] <= m2 / m1 && m2 / m1 <= ratio[1]) held++;
    if (ratio[0] > 1 || ratio[1] < 1) excludesOne++;
  }
  return { held: held / RUNS, excludesOne: excludesOne / RUNS };
}

describe('the interval of a change (MOVER)', () => {
  it("adds the two intervals' distances in quadrature, on each side", () => {
    const [low, high] = differenceInterval(0.5, [0.4, 0.6], 0.7, [0.6, 0.8]);
    assert.ok(Math.abs(low - (0.2 - Math.SQRT2 / 10)) < 1e-12);
    assert.ok(Math.abs(high - (0.2 + Math.SQRT2 / 10)) < 1e-12);
    // Each end takes the side of each interval it moves towards: asymmetric intervals, an asymmetric change.
    const [down, up] = differenceInterval(0, [0, 0.3], 0.1, [0.02, 0.4]);
    assert.ok(Math.abs(down - (0.1 - Math.hypot(0.08, 0.3))) < 1e-12);
    assert.ok(Math.abs(up - 0.4) < 1e-12, 'the first year could not have been below 0');
  });

  it("gives a ratio's ends as the roots of its quadratic, and says when it has none or no upper end", () => {
    // With symmetric narrow intervals it agrees with the delta method.
    const [low, high] = ratioInterval(10, [9.9, 10.1], 20, [19.8, 20.2])!;
    const half = 2 * 1.96 * Math.hypot(0.1 / 1.96 / 10, 0.2 / 1.96 / 20);
    assert.ok(Math.abs(low - (2 - half)) < 0.002 && Math.abs(high - (2 + half)) < 0.002, `${low} ${high}`);
    assert.deepEqual(ratioInterval(0, [0, 1], 2, [1, 3]), null, 'nothing to divide by');
    assert.equal(ratioInterval(1, [0, 3], 2, [1, 3])![1], Infinity, 'a first year that could be 0 bounds no growth');
    assert.equal(ratioInterval(1, [0.5, 2], 0, [0, 0.5])![0], 0, 'a last year of 0');
  });

  it('holds the true change of a share in about 95 of 100 areas of few institutions', () => {
    for (const [n, p1, p2] of [
      [12, 0.2, 0.4],
      [30, 0.25, 0.3],
      [80, 0.1, 0.05],
    ] as const) {
      const { held } = shareRuns(n, n, p1, p2);
      assert.ok(held >= 0.93 && held <= 0.99, `n ${n}, ${p1} → ${p2}: held ${held}`);
    }
  });

  it('finds nothing where nothing changed (a null), and finds a planted change', () => {
    // Years drawn apart: about 5 in 100, as a 95% interval should (the discreteness of 20 institutions adds a little).
    const none = shareRuns(7, 20, 0.3, 0.3);
    assert.ok(none.excludesZero <= 0.07, `a share that did not change said to change in ${none.excludesZero}`);
    // Institutions that keep their state from year to year, as real ones do: the interval errs wide.
    const kept = shareRuns(11, 20, 0.3, 0.3, 0.6);
    assert.ok(kept.excludesZero <= 0.02, `with 60% kept, said to change in ${kept.excludesZero}`);
    const planted = shareRuns(8, 200, 0.2, 0.35);
    assert.ok(planted.excludesZero >= 0.9, `a change of 15 points among 200 found in ${planted.excludesZero}`);
    const flat = rateRuns(9, 30, 0.4, 1.5, 1.5);
    assert.ok(flat.excludesOne <= 0.05, `a rate that did not change said to change in ${flat.excludesOne}`);
    const doubled = rateRuns(10, 150, 0.4, 1, 2);
    assert.ok(doubled.excludesOne >= 0.9, `a rate that doubled found in ${doubled.excludesOne}`);
  });

  it('holds the true ratio of a rate of overdispersed counts in about 95 of 100 areas', () => {
    for (const [n, q, m1, m2] of [
      [10, 0.3, 1, 2],
      [40, 0.5, 0.8, 0.6],
      [150, 0.2, 2, 3],
    ] as const) {
      const { held } = rateRuns(n + 1, n, q, m1, m2);
      assert.ok(held >= 0.93 && held <= 0.995, `n ${n}, φ ${1 + m1 * (1 - q)}: held ${held}`);
    }
  });
});
