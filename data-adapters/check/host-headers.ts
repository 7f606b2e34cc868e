/**
 * What a host's answer must carry for the elements on another site to read
 * it, and what makes it quick, as the README's "Hosting the data" asks:
 * `Access-Control-Allow-Origin` for the page's origin (without it the browser
 * hands the element nothing, and the element says the download was blocked),
 * compression for the large files (a region shard or the search index is
 * about ten times smaller), and a JSON content type.
 */
import type { Said } from '../report/build-error.js';
import type { Answer } from './recording-fetch.js';

/** Above this size (decoded), a file sent without compression is worth a word. */
export const COMPRESS_ABOVE = 50_000;

export interface HeaderFinding {
  level: 'fail' | 'warn';
  said: Said;
}

const kb = (bytes: number, locale: 'it' | 'en') => `${Math.round(bytes / 1000).toLocaleString(locale)} KB`;

export function headerFindings(answer: Answer, origin: string): HeaderFinding[] {
  // A file read from disk has no headers to judge: the host's are checked once it is uploaded.
  if (answer.url.startsWith('file:') || answer.status !== 200) return [];
  const findings: HeaderFinding[] = [];
  const allowed = answer.headers.get('access-control-allow-origin');
  if (allowed !== '*' && allowed !== origin)
    findings.push({
      level: 'fail',
      said: {
        it: `una pagina di ${origin} non può leggerlo: il server deve inviare Access-Control-Allow-Origin: * (ora ${allowed === null ? 'assente' : JSON.stringify(allowed)})`,
        en: `a page on ${origin} cannot read it: the server must send Access-Control-Allow-Origin: * (now ${allowed === null ? 'absent' : JSON.stringify(allowed)})`,
      },
    });
  const encoding = answer.headers.get('content-encoding');
  if (answer.bytes > COMPRESS_ABOVE && !encoding)
    findings.push({
      level: 'warn',
      said: {
        it: `inviato senza compressione (${kb(answer.bytes, 'it')}): attivate gzip o brotli per i file .json`,
        en: `sent without compression (${kb(answer.bytes, 'en')}): turn on gzip or brotli for .json files`,
      },
    });
  const type = answer.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type))
    findings.push({
      level: 'warn',
      said: {
        it: `Content-Type ${type ? JSON.stringify(type) : 'assente'}: inviate application/json`,
        en: `Content-Type ${type ? JSON.stringify(type) : 'absent'}: send application/json`,
      },
    });
  return findings;
}
