/**
 * The library's console warnings, counted (as Observable Plot's `warnings.js`):
 * one warning per problem, prefixed with the element's tag, and a page-wide
 * count that tests read with `consumeWarnings()` to assert that bad input warns
 * exactly as often as it should.
 */
let count = 0;

/** Writes a warning of `tag` to the console and counts it. */
export function warn(tag: string, message: string): void {
  count++;
  console.warn(`[${tag}] ${message}`);
}

/** The number of warnings since the last call, and starts counting again. */
export function consumeWarnings(): number {
  const n = count;
  count = 0;
  return n;
}
