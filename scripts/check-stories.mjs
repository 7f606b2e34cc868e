/**
 * Renders every story of the built Storybook (storybook-static/) in headless
 * Chromium and checks what it shows: a story named "Errore…" must show its
 * error inside the element (role="alert"), "ScuolaNonTrovata" the friendly
 * not-found state, every other story its content with no error; no story may
 * throw into the page. Prints one line per failure and a `N passed, N failed`
 * line that scripts/run-tests.mjs counts.
 */
import { readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const stories = Object.values(JSON.parse(readFileSync('storybook-static/index.json', 'utf8')).entries).filter((e) => e.type === 'story');
const server = await startDevServer({
  config: {
    rootDir: 'storybook-static',
    port: 0,
    hostname: '127.0.0.1',
    // The built files do not change while it runs: each page fetches Storybook's bundles once, not once a story.
    middleware: [
      async (ctx, next) => {
        await next();
        ctx.set('Cache-Control', 'max-age=3600');
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${server.server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

/** What the story's root shows once settled: 'error', 'not-found', 'content', or 'pending'. */
function settled() {
  const root = document.querySelector('#storybook-root');
  const hosts = [...(root?.querySelectorAll('*') ?? [])].filter((el) => el.shadowRoot);
  if (hosts.length === 0) return 'pending';
  const inside = (selector) => hosts.some((el) => el.shadowRoot.querySelector(selector));
  if (hosts.some((el) => el.shadowRoot.querySelector('[aria-busy="true"]'))) return 'pending';
  if (inside('[role="status"] school-search')) return 'not-found';
  if (inside('[role="alert"]')) return 'error';
  return hosts.every((el) => el.shadowRoot.childElementCount > 0 || el.hidden) ? 'content' : 'pending';
}

let passed = 0;
let failed = 0;
/** Renders and checks one story in the page. */
async function check(page, story) {
  const thrown = [];
  const onError = (error) => thrown.push(error.message);
  page.on('pageerror', onError);
  const expected = /--errore/.test(story.id) ? 'error' : /scuola-non-trovata/.test(story.id) ? 'not-found' : 'content';
  let shown = 'pending';
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const deadline = Date.now() + 15_000;
    do {
      await page.waitForTimeout(50);
      shown = await page.evaluate(settled);
    } while (shown !== expected && Date.now() < deadline);
  } catch (error) {
    thrown.push(String(error));
  }
  page.off('pageerror', onError);
  if (shown === expected && thrown.length === 0) passed++;
  else {
    failed++;
    console.log(`✗ ${story.id}: expected ${expected}, shown ${shown}${thrown.length ? `; threw: ${thrown.join(' | ')}` : ''}`);
  }
}
// Two pages take the stories in turn (each a window of its own, never in the background: CI has two cores).
const queue = [...stories];
await Promise.all(
  [1, 2].map(async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    for (let story = queue.shift(); story; story = queue.shift()) await check(page, story);
  }),
);
await browser.close();
await server.stop();
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
