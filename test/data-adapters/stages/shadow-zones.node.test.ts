import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countActiveSchools, findShadowZones, shadowTally } from '../../../data-adapters/stages/shadow-zones.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: shadow zones', () => {
  it('counts every school of an active institution as active, in its comune, province, region and the nation', () => {
    const inputs = worldInputs();
    const counts = countActiveSchools(inputs.schools, inputs.located.locations, new Set(['FIIC100001']));
    assert.deepEqual(counts.get('nation'), { x: 3, n: 6 });
    assert.deepEqual(counts.get('comune:048017'), { x: 2, n: 3 });
    assert.deepEqual(counts.get('comune:048001'), { x: 1, n: 2 });
    assert.deepEqual(counts.get('region:12'), { x: 0, n: 1 });
  });

  it('judges every comune and province, and says when there are too few schools to judge', () => {
    const inputs = worldInputs();
    const { zones, priors } = findShadowZones(
      { schools: inputs.schools, locations: inputs.located.locations, active: new Set(['FIIC100001']), limits: inputs.limits },
      worldConfig(),
    );
    assert.equal(zones.size, inputs.limits.comuni.size + inputs.limits.provinces.size);
    // The default needs 5 schools to judge an area: every comune here has fewer.
    for (const code of inputs.limits.comuni.keys()) assert.equal(zones.get(`comune:${code}`)!.status, 'insufficient');
    assert.ok(priors.comuni && priors.provinces);
    const tally = shadowTally(zones, 'comune:');
    assert.equal(tally.insufficient, 3);
  });
});
