/**
 * `npm run bench` (timeline part): <trend-timeline> drawing 21 series of 12
 * years and 20 small multiples, side by side with a plain d3-shape SVG baseline,
 * Observable Plot and ECharts, in headless Chromium, from data loaded to first
 * paint; median of 7 fresh pages each, all in one run. Our element is timed as
 * the first of its page and again as the second (one-off costs paid).
 */
import { bundleBenchPage, median, runRounds, startHarness } from '../bench/support/node-harness.js';

const RUNS = 7;
const NAMES = [
  'lines: d3-shape baseline',
  'lines: trend-timeline',
  'lines: trend-timeline, second on the page',
  'lines: plot',
  'lines: echarts',
  'multiples: d3-shape baseline',
  'multiples: trend-timeline',
  'multiples: trend-timeline, second on the page',
  'multiples: plot',
  'multiples: echarts',
];
const url = await bundleBenchPage('bench-timeline', 'bench/timeline/contenders.ts');
const harness = await startHarness();

try {
  const results = await runRounds(harness, url, NAMES, RUNS, { width: 1000, height: 800 });
  const ours = { lines: median(results['lines: trend-timeline']!), multiples: median(results['multiples: trend-timeline']!) };
  console.table(
    NAMES.map((name) => {
      const kind = name.split(':')[0] as 'lines' | 'multiples';
      return { contender: name, 'median ms': median(results[name]!).toFixed(1), 'vs trend-timeline': (median(results[name]!) / ours[kind]).toFixed(2) };
    }),
  );
  const second = { lines: median(results['lines: trend-timeline, second on the page']!), multiples: median(results['multiples: trend-timeline, second on the page']!) };
  console.table([
    { measure: '21 series × 12 years, first paint (ms), first timeline of the page', value: ours.lines.toFixed(1), target: '≤ 30' },
    { measure: '21 series × 12 years, first paint (ms), second timeline', value: second.lines.toFixed(1), target: '≤ 30' },
    { measure: '20 small multiples, first paint (ms), first timeline of the page', value: ours.multiples.toFixed(1), target: '≤ 60' },
    { measure: '20 small multiples, first paint (ms), second timeline', value: second.multiples.toFixed(1), target: '≤ 60' },
  ]);
} finally {
  await harness.close();
}
