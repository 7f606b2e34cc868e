/**
 * Every JavaScript export of package.json, imported in Node as a server-side
 * renderer (Next.js, Astro, Nuxt) would: by the package's own name, each in a
 * fresh process (so that what one entry puts on `globalThis` cannot hide
 * another's fault), and kept alive a moment so that work an entry schedules at
 * load (timers) fails here too. Run after the build: it tests what ships.
 * Prints `node imports: N passed, N failed`; exits non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.entries(pkg.exports)
  .filter(([, target]) => (typeof target === 'string' ? target : target.default).endsWith('.js'))
  .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));

const probe = (specifier) => `
  const module = await import(${JSON.stringify(specifier)});
  if (Object.keys(module).length === 0) throw new Error('no exports');
  await new Promise((resolve) => setTimeout(resolve, 200));
`;

let passed = 0;
let failed = 0;
for (const specifier of subpaths) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe(specifier)], { encoding: 'utf8', timeout: 30_000 });
  if (result.status === 0) {
    passed++;
    console.log(`  ✔ import '${specifier}' in Node`);
  } else {
    failed++;
    const output = (result.stderr || result.stdout).trim().split('\n');
    // A minified bundle's line is one very long line: its first characters are enough.
    console.log(`  ✖ import '${specifier}' in Node\n${output.map((line) => line.slice(0, 300)).join('\n')}`);
  }
}
console.log(`node imports: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
