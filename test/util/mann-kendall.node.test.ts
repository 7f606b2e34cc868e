/**
 * The trend test behind the timeline's "in crescita" / "in calo": calibrated
 * on series where nothing changes (it calls about 5 in 100 a trend, not more),
 * and able to find a trend planted in them.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../data-adapters/stats/random.ts';
import { monotoneTrend } from '../../src/util/mann-kendall.ts';

const YEARS = 12;
const RUNS = 4000;

/** The share of `RUNS` series from `draw` that the test calls rising, and falling. */
function flagged(seed: number, draw: (random: Random, year: number) => number): { rising: number; falling: number } {
  const random = new Random(seed);
  let rising = 0;
  let falling = 0;
  for (let run = 0; run < RUNS; run++) {
    const verdict = monotoneTrend(Array.from({ length: YEARS }, (_, year) => draw(random, year)));
    if (verdict > 0) rising++;
    if (verdict < 0) falling++;
  }
  return { rising: rising / RUNS, falling: falling / RUNS };
}

describe('Mann–Kendall trend test', () => {
  it('calls about 5 in 100 series a trend where nothing changes: values of any scale, and small counts full of ties', () => {
    for (const [what, draw] of [
      ['normal noise', (random: Random) => 50 + 10 * random.normal()],
      ['a comune: 0 to 3 active institutions a year', (random: Random) => random.poisson(0.8)],
      ['a share of 7 institutions', (random: Random) => Math.round(7 * random.next()) / 7],
    ] as const) {
      const { rising, falling } = flagged(11, draw);
      const both = rising + falling;
      assert.ok(both <= 0.06, `${what}: ${(100 * both).toFixed(1)}% called a trend`);
      // Not a test that never says anything: near its level with continuous values.
      if (what === 'normal noise') assert.ok(both >= 0.03, `${what}: ${(100 * both).toFixed(1)}%`);
      assert.ok(Math.abs(rising - falling) < 0.015, `${what}: as often rising as falling`);
    }
  });

  it('finds a planted trend: a rise of 0.3 times the noise a year over 12 years, and a fall', () => {
    const up = flagged(5, (random, year) => 50 + 3 * year + 10 * random.normal());
    assert.ok(up.rising >= 0.8 && up.falling === 0, JSON.stringify(up));
    const down = flagged(6, (random, year) => 50 - 3 * year + 10 * random.normal());
    assert.ok(down.falling >= 0.8 && down.rising === 0, JSON.stringify(down));
  });

  it('says nothing of fewer than five years, nor of a series that does not move', () => {
    assert.equal(monotoneTrend([3, 4, 6]), 0);
    assert.equal(monotoneTrend([1, 2, 3, 4]), 0);
    assert.equal(monotoneTrend([1, 2, 3, 4, 5]), 1);
    assert.equal(monotoneTrend([5, 4, 3, 2, 1]), -1);
    assert.equal(monotoneTrend([2, 2, 2, 2, 2, 2]), 0);
    assert.equal(monotoneTrend([]), 0);
  });
});
