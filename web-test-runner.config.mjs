import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { filePlugin } from '@web/test-runner-commands/plugins';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';
import { countReporter } from './test/support/count-reporter.mjs';
import { bundleServerMiddleware } from './test/support/bundle-server.mjs';
import { dataServerMiddleware } from './test/support/data-server.mjs';
import { freshTabPerFile } from './test/support/fresh-tab-launcher.mjs';
import { touchPlugin } from './test/support/touch-plugin.mjs';

export default {
  files: ['test/**/*.test.ts', 'components/**/*.test.ts', '!**/*.node.test.ts'],
  nodeResolve: true,
  // Two files at a time, each in a window of its own (below): a background tab gets no animation frames, and
  // fixtures and ResizeObserver wait for them; a window is never in the background.
  concurrency: 2,
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [dataServerMiddleware(), bundleServerMiddleware()],
  plugins: [
    // SVG snapshots read and write test/output/ (test/support/svg-snapshot.ts).
    filePlugin(),
    touchPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
  browsers: [
    freshTabPerFile(
      chromeLauncher({
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          headless: true,
          args: CHROMIUM_ARGS,
        },
        createPage: ({ context }) => context.newPage({ type: 'window' }),
      }),
    ),
  ],
  reporters: [defaultReporter(), countReporter('.test-results/browser.json')],
};
