import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headStartUrls } from '../../src/map/head-start.ts';

const SRC = 'https://dati.example.it/scuole/2026/index.json';
const at = (path: string) => `https://dati.example.it/scuole/2026/${path}`;

describe("a map's head start", () => {
  it("asks, for all Italy's comuni, for the national packed layer and the area file of the metric shown", () => {
    assert.deepEqual(headStartUrls(SRC, { level: 'comuni', region: '', metric: 'etwinning.projects' }), {
      packed: { url: at('geo/comuni/italia.packed.json'), layer: 'comuni', object: 'comuni' },
      areas: at('areas/comuni/etwinning.projects.json'),
      latest: false,
      shard: null,
    });
    // Showing the latest year (no year asked): that year's file, read first (src/contract/area-latest.ts).
    const latest = headStartUrls(SRC, { level: 'comuni', region: '', metric: 'etwinning.projects', latest: true });
    assert.deepEqual([latest?.areas, latest?.latest], [at('areas/comuni/etwinning.projects.latest.json'), true]);
    assert.equal(
      headStartUrls(SRC, { level: 'provinces', region: '', metric: 'erasmus.active' })?.areas,
      at('areas/provinces/erasmus.active.json'),
    );
  });

  it("asks, inside a region, for its comuni and its shard; at regions level, for the regions' layer alone", () => {
    assert.deepEqual(headStartUrls(SRC, { level: 'comuni', region: '09', metric: 'etwinning.projects' }), {
      packed: { url: at('geo/comuni/09.packed.json'), layer: 'comuni', object: 'comuni' },
      areas: null,
      latest: false,
      shard: at('regions/09.json'),
    });
    assert.deepEqual(headStartUrls(SRC, { level: 'regions', region: '', metric: 'etwinning.projects', latest: true }), {
      packed: { url: at('geo/regions.packed.json'), layer: 'regions', object: 'regions' },
      areas: null,
      latest: false,
      shard: null,
    });
  });

  it('asks for no area file it cannot name before the index: no metric (the index says its first), or a survey estimate', () => {
    assert.equal(headStartUrls(SRC, { level: 'comuni', region: '', metric: '' })?.areas, null);
    assert.equal(headStartUrls(SRC, { level: 'comuni', region: '', metric: 'survey:Q1:yes' })?.areas, null);
  });

  it('asks for nothing from a source of another name (a bundle, an index of its own), nor for a malformed region', () => {
    assert.equal(headStartUrls('https://dati.example.it/bundle-09.json', { level: 'comuni', region: '', metric: 'x' }), null);
    assert.equal(headStartUrls('https://dati.example.it/my-index.json', { level: 'comuni', region: '', metric: 'x' }), null);
    assert.equal(headStartUrls(SRC, { level: 'comuni', region: '9', metric: 'x' }), null);
    assert.equal(headStartUrls('not a url', { level: 'comuni', region: '', metric: 'x' }), null);
  });

  it("keeps the index's query out of the files' addresses, as the loader resolves them", () => {
    assert.equal(
      headStartUrls(`${SRC}?release=2026-12`, { level: 'regions', region: '', metric: '' })?.packed.url,
      at('geo/regions.packed.json'),
    );
  });
});
