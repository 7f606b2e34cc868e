import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { heldRegions } from '../../src/data/held-regions.ts';
import { bundleFixture, indexFixture } from '../fixtures/contract.fixture.ts';

const codes = (regions: readonly { code: string }[]) => regions.map((region) => region.code);

describe('the regions a data source holds', () => {
  it('are every region of an index, and only those whose shards a bundle holds', () => {
    assert.deepEqual(codes(heldRegions({ url: 'index.json', index: indexFixture(), bundle: null })), ['09', '12']);
    const bundle = bundleFixture();
    assert.deepEqual(codes(heldRegions({ url: 'bundle.json', index: bundle.index, bundle })), ['09']);
  });
});
