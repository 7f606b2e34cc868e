/**
 * The fetch the release check reads a release with: as a browser on another
 * site asks (an `Origin`, and the compressions it accepts), keeping each
 * answer's status and headers for the host's checks; and for a release on
 * disk (a `file:` address, before it is uploaded), the files themselves,
 * with no headers to judge.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** What a host answered for one address. */
export interface Answer {
  url: string;
  status: number;
  headers: Headers;
  /** The body's size once decoded (bytes). */
  bytes: number;
}

export interface RecordingFetch {
  fetch: typeof globalThis.fetch;
  /** Every answer, in the order they came. */
  answers: Answer[];
}

export function recordingFetch(origin: string): RecordingFetch {
  const answers: Answer[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.startsWith('file:')) return fileAnswer(url, answers);
    const headers = new Headers(init?.headers);
    headers.set('Origin', origin);
    headers.set('Accept-Encoding', 'gzip, deflate, br');
    const response = await globalThis.fetch(url, { ...init, headers });
    // The body read here, so that its size is known; the loader reads the copy.
    const body = await response.arrayBuffer();
    answers.push({ url, status: response.status, headers: response.headers, bytes: body.byteLength });
    return new Response(response.status === 204 || response.status === 304 ? null : body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetch, answers };
}

async function fileAnswer(url: string, answers: Answer[]): Promise<Response> {
  try {
    const body = await readFile(fileURLToPath(url));
    answers.push({ url, status: 200, headers: new Headers(), bytes: body.byteLength });
    return new Response(body, { status: 200 });
  } catch {
    answers.push({ url, status: 404, headers: new Headers(), bytes: 0 });
    return new Response(null, { status: 404 });
  }
}
