import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STORED_SIGNIFICANT_DIGITS, storedPrecision } from '../../../data-adapters/aggregate/stored-precision.ts';

/** A small deterministic generator (the tests must not depend on Math.random). */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('stored precision of allocated sums', () => {
  it('keeps cents on money and four significant digits on small shares', () => {
    assert.equal(storedPrecision(123456.789), 123456.79);
    assert.equal(storedPrecision(1250), 1250);
    assert.equal(storedPrecision(7 / 11 + 1), 1.636);
    assert.equal(storedPrecision(0.0357142857), 0.03571);
    assert.equal(storedPrecision(0.000123456), 0.0001235);
    assert.equal(storedPrecision(0.1 + 0.2), 0.3);
    assert.equal(storedPrecision(0), 0);
  });

  it('reads one active institution with 3.6% of its students in a comune as all of it, not 1.11 of it', () => {
    // The planted case of the demo data: Argusto held 0.0357 of one institution, active every year.
    const share = 1 / 28;
    assert.equal(storedPrecision(share) / storedPrecision(share), 1);
    // As two decimals and three used to store them: a share of active institutions above 1.
    assert.ok(Math.round(share * 100) / 100 / (Math.round(share * 1000) / 1000) > 1.1);
  });

  it('keeps every rate of stored sums within 0.05% of the exact one, and a share of a whole at most 1', () => {
    const random = lcg(19);
    let worst = 0;
    for (let area = 0; area < 20_000; area++) {
      // An area's institutions: each a share of its students in the area (some tiny), each active or not.
      const shares = Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() < 0.3 ? random() * 0.02 : random()));
      const active = shares.filter(() => random() < 0.6);
      const projects = shares.map((s) => s * Math.floor(random() * 9));
      const denominator = shares.reduce((a, b) => a + b, 0);
      const sumActive = active.reduce((a, b) => a + b, 0);
      const sumProjects = projects.reduce((a, b) => a + b, 0);
      const stored = storedPrecision(denominator);
      assert.ok(storedPrecision(sumActive) / stored <= 1, `share of active above 1: ${sumActive} / ${denominator}`);
      for (const exact of [sumActive, sumProjects])
        if (exact > 0) worst = Math.max(worst, Math.abs(storedPrecision(exact) / stored / (exact / denominator) - 1));
    }
    // Each of the two roundings is within half a unit of the fourth significant digit.
    assert.ok(worst <= 2 * 0.5 * 10 ** (1 - STORED_SIGNIFICANT_DIGITS) * 1.001, `worst relative error ${worst}`);
    assert.ok(worst > 0, 'the rounding is exercised');
  });
});
