import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexAhead } from '../../src/data/index-ahead.ts';
import type { ContractLoader } from '../../src/data/loader.ts';
import { layoutUrl } from '../../src/data/shard-urls.ts';

const SRC = 'https://dati.example.it/scuole/index.json';

/** A loader that records what it is asked for, in order. */
function recordingLoader() {
  const asked: string[] = [];
  const loader = {
    index: (src: string) => (asked.push(`index ${src}`), Promise.resolve({ url: src })),
    document: (url: string, kinds: string[]) => (asked.push(`${kinds.join('|')} ${url}`), Promise.reject(new Error('404'))),
  } as unknown as ContractLoader;
  return { loader, asked };
}

describe("an element's index, with a head start", () => {
  it("asks for the index first, then a region's shard or a school's where the data tools write them", async () => {
    const signal = new AbortController().signal;
    for (const [scope, shard] of [
      [{ level: 'region', code: '09' }, 'region https://dati.example.it/scuole/regions/09.json'],
      [{ level: 'school', code: ' fiic81200a ' }, 'school https://dati.example.it/scuole/schools/FIIC81200A.json'],
    ] as const) {
      const { loader, asked } = recordingLoader();
      assert.deepEqual(await indexAhead(loader, SRC, scope, signal), { url: SRC });
      assert.deepEqual(asked, [`index ${SRC}`, shard]);
    }
  });

  it("asks for no shard it cannot name before the index: the nation's, a province's or comune's (their region is in the index), a malformed code", async () => {
    const signal = new AbortController().signal;
    for (const scope of [
      null,
      { level: 'nation', code: 'IT' },
      { level: 'province', code: '048' },
      { level: 'comune', code: '048017' },
      { level: 'region', code: '9' },
      { level: 'school', code: 'FI' },
    ]) {
      const { loader, asked } = recordingLoader();
      await indexAhead(loader, SRC, scope, signal);
      assert.deepEqual(asked, [`index ${SRC}`], JSON.stringify(scope));
    }
  });

  it('asks for nothing more from a source of another name (a bundle, an index of its own)', async () => {
    const { loader, asked } = recordingLoader();
    await indexAhead(loader, 'https://dati.example.it/bundle-09.json', { level: 'region', code: '09' }, new AbortController().signal);
    assert.deepEqual(asked, ['index https://dati.example.it/bundle-09.json']);
    assert.equal(layoutUrl('https://dati.example.it/my-index.json', 'regions/{region}.json', { region: '09' }), null);
    assert.equal(layoutUrl('no address', 'regions/{region}.json', { region: '09' }), null);
  });
});
