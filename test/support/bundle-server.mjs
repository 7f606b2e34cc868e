/**
 * Serves the single-file CDN bundle built from the sources on first request
 * (esbuild, production Lit, everything inlined as in dist/cdn), so browser tests
 * can load it as a host page would, twice if they like: each distinct URL
 * (`/__bundle__/cdn.js?copy=2`) is a separate module, i.e. a second copy.
 */
import { build } from 'esbuild';

let bundle;

export function bundleServerMiddleware() {
  return async function bundleServer(ctx, next) {
    if (ctx.path !== '/__bundle__/cdn.js') return next();
    bundle ??= build({ entryPoints: ['src/cdn.ts'], bundle: true, format: 'esm', write: false, minify: true, conditions: ['production'], tsconfig: 'tsconfig.json', logLevel: 'error' }).then((result) => result.outputFiles[0].text);
    ctx.type = 'text/javascript';
    ctx.set('cache-control', 'no-store');
    ctx.body = await bundle;
  };
}
