/**
 * Freezes a validated document so that no element can change what another
 * element on the page reads from the shared cache. `skip` names keys whose
 * values are left as they are (TopoJSON arcs: hundreds of thousands of tiny
 * arrays that nobody should touch, and freezing them costs more than it saves).
 */
export function deepFreeze<T>(value: T, skip: ReadonlySet<string> = new Set()): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) deepFreeze(item, skip);
  } else {
    for (const [key, item] of Object.entries(value)) if (!skip.has(key)) deepFreeze(item, skip);
  }
  return value;
}
