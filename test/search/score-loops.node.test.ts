import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addPartScores, flagged, markByProvince, markByType, rankValues, takeBest } from '../../src/search/score-loops.js';

describe("the matcher's loops over every school", () => {
  it('adds a part to the totals and puts out the schools it does not answer, for good', () => {
    const total = Int16Array.from([0, 10, -1, 5]);
    assert.equal(addPartScores(total, Uint8Array.from([8, 0, 30, 10])), 2);
    assert.deepEqual([...total], [8, -1, -1, 15]);
  });

  it("marks a type's schools, only the institutions for an institution type", () => {
    const ownType = Uint8Array.from([1, 2, 1, 1]);
    const wanted = Uint8Array.from([0, 1, 0]);
    const any = new Uint8Array(4);
    markByType(any, ownType, wanted, null, 30);
    assert.deepEqual([...any], [30, 0, 30, 30]);
    const heads = new Uint8Array(4);
    markByType(heads, ownType, wanted, Uint8Array.from([1, 1, 0, 1]), 30);
    assert.deepEqual([...heads], [30, 0, 0, 30]);
  });

  it("raises a province's schools without lowering a better score, and skips a comune without a province", () => {
    const scores = Uint8Array.from([0, 30, 0, 0]);
    markByProvince(scores, [0, 0, 1, 2], Int16Array.from([0, 1, -1]), Uint8Array.from([1, 0]), 20);
    assert.deepEqual([...scores], [20, 30, 0, 0]);
  });

  it('ranks institutions before plessi on equal scores, and takes the best in index order', () => {
    const total = Int16Array.from([10, 10, -1, 30, 10, 0]);
    const byValue = new Uint32Array(1024);
    assert.equal(rankValues(total, Uint8Array.from([0, 1, 0, 0, 0, 0]), 511, byValue), 4);
    assert.deepEqual([...total], [20, 21, -1, 60, 20, 0]);
    assert.equal(byValue[20], 2);
    // Above 20, and one of the two at 20: the first in index order.
    assert.deepEqual(takeBest(total, 20, 1), [0, 1, 3]);
    assert.deepEqual(flagged(Uint8Array.from([0, 1, 0, 1])), [1, 3]);
  });

  it('caps a score before doubling it, so a rank value stays within its table', () => {
    const total = Int16Array.from([900]);
    const byValue = new Uint32Array(1024);
    rankValues(total, Uint8Array.from([1]), 511, byValue);
    assert.equal(total[0], 1023);
  });
});
