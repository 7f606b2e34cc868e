/**
 * Decodes an input's bytes as text without ever guessing for the whole file from
 * a part of it. Every byte sequence that is valid UTF-8 is read as UTF-8; every
 * byte that is not (a Latin-1 or Windows-1252 accent, as older MIM exports
 * write them) is read as Windows-1252, and its line is recorded. The check that
 * keeps this fast: a run of whole lines that is valid UTF-8 (nearly always all
 * of them) is decoded in one go; only the lines around a stray byte are walked
 * byte by byte. The result says what was found, for the build report: UTF-8,
 * Windows-1252, or a mix, with the lines that were not UTF-8.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { Transform, type TransformCallback } from 'node:stream';
import type { Said } from '../report/build-error.js';

/** Lines listed by number in the report, at most. */
const LISTED_LINES = 20;

/** The five bytes Windows-1252 leaves undefined: WHATWG maps them to C1 controls, which no registry means. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
/**
 * Every byte read as Windows-1252, by iconv-lite: Node's own
 * `TextDecoder('windows-1252')` reads 0x80 to 0x9F as Latin-1 C1 controls
 * since 20.18.3 and 22.13.0 (nodejs/node#60888), so "’" (0x92) became U+0092.
 */
const CP1252: readonly string[] = Array.from({ length: 256 }, (_, byte) =>
  UNDEFINED_1252.has(byte) ? '\uFFFD' : iconv.decode(Buffer.of(byte), 'win1252'),
);

/** Characters U+0080 to U+009F: C1 controls, which no name or text means. */
export const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * Text that reached us as Unicode but holds C1 controls (U+0080 to U+009F):
 * somebody upstream read Windows-1252 bytes as Latin-1, so "Š" (byte 0x8A)
 * became U+008A. Each is read back as its Windows-1252 character; the five
 * bytes Windows-1252 leaves undefined become U+FFFD. Returns the text itself
 * when there is nothing to repair; the caller reports a repair (it changes a
 * value).
 */
export function repairC1Controls(text: string): string {
  return text.replace(C1_CONTROLS, (c) => CP1252[c.charCodeAt(0)]!);
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
export function utf8SequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const inRange = (at: number, low: number, high: number) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  if (b0 >= 0xc2 && b0 <= 0xdf) return inRange(i + 1, 0x80, 0xbf) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const low = b0 === 0xe0 ? 0xa0 : 0x80;
    const high = b0 === 0xed ? 0x9f : 0xbf;
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const low = b0 === 0xf0 ? 0x90 : 0x80;
    const high = b0 === 0xf4 ? 0x8f : 0xbf;
    return inRange(i + 1, low, high) && inRange(i + 2, 0x80, 0xbf) && inRange(i + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** What the decoder found in one file. */
export class EncodingFindings {
  /** Lines seen so far (1-based number of the line being read). */
  lines = 0;
  /** Whether any valid multi-byte UTF-8 character was read. */
  utf8Characters = false;
  /** Bytes that are not UTF-8, read as Windows-1252, and the lines that hold them. */
  windows1252Bytes = 0;
  windows1252Lines = 0;
  readonly windows1252Examples: number[] = [];
  /** Bytes that mean nothing in either encoding (read as U+FFFD), and their lines. */
  undefinedBytes = 0;
  readonly undefinedExamples: number[] = [];
  byteOrderMark: 'utf-8' | 'utf-16le' | 'utf-16be' | null = null;

  /** The encoding as the report names it. */
  get label(): string {
    if (this.byteOrderMark?.startsWith('utf-16')) return this.byteOrderMark;
    if (this.windows1252Bytes === 0) return 'utf-8';
    return this.utf8Characters ? 'utf-8 + windows-1252' : 'windows-1252';
  }

  /** Why, in a sentence (null when there is nothing to say: plain UTF-8). */
  get note(): Said | null {
    const lines = (examples: number[], count: number) => `${examples.join(', ')}${count > examples.length ? ` … (${count})` : ''}`;
    const parts: Said[] = [];
    if (this.byteOrderMark?.startsWith('utf-16'))
      parts.push({ it: `codifica ${this.byteOrderMark} (dal byte order mark)`, en: `${this.byteOrderMark} (from its byte order mark)` });
    else if (this.windows1252Bytes > 0 && this.utf8Characters)
      parts.push({
        it: `testo UTF-8 con ${this.windows1252Bytes} byte non UTF-8, letti come Windows-1252, alle righe ${lines(this.windows1252Examples, this.windows1252Lines)}: controllare quei nomi`,
        en: `UTF-8 text with ${this.windows1252Bytes} bytes that are not UTF-8, read as Windows-1252, on lines ${lines(this.windows1252Examples, this.windows1252Lines)}: check those names`,
      });
    else if (this.windows1252Bytes > 0)
      parts.push({
        it: `Windows-1252 (Latin-1): ${this.windows1252Lines} righe hanno byte non UTF-8 (la prima alla riga ${this.windows1252Examples[0]}) e nessuna riga ha caratteri UTF-8`,
        en: `Windows-1252 (Latin-1): ${this.windows1252Lines} lines hold bytes that are not UTF-8 (the first on line ${this.windows1252Examples[0]}) and no line holds a UTF-8 character`,
      });
    if (this.undefinedBytes > 0)
      parts.push({
        it: `${this.undefinedBytes} byte senza significato né in UTF-8 né in Windows-1252, mostrati come U+FFFD, alle righe ${lines(this.undefinedExamples, this.undefinedBytes)}`,
        en: `${this.undefinedBytes} bytes that mean nothing in UTF-8 or Windows-1252, shown as U+FFFD, on lines ${lines(this.undefinedExamples, this.undefinedBytes)}`,
      });
    if (parts.length === 0) return null;
    return { it: parts.map((p) => p.it).join('; '), en: parts.map((p) => p.en).join('; ') };
  }

  recordWindows1252(line: number, bytes: number): void {
    this.windows1252Bytes += bytes;
    this.windows1252Lines++;
    if (this.windows1252Examples.length < LISTED_LINES) this.windows1252Examples.push(line);
  }

  recordUndefined(line: number): void {
    this.undefinedBytes++;
    if (this.undefinedExamples.length < LISTED_LINES && this.undefinedExamples.at(-1) !== line) this.undefinedExamples.push(line);
  }
}

/** Decodes one line that is not valid UTF-8 as a whole: its UTF-8 sequences as UTF-8, every other byte as Windows-1252. */
function decodeMixedLine(bytes: Buffer, findings: EncodingFindings, line: number): string {
  let text = '';
  let runStart = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length;) {
    const length = utf8SequenceLength(bytes, i);
    if (length > 0) {
      if (length > 1) findings.utf8Characters = true;
      i += length;
      continue;
    }
    const byte = bytes[i]!;
    text += bytes.toString('utf8', runStart, i) + CP1252[byte]!;
    if (UNDEFINED_1252.has(byte)) findings.recordUndefined(line);
    else stray++;
    i++;
    runStart = i;
  }
  if (stray > 0) findings.recordWindows1252(line, stray);
  return text + bytes.toString('utf8', runStart);
}

/** Counts the line feeds in `bytes`. */
function countLines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++;
  return count;
}

