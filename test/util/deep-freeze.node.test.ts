import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deepFreeze } from '../../src/util/deep-freeze.ts';

describe('deepFreeze', () => {
  it('freezes objects and arrays at every depth, isolates reordering text in both, and leaves skipped keys alone', () => {
    const doc = deepFreeze(
      {
        name: 'Sc\u202Euola',
        columns: { values: [[1, null, 2], [3]], names: ['Roma', '\u05D0\u05D1', { nested: ['x', '\u202E'] }] },
        arcs: [[[0, 1]]],
      },
      new Set(['arcs']),
    );
    assert.ok(Object.isFrozen(doc) && Object.isFrozen(doc.columns) && Object.isFrozen(doc.columns.values));
    assert.ok(Object.isFrozen(doc.columns.values[0]) && Object.isFrozen(doc.columns.names[2]));
    assert.ok(Object.isFrozen((doc.columns.names[2] as { nested: string[] }).nested));
    assert.equal(doc.name, '\u2068Sc\u202Euola\u2069');
    assert.deepEqual(doc.columns.names.slice(0, 2), ['Roma', '\u2068\u05D0\u05D1\u2069'], 'Italian text untouched, Hebrew isolated');
    assert.deepEqual((doc.columns.names[2] as { nested: string[] }).nested, ['x', '\u2068\u202E\u2069']);
    assert.equal(Object.isFrozen(doc.arcs), false, 'a skipped key is neither frozen nor walked');
    assert.deepEqual(doc.columns.values, [[1, null, 2], [3]]);
  });
});
