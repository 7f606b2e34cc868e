/**
 * One JSON download with a time limit and retries with exponential backoff for
 * failures that may pass (network errors, HTTP 5xx and 429), waiting what the
 * server's `Retry-After` asks when it is short. A 4xx answer is final: asking
 * again would get the same answer. A time-out is final too: a host that
 * stalled once stalls again, and the reader waits the time limit once (the
 * message says how long), not three times.
 */
import { DataError, HttpError, NetworkError, ParseError, TimeoutError } from '../errors.js';

/** The defaults live here, once, for the loader and for the elements' light paths alike. */
export interface FetchJsonOptions {
  signal: AbortSignal;
  /** Time limit of one attempt (default 20 s). */
  timeoutMs?: number;
  /** Further attempts after a network error, an HTTP 5xx or 429 (default 2). */
  retries?: number;
  /** Wait before the first retry, doubling at each (default 400 ms). */
  retryDelayMs?: number;
  /** Default: the page's `fetch`, looked up at each call (tests replace it). */
  fetch?: typeof globalThis.fetch;
}

/** The longest `Retry-After` worth waiting for: beyond it, the reader gets the error (and its Riprova button) at once. */
const MAX_RETRY_AFTER_MS = 10_000;

function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  if (!(error instanceof HttpError) || (error.status < 500 && error.status !== 429)) return false;
  return (error.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS;
}

/** `Retry-After` in milliseconds: seconds, or an HTTP date (undefined when absent or unreadable). */
function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.max(0, ms) : undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    // The signal lives as long as the request: do not leave a listener per retry on it.
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

async function attempt(url: string, { signal, timeoutMs = 20_000, fetch = globalThis.fetch }: FetchJsonOptions): Promise<unknown> {
  // The caller's abort and this attempt's time limit, as one signal.
  const limited = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  let text: string;
  try {
    const response = await fetch(url, { signal: limited, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new HttpError(url, response.status, retryAfter(response.headers.get('Retry-After')));
    text = await response.text();
  } catch (error) {
    // Every failure of the transfer (headers or body) is classified the same way.
    if (signal.aborted) throw signal.reason;
    if (limited.aborted) throw new TimeoutError(url, timeoutMs);
    throw error instanceof DataError ? error : new NetworkError(url, error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // What came instead tells why (src/i18n/error-text.ts): a web page, a compressed file not said to be.
    throw new ParseError(url, (error as Error).message, text.trimStart()[0] ?? '');
  }
}

/**
 * After a network error: does `url` answer with a redirect? Then the error came
 * from following it (a redirect loop, or a redirect to a dead host), which
 * asking again would only repeat, twenty requests at a time.
 */
async function redirects(url: string, { signal, fetch = globalThis.fetch }: FetchJsonOptions): Promise<boolean> {
  const response = await fetch(url, { signal, redirect: 'manual' }).catch(() => null);
  return response?.type === 'opaqueredirect';
}

/** Downloads and parses `url`, retrying what may pass; rejects with a `DataError` or the abort reason. */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    options.signal.throwIfAborted();
    try {
      return await attempt(url, options);
    } catch (error) {
      if (options.signal.aborted || !isRetryable(error) || tries >= (options.retries ?? 2)) throw error;
      if (error instanceof NetworkError && (await redirects(url, options))) throw error;
      const asked = error instanceof HttpError ? error.retryAfterMs : undefined;
      await sleep(asked ?? (options.retryDelayMs ?? 400) * 2 ** tries, options.signal);
    }
  }
}
