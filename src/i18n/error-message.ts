import type { Language } from '../contract/vocabulary.js';
import { isDataError } from '../errors.js';

/** What an element shows (or logs) for any error: a data error's text in the language, else the error's own message. */
export function errorMessage(error: unknown, lang: Language): string {
  return isDataError(error) ? error.localizedMessage(lang) : String((error as Error | null)?.message ?? error);
}
