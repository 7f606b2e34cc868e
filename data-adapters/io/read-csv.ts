/**
 * Streams a CSV file as rows keyed by normalised column names. The separator
 * (`;`, `,` or tab) is sniffed from the header line; column names are normalised
 * (upper case, letters and digits only) so that `codice_scuola`, `Codice Scuola`
 * and `CODICESCUOLA` are the same column. Parsing is csv-parse's, in streaming.
 * An XLSX workbook is read too, its first sheet (read-workbook.ts), told apart
 * by its bytes, never by its name.
 */
import { parse } from 'csv-parse';
import { InputError } from '../report/build-error.js';
import { isZip, openText, readMagic } from './open-text.js';
import { openWorkbook } from './read-workbook.js';
import { normaliseColumn, type CsvInput, type CsvRow } from './table-input.js';

export { normaliseColumn, type CsvInput, type CsvRow, type NumberLocale } from './table-input.js';

/** Picks the separator that splits the header line into the most fields (quotes respected). */
export function sniffDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = 0;
  for (const candidate of [';', ',', '\t', '|']) {
    let count = 0;
    let quoted = false;
    for (const char of headerLine) {
      if (char === '"') quoted = !quoted;
      else if (char === candidate && !quoted) count++;
    }
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Reads until the end of the first line, leaving the iterator open for the rest. */
async function firstLine(iterator: AsyncIterator<string>): Promise<{ line: string; rest: string[] }> {
  let buffered = '';
  const rest: string[] = [];
  // A manual loop: `for await` would close the iterator when we stop early.
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    buffered += next.value;
    const end = buffered.search(/\r?\n/);
    if (end >= 0) {
      rest.push(buffered);
      return { line: buffered.slice(0, end), rest };
    }
  }
  rest.push(buffered);
  return { line: buffered, rest };
}

export async function openCsv(path: string): Promise<CsvInput> {
  // Its first bytes, read once: an XLSX workbook (a ZIP) is read as one, anything else as text.
  const magic = await readMagic(path);
  if (isZip(magic)) return openWorkbook(path);
  const text = await openText(path, magic);
  const iterator = text.stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  const { line, rest } = await firstLine(iterator);
  if (line.trim() === '') {
    const empty = rest.join('').trim() === '';
    throw new InputError(
      path,
      empty
        ? {
            it: `il file è vuoto${text.gzip ? ' (una volta decompresso)' : ''}`,
            en: `the file is empty${text.gzip ? ' (once decompressed)' : ''}`,
          }
        : { it: 'la prima riga è vuota: serve la riga di intestazione', en: 'the first line is empty; expected a header row' },
    );
  }
  const delimiter = sniffDelimiter(line);
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    bom: true,
    trim: true,
    // A record the parser cannot read (a quote closed in the middle of a field) is a reported reject, not the end of the file.
    skip_records_with_error: true,
  });
  // The last line read, so that a record swallowing several lines (an unclosed quote) says which ones it took.
  let lastLine = 1;
  const span = (end: number) => {
    const text = end - lastLine > 1 ? ` (lines ${lastLine + 1}–${end} read as one record: an unclosed quote?)` : '';
    lastLine = end;
    return text;
  };
  const skipped: { line: number; malformed: string }[] = [];
  parser.on('skip', (error: Error & { lines?: number }) => {
    const line = error.lines ?? lastLine + 1;
    skipped.push({ line, malformed: `${error.message}${span(line)}` });
  });
  // Feed what was read to find the header, then the rest of the stream.
  (async () => {
    try {
      for (const chunk of rest) parser.write(chunk);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (!parser.write(next.value)) await new Promise((resolve) => parser.once('drain', resolve));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const header = await records.next();
  if (header.done) throw new InputError(path, { it: 'manca la riga di intestazione', en: 'no header row' });
  const columns = header.value.record.map(normaliseColumn);
  const next = async () => {
    try {
      return await records.next();
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(
        path,
        { it: `CSV illeggibile (${(error as Error).message})`, en: `unreadable CSV (${(error as Error).message})` },
        { cause: error },
      );
    }
  };
  async function* rows(): AsyncIterable<CsvRow | { line: number; malformed: string }> {
    for (let item = await next(); !item.done; item = await next()) {
      yield* skipped.splice(0);
      const { record, info } = item.value;
      if (record.length !== columns.length) {
        yield { line: info.lines, malformed: `${record.length} fields where the header has ${columns.length}${span(info.lines)}` };
        continue;
      }
      lastLine = info.lines;
      const values: Record<string, string> = {};
      for (let i = 0; i < columns.length; i++) values[columns[i]!] = record[i]!;
      yield { line: info.lines, values };
    }
    yield* skipped.splice(0);
  }
  const findings = text.findings;
  return {
    path,
    get encoding() {
      return findings.label;
    },
    get encodingNote() {
      return findings.note;
    },
    gzip: text.gzip,
    delimiter,
    locale: delimiter === ';' ? 'it' : 'en',
    columns,
    header: header.value.record,
    rows: rows(),
  };
}

/** The registry's way of saying "missing". */
export function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' || /^non disponibile$/i.test(trimmed) ? null : trimmed;
}
