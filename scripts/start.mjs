/**
 * `npm start`: builds the library, builds the demo data contract from
 * ../shared/data when the data adapters are present, then serves the dashboard
 * (demo/dashboard.html) and Storybook side by side.
 *
 * The data host of the demo behaves as the README asks of a real one
 * (scripts/demo-server-middleware.mjs): CORS and compression on the data and
 * the bundles, and "releases": the current release is also reachable at
 * /demo-data/releases/<release>/…, which is what <embed-snippet> writes when a
 * view is frozen at its data release.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';
import { compression, cors, releases } from './demo-server-middleware.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npm', ['run', '--silent', 'build']);
if (existsSync('../shared/data')) {
  run('npm', ['run', '--silent', 'build:data', '--', '--out', 'demo-data']);
}

function currentRelease() {
  try {
    return JSON.parse(readFileSync('demo-data/index.json', 'utf8')).release;
  } catch {
    return null;
  }
}

const port = Number(process.env.PORT ?? 8000);
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
await startDevServer({
  config: {
    rootDir: '.',
    port,
    hostname: '127.0.0.1',
    nodeResolve: true,
    appIndex: 'demo/dashboard.html',
    middleware: [cors(), compression(), releases(currentRelease)],
  },
  readCliArgs: false,
  readFileConfig: false,
});
run('npx', ['tsx', 'scripts/write-story-data.ts']);
const storybook = spawn('npx', ['storybook', 'dev', '--ci', '--no-open', '--quiet', '-p', String(storybookPort), '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
process.on('exit', () => storybook.kill());
console.log(`\nDashboard: http://127.0.0.1:${port}/demo/dashboard.html`);
console.log(`Storybook: http://127.0.0.1:${storybookPort}/ (starting)`);
console.log(
  `Also: /demo/dashboard.en.html (in English), /demo/confronto.html (two regions compared), /demo/index.html (data inspector), /demo/map.html, /demo/timeline.html`,
);
