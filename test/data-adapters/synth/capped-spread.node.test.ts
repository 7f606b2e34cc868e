import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capCounts } from '../../../data-adapters/synth/capped-spread.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

describe('capCounts', () => {
  it('leaves counts within their capacity as they are', () => {
    const counts = [3, 0, 5];
    capCounts(counts, [3, 4, 9], [1, 1, 1], new Random(1));
    assert.deepEqual(counts, [3, 0, 5]);
  });

  it('spreads what overflows over the others with room, by weight, keeping the total', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const counts = [40, 1, 0, 2];
      const capacity = [10, 5, 40, 3];
      capCounts(counts, capacity, [100, 1, 3, 0], new Random(seed));
      assert.equal(
        counts.reduce((a, b) => a + b),
        43,
        'the total',
      );
      assert.ok(
        counts.every((count, i) => count <= capacity[i]!),
        JSON.stringify(counts),
      );
      assert.equal(counts[0], 10);
      assert.equal(counts[3], 2, 'weight 0 takes nothing');
    }
  });

  it('stops when no room is left, every count at its capacity (the total cannot be kept)', () => {
    const counts = [9, 9];
    capCounts(counts, [4, 3], [1, 1], new Random(1));
    assert.deepEqual(counts, [4, 3]);
  });
});
