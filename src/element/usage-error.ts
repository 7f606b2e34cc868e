/**
 * A mistake in an element's attributes (as opposed to a problem with the data):
 * which attribute (`what`), the value it had, and a hint (what the data offers
 * instead, say). The element turns it into a sentence of its `*.messages.ts`
 * (`usage[what]`), in the reader's language on screen and in English in the
 * console. One class for every element of the library.
 */
export class UsageError<What extends string = string> extends Error {
  constructor(
    readonly what: What,
    readonly value = '',
    readonly hint = '',
  ) {
    super(`${what}:${value}`);
    this.name = 'UsageError';
  }
}

/** True for a usage error, even one thrown by another copy of the bundle. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof Error && error.name === 'UsageError' && typeof (error as Partial<UsageError>).what === 'string';
}
