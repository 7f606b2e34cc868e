/**
 * The Node side of the browser benchmarks: a static server over the project
 * folder, Debian's Chromium, and the median of fresh pages per contender, every
 * contender in each round so that machine noise spreads evenly.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

// @ts-expect-error: a plain JavaScript module of the build scripts, without types.
import { COMPILE_HINT } from '../../scripts/compile-hint.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { slowestStepKey, withStepThreadTimes } from './thread-time.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Bundles a bench page's script (minified, production Lit) into
 * `.cache/<name>/` with an index.html that loads it; returns the page's path.
 * Every bench reads the demo contract, so it must have been built.
 * `compileHint`: the file starts with V8's compile hint, as the CDN bundle does
 * (see scripts/compile-hint.mjs), for every contender on the page alike.
 */
export async function bundleBenchPage(name: string, entry: string, head = '', { compileHint = false } = {}): Promise<string> {
  if (!existsSync('demo-data/index.json')) throw new Error('run `npm run build:data -- --out demo-data` first (npm run bench does)');
  mkdirSync(`.cache/${name}`, { recursive: true });
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    outfile: `.cache/${name}/contenders.js`,
    minify: true,
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    logLevel: 'error',
    banner: { js: compileHint ? COMPILE_HINT : '' },
  });
  writeFileSync(
    `.cache/${name}/index.html`,
    `<!doctype html><meta charset="utf-8">${head}<body style="margin:0"><script type="module" src="contenders.js"></script>`,
  );
  return `/.cache/${name}/index.html`;
}

export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export interface Harness {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves the project folder on a free port and launches headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const root = resolve('.');
  const server: Server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Runs every contender `runs` times, each in a fresh page of `url` that exposes
 * `window.bench.ready` and `window.bench.run(name)`; `after` may measure more on
 * the same page. Returns the times per contender; for those in `stepped`, also
 * the slowest of the steps the page marked, in main-thread CPU time, under
 * slowestStepKey(name) (see thread-time.ts).
 */
export async function runRounds(
  harness: Harness,
  url: string,
  names: readonly string[],
  runs: number,
  viewport: { width: number; height: number },
  after?: (name: string, page: Page) => Promise<void>,
  stepped: readonly string[] = [],
): Promise<Record<string, number[]>> {
  const results: Record<string, number[]> = {};
  for (let run = 0; run < runs; run++) {
    for (const name of names) {
      const page = await harness.browser.newPage({ viewport });
      await page.goto(`${harness.origin}${url}`);
      await page.waitForFunction(() => (window as unknown as { bench?: unknown }).bench !== undefined);
      await page.evaluate(() => (window as unknown as { bench: { ready: Promise<void> } }).bench.ready);
      const run = () => page.evaluate((n) => (window as unknown as { bench: { run: (n: string) => Promise<number> } }).bench.run(n), name);
      if (stepped.includes(name)) {
        const { result, steps } = await withStepThreadTimes(harness.browser, page, run);
        (results[name] ??= []).push(result);
        (results[slowestStepKey(name)] ??= []).push(Math.max(...steps));
      } else (results[name] ??= []).push(await run());
      await after?.(name, page);
      await page.close();
    }
  }
  return results;
}
