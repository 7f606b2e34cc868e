/**
 * `npm test`: every suite, in order, each counted; then one closing line
 * `N passed, N failed` summing them all, and a non-zero exit on any failure.
 *  - typecheck (tsc --noEmit over src, components, adapters, tests, scripts): one check;
 *  - format (Prettier) and lint (ESLint: typescript-eslint, Lit, no import cycles): one check each;
 *  - build: one check; then every export imported in Node (scripts/check-node-imports.mjs), one each;
 *  - Node tests (node --test, *.node.test.ts): counted from their TAP summary;
 *  - browser tests (web-test-runner in Chromium, on the built CDN bundle): counted by test/support/count-reporter.mjs;
 *  - size budgets: one check;
 *  - Storybook: `storybook build` (one check), then every built story rendered
 *    in Chromium (scripts/check-stories.mjs), counted from its summary line.
 * A suite that crashes, or whose runner exits non-zero with no failure counted
 * (a test file that failed to import), counts one failure more.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function findFiles(dir, suffix, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findFiles(path, suffix, out);
    else if (name.endsWith(suffix)) out.push(path);
  }
  return out;
}

function run(command, args, options = {}) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status ?? 1;
}

const suites = [];
// Each suite's time since the one before, so that the summary says where CI's minutes go.
let lap = Date.now();
const record = (name, passed, failed, exitCode, seconds = (Date.now() - lap) / 1000) => {
  // A runner that failed without counting a failure still failed.
  const extra = exitCode !== 0 && failed === 0 ? 1 : 0;
  lap = Date.now();
  suites.push({ name, passed, failed: failed + extra, seconds });
};

/**
 * Commands that neither read what the others write, run at once (each mostly one core's work, and CI has two), their
 * output held and printed one after the other as if they had run in turn. Resolves to each one's exit code and time.
 */
function runTogether(commands) {
  const started = Date.now();
  return Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          const output = [];
          child.stdout.on('data', (chunk) => output.push(chunk));
          child.stderr.on('data', (chunk) => output.push(chunk));
          child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
          child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
        }),
    ),
  ).then((results) => {
    results.forEach(({ output }, i) => {
      console.log(`\n▶ ${commands[i][0]} ${commands[i][1].join(' ')}`);
      process.stdout.write(Buffer.concat(output));
    });
    return results;
  });
}

// 1. Types, format, lint (a warning, a module past its size, is printed; an error fails) and the build (what the
// later suites test), together.
{
  const checks = [
    ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
    ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
    ['lint', 'npx', ['eslint', '.']],
    ['build', 'npm', ['run', '--silent', 'build']],
  ];
  const results = await runTogether(checks.map(([, command, args]) => [command, args]));
  results.forEach(({ code, seconds }, i) => record(checks[i][0], code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0, seconds));
}

// 2. Every export of the build imported in Node, as a server renderer would.
{
  const result = spawnSync('node', ['scripts/check-node-imports.mjs'], { encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  const counts = /node imports: (\d+) passed, (\d+) failed/.exec(result.stdout);
  record('node imports', Number(counts?.[1] ?? 0), Number(counts?.[2] ?? 0), result.status ?? 1);
}

// 3. Node tests.
{
  const files = ['test', 'data-adapters'].flatMap((dir) => (statSafe(dir) ? findFiles(dir, '.node.test.ts') : [])).sort();
  const tap = join(RESULTS, 'node.tap');
  const code = run('node', [
    '--import',
    'tsx',
    '--test',
    // Two files at a time even on two cores (Node's default is one fewer than the cores): many wait on child
    // processes and files, and the suite took 7 minutes of CI's 21 one at a time.
    `--test-concurrency=${Math.max(2, availableParallelism())}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = readSafe(tap);
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  record('node tests', count('pass'), count('fail') + count('cancelled'), code);
}

// 4. Browser tests, on the built CDN bundle where a test loads it as a host page would.
{
  const env = { ...process.env, SCUOLE_EUROPA_SHIPPED_BUNDLE: existsSync('dist/cdn/scuole-europa.min.js') ? 'dist/cdn' : '' };
  const code = run('npx', ['web-test-runner'], { env });
  const totals = JSON.parse(readSafe(join(RESULTS, 'browser.json')) || '{"passed":0,"failed":0}');
  record('browser tests', totals.passed, totals.failed, code);
}

// 5. Size budgets.
{
  const code = run('npm', ['run', '--silent', 'size']);
  record('size budgets', code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0);
}

// 6. Storybook: the static build, then every story rendered.
{
  const code = run('npm', ['run', '--silent', 'build:storybook']);
  record('storybook build', code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0);
  if (code === 0) {
    const result = spawnSync('node', ['scripts/check-stories.mjs'], { encoding: 'utf8' });
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    const counts = /stories: (\d+) passed, (\d+) failed/.exec(result.stdout);
    record('stories', Number(counts?.[1] ?? 0), Number(counts?.[2] ?? 0), result.status ?? 1);
  }
}

function statSafe(path) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function readSafe(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

console.log('\nSuites:');
for (const suite of suites) {
  console.log(`  ${suite.name}: ${suite.passed} passed, ${suite.failed} failed (${suite.seconds.toFixed(0)} s)`);
}
const passed = suites.reduce((sum, suite) => sum + suite.passed, 0);
const failed = suites.reduce((sum, suite) => sum + suite.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
