/**
 * Attributes with a fixed vocabulary: a value the element does not know is
 * ignored with one console warning, and the attribute goes back to its default
 * (the vocabulary's first value, unless `defaults` names another).
 */
export function ignoreUnknown(
  element: object,
  changed: ReadonlyMap<PropertyKey, unknown>,
  choices: readonly (readonly [string, readonly string[]])[],
  warn: (message: string, key: string) => void,
  defaults: Readonly<Record<string, string>> = {},
): void {
  const values = element as Record<string, unknown>;
  for (const [key, allowed] of choices)
    if (changed.has(key) && !allowed.includes(values[key] as string)) {
      warn(`ignored ${key}=${JSON.stringify(values[key])}: use ${allowed.join(', ')}.`, key);
      values[key] = defaults[key] ?? allowed[0];
    }
}
