/**
 * Attributes with a fixed vocabulary: a value the element does not know is
 * ignored with one console warning, and the attribute goes back to its default
 * (the vocabulary's first value, unless `defaults` names another). `ignored`
 * keeps each ignored value by attribute until the attribute is given a value
 * of its vocabulary, so that the element says it in itself as well
 * (src/i18n/ignored-attribute.ts): a page must not show another view than the
 * one its author wrote without a word.
 */

/** Values an attribute takes beyond its words (a map's `classes-year` takes a school year too), said as `it` or `en`. */
export interface OtherValues {
  accepts: (value: string) => boolean;
  it: string;
  en: string;
}

/** An attribute's property, its words (the first its default), and what else it takes. */
export type Choice = readonly [key: string, allowed: readonly string[], other?: OtherValues];

export function ignoreUnknown(
  element: object,
  changed: ReadonlyMap<PropertyKey, unknown>,
  choices: readonly Choice[],
  warn: (message: string, key: string) => void,
  ignored: Map<string, string>,
  defaults: Readonly<Record<string, string>> = {},
): void {
  const values = element as Record<string, unknown>;
  for (const [key, allowed, other] of choices) {
    if (!changed.has(key)) continue;
    const value = values[key];
    ignored.delete(key);
    if (typeof value === 'string' && (allowed.includes(value) || other?.accepts(value))) continue;
    // An attribute left empty asks for the default (a removed one gives it back already): no value to ignore.
    if (value) {
      warn(`ignored ${attributeName(key)}=${JSON.stringify(value)}: use ${allowed.join(', ')}${other ? ` or ${other.en}` : ''}.`, key);
      ignored.set(key, String(value));
    }
    // Set while the element updates: Lit counts it in this update, and no other follows for it.
    values[key] = defaults[key] ?? allowed[0];
  }
}

/**
 * A count attribute (`limit`): its value when a whole number of `min` or more, else null, for the element to show
 * its default and say so. `limit="dieci"` is NaN, with which a list sliced to nothing and said nothing.
 */
export function wholeNumberFrom(value: unknown, min: number): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= min ? value : null;
}

/** What was written for a count attribute that `wholeNumberFrom` refuses, else null: the attribute, since as a number `limit="dieci"` is NaN. */
export function ignoredCount(element: Element, name: string, value: unknown, min: number): string | null {
  return wholeNumberFrom(value, min) === null ? (element.getAttribute(name) ?? String(value)) : null;
}

/** The attribute of a property, as the elements name theirs: `drillLevel` is `drill-level`. */
export const attributeName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
