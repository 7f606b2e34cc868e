/**
 * `npm run bench` (map part): <region-map> against a plain d3-geo canvas
 * baseline, Leaflet (GeoJSON layer, canvas renderer), Observable Plot (geo mark)
 * and ECharts (map series), drawing the same ~7,900 pre-projected comuni in
 * headless Chromium, from data loaded to first paint; median of 7 fresh pages
 * each, all in one run. Then hover hit-testing and re-colouring of <region-map>.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const RUNS = 7;
const root = resolve('.');
if (!existsSync('demo-data/index.json')) throw new Error('run `npm run build:data -- --out demo-data` first (npm run bench does)');
mkdirSync('.cache/bench-map', { recursive: true });
await build({ entryPoints: ['bench/map/contenders.ts'], bundle: true, format: 'esm', outfile: '.cache/bench-map/contenders.js', minify: true, conditions: ['production'], tsconfig: 'tsconfig.json', logLevel: 'error' });
writeFileSync('.cache/bench-map/index.html', '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/node_modules/leaflet/dist/leaflet.css"><body style="margin:0"><script type="module" src="contenders.js"></script>');

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  const results: Record<string, number[]> = {};
  const interactions: { hoverMs: number; recolourMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    for (const name of ['baseline', 'region-map', 'leaflet', 'plot', 'echarts']) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 1300 } });
      await page.goto(`http://127.0.0.1:${port}/.cache/bench-map/index.html`);
      await page.waitForFunction(() => window.bench !== undefined);
      await page.evaluate(() => window.bench.ready);
      (results[name] ??= []).push(await page.evaluate((n) => window.bench.run(n), name));
      if (name === 'region-map') interactions.push(await page.evaluate(() => window.bench.interaction()));
      await page.close();
    }
  }
  const ours = median(results['region-map']!);
  const base = median(results.baseline!);
  console.table(
    Object.entries(results).map(([name, times]) => ({ contender: name, 'median ms': median(times).toFixed(1), 'vs baseline': (median(times) / base).toFixed(2), 'vs region-map': (median(times) / ours).toFixed(2) })),
  );
  const hover = median(interactions.map((i) => i.hoverMs));
  const recolour = median(interactions.map((i) => i.recolourMs));
  console.table([
    { measure: 'first paint, region-map / baseline', value: (ours / base).toFixed(2), target: '≤ 1.25' },
    ...['leaflet', 'plot', 'echarts'].map((name) => ({ measure: `${name} / region-map`, value: (median(results[name]!) / ours).toFixed(2), target: '≥ 2' })),
    { measure: 'hover hit-test per pointer move (ms)', value: hover.toFixed(3), target: '≤ 1' },
    { measure: 'change of year, re-colour to paint (ms)', value: recolour.toFixed(1), target: '≤ 50' },
  ]);
} finally {
  await browser.close();
  server.close();
}
