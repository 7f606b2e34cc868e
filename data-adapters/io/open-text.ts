/**
 * Opens an input file as a stream of text, whatever it came as: plain or gzip
 * (recognised by its magic bytes, not its name), UTF-8 with or without a byte
 * order mark, or Latin-1/Windows-1252 as older MIM exports are. The encoding is
 * decided from a sample: text that is not valid UTF-8 is read as Windows-1252.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'windows-1252';

export interface TextInput {
  path: string;
  gzip: boolean;
  encoding: TextEncoding;
  /** The decoded text, in chunks. */
  stream: Readable;
}

const SAMPLE_BYTES = 256 * 1024;

async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function gunzipPrefix(sample: Buffer): Buffer {
  // The sample is a prefix of the compressed file: decompress what it holds.
  try {
    return gunzipSync(sample, { finishFlush: 2 /* Z_SYNC_FLUSH */ });
  } catch {
    return Buffer.alloc(0);
  }
}

/** True when `bytes` is valid UTF-8, ignoring a character cut at the end of the sample. */
export function isUtf8(bytes: Buffer): boolean {
  let end = bytes.length;
  // Step back over a multi-byte character that the sample may have cut.
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0xc0) {
      end -= back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** Opens `path` as decoded text; throws a clear error for a missing or empty file. */
export async function openText(path: string): Promise<TextInput> {
  const raw = await readSample(path).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${path}: cannot read the file (${error.code ?? error.message})`);
  });
  if (raw.length === 0) throw new Error(`${path}: the file is empty`);
  const gzip = raw[0] === 0x1f && raw[1] === 0x8b;
  const sample = gzip ? gunzipPrefix(raw) : raw;
  if (sample.length === 0) throw new Error(`${path}: the file is empty`);
  const encoding: TextEncoding = isUtf8(sample) ? 'utf-8' : 'windows-1252';
  const source = createReadStream(path);
  const bytes = gzip ? source.pipe(createGunzip()) : source;
  // iconv-lite strips a UTF-8 byte order mark by default.
  const stream = bytes.pipe(iconv.decodeStream(encoding)) as unknown as Readable;
  return { path, gzip, encoding, stream };
}
