/**
 * A page-wide cache of in-flight and finished requests. Ten callers asking for
 * the same key share one request; each caller may abort its own wait, and the
 * request itself is aborted only when every caller has given up. Failures are
 * forgotten so that a later call tries again.
 */

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

export class RequestCache {
  private readonly _entries = new Map<string, Entry>();

  /** Forgets every finished request; in-flight ones go on for their callers. */
  clear(): void {
    for (const [key, entry] of this._entries) if (entry.settled) this._entries.delete(key);
  }

  get<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    const entry = this._entries.get(key) ?? this._start(key, load);
    if (entry.settled) return entry.promise as Promise<T>;
    entry.waiters++;
    if (!signal) return entry.promise as Promise<T>;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        entry.waiters--;
        if (entry.waiters === 0 && !entry.settled) {
          entry.controller.abort(signal.reason);
          if (this._entries.get(key) === entry) this._entries.delete(key);
        }
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          resolve(value as T);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  private _start(key: string, load: (signal: AbortSignal) => Promise<unknown>): Entry {
    const controller = new AbortController();
    const entry: Entry = { controller, waiters: 0, settled: false, promise: Promise.resolve() };
    entry.promise = load(controller.signal).then(
      (value) => {
        entry.settled = true;
        return value;
      },
      (error: unknown) => {
        entry.settled = true;
        if (this._entries.get(key) === entry) this._entries.delete(key);
        throw error;
      },
    );
    // Callers that aborted no longer listen; the rejection must not surface as unhandled.
    entry.promise.catch(() => undefined);
    this._entries.set(key, entry);
    return entry;
  }
}

const SHARED_CACHE = Symbol.for('scuole-europa.request-cache/1');

/**
 * The request cache of the page: one for every element and for the loader,
 * kept on `globalThis` so that two copies of the bundle share it too.
 */
export function sharedRequestCache(): RequestCache {
  const holder = globalThis as typeof globalThis & { [SHARED_CACHE]?: RequestCache };
  return (holder[SHARED_CACHE] ??= new RequestCache());
}
