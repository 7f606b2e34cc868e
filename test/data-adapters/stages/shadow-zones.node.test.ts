import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rollUp } from '../../../data-adapters/stages/roll-up.ts';
import { findShadowZones, shadowTally } from '../../../data-adapters/stages/shadow-zones.ts';
import { worldConfig, worldInputs } from './world.ts';

describe('stage: shadow zones', () => {
  it('judges every comune and province by institutions, and says when there are too few to judge', () => {
    const inputs = worldInputs();
    const config = worldConfig();
    const rolled = rollUp(inputs, config);
    const institutions = [...rolled.institutions.values()];
    const result = findShadowZones(
      {
        institutions,
        active: new Set(['FIIC100001']),
        allocations: rolled.allocations,
        limits: inputs.limits,
        context: null,
        size: (institution) => institution.students ?? 500,
        years: [2023, 2024, 2025],
      },
      config,
    );
    assert.equal(result.zones.size, inputs.limits.comuni.size + inputs.limits.provinces.size);
    // The default needs 5 institutions to judge an area: every area here has fewer, and says how many.
    for (const code of inputs.limits.comuni.keys()) assert.equal(result.zones.get(`comune:${code}`)!.status, 'insufficient');
    assert.equal(result.zones.get('province:048')!.n, institutions.filter((i) => i.location.province === '048').length);
    assert.equal(shadowTally(result.zones, 'comune:').insufficient, 3);
    assert.ok(result.calibration, 'the build calibrates the method on its own data');
    assert.ok(result.model.terms.includes('intercept'));
  });
});
