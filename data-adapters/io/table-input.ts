/**
 * What the table readers give (read-csv.ts for a CSV file, read-workbook.ts
 * for a workbook's first sheet): rows keyed by normalised column names.
 */
import type { Said } from '../report/build-error.js';

export interface CsvRow {
  /** 1-based line of the record in the file (header is line 1). */
  line: number;
  values: Readonly<Record<string, string>>;
}

export interface CsvInput {
  path: string;
  /** The encoding found (final once every row has been read): utf-8, windows-1252, a mix, or utf-16; "xlsx" for a workbook. */
  readonly encoding: string;
  /** Why, when there is more to say than "UTF-8" (final once every row has been read). */
  readonly encodingNote: Said | null;
  gzip: boolean;
  /** Absent for a workbook. */
  delimiter?: string;
  /** The number conventions of the file, told by its separator: `;` is what Italian spreadsheets write. */
  locale: NumberLocale;
  /** Normalised column names, in file order. */
  columns: readonly string[];
  /** Column names as the file writes them, in file order. */
  header: readonly string[];
  /** Rows with a column count different from the header's (reported as rejects). */
  rows: AsyncIterable<CsvRow | { line: number; malformed: string }>;
}

/** Italian files group thousands with `.` and write decimals with `,`; English ones the other way round. */
export type NumberLocale = 'it' | 'en';

export const normaliseColumn = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
