import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { geometryRef, packedPath } from '../../../data-adapters/assemble/geometry-refs.ts';

describe('geometry refs', () => {
  it('place each packed topology beside its TopoJSON file, templates kept', () => {
    assert.equal(packedPath('geo/comuni/italia.topo.json'), 'geo/comuni/italia.packed.json');
    assert.deepEqual(geometryRef('geo/comuni/{region}.topo.json', 'comuni'), {
      url: 'geo/comuni/{region}.topo.json',
      packed: 'geo/comuni/{region}.packed.json',
      object: 'comuni',
    });
  });

  it('refuse a path that is not a TopoJSON file, rather than write the twin over it', () => {
    assert.throws(() => packedPath('geo/regions.json'), /not a \.topo\.json path/);
  });
});
