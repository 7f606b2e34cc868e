/**
 * Opens an input file as a stream of text, whatever it came as: plain or gzip
 * (recognised by its magic bytes, not its name), UTF-8 with or without a byte
 * order mark, UTF-16 with one, or Latin-1/Windows-1252 as older MIM exports are.
 * The encoding is decided byte by byte over the whole file, never from a sample
 * (see decode-text.ts); what was found is known once the stream has been read.
 * A damaged file (a gzip stream cut short or with a bad checksum, a read error)
 * fails the stream with an error that names the file and the fault.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError, type Said } from '../report/build-error.js';
import { TextDecoderStream, type EncodingFindings } from './decode-text.js';

export interface TextInput {
  path: string;
  gzip: boolean;
  /** What the decoder finds, complete once `stream` has ended. */
  findings: EncodingFindings;
  /** The decoded text, in chunks. */
  stream: Readable;
}

/** The first bytes of `path`, which say what it is (gzip, a workbook, a PDF); an unreadable file is an error that says why. */
export async function readMagic(path: string): Promise<Buffer> {
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, {
      it: `impossibile leggere il file (${error.code ?? error.message})`,
      en: `cannot read the file (${error.code ?? error.message})`,
    });
  });
  try {
    const buffer = Buffer.alloc(8);
    const { bytesRead } = await handle.read(buffer, 0, 8, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The fault of a stream, said for a data manager (zlib's codes are not). */
function faultOf(error: NodeJS.ErrnoException, gzip: boolean): Said {
  if (gzip && (error.code?.startsWith('Z_') || /unexpected end of file|incorrect header|invalid/i.test(error.message)))
    return {
      it: `file gzip danneggiato (${error.message}): comprimere di nuovo il file originale`,
      en: `damaged gzip file (${error.message}): compress the original file again`,
    };
  return { it: `lettura interrotta (${error.code ?? error.message})`, en: `reading failed (${error.code ?? error.message})` };
}

/** True when the file starts as a ZIP archive does: an XLSX workbook (or an ODS one, or another archive). */
export const isZip = (magic: Buffer) => magic.length >= 4 && magic.readUInt32LE(0) === 0x04034b50;

/**
 * What a file is when its first bytes say it is no text at all: a workbook
 * saved where a CSV was asked for is the commonest slip, and read as text its
 * bytes made an error message of garbage. (An XLSX workbook, a ZIP, is read as
 * such before it gets here: io/read-csv.ts.)
 */
function binaryKind(magic: Buffer): Said | null {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => magic[i] === byte);
  const saveAsCsv = {
    it: 'salvarlo come CSV UTF-8 (in Excel: File › Salva con nome › CSV UTF-8; in LibreOffice: File › Salva con nome › Testo CSV)',
    en: 'save it as CSV UTF-8 (in Excel: File › Save As › CSV UTF-8; in LibreOffice: File › Save As › Text CSV)',
  };
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return {
      it: `è una cartella di lavoro Excel 97-2003 (XLS), non un file CSV: ${saveAsCsv.it}`,
      en: `is an Excel 97-2003 workbook (XLS), not a CSV file: ${saveAsCsv.en}`,
    };
  if (starts(0x25, 0x50, 0x44, 0x46))
    return {
      it: 'è un documento PDF, non un file CSV: servono i dati come CSV',
      en: 'is a PDF document, not a CSV file: the data is needed as CSV',
    };
  return null;
}

/**
 * Opens `path` as decoded text (`magic`: its first bytes, when the caller has
 * read them); fails clearly for a missing or empty file, and for an old
 * workbook or a PDF.
 */
export async function openText(path: string, magic?: Buffer): Promise<TextInput> {
  magic ??= await readMagic(path);
  if (magic.length === 0) throw new InputError(path, { it: 'il file è vuoto', en: 'the file is empty' });
  const binary = binaryKind(magic);
  if (binary) throw new InputError(path, binary);
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  const decoder = new TextDecoderStream();
  const source = createReadStream(path);
  // The consumer reads `decoder`: a fault upstream reaches it as one error that names the file.
  const fail = (error: NodeJS.ErrnoException) => decoder.destroy(new InputError(path, faultOf(error, gzip), { cause: error }));
  source.on('error', fail);
  if (gzip) {
    const gunzip = createGunzip();
    gunzip.on('error', fail);
    source.pipe(gunzip).pipe(decoder);
  } else source.pipe(decoder);
  // A consumer that stops early (an error in a row) must not leave the file open.
  decoder.once('close', () => source.destroy());
  return { path, gzip, findings: decoder.findings, stream: decoder };
}
