/**
 * What the demo data host of `npm start` does beyond serving files, as a real
 * data host should (README, "Hosting the data"):
 *  - releases: /demo-data/releases/<current release>/x answers /demo-data/x,
 *    and any other release is gone (404), as on a host that pruned it;
 *  - CORS: `Access-Control-Allow-Origin: *` on the data and the bundles, so
 *    that a page on another origin can embed the elements and read the data;
 *  - compression: gzip or brotli as the browser accepts them (koa-compress),
 *    so that the region shards and the search index travel at about a tenth.
 */
import compress from 'koa-compress';
import { constants } from 'node:zlib';

/** `currentRelease()` reads the release of the data being served (null: none built). */
export function releases(currentRelease) {
  return (ctx, next) => {
    const match = /^\/demo-data\/releases\/([^/]+)\/(.*)$/.exec(ctx.path);
    if (match) {
      if (decodeURIComponent(match[1]) !== currentRelease()) {
        ctx.status = 404;
        return;
      }
      ctx.url = `/demo-data/${match[2]}`;
    }
    return next();
  };
}

/** The paths another origin may read: the data contract and the built bundles. */
const SHARED = /^\/(demo-data|dist)\//;

export function cors() {
  return async (ctx, next) => {
    if (SHARED.test(ctx.path)) {
      ctx.set('Access-Control-Allow-Origin', '*');
    }
    await next();
  };
}

export function compression() {
  return compress({
    threshold: 1024,
    gzip: { level: 6 },
    br: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    deflate: false,
  });
}
