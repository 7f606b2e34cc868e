/**
 * Seals a validated document so that no element can change what another
 * element on the page reads from the shared cache. `skip` names keys whose
 * values are left as they are (TopoJSON arcs: hundreds of thousands of tiny
 * arrays that nobody should touch, and freezing them costs more than it saves).
 * On the same walk, text that could reorder what is written around it is
 * isolated for display (src/util/bidi.ts): every element, download and
 * picture then shows it safely.
 */
import { isolateBidi } from './bidi.js';
import { isNumbersOnly } from './number-arrays.js';

/** The keys the loader leaves as they are: TopoJSON's arcs (positions, and a feature's arc indices), numbers only. */
export const TOPOJSON_ARCS: ReadonlySet<string> = new Set(['arcs']);

export function deepFreeze<T>(value: T, skip: ReadonlySet<string> = new Set()): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // An array the validator found to hold numbers only: nothing inside to isolate or seal.
  if (isNumbersOnly(value)) return Object.freeze(value);
  const node = value as Record<string | number, unknown>;
  // An array by its indices, in a counted loop: iterating `keys()` cost ~150 ns
  // an item before V8 optimised it, 15 ms for the ~95,000 numbers of a national
  // area file's values (Node, cold, as at a first picture); 3 to 4 times the
  // whole walk in Chromium.
  const keys = Array.isArray(value) ? null : Object.keys(node);
  const count = keys ? keys.length : (value as unknown[]).length;
  for (let k = 0; k < count; k++) {
    const key = keys ? keys[k]! : k;
    if (keys && skip.has(key as string)) continue;
    const item = node[key];
    if (typeof item === 'string') {
      const isolated = isolateBidi(item);
      if (isolated !== item) node[key] = isolated;
    } else if (typeof item === 'object') deepFreeze(item, skip);
  }
  return Object.freeze(value);
}
