/**
 * Builds the package:
 *  - the ESM entries of package.json `exports` (core, classes, data, contract and
 *    one per element, which registers its tag), dependencies left external so a
 *    host's bundler shares one Lit and one d3;
 *  - the CDN bundle: one minified file with everything inlined, every tag registered.
 * Element entries are read from package.json, so an element is added in one place.
 */
import { readFileSync } from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Source module of each `exports` subpath that has one. */
const CORE_SOURCES = {
  '.': 'src/index.ts',
  './classes': 'src/classes.ts',
  './data': 'src/data/index.ts',
  './contract': 'src/contract/index.ts',
};

export function entries() {
  const input = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.default?.startsWith('./dist/')) continue;
    const name = target.default.slice('./dist/'.length).replace(/\.js$/, '');
    input[name] = CORE_SOURCES[subpath] ?? `components/${subpath.slice(2)}/define.ts`;
  }
  return input;
}

/** The CDN file's first lines: V8's compile hint (read at the top of the file), then the licence. */
const CDN_PREAMBLE = `${COMPILE_HINT}\n/*! ${pkg.name} ${pkg.version} | EUPL-1.2 | data: ISTAT; openpolis (CC BY 4.0), MIM open data */`;

const external = Object.keys(pkg.dependencies ?? {});
const isExternal = (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`));
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

/** Production build of Lit: its dev mode warnings stay out of the bundles. */
const resolve = () => nodeResolve({ exportConditions: ['production'], browser: true });

/**
 * The CDN bundle inlines Lit: its server-safe build (the `node` export
 * condition, which differs from the browser build only in reading `document`
 * and `HTMLElement` from `globalThis` when they exist), so that importing the
 * bundle on a server does not throw; its DOM shim is replaced by an empty stub.
 */
const resolveServerSafe = () => nodeResolve({ exportConditions: ['node', 'production'], browser: false });
const LIT_DOM_SHIM = '@lit-labs/ssr-dom-shim';
const litServerSafe = () => ({
  name: 'lit-server-safe',
  resolveId: (id) => (id === LIT_DOM_SHIM ? new URL('./scripts/lit-server-dom-stub.mjs', import.meta.url).pathname : null),
});

/**
 * The XLSX writer (src/util/xlsx-writer.ts, with fflate's zip) is loaded only
 * when a table is downloaded as XLSX: in the CDN bundle it stays a file of its
 * own beside it, imported relative to it.
 */
const XLSX_WRITER = './xlsx-writer.js';
const XLSX_CDN_FILE = './scuole-europa-xlsx.min.js';
const xlsxBeside = () => ({
  name: 'xlsx-beside',
  resolveId: (id, importer) =>
    id === XLSX_WRITER && importer?.endsWith('src/util/table-xlsx.ts') ? { id: XLSX_CDN_FILE, external: true } : null,
});

/** Node built-ins and every dependency stay external in the command-line tool. */
const nodeExternal = (id) =>
  id.startsWith('node:') ||
  isExternal(id) ||
  /^(csv-parse|iconv-lite|topojson-|cli-progress|@stdlib\/|pure-rand|d3-geo-projection)/.test(id);

export default [
  {
    input: entries(),
    external: isExternal,
    plugins: [resolve(), ts(), minifyTemplates()],
    output: {
      dir: 'dist',
      format: 'esm',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
  },
  {
    input: 'src/cdn.ts',
    // The preamble, not output.banner, which terser (run on each chunk) would strip with the other comments.
    plugins: [
      xlsxBeside(),
      litServerSafe(),
      resolveServerSafe(),
      ts(),
      minifyTemplates(),
      terser({ format: { comments: false, preamble: CDN_PREAMBLE }, compress: { passes: 2 } }),
    ],
    output: {
      file: 'dist/cdn/scuole-europa.min.js',
      format: 'esm',
      // One file: the lazily loaded message catalogue is inlined too.
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  {
    // The XLSX writer beside the CDN bundle (see xlsxBeside).
    input: 'src/util/xlsx-writer.ts',
    plugins: [resolve(), ts(), terser({ format: { comments: false } })],
    output: { file: `dist/cdn/${XLSX_CDN_FILE.slice(2)}`, format: 'esm', inlineDynamicImports: true },
  },
  {
    // The data adapters' command-line tool (the package's `bin`), for Node.
    input: 'data-adapters/cli.ts',
    external: nodeExternal,
    plugins: [esbuild({ target: 'node20', tsconfig: 'tsconfig.json' })],
    output: { file: 'dist/cli/scuole-europa-data.js', format: 'esm', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
  },
];
