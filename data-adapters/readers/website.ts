/**
 * A school's website as the registry writes it, made into an http(s) URL or
 * dropped, with the reason either way. Only http(s) URLs reach the contract, so
 * that every consumer (not only our elements) gets a safe link. Repairs are the
 * certain ones: a missing colon (`https//x`, 8,000+ rows of the 2025/26
 * registry), a single slash (`https:/x`), and a bare host name (`www.x.it`, most
 * rows), which gets `https://` as every Italian public body's site must serve
 * HTTPS (AgID). Anything else (another scheme such as `javascript:`, an e-mail
 * address, spaces in the host) is dropped.
 */
export type WebsiteReading =
  | { url: null; problem: null }
  | { url: string; problem: null }
  | { url: string; repair: string; problem: null }
  | { url: null; problem: string };

const NOTHING: WebsiteReading = { url: null, problem: null };

/** The URL when it is http(s) with a plausible host name (a dot, no credentials), else null. */
function httpUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !/^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/i.test(url.hostname)) return null;
  return url.href;
}

export function readWebsite(value: string | null): WebsiteReading {
  if (value === null) return NOTHING;
  const text = value.trim();
  if (text === '') return NOTHING;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return { url: null, problem: 'spaces or control characters in the address' };
  if (/^https?:\/\//i.test(text)) {
    const url = httpUrl(text);
    return url ? { url, problem: null } : { url: null, problem: 'not a valid web address' };
  }
  const missingColon = /^(https?)(\/\/|:\/)(?!\/)(.+)$/i.exec(text);
  if (missingColon) {
    const url = httpUrl(`${missingColon[1]!.toLowerCase()}://${missingColon[3]}`);
    return url
      ? { url, repair: `"${missingColon[1]!.toLowerCase()}${missingColon[2]}" made "${missingColon[1]!.toLowerCase()}://"`, problem: null }
      : { url: null, problem: 'not a valid web address' };
  }
  if (/^[a-z][a-z0-9+-]*:/i.test(text)) return { url: null, problem: 'not an http(s) address' };
  if (/^[^/]*@/.test(text)) return { url: null, problem: 'an e-mail address, not a website' };
  const url = httpUrl(`https://${text}`);
  return url ? { url, repair: 'bare host name: https:// added', problem: null } : { url: null, problem: 'not a valid web address' };
}
