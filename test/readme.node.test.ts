/**
 * What the README tells webmasters must stay true: its table of region codes
 * is ISTAT's (read from ../shared/data at test time), and the release pattern
 * it gives for <embed-snippet release-src> is the one `npm start` serves and
 * the dashboard uses.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { releases } from '../scripts/demo-server-middleware.mjs';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('gives the 20 ISTAT region codes with their regions', () => {
    const table = new Map([...readme.matchAll(/\| `(\d{2})` \| ([^|]+?) (?=\|)/g)].map((m) => [m[1]!, m[2]!.trim()]));
    const istat = readFileSync('../shared/data/stats/sanity_by_region.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','))
      .map(([code, name]) => [code!, name!] as const)
      // The file's last row is the nation (00).
      .filter(([code]) => code !== '00');
    assert.equal(istat.length, 20);
    assert.equal(table.size, 20);
    for (const [code, name] of istat) {
      // ISTAT's names carry the second language after a slash ("Valle d'Aosta/Vallée d'Aoste"); the README gives the first.
      assert.equal(table.get(code), name.split('/')[0], `region ${code}`);
    }
  });

  it("gives one release pattern, the one npm start serves and the dashboard's snippet uses", () => {
    const patterns = [...readme.matchAll(/release-src="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(patterns.length > 0);
    for (const pattern of patterns) assert.match(pattern, /\/releases\/\{release\}\/index\.json$/);
    assert.match(readme, /publish each build also at `…\/dati\/releases\/<release>\/`/);
    const dashboard = readFileSync('demo/dashboard.html', 'utf8');
    assert.match(dashboard, /release-src="[^"]*\/demo-data\/releases\/\{release\}\/index\.json"/);
    // The route of npm start's data host, asked for a path of that pattern.
    const ctx = { path: '/demo-data/releases/2026-11-30-s1/index.json', url: '', status: 200 };
    let passedOn = false;
    void releases(() => '2026-11-30-s1')(ctx as never, (() => ((passedOn = true), Promise.resolve())) as never);
    assert.ok(passedOn && ctx.url === '/demo-data/index.json', 'npm start serves /demo-data/releases/<release>/');
  });
});
