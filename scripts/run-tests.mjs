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
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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
const record = (name, passed, failed, exitCode) => {
  // A runner that failed without counting a failure still failed.
  const extra = exitCode !== 0 && failed === 0 ? 1 : 0;
  const seconds = (Date.now() - lap) / 1000;
  lap = Date.now();
  suites.push({ name, passed, failed: failed + extra, seconds });
};

// 1. Types.
{
  const code = run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  record('typecheck', code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0);
}

// 1b. Format and lint: a warning (a module past its size) is printed, an error fails.
for (const [name, command, args] of [
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', 'npx', ['eslint', '.']],
]) {
  const code = run(command, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0);
}

// 2. Build (what the later suites test), then every export imported in Node as a server renderer would.
{
  const code = run('npm', ['run', '--silent', 'build']);
  record('build', code === 0 ? 1 : 0, code === 0 ? 0 : 1, 0);
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
