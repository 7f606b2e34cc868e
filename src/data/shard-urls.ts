import { laidOut } from '../contract/file-layout.js';

/** Resolves the URL templates of the index (`{region}`, `{code}`) against the index URL. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>, base: string): string {
  const filled = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : encodeURIComponent(value);
  });
  return new URL(filled, base).href;
}

/** An absolute URL for `src`, relative to the page when there is one. */
export function absoluteUrl(src: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  return new URL(src, base).href;
}

/**
 * The address a file has in the data tools' layout (a template of
 * src/contract/file-layout.ts) beside the index at `src`, or null when `src`
 * is not an `index.json` (or no address at all): what an element asks for
 * while its index is on its way, used only if the index names the same.
 */
export function layoutUrl(src: string, template: string, values: Readonly<Record<string, string>>): string | null {
  try {
    const index = absoluteUrl(src);
    return laidOut(index) ? fillTemplate(template, values, index) : null;
  } catch {
    // An address the loader will refuse with its own error.
    return null;
  }
}
