/**
 * `npm start`: builds the library, builds the demo data contract from
 * ../shared/data when the data adapters are present, and serves the demo page
 * (a contract inspector that loads any data URL through the library's loader).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startDevServer } from '@web/dev-server';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

run('npm', ['run', '--silent', 'build']);
if (existsSync('../shared/data')) {
  run('npm', ['run', '--silent', 'build:data', '--', '--out', 'demo-data']);
}

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: true, appIndex: 'demo/index.html' },
  readCliArgs: false,
  readFileConfig: false,
});
console.log(`\nDemo: http://127.0.0.1:${port}/demo/index.html (data inspector), /demo/map.html, /demo/timeline.html`);
