import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classMembers, NO_DATA_CLASS } from '../../src/map/class-members.ts';
import { mapView } from '../../src/map/map-view.ts';
import { DEFAULT_MAP_INPUTS, toscanaComuni } from '../fixtures/map-inputs.fixture.ts';

/** Five areas shown of six, in two classes and without data (a missing fill and a null one). */
const VIEW = {
  shown: [0, 1, 2, 3, 5],
  colours: ['#eee', '#333'],
  fills: new Map<number, string | null>([
    [0, '#333'],
    [1, '#eee'],
    [2, null],
    [3, '#333'],
    [4, '#eee'],
  ]),
};

describe('a legend class’s areas', () => {
  it('are the shown areas of its colour, in the order they are drawn', () => {
    assert.deepEqual(classMembers(VIEW, 0), [1], 'area 4 has the colour but is not shown');
    assert.deepEqual(classMembers(VIEW, 1), [0, 3]);
  });

  it('without data are the shown areas with no fill, whether null or missing', () => {
    assert.deepEqual(classMembers(VIEW, NO_DATA_CLASS), [2, 5]);
  });

  it('are none for a class the view has not', () => {
    assert.deepEqual(classMembers(VIEW, 2), []);
    assert.deepEqual(classMembers(VIEW, -2), []);
  });

  it('part a real view’s areas: each shown area in one entry of its legend', () => {
    const view = mapView(toscanaComuni(), { ...DEFAULT_MAP_INPUTS, classes: 2 });
    const entries = [NO_DATA_CLASS, ...view.colours.keys()].map((k) => classMembers(view, k));
    assert.deepEqual(entries.flat().sort(), [...view.shown].sort());
    assert.deepEqual(
      entries.map((members) => members.length),
      [0, 1, 1],
      'the two comuni in a class each, none without data',
    );
    for (const [k, members] of entries.entries())
      for (const i of members) assert.equal(view.values.get(i)?.value == null, k === 0, `area ${i} in entry ${k}`);
  });
});
