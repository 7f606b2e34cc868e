/**
 * `npm run bench:bytes`: the data each view downloads (compressed, over the
 * wire) and parses (JSON decoded), measured in headless Chromium from the demo
 * data host of `npm start` (gzip/brotli on, scripts/demo-server-middleware.mjs),
 * against the targets of issue #19. Counts the contract's files only
 * (`/demo-data/`), never the bundle; the search index is left out of the
 * dashboard's first paint, as the target says. Needs the demo data and the
 * built bundle (`npm run build`, `npm run build:data -- --out demo-data`).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { compression, cors, releases } from './demo-server-middleware.mjs';

interface View {
  name: string;
  page: string;
  /** The view is drawn when this is true in the page. */
  ready: string;
  exclude?: RegExp;
  target?: { gzipKB: number; parsedMB: number };
}

if (!existsSync('demo-data/index.json') || !existsSync('dist/cdn/scuole-europa.min.js'))
  throw new Error('run `npm run build` and `npm run build:data -- --out demo-data` first');

const school = readdirSync('demo-data/schools')[0]!.replace(/\.json$/, '');
const page = (name: string, body: string) => {
  mkdirSync('.cache/bench-bytes', { recursive: true });
  writeFileSync(
    `.cache/bench-bytes/${name}.html`,
    `<!doctype html><html lang="it"><head><meta charset="utf-8"><script type="module" src="/dist/cdn/scuole-europa.min.js"></script></head><body style="width: 1100px">${body}</body></html>`,
  );
  return `/.cache/bench-bytes/${name}.html`;
};
const shadowHas = (tag: string, selector: string) =>
  `[...document.querySelectorAll('${tag}')].every((e) => e.shadowRoot?.querySelector('${selector}'))`;

const VIEWS: View[] = [
  {
    name: 'national dashboard, first paint (search index excluded)',
    page: '/demo/dashboard.html',
    ready: `${shadowHas('region-map', '[part~="legend"]')} && ${shadowHas('territory-list', '[part~="base"]:not([aria-busy])')}`,
    exclude: /search\.json/,
    target: { gzipKB: 300, parsedMB: 3 },
  },
  {
    name: 'national comuni map',
    page: page('comuni', '<region-map src="/demo-data/index.json" level="comuni"></region-map>'),
    ready: shadowHas('region-map', '[part~="legend"]'),
    target: { gzipKB: 700, parsedMB: 3 },
  },
  {
    name: 'national provinces map',
    page: page('provinces', '<region-map src="/demo-data/index.json" level="provinces"></region-map>'),
    ready: shadowHas('region-map', '[part~="legend"]'),
  },
  {
    name: 'a survey wave for a region (<survey-results>)',
    page: page('survey', '<survey-results src="/demo-data/index.json" scope="region:09"></survey-results>'),
    ready: shadowHas('survey-results', '[part~="question"]'),
  },
  {
    // A comune's survey shows its province's estimates: the comune is read from its region's shard (checked, named).
    name: "a comune's survey (<survey-results>, Firenze's province)",
    page: page('survey-comune', '<survey-results src="/demo-data/index.json" scope="comune:048017"></survey-results>'),
    ready: shadowHas('survey-results', '[part~="question"]'),
  },
  {
    name: 'a region map (Lombardia, comuni)',
    page: page('region', '<region-map src="/demo-data/index.json" region="03" level="comuni"></region-map>'),
    ready: shadowHas('region-map', '[part~="legend"]'),
  },
  {
    name: 'a school badge',
    page: page('badge', `<school-profile src="/demo-data/index.json" code="${school}"></school-profile>`),
    ready: shadowHas('school-profile', '[part~="badge"]'),
  },
];

const server = await startDevServer({
  config: { rootDir: '.', port: 0, hostname: '127.0.0.1', middleware: [cors(), compression(), releases(() => null)] },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const rows = [];
  for (const view of VIEWS) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}${view.page}`);
    await tab.waitForFunction(view.ready, undefined, { timeout: 120_000 });
    const files = await tab.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => e.name.includes('/demo-data/'))
        .map((e) => ({ url: e.name, transfer: e.transferSize, decoded: e.decodedBodySize })),
    );
    const counted = files.filter((f) => !view.exclude?.test(f.url));
    const gzipKB = counted.reduce((sum, f) => sum + f.transfer, 0) / 1000;
    const parsedMB = counted.reduce((sum, f) => sum + f.decoded, 0) / 1e6;
    rows.push({
      view: view.name,
      files: counted.length,
      'downloaded KB': gzipKB.toFixed(0),
      'parsed MB': parsedMB.toFixed(2),
      target: view.target ? `≤ ${view.target.gzipKB} KB, ≤ ${view.target.parsedMB} MB` : '-',
      met: view.target ? (gzipKB <= view.target.gzipKB && parsedMB <= view.target.parsedMB ? 'yes' : 'NO') : '-',
    });
    await context.close();
  }
  console.table(rows);
} finally {
  await browser.close();
  await server.stop();
}
