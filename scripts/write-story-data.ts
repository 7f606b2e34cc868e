/**
 * Writes the data Storybook's stories read (storybook-data/, served at /data/):
 * the fixture contract of the tests (test/fixtures), generated here so the
 * stories are small, fast and identical on every machine, plus the damaged
 * documents behind the error stories.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dashboardFiles, dashboardIndex } from '../test/fixtures/dashboard.fixture.js';
import { bundleFixture } from '../test/fixtures/contract.fixture.js';
import { searchFixture } from '../test/fixtures/search.fixture.js';

const OUT = 'storybook-data';

function write(path: string, body: unknown): void {
  const file = join(OUT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
}

rmSync(OUT, { recursive: true, force: true });
for (const [path, body] of dashboardFiles()) write(`contract/${path}`, body);
write('bundle/bundle-09.json', { ...bundleFixture(), search: searchFixture() });
write('broken/index.json', '{"contract": "scuole-europa/1.0", "kind": "index", "years": [2021,');
// What a site whose single-page fallback answers a missing file with its home page sends.
write('web-page/index.json', '<!doctype html>\n<html lang="it"><title>Ufficio scolastico regionale</title><div id="app"></div></html>');
write('wrong-shape/index.json', { ...dashboardIndex(), years: '2023' });
write('future/index.json', { ...dashboardIndex(), contract: 'scuole-europa/2.0' });
console.log(`story data: ${OUT}/ written`);
