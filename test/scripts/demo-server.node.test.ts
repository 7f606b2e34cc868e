/**
 * The data host of `npm start` does what the README asks of a real one: CORS
 * on the data and the bundles, gzip or brotli compression, and the current
 * release under /demo-data/releases/<release>/ (any other release is gone).
 * Served by the same dev server as `npm start`, from a temporary folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { compression, cors, releases } from '../../scripts/demo-server-middleware.mjs';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('the demo data host (npm start)', () => {
  const root = mkdtempSync(join(tmpdir(), 'demo-host-'));
  let server: Awaited<ReturnType<typeof startDevServer>>;
  let origin = '';
  const index = { release: '2026-11-30-s1', regions: Array.from({ length: 200 }, (_, i) => ({ code: String(i), name: `Regione ${i}` })) };

  before(async () => {
    mkdirSync(join(root, 'demo-data'));
    writeFileSync(join(root, 'demo-data', 'index.json'), JSON.stringify(index));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = await startDevServer({
      config: { rootDir: root, port, hostname: '127.0.0.1', middleware: [cors(), compression(), releases(() => index.release)] },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
  });
  after(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends the data compressed, with the CORS header another origin needs', async () => {
    for (const encoding of ['gzip', 'br']) {
      const response = await fetch(`${origin}/demo-data/index.json`, {
        headers: { 'Accept-Encoding': encoding, Origin: 'https://scuola.example' },
      });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-encoding'), encoding);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(await response.json(), index);
    }
    const plain = await fetch(`${origin}/demo-data/index.json`, { headers: { 'Accept-Encoding': 'identity' } });
    assert.equal(plain.headers.get('content-encoding'), null);
  });

  it('serves the current release under /releases/<release>/ and no other', async () => {
    const current = await fetch(`${origin}/demo-data/releases/${index.release}/index.json`);
    assert.equal(current.status, 200);
    assert.equal(((await current.json()) as typeof index).release, index.release);
    assert.equal((await fetch(`${origin}/demo-data/releases/2020-01-01-s1/index.json`)).status, 404);
  });
});
