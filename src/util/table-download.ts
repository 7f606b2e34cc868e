/**
 * A table an element offers for download, with where its data come from after
 * it: as CSV (UTF-8 with a byte order mark; `;` and a decimal comma on an
 * Italian page, as Excel and LibreOffice expect there) or XLSX (the table on
 * its sheet, the provenance on a second; the writer loaded only now). Shared by
 * the lists', the breakdown's and the survey's downloads, each loaded with its
 * element's first download.
 */
import type { Language } from '../contract/vocabulary.js';
import { csvText, download } from './export.js';
import { tableXlsx, type Cell } from './table-xlsx.js';

export interface TableFile {
  /** The header in the page's language, then the rows. */
  table: Cell[][];
  /** Where the data come from (src/util/provenance.ts provenanceRows), after a blank row. */
  provenance: Cell[][];
  /** The XLSX sheet's name. */
  sheet: string;
  lang: Language;
}

export function tableCsv(file: TableFile): string {
  const italian = file.lang === 'it';
  return `\uFEFF${csvText([...file.table, ...file.provenance], { delimiter: italian ? ';' : ',', decimalComma: italian })}`;
}

/** Makes the file and saves it from `host` as `name.csv` or `name.xlsx`. */
export async function downloadTable(host: HTMLElement, kind: 'csv' | 'xlsx', name: string, file: TableFile): Promise<void> {
  const blob =
    kind === 'csv'
      ? new Blob([tableCsv(file)], { type: 'text/csv;charset=utf-8' })
      : await tableXlsx(file.table, file.provenance, file.sheet, file.lang);
  download(host, `${name}.${kind}`, blob);
}
