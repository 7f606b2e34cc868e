/**
 * One JSON download with a time limit per attempt and retries with exponential
 * backoff for failures that may pass (network errors, time-outs, HTTP 5xx).
 * A 4xx answer is final: asking again would get the same answer.
 */
import { DataError, HttpError, NetworkError, ParseError, TimeoutError } from '../errors.js';

/** The defaults live here, once, for the loader and for the elements' light paths alike. */
export interface FetchJsonOptions {
  signal: AbortSignal;
  /** Time limit of one attempt (default 20 s). */
  timeoutMs?: number;
  /** Further attempts after a network error, a time-out or an HTTP 5xx (default 2). */
  retries?: number;
  /** Wait before the first retry, doubling at each (default 400 ms). */
  retryDelayMs?: number;
  /** Default: the page's `fetch`, looked up at each call (tests replace it). */
  fetch?: typeof globalThis.fetch;
}

function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return error instanceof HttpError && error.status >= 500;
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
    if (!response.ok) throw new HttpError(url, response.status);
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
    throw new ParseError(url, (error as Error).message);
  }
}

/** Downloads and parses `url`, retrying what may pass; rejects with a `DataError` or the abort reason. */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    options.signal.throwIfAborted();
    try {
      return await attempt(url, options);
    } catch (error) {
      if (options.signal.aborted || !isRetryable(error) || tries >= (options.retries ?? 2)) throw error;
      await sleep((options.retryDelayMs ?? 400) * 2 ** tries, options.signal);
    }
  }
}
