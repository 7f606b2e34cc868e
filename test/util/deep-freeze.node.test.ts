import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDocument } from '../../src/contract/validate.ts';
import { deepFreeze } from '../../src/util/deep-freeze.ts';
import { isNumbersOnly } from '../../src/util/number-arrays.ts';
import { areaFileFixture } from '../fixtures/area-file.fixture.ts';

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

describe('deepFreeze after the validator', () => {
  it('freezes the number columns the validator checked without walking them, and still isolates the text beside them', () => {
    const file = areaFileFixture();
    file.columns.name[0] = 'Fi\u202Erenze';
    const checked = validateDocument(JSON.parse(JSON.stringify(file)), ['areas']);
    // The validator marks what it found to hold numbers (or nulls) only, and nothing else.
    assert.ok(isNumbersOnly(checked.columns.values[0]!) && isNumbersOnly(checked.columns.students));
    assert.ok(!isNumbersOnly(checked.columns.name) && !isNumbersOnly(checked.columns.code) && !isNumbersOnly(checked.reasons));
    const sealed = deepFreeze(checked);
    assert.ok(
      Object.isFrozen(sealed.columns.values[0]) && Object.isFrozen(sealed.columns.students) && Object.isFrozen(sealed.columns.name),
    );
    assert.equal(sealed.columns.name[0], '\u2068Fi\u202Erenze\u2069');
    assert.deepEqual(sealed.columns.values, file.columns.values);
  });

  it('walks an array the validator did not mark, so a text in it is isolated', () => {
    const list: unknown[] = [1, 2, '\u202E'];
    assert.equal(isNumbersOnly(list), false);
    assert.deepEqual(deepFreeze(list), [1, 2, '\u2068\u202E\u2069']);
  });
});
