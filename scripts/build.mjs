/**
 * The whole build: bundles (rollup), type declarations (tsc), the shipped JSON
 * Schema and the custom elements manifest. Fails on the first failing step.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.build.json']);
mkdirSync('dist', { recursive: true });
copyFileSync('src/contract/contract-v1.schema.json', 'dist/contract-v1.schema.json');
run('npm', ['run', '--silent', 'analyze']);
console.log('build: dist/ and custom-elements.json written');
