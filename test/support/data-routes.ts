/** Browser-side helpers for the programmable data server (`data-server.mjs`). */

export interface RouteOptions {
  status?: number;
  delay?: number;
  /** Answer this many requests with `failStatus` (503) before the real answer. */
  fail?: number;
  failStatus?: number;
  /** The `Retry-After` header of those failures (seconds or an HTTP date). */
  retryAfter?: string;
  /** Answer every request with a 302 to this path of the data server (the route's own path: a loop). */
  redirect?: string;
}

let counter = 0;

/** A fresh folder on the data server, so tests never see each other's routes. */
export function freshFolder(): string {
  counter++;
  return `/t${Date.now().toString(36)}${counter}${Math.random().toString(36).slice(2, 6)}`;
}

/** Serves `body` (an object is sent as JSON) at `/__data__/serve{path}`; returns that URL. */
export async function serve(path: string, body: unknown, options: RouteOptions = {}): Promise<string> {
  const query = new URLSearchParams({ path, ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])) });
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await fetch(`/__data__/route?${query}`, { method: 'PUT', body: text });
  if (!response.ok) throw new Error(`could not register ${path}`);
  return new URL(`/__data__/serve${path}`, location.href).href;
}

/** How many requests reached `path`. */
export async function hits(path: string): Promise<number> {
  const response = await fetch(`/__data__/hits?path=${encodeURIComponent(path)}`);
  return ((await response.json()) as { hits: number }).hits;
}
