import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.ts';
import { distinctNames } from '../../src/timeline/distinct-names.ts';

describe('distinctNames', () => {
  it('follows a name that areas share with its level, and one still shared with its code', () => {
    const names = distinctNames(
      [
        { name: 'Firenze', level: 'comune', code: '048017' },
        { name: 'Firenze', level: 'province', code: '048' },
        { name: 'Toscana', level: 'region', code: '09' },
        { name: 'Calliano', level: 'comune', code: '005013' },
        { name: 'Calliano', level: 'comune', code: '022035' },
      ],
      MESSAGES.it.levels,
    );
    assert.deepEqual(names, ['Firenze (comune)', 'Firenze (provincia)', 'Toscana', 'Calliano (comune 005013)', 'Calliano (comune 022035)']);
    assert.deepEqual(
      distinctNames(
        [
          { name: 'Roma', level: 'comune', code: '058091' },
          { name: 'Roma', level: 'province', code: '058' },
        ],
        MESSAGES.en.levels,
      ),
      ['Roma (comune)', 'Roma (province)'],
    );
  });

  it('leaves names that differ as they are', () => {
    const areas = [
      { name: 'Firenze', level: 'comune', code: '048017' },
      { name: 'Toscana', level: 'region', code: '09' },
      { name: 'Italia', level: 'nation', code: 'IT' },
    ] as const;
    assert.deepEqual(distinctNames(areas, MESSAGES.it.levels), ['Firenze', 'Toscana', 'Italia']);
    assert.deepEqual(distinctNames([], MESSAGES.it.levels), []);
  });
});
