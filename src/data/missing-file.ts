/**
 * Whether a file the data may leave out (a layer's packed twin, a metric's latest year's file) is missing: HTTP 404;
 * 403, which S3 answers for a key it does not have unless listing the bucket is allowed (were the file really
 * forbidden, the file read instead says so); or a web page sent in its place (a host whose single-page fallback
 * answers every address it does not have with its home page, status 200). A module of its own: only the loader and
 * the map read it, never a badge's light path.
 */
import { HttpError, ParseError } from '../errors.js';

export function isMissingFile(error: unknown): error is HttpError | ParseError {
  return (
    (error instanceof HttpError && (error.status === 404 || error.status === 403)) || (error instanceof ParseError && error.first === '<')
  );
}
