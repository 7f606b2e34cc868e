/**
 * Serves the single-file CDN bundle built from the sources on first request
 * (esbuild, production Lit, everything inlined as in dist/cdn), so browser tests
 * can load it as a host page would, twice if they like: each distinct URL
 * (`/__bundle__/cdn.js?copy=2`) is a separate module, i.e. a second copy.
 * The same bundle answers /dist/cdn/scuole-europa.min.js, with its integrity.json,
 * so the demo pages run in tests before (or without) `npm run build`.
 * With SCUOLE_EUROPA_SHIPPED_BUNDLE=dist/cdn (set by `npm test`, which builds
 * first), those URLs serve the built files instead: the tests run what ships.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { sri } from '../../scripts/sri.mjs';

const SHIPPED = process.env.SCUOLE_EUROPA_SHIPPED_BUNDLE;
let bundle;
const hosts = new Map();

/**
 * /__host__/react-host.js, /__host__/vue-host.js, /__host__/angular-host.js and
 * /__host__/angular-zone-host.js: the framework pages of the embedding tests (test/embedding/hosts/*.ts),
 * bundled by esbuild because React ships CommonJS only and Vue's and Angular's
 * packages expect a bundler (bare imports, many modules).
 */
function hostBundle(name) {
  if (!/^[a-z-]+$/.test(name)) return null;
  if (!hosts.has(name)) {
    hosts.set(
      name,
      build({
        entryPoints: [`test/embedding/hosts/${name}.ts`],
        bundle: true,
        format: 'esm',
        write: false,
        define: {
          'process.env.NODE_ENV': '"production"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'error',
      }).then((result) => result.outputFiles[0].text),
    );
  }
  return hosts.get(name);
}

export function bundleServerMiddleware() {
  return async function bundleServer(ctx, next) {
    const host = /^\/__host__\/([a-z-]+)\.js$/.exec(ctx.path);
    if (host) {
      ctx.type = 'text/javascript';
      ctx.body = await hostBundle(host[1]);
      return;
    }
    const paths = ['/__bundle__/cdn.js', '/dist/cdn/scuole-europa.min.js', '/dist/cdn/integrity.json'];
    // The XLSX writer the built bundle imports from beside itself on the first XLSX download (the bundle built here
    // inlines it): without it, a shipped bundle's XLSX download failed in the tests.
    const writer = ['/__bundle__/scuole-europa-xlsx.min.js', '/dist/cdn/scuole-europa-xlsx.min.js'].includes(ctx.path);
    if (!paths.includes(ctx.path) && !(writer && SHIPPED)) return next();
    ctx.set('cache-control', 'no-store');
    if (writer) {
      ctx.type = 'text/javascript';
      ctx.body = await readFile(join(SHIPPED, 'scuole-europa-xlsx.min.js'), 'utf8');
      return;
    }
    if (SHIPPED) {
      // `npm test` builds first and tests what ships: the minified bundle and its real integrity file.
      const json = ctx.path.endsWith('integrity.json');
      ctx.type = json ? 'application/json' : 'text/javascript';
      ctx.body = await readFile(join(SHIPPED, json ? 'integrity.json' : 'scuole-europa.min.js'), 'utf8');
      return;
    }
    bundle ??= build({
      entryPoints: ['src/cdn.ts'],
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
      conditions: ['production'],
      tsconfig: 'tsconfig.json',
      logLevel: 'error',
    }).then((result) => result.outputFiles[0].text);
    const text = await bundle;
    if (ctx.path.endsWith('integrity.json')) {
      ctx.type = 'application/json';
      ctx.body = { version: 'test', files: { 'scuole-europa.min.js': sri(text) } };
      return;
    }
    ctx.type = 'text/javascript';
    ctx.body = text;
  };
}
