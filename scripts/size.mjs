/**
 * Prints the gzip size of each package entry bundled alone (with Lit, d3 and
 * everything else it imports, minified as a CDN would serve it) and of the CDN
 * bundle, and fails when one exceeds its budget in size-budgets.json. A budget
 * "onTopOf" a library counts the bytes the entry adds to it; one "besides" an
 * entry of the package leaves that entry's modules out (the page-wide loader).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { budgets } = JSON.parse(readFileSync('size-budgets.json', 'utf8'));

/**
 * The entry alone, as a page downloads it on the success path: chunks loaded
 * with `import()` (the error-message catalogue) are fetched only when needed
 * and are reported on their own row.
 */
async function bundleAlone(source, onTopOf, besides) {
  const virtual = '\0size-entry';
  const shared = besides ? await modulesOf(besides) : new Set();
  const bundle = await rollup({
    input: onTopOf ? virtual : source,
    // "Besides" a shared entry: its modules are left out, as a page that already loads it would.
    external: (id, importer, resolved) => resolved && shared.has(id),
    plugins: [
      // "On top of" a library: both in one bundle, so shared compression is counted fairly.
      {
        name: 'size-entry',
        resolveId: (id) => (id === virtual ? id : null),
        load: (id) =>
          id === virtual ? `export * from ${JSON.stringify(onTopOf)};\nexport * from ${JSON.stringify(`./${source}`)};` : null,
      },
      nodeResolve({ exportConditions: ['production'], browser: true }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
      minifyTemplates(),
      terser({ format: { comments: false } }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'esm' });
  await bundle.close();
  // What the page downloads at once: the entry and every chunk it imports statically.
  // The rest comes with `import()`, only when needed.
  const chunks = new Map(output.filter((chunk) => chunk.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set();
  const visit = (chunk) => {
    if (eager.has(chunk)) return;
    eager.add(chunk);
    // External modules (left out with "besides") are not chunks of this bundle.
    for (const file of chunk.imports) if (chunks.has(file)) visit(chunks.get(file));
  };
  visit([...chunks.values()].find((chunk) => chunk.isEntry));
  const lazy = [...chunks.values()].filter((chunk) => !eager.has(chunk));
  return {
    code: [...eager].map((chunk) => chunk.code).join('\n'),
    lazy: lazy.map((chunk) => ({
      name: chunk.facadeModuleId ? relative(process.cwd(), chunk.facadeModuleId) : chunk.name,
      code: chunk.code,
    })),
  };
}

/** The resolved module ids an entry of the package bundles (with its lazy chunks). */
async function modulesOf(subpath) {
  const bundle = await rollup({
    input: budgets[subpath].source,
    plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    onwarn: () => undefined,
  });
  const ids = new Set(bundle.cache.modules.map((m) => m.id));
  await bundle.close();
  return ids;
}

const missing = Object.entries(pkg.exports)
  .filter(([subpath, target]) => (typeof target === 'object' || subpath === './cdn') && !budgets[subpath])
  .map(([subpath]) => subpath);

const gzip = (code) => gzipSync(code, { level: 9 }).length / 1000;
const baselines = new Map();
async function baseline(library) {
  if (!baselines.has(library)) {
    const bundle = await rollup({
      input: library,
      plugins: [nodeResolve({ exportConditions: ['production'], browser: true }), terser({ format: { comments: false } })],
      onwarn: () => undefined,
    });
    const { output } = await bundle.generate({ format: 'esm' });
    baselines.set(library, gzip(output[0].code));
  }
  return baselines.get(library);
}

const rows = [];
let failed = missing.length;
for (const [entry, budget] of Object.entries(budgets)) {
  const { code, lazy } = budget.file
    ? { code: readFileSync(budget.file, 'utf8'), lazy: [] }
    : await bundleAlone(budget.source, budget.onTopOf, budget.besides);
  const gzipKB = gzip(code) - (budget.onTopOf ? await baseline(budget.onTopOf) : 0);
  for (const chunk of lazy) {
    rows.push({
      entry: `${entry} (lazy: ${chunk.name})`,
      'min KB': (chunk.code.length / 1000).toFixed(1),
      'gzip KB': (gzipSync(chunk.code, { level: 9 }).length / 1000).toFixed(2),
      'budget KB': '-',
      ok: '-',
      what: chunk.name.includes('error-text') ? 'loaded only when an error is shown' : 'loaded on demand',
    });
  }
  const ok = gzipKB <= budget.gzipKB;
  if (!ok) failed++;
  rows.push({
    entry: budget.onTopOf ? `${entry} (on top of ${budget.onTopOf})` : budget.besides ? `${entry} (besides ${budget.besides})` : entry,
    'min KB': (code.length / 1000).toFixed(1),
    'gzip KB': gzipKB.toFixed(2),
    'budget KB': budget.gzipKB,
    ok: ok ? 'yes' : 'OVER',
    what: budget.what,
  });
}
console.table(rows);
for (const subpath of missing) console.error(`size: no budget for the package export "${subpath}" in size-budgets.json`);
if (failed > 0) {
  console.error(`size: ${failed} entr${failed === 1 ? 'y' : 'ies'} over budget or without one`);
  process.exit(1);
}
console.log('size: every entry within its budget');
