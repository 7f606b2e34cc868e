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
