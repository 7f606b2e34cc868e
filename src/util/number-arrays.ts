/**
 * Arrays the validator found to hold numbers only (or nulls): sealing a
 * document (deep-freeze.ts) then freezes them without visiting their items,
 * since no text to isolate and no object to seal can be inside. A national
 * area file's columns are ~190,000 such items, walked one by one at a first
 * picture before V8 has optimised anything. The fact holds while the array is
 * not changed: the loader seals a document right after validating it.
 */
const numbersOnly = new WeakSet<readonly unknown[]>();

/** Records that `list` holds numbers (or nulls) only. */
export function markNumbersOnly(list: readonly unknown[]): void {
  numbersOnly.add(list);
}

/** Whether the validator found `value` to hold numbers (or nulls) only. */
export function isNumbersOnly(value: object): boolean {
  return numbersOnly.has(value as readonly unknown[]);
}
