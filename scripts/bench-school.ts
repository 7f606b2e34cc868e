/**
 * `npm run bench` (school part): the badge from data arrived to painted, and the
 * slowest search keystroke over all school codes, side by side with a
 * hand-written badge, a plain substring scan and Fuse.js, in headless Chromium;
 * median of 5 fresh pages each, 15 for the badges. A keystroke is timed by the clock and in the
 * page's main-thread CPU time (bench/support/thread-time.ts): on a busy
 * machine the clock also counts what other threads took. Also the search index's size, as the build
 * precompresses it (search.json.gz) and as gzip -9 on the fly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundleBenchPage, median, runRounds, startHarness } from '../bench/support/node-harness.js';
import { atMostRow, formatInterval, medianInterval } from '../bench/support/intervals.js';
import { slowestStepKey } from '../bench/support/thread-time.js';

const RUNS = 5;
// A badge's page takes about a second: 15 rounds narrow its interval, which with 5 runs from the fastest page to the slowest.
const BADGE_RUNS = 15;
const BADGE = ['badge: hand-written DOM baseline', 'badge: school-profile'];
const SEARCH = ['search: substring scan (no typos)', 'search: our matcher', 'search: Fuse.js'];
const SETTLED = 'search: our matcher, typed once the page has settled';
const OTHERS = ['search: index download, decode and matcher', 'search: school-search, keystroke to paint'];
const url = await bundleBenchPage('bench-school', 'bench/school/contenders.ts');
const harness = await startHarness();

try {
  const viewport = { width: 1000, height: 800 };
  const results = {
    ...(await runRounds(harness, url, BADGE, BADGE_RUNS, viewport)),
    ...(await runRounds(harness, url, [...SEARCH, SETTLED, ...OTHERS], RUNS, viewport, undefined, [...SEARCH, SETTLED])),
  };
  const cpu = (name: string) => median(results[slowestStepKey(name)]!);
  const m = (name: string) => median(results[name]!);
  console.table(
    BADGE.map((name) => ({
      contender: name,
      'median ms': m(name).toFixed(1),
      'vs school-profile': (m(name) / m('badge: school-profile')).toFixed(2),
    })),
  );
  console.table(
    SEARCH.map((name) => ({
      contender: `${name}, slowest keystroke`,
      'median ms': m(name).toFixed(1),
      'vs our matcher': (m(name) / m('search: our matcher')).toFixed(2),
      'main-thread CPU ms': cpu(name).toFixed(1),
      'vs our matcher (CPU)': (cpu(name) / cpu('search: our matcher')).toFixed(2),
    })),
  );
  const index = readFileSync('demo-data/search.json');
  const count = (JSON.parse(index.toString()) as { count: number }).count;
  console.table([
    // Each time with its 95% interval over the rounds, and whether the whole interval meets its target.
    { measure: 'badge: data arrived to painted (ms)', ...atMostRow(medianInterval(results['badge: school-profile']!), 100, 1) },
    {
      measure: `search: slowest keystroke over ${count.toLocaleString('en')} codes (ms)`,
      ...atMostRow(medianInterval(results['search: our matcher']!), 16, 1),
    },
    {
      measure: 'search: the same keystroke in main-thread CPU time (ms)',
      ...atMostRow(medianInterval(results[slowestStepKey('search: our matcher')]!), 16, 1),
    },
    {
      measure: 'search: slowest keystroke, typed a second after the matcher was built (ms)',
      ...atMostRow(medianInterval(results[SETTLED]!), 16, 1),
    },
    {
      measure: 'search: the same, in main-thread CPU time (ms)',
      ...atMostRow(medianInterval(results[slowestStepKey(SETTLED)]!), 16, 1),
    },
    {
      measure: 'search: slowest keystroke to paint in <school-search> (ms)',
      value: formatInterval(medianInterval(results['search: school-search, keystroke to paint']!), 1),
      target: '-',
    },
    {
      measure: 'search: index downloaded, decoded, matcher built (ms)',
      value: formatInterval(medianInterval(results['search: index download, decode and matcher']!), 1),
      target: '-',
    },
    {
      measure: 'search: index size as served precompressed (search.json.gz, Zopfli; KB)',
      value: existsSync('demo-data/search.json.gz')
        ? (readFileSync('demo-data/search.json.gz').length / 1000).toFixed(1)
        : 'missing: npm run build:data',
      target: '≤ 400',
    },
    {
      measure: 'search: index size compressed on the fly (gzip -9; KB)',
      value: (gzipSync(index, { level: 9 }).length / 1000).toFixed(1),
      target: '-',
    },
  ]);
} finally {
  await harness.close();
}
