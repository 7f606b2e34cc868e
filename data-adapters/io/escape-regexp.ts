/** `text` as a regular expression that matches it literally (valid with the `u` flag too): a file or comune name inside a pattern. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
