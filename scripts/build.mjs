/**
 * The whole build: bundles (rollup), type declarations (tsc), the shipped JSON
 * Schema and the custom elements manifest. Fails on the first failing step.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { COMPILE_HINT } from './compile-hint.mjs';
import { sri } from './sri.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist', { recursive: true });
copyFileSync('src/contract/contract-v1.schema.json', 'dist/contract-v1.schema.json');
run('npm', ['run', '--silent', 'analyze']);
run('node', ['scripts/theming-doc.mjs', '--check']);

// The Subresource Integrity hash of the CDN bundle, for `<script integrity>`: the
// README says where to read it, and <embed-snippet> writes it into its snippets.
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const bundle = 'scuole-europa.min.js';
const code = readFileSync(`dist/cdn/${bundle}`);
// V8 looks for its compile hint at the top of the file; a minifier change could drop it silently.
if (!code.toString('utf8', 0, 200).startsWith(`${COMPILE_HINT}\n`))
  throw new Error(`build: dist/cdn/${bundle} does not start with ${COMPILE_HINT}`);
const integrity = sri(code);
// The XLSX writer the bundle imports from beside itself on a first XLSX download: its hash too, for a host whose import
// map holds the integrity of every script the page runs.
const writer = 'scuole-europa-xlsx.min.js';
const files = { [bundle]: integrity, [writer]: sri(readFileSync(`dist/cdn/${writer}`)) };
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify({ version, files }, null, 2)}\n`);
console.log(`build: dist/cdn/${bundle} ${version} ${integrity}`);
console.log('build: dist/ and custom-elements.json written');
