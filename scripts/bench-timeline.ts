/**
 * `npm run bench` (timeline part): <trend-timeline> drawing 21 series of 12
 * years and 20 small multiples, side by side with a plain d3-shape SVG baseline,
 * Observable Plot and ECharts, in headless Chromium, from data loaded to first
 * paint; median of 7 fresh pages each, all in one run. Our element is timed as
 * the first of its page, on the page while its data downloads (as embedded);
 * as the first of its page again, created after the data loaded (its loading
 * state and set-up in the time too); and as the second (one-off costs paid).
 */
import { bundleBenchPage, median, runRounds, startHarness } from '../bench/support/node-harness.js';
import { atMostRow, medianInterval } from '../bench/support/intervals.js';

const RUNS = 7;
const NAMES = [
  'lines: d3-shape baseline',
  'lines: trend-timeline',
  'lines: trend-timeline, created after the data',
  'lines: trend-timeline, second on the page',
  'lines: plot',
  'lines: echarts',
  'multiples: d3-shape baseline',
  'multiples: trend-timeline',
  'multiples: trend-timeline, created after the data',
  'multiples: trend-timeline, second on the page',
  'multiples: plot',
  'multiples: echarts',
];
// One file with V8's compile hint, as the CDN bundle is (every contender's code is compiled as it loads).
const url = await bundleBenchPage('bench-timeline', 'bench/timeline/contenders.ts', '', { compileHint: true });
const harness = await startHarness();

try {
  const results = await runRounds(harness, url, NAMES, RUNS, { width: 1000, height: 800 });
  const ours = { lines: median(results['lines: trend-timeline']!), multiples: median(results['multiples: trend-timeline']!) };
  console.table(
    NAMES.map((name) => {
      const kind = name.split(':')[0] as 'lines' | 'multiples';
      return {
        contender: name,
        'median ms': median(results[name]!).toFixed(1),
        'vs trend-timeline': (median(results[name]!) / ours[kind]).toFixed(2),
      };
    }),
  );
  // Each time with its 95% interval over the rounds, and whether the whole interval meets its target.
  console.table(
    (['lines', 'multiples'] as const).flatMap((kind) => {
      const [what, target] = kind === 'lines' ? ['21 series × 12 years', 30] : ['20 small multiples', 60];
      const row = (which: string) => atMostRow(medianInterval(results[`${kind}: trend-timeline${which}`]!), target, 1);
      return [
        { measure: `${what}, data to first paint (ms), first timeline of the page, there before its data`, ...row('') },
        {
          measure: `${what}, creation to first paint (ms), first timeline of the page, created after the data`,
          ...row(', created after the data'),
        },
        { measure: `${what}, creation to first paint (ms), second timeline`, ...row(', second on the page') },
      ];
    }),
  );
} finally {
  await harness.close();
}
