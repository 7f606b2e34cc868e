/**
 * `npm run bench` (map part): <region-map> against a plain d3-geo canvas
 * baseline, Leaflet (GeoJSON layer, canvas renderer), Observable Plot (geo mark)
 * and ECharts (map series), drawing the same ~7,900 pre-projected comuni in
 * headless Chromium, from data loaded to first paint; median of 9 fresh pages
 * each, all in one run. Then hover hit-testing and re-colouring of <region-map>.
 */
import { bundleBenchPage, median, runRounds, startHarness } from '../bench/support/node-harness.js';

const RUNS = 9;
const url = await bundleBenchPage(
  'bench-map',
  'bench/map/contenders.ts',
  '<link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css">',
);
const harness = await startHarness();

try {
  const interactions: { hoverMs: number; recolourMs: number }[] = [];
  const results = await runRounds(
    harness,
    url,
    ['baseline', 'region-map', 'leaflet', 'plot', 'echarts'],
    RUNS,
    { width: 1100, height: 1300 },
    async (name, page) => {
      if (name === 'region-map') interactions.push(await page.evaluate(() => window.bench.interaction()));
    },
  );
  const ours = median(results['region-map']!);
  const base = median(results.baseline!);
  console.table(
    Object.entries(results).map(([name, times]) => ({
      contender: name,
      'median ms': median(times).toFixed(1),
      'vs baseline': (median(times) / base).toFixed(2),
      'vs region-map': (median(times) / ours).toFixed(2),
    })),
  );
  const hover = median(interactions.map((i) => i.hoverMs));
  const recolour = median(interactions.map((i) => i.recolourMs));
  console.table([
    { measure: 'first paint, region-map / baseline', value: (ours / base).toFixed(2), target: '≤ 1.25' },
    ...['leaflet', 'plot', 'echarts'].map((name) => ({
      measure: `${name} / region-map`,
      value: (median(results[name]!) / ours).toFixed(2),
      target: '≥ 2',
    })),
    { measure: 'hover hit-test per pointer move (ms)', value: hover.toFixed(3), target: '≤ 1' },
    { measure: 'change of year, re-colour to paint (ms)', value: recolour.toFixed(1), target: '≤ 50' },
  ]);
} finally {
  await harness.close();
}
