/**
 * A mistake in an element's attributes (as opposed to a problem with the data):
 * which attribute, and the value it had. The element turns it into a sentence
 * in the reader's language when it renders, and in English for the console.
 */
export class UsageError<What extends string = string> extends Error {
  constructor(
    readonly what: What,
    readonly value = '',
  ) {
    super(`${what}:${value}`);
  }
}