/** A transform from the bytes of a file to its text, recording what it finds in `findings`. */
export class TextDecoderStream extends Transform {
  readonly findings = new EncodingFindings();
  private _carry: Buffer = Buffer.alloc(0);
  private _started = false;
  private _utf16: TextDecoder | null = null;

  constructor() {
    // Text chunks leave as strings, never encoded back into bytes on the way.
    super({ decodeStrings: true, readableObjectMode: true });
    this.findings.lines = 1;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let bytes = this._carry.length ? Buffer.concat([this._carry, chunk]) : chunk;
    if (!this._started) {
      if (bytes.length < 3) {
        this._carry = bytes;
        return done();
      }
      this._started = true;
      bytes = this._startAfterByteOrderMark(bytes);
    }
    if (this._utf16) {
      this._carry = Buffer.alloc(0);
      return done(null, this._utf16.decode(bytes, { stream: true }));
    }
    const lastLineFeed = bytes.lastIndexOf(10);
    if (lastLineFeed < 0) {
      this._carry = bytes;
      return done();
    }
    this._carry = bytes.subarray(lastLineFeed + 1);
    done(null, this._decodeLines(bytes.subarray(0, lastLineFeed + 1)));
  }

  override _flush(done: TransformCallback): void {
    let bytes = this._carry;
    if (!this._started && bytes.length > 0) bytes = this._startAfterByteOrderMark(bytes);
    const text = this._utf16 ? this._utf16.decode(bytes) : bytes.length ? this._decodeLines(bytes) : '';
    // An empty string would end an object-mode stream's reader early: push only text.
    done(null, text || undefined);
  }

  private _startAfterByteOrderMark(bytes: Buffer): Buffer {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.findings.byteOrderMark = 'utf-8';
      return bytes.subarray(3);
    }
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
    if (utf16) {
      this.findings.byteOrderMark = utf16;
      this._utf16 = new TextDecoder(utf16);
      return bytes.subarray(2);
    }
    return bytes;
  }

  /** Decodes whole lines: in one go when they are valid UTF-8, line by line around a stray byte. */
  private _decodeLines(bytes: Buffer): string {
    if (isUtf8(bytes)) {
      if (!this.findings.utf8Characters && !isAscii(bytes)) this.findings.utf8Characters = true;
      this.findings.lines += countLines(bytes);
      return bytes.toString('utf8');
    }
    let text = '';
    let start = 0;
    while (start < bytes.length) {
      const feed = bytes.indexOf(10, start);
      const end = feed < 0 ? bytes.length : feed + 1;
      const line = bytes.subarray(start, end);
      if (isUtf8(line)) {
        text += line.toString('utf8');
        if (!isAscii(line)) this.findings.utf8Characters = true;
      } else text += decodeMixedLine(line, this.findings, this.findings.lines);
      if (feed >= 0) this.findings.lines++;
      start = end;
    }
    return text;
  }
}
