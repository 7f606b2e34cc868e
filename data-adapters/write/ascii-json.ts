/**
 * A document's JSON text with every character beyond ASCII written as a `\u`
 * escape: the same document once parsed, in plain ASCII bytes. Why: a browser
 * turns a body that holds one character beyond Latin-1 (the "≤" of a
 * shadow-zone reason, a Slovene "Š") into a two-byte string, slower to decode
 * and to parse; the national comuni area file (1 MB) reached the page as text
 * in ~109 ms instead of ~168 in Chromium, parsed the same. The few accented
 * names cost a handful of bytes more.
 */
const BEYOND_ASCII = /[\u0080-\uffff]/g;

/** One UTF-16 unit as a JSON (and JavaScript) escape: "Š" → `\\u0160`. */
export const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function asciiJson(value: unknown): string {
  // JSON's own syntax is ASCII, so whatever lies beyond it is inside a string, where an escape means the same.
  // A character outside the BMP is two UTF-16 units, each escaped: "\ud83d\ude00" is valid JSON for it.
  return JSON.stringify(value).replace(BEYOND_ASCII, unicodeEscape);
}
