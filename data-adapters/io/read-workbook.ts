/**
 * Reads the first sheet of an XLSX workbook as the CSV reader's rows, so that
 * every tabular input (registries, participation and funding exports, student
 * counts, survey responses) may come as the spreadsheet a data manager saved.
 * Cells become the text the readers parse: a number as JavaScript writes it
 * ("3.5", so the file's number conventions are English), a date as ISO 8601, a
 * boolean as 1 or 0. Nothing is guessed: a code the spreadsheet turned into a
 * number ("001001" read as 1001) reaches the readers as "1001" and is rejected
 * with its reason, as a loose number or a date where a school year belongs is.
 */
import { readSheet } from 'read-excel-file/node';
import { InputError } from '../report/build-error.js';
import { normaliseColumn, type CsvInput, type CsvRow } from './table-input.js';

const cellText = (cell: unknown): string =>
  cell === null || cell === undefined
    ? ''
    : cell instanceof Date
      ? cell.toISOString()
      : typeof cell === 'boolean'
        ? cell
          ? '1'
          : '0'
        : String(cell).trim();

/** The first sheet of the workbook at `path`, as `openCsv` gives a CSV file (its rows numbered as the sheet's). */
export async function openWorkbook(path: string): Promise<CsvInput> {
  let sheet: unknown[][];
  try {
    sheet = (await readSheet(path)) as unknown[][];
  } catch (error) {
    throw new InputError(
      path,
      {
        it: `cartella di lavoro illeggibile (${(error as Error).message}): salvarla come XLSX o come CSV UTF-8`,
        en: `cannot read the workbook (${(error as Error).message}): save it as XLSX or as CSV UTF-8`,
      },
      { cause: error },
    );
  }
  // The header is the first row that says something (a sheet may start with empty rows).
  const top = sheet.findIndex((cells) => cells.some((cell) => cellText(cell) !== ''));
  if (top < 0)
    throw new InputError(path, {
      it: 'il primo foglio è vuoto: serve la riga di intestazione',
      en: 'the first sheet is empty; expected a header row',
    });
  const header = sheet[top]!.map(cellText);
  const columns = header.map(normaliseColumn);
  const rows: CsvRow[] = [];
  sheet.slice(top + 1).forEach((cells, i) => {
    const values = Object.fromEntries(columns.map((column, c) => [column, cellText(cells[c])]));
    if (Object.values(values).some((value) => value !== '')) rows.push({ line: top + i + 2, values });
  });
  return {
    path,
    encoding: 'xlsx',
    encodingNote: null,
    gzip: false,
    // Numbers in a workbook are numbers, written back as JavaScript writes them: "3.5".
    locale: 'en',
    columns,
    header,
    rows: (async function* () {
      yield* rows;
    })(),
  };
}
