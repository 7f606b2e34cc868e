import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeProgrammes, ERASMUS_PROVISIONAL_YEARS } from '../../../data-adapters/stages/programmes.ts';

describe('stage: programmes', () => {
  it('names every programme in Italian and English, and keeps the last Erasmus+ years provisional', () => {
    const programmes = describeProgrammes(new Map([['erasmus', new Set([2019, 2020, 2021, 2022, 2023])]]));
    assert.deepEqual(
      programmes.map((p) => p.id),
      ['all', 'etwinning', 'erasmus', 'funding'],
    );
    for (const p of programmes) assert.ok(p.label.it && p.label.en);
    assert.equal(ERASMUS_PROVISIONAL_YEARS, 3);
    assert.deepEqual(programmes.find((p) => p.id === 'erasmus')!.provisionalYears, [2021, 2022, 2023]);
    assert.deepEqual(programmes.find((p) => p.id === 'etwinning')!.provisionalYears, []);
    // Every programme's activity together (participation.active): an institution active in Erasmus+ alone may not be counted yet.
    assert.deepEqual(programmes.find((p) => p.id === 'all')!.provisionalYears, [2021, 2022, 2023]);
  });

  it('has no provisional year without Erasmus+ data', () => {
    for (const p of describeProgrammes(new Map([['etwinning', new Set([2022, 2023])]]))) assert.deepEqual(p.provisionalYears, [], p.id);
  });
});
