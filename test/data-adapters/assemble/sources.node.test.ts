import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildSources, SOURCE_IDS } from '../../../data-adapters/assemble/sources.ts';

describe('sources', () => {
  it('lists the registry and the limits always, the others when given, and marks synthetic ones', () => {
    const sources = buildSources({
      registryFiles: ['/data/SCUANAGRAFESTAT.csv'],
      students: false,
      funding: [],
      etwinning: 'synthetic',
      erasmus: false,
    });
    const ids = sources.map((s) => s.id);
    assert.ok(ids.includes(SOURCE_IDS.registry) && ids.includes(SOURCE_IDS.limits));
    assert.ok(!ids.includes(SOURCE_IDS.erasmus) && !ids.includes(SOURCE_IDS.funding) && !ids.includes(SOURCE_IDS.students));
    assert.equal(sources.find((s) => s.id === SOURCE_IDS.etwinning)!.synthetic, true);
    assert.equal(sources.find((s) => s.id === SOURCE_IDS.registry)!.synthetic, false);
    // The registry's source names the file (not its folder).
    assert.match(sources[0]!.name, /SCUANAGRAFESTAT\.csv/);
    assert.doesNotMatch(sources[0]!.name, /\/data\//);
    for (const source of sources) assert.ok(source.licence && source.attribution);
  });
});
