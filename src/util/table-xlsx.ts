/**
 * A table as an XLSX workbook (src/util/xlsx-writer.ts, loaded only now): the
 * table on its sheet, header in bold, numbers as numbers and text never a
 * formula (nor with the control characters that break its XML), and where the
 * data comes from on a second sheet. Used by the map's and the timeline's
 * downloads, and through src/util/table-download.ts by the lists', the
 * breakdown's and the survey's.
 */
import type { Language } from '../contract/vocabulary.js';
import { PROVENANCE_WORDS } from './provenance.js';
import type { XlsxCell } from './xlsx-writer.js';

export type Cell = XlsxCell;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function tableXlsx(table: readonly Cell[][], provenance: readonly Cell[][], sheet: string, lang: Language): Promise<Blob> {
  const { workbookBytes } = await import('./xlsx-writer.js');
  // The writer leaves out the control characters a file cannot hold (withoutControls), as every download does.
  const bytes = workbookBytes([
    { name: sheet, rows: table, boldHeader: true },
    { name: PROVENANCE_WORDS[lang].source, rows: provenance.filter((row) => row.length > 0) },
  ]);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}
