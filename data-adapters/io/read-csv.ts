/**
 * Streams a CSV file as rows keyed by normalised column names. The separator
 * (`;`, `,` or tab) is sniffed from the header line; column names are normalised
 * (upper case, letters and digits only) so that `codice_scuola`, `Codice Scuola`
 * and `CODICESCUOLA` are the same column. Parsing is csv-parse's, in streaming.
 */
import { parse } from 'csv-parse';
import { openText, type TextEncoding } from './open-text.js';

export interface CsvRow {
  /** 1-based line of the record in the file (header is line 1). */
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface CsvInput {
  path: string;
  encoding: TextEncoding;
  gzip: boolean;
  delimiter: string;
  /** Normalised column names, in file order. */
  columns: readonly string[];
  /** Rows with a column count different from the header's (reported as rejects). */
  rows: AsyncIterable<CsvRow | { line: number; malformed: string }>;
}

export const normaliseColumn = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();

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
  const text = await openText(path);
  const iterator = text.stream[Symbol.asyncIterator]() as AsyncIterator<string>;
  const { line, rest } = await firstLine(iterator);
  if (line.trim() === '') throw new Error(`${path}: the first line is empty; expected a header row`);
  const delimiter = sniffDelimiter(line);
  const parser = parse({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    info: true,
    bom: true,
    trim: true,
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
  if (header.done) throw new Error(`${path}: no header row`);
  const columns = header.value.record.map(normaliseColumn);
  async function* rows(): AsyncIterable<CsvRow | { line: number; malformed: string }> {
    for (let next = await records.next(); !next.done; next = await records.next()) {
      const { record, info } = next.value;
      if (record.length !== columns.length) {
        yield { line: info.lines, malformed: `${record.length} fields where the header has ${columns.length}` };
        continue;
      }
      const values: Record<string, string> = {};
      for (let i = 0; i < columns.length; i++) values[columns[i]!] = record[i]!;
      yield { line: info.lines, values };
    }
  }
  return { path, encoding: text.encoding, gzip: text.gzip, delimiter, columns, rows: rows() };
}

/** The registry's way of saying "missing". */
export function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' || /^non disponibile$/i.test(trimmed) ? null : trimmed;
}
