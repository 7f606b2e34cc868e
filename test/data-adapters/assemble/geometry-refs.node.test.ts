import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { packedPath } from '../../../data-adapters/assemble/geometry-refs.ts';
import { FILE_LAYOUT } from '../../../src/contract/file-layout.ts';

describe('geometry refs', () => {
  it('place each packed topology beside its TopoJSON file, templates kept', () => {
    assert.equal(packedPath('geo/comuni/italia.topo.json'), 'geo/comuni/italia.packed.json');
    assert.equal(packedPath('geo/comuni/{region}.topo.json'), 'geo/comuni/{region}.packed.json');
  });

  it('name, in the index, the packed twin where the build writes it, for every layer', () => {
    for (const ref of Object.values(FILE_LAYOUT.geometry)) assert.equal(ref.packed, packedPath(ref.url));
  });

  it('refuse a path that is not a TopoJSON file, rather than write the twin over it', () => {
    assert.throws(() => packedPath('geo/regions.json'), /not a \.topo\.json path/);
  });
});
