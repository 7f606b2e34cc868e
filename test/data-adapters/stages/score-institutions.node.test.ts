import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { availablePillars, scoreInstitutions } from '../../../data-adapters/stages/score-institutions.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: score institutions', () => {
  it('allows the pillars the inputs feed, and continuity only with some', () => {
    const inputs = worldInputs();
    assert.deepEqual([...availablePillars(inputs)].sort(), ['continuity', 'erasmus', 'etwinning']);
    assert.deepEqual([...availablePillars({ ...inputs, etwinning: null, erasmus: null })], []);
  });

  it('scores, ranks in the nation and the region, and finds the institutions active in the reference years', () => {
    const inputs = worldInputs();
    const config = worldConfig();
    const rolled = rollUp(inputs, config);
    const list = [...rolled.institutions.values()];
    const scored = scoreInstitutions(list, availablePillars(inputs), inputs.limits, 2024, config);
    assert.equal(scored.index.results.size, list.length);
    assert.deepEqual([...scored.active].sort(), ['FIIC100001', 'FIIC300005']);
    // Every institution has a national rank; regional ranks restart in each region.
    assert.equal(scored.nationRanks.size, list.length);
    assert.equal(scored.regionRanks.get('RMIC100006'), 1);
    const best = [...scored.nationRanks].find(([, rank]) => rank === 1)![0];
    assert.ok(scored.active.has(best), 'the best-ranked institution is an active one');
    assert.ok(Array.isArray(scored.sensitivity));
  });
});
