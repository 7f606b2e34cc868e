/**
 * Typed errors of the data layer. Every error has a stable `code` that elements
 * switch on (across two copies of the bundle `instanceof` fails, `code` does
 * not), the URL involved, and the facts behind it. Its Italian and English
 * texts come from a catalogue that is downloaded only when something fails
 * (`i18n/error-text.ts`, attached by `localizeError`): the success path of every
 * element stays light. `message` is a short English text for consoles.
 */
import type { ContractIssue, LocalizedText } from './contract/contract.types.js';
import type { RawIssue } from './contract/schema-dsl.js';

export const DATA_ERROR_CODES = ['network', 'timeout', 'http', 'parse', 'version', 'schema', 'not-found'] as const;
export type DataErrorCode = (typeof DATA_ERROR_CODES)[number];

export abstract class DataError extends Error {
  abstract readonly code: DataErrorCode;
  /** The message in both languages, once `localizeError` has run (the loader always runs it). */
  text: LocalizedText | undefined;

  constructor(
    message: string,
    /** The URL of the document, when the error comes from one. */
    readonly url?: string,
    options?: { cause?: unknown },
  ) {
    // A terse English message until `localizeError` replaces it with the full text.
    super(url ? `${message} (${url})` : message, options);
  }

  /** The message in the given language (English console text until localized). */
  localizedMessage(lang: 'it' | 'en'): string {
    return this.text?.[lang] ?? this.message;
  }

  /** True when the requested thing does not exist (unknown code, HTTP 404 or 410). */
  get notFound(): boolean {
    const status = (this as Partial<HttpError>).status;
    return this.code === 'not-found' || status === 404 || status === 410;
  }
}

/** The request never got an HTTP response (offline, DNS, CORS, connection reset). */
export class NetworkError extends DataError {
  readonly code = 'network';
  constructor(url: string, cause?: unknown) {
    super('Network error', url, { cause });
    this.name = 'NetworkError';
  }
}

/** No response within the loader's time limit. */
export class TimeoutError extends DataError {
  readonly code = 'timeout';
  constructor(
    url: string,
    readonly timeoutMs: number,
  ) {
    super('Timeout', url);
    this.name = 'TimeoutError';
  }
}

/** The server answered with an error status. */
export class HttpError extends DataError {
  readonly code = 'http';
  constructor(
    url: string,
    readonly status: number,
    /** The server's `Retry-After`, in milliseconds, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`, url);
    this.name = 'HttpError';
  }
}

/** The response is not JSON. */
export class ParseError extends DataError {
  readonly code = 'parse';
  constructor(
    url: string | undefined,
    readonly detail: string,
    /**
     * The first character that came, white space aside: `<` for a web page (a wrong address, or a site that answers
     * every unknown address with its home page), \x1f for a gzip file sent without its Content-Encoding, none (an
     * empty string) for an empty file, as an upload that failed leaves.
     */
    readonly first?: string,
  ) {
    super('Not JSON', url);
    this.name = 'ParseError';
  }
}

/** The document is of another major version of the contract (or of no contract at all). */
export class ContractVersionError extends DataError {
  readonly code = 'version';
  constructor(
    url: string | undefined,
    readonly found: string,
    readonly supported: string,
  ) {
    super(`Contract version ${found}`, url);
    this.name = 'ContractVersionError';
  }
}

/**
 * The document does not match the contract. `issues` lists the problems found
 * (up to a cap), each with its JSON path, what was expected and what was found;
 * it is filled in by `localizeError` (the loader always calls it) from `raw`.
 */
export class SchemaError extends DataError {
  readonly code = 'schema';
  issues: readonly ContractIssue[] = [];
  constructor(
    url: string | undefined,
    readonly raw: readonly RawIssue[],
    readonly truncated = false,
  ) {
    super('Contract violation', url);
    this.name = 'SchemaError';
  }
}

/** The contract has no such area or school, or the code is malformed. */
export class NotFoundError extends DataError {
  readonly code = 'not-found';
  constructor(
    readonly what: 'region' | 'province' | 'comune' | 'school' | 'geometry' | 'search' | 'survey',
    readonly key: string,
    url?: string,
    /** What a single-region bundle holds instead (its regions' names and codes), for its message. */
    readonly held?: readonly string[],
  ) {
    super(`No ${what} ${JSON.stringify(key.slice(0, 40))}`, url);
    this.name = 'NotFoundError';
  }
}

/** Every concrete data error: narrowing on `code` gives each one's facts (see `error-facts.ts`). */
export type AnyDataError = NetworkError | TimeoutError | HttpError | ParseError | ContractVersionError | SchemaError | NotFoundError;

/** True for any error of this module, even one thrown by another copy of the bundle. */
export function isDataError(error: unknown): error is DataError {
  return error instanceof Error && typeof (error as Partial<DataError>).localizedMessage === 'function' && 'code' in error;
}

/**
 * Attaches the Italian and English texts to a data error, downloading the
 * catalogue of messages the first time. Returns the same error.
 */
export async function localizeError<E extends DataError>(error: E): Promise<E> {
  if (!error.text) {
    const { errorText } = await import('./i18n/error-text.js');
    // errorText also fills in the readable issues of a schema error.
    error.text = errorText(error as AnyDataError);
    error.message = error.text.en;
  }
  return error;
}

/** Runs `work`; a data error it throws leaves with its Italian and English texts (any other error as it is). */
export async function withLocalizedErrors<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw isDataError(error) ? await localizeError(error) : error;
  }
}
