/**
 * A programmable data server inside the test runner's dev server, so loader
 * tests go through the real network stack of Chromium. A test registers a route
 * (body, status, delay, failures before success) and reads how often it was hit:
 *
 *   PUT /__data__/route?path=/t1/index.json&status=200&delay=0&fail=0   (body = response)
 *   GET /__data__/serve/t1/index.json                                    (the response)
 *   GET /__data__/hits?path=/t1/index.json                               ({ "hits": n })
 *   PUT /__data__/demo?folder=/t1                                        (the demo pages' data)
 *
 * After the last, /demo-data/x is answered with /t1/x: the dashboard page
 * (demo/dashboard.html, which reads ../demo-data/) runs on the fixture contract,
 * and /demo-data/releases/<release>/x too, as the demo server of `npm start` does.
 */
const routes = new Map();
let demoFolder = null;

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function dataServerMiddleware() {
  return async function dataServer(ctx, next) {
    if (ctx.path.startsWith('/demo-data/') && demoFolder) {
      const rest = ctx.path.slice('/demo-data'.length).replace(/^\/releases\/[^/]+\//, '/');
      ctx.path = `/__data__/serve${demoFolder}${rest}`;
    }
    if (!ctx.path.startsWith('/__data__/')) return next();
    if (ctx.method === 'PUT' && ctx.path === '/__data__/demo') {
      demoFolder = ctx.query.folder;
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'PUT' && ctx.path === '/__data__/route') {
      const q = ctx.query;
      routes.set(q.path, {
        body: await readBody(ctx.req),
        status: Number(q.status ?? 200),
        delay: Number(q.delay ?? 0),
        fail: Number(q.fail ?? 0),
        failStatus: Number(q.failStatus ?? 503),
        retryAfter: q.retryAfter ?? null,
        redirect: q.redirect ?? null,
        hits: 0,
      });
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/__data__/hits') {
      ctx.body = { hits: routes.get(ctx.query.path)?.hits ?? 0 };
      return;
    }
    if (ctx.path.startsWith('/__data__/serve/')) {
      const route = routes.get(ctx.path.slice('/__data__/serve'.length));
      if (!route) {
        ctx.status = 404;
        ctx.body = 'not found';
        return;
      }
      route.hits++;
      // A redirect (to itself: a loop the browser gives up on after twenty).
      if (route.redirect !== null) {
        ctx.status = 302;
        ctx.set('Location', `/__data__/serve${route.redirect}`);
        return;
      }
      if (route.delay > 0) await new Promise((resolve) => setTimeout(resolve, route.delay));
      if (route.hits <= route.fail) {
        ctx.status = route.failStatus;
        // A failure the browser never answers from its cache: the test runner marks every file-like path cacheable
        // for a year after this middleware has run (its cacheMiddleware), and a cached 503 would hide a retry.
        ctx.set('Vary', '*');
        if (route.retryAfter !== null) ctx.set('Retry-After', route.retryAfter);
        ctx.body = 'temporarily unavailable';
        return;
      }
      ctx.status = route.status;
      ctx.type = 'application/json';
      ctx.body = route.body;
      return;
    }
    return next();
  };
}
