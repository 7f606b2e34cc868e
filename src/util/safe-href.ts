/**
 * A URL for a link, or null when it is not http(s): data never becomes a
 * `javascript:` link. A bare domain from the data ("www.scuola.edu.it") is a
 * website; anything else is resolved against the page, as a link would be.
 */
export function safeHref(url: string | null | undefined, bareDomain = false): string | null {
  if (!url) return null;
  const candidate = bareDomain && !/^[a-z][a-z0-9+.-]*:/i.test(url) ? `https://${url}` : url;
  try {
    const parsed = new URL(candidate, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
