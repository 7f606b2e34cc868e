/**
 * Tables as an XLSX workbook (Office Open XML, ECMA-376 part 1): text and
 * number cells, each sheet's first row in bold where asked, texts in a shared
 * strings table as Excel writes them, zipped by fflate's synchronous `zipSync`.
 *
 * Written here, on fflate, rather than with an XLSX library: the one we used
 * (write-excel-file) compresses any file of more than 160 kB in a Web Worker
 * made from a `blob:` URL, which a page's strict Content-Security-Policy
 * refuses without a word to the code that asked: the national comuni table's
 * XLSX never came. A synchronous zip of the largest table we write (~8,000
 * rows) is one short pause on a click. Every entry has the same fixed date,
 * so that one table always gives the same bytes.
 *
 * In the CDN bundle this module is a file of its own beside it
 * (`scuole-europa-xlsx.min.js`), loaded on the first XLSX download.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { withoutControls } from './export.js';

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  /** Shown on the sheet's tab: at most 31 characters, none of `: \ / ? * [ ]` (others are replaced by a space). */
  name: string;
  rows: readonly (readonly XlsxCell[])[];
  /** Its first row in bold (a table's header). */
  boldHeader?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SPREADSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** The zip's entries' date: the earliest a zip can write (1980), the same for every file. */
const FIXED_DATE = new Date(1980, 0, 1);

/**
 * Text as XML character data: markup escaped, and what XML 1.0 cannot hold left out (control characters other than tab
 * and line breaks, as `withoutControls` does for every download; lone surrogates, U+FFFE and U+FFFF).
 */
const xmlText = (text: string) =>
  withoutControls(text)
    .replace(/[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[<>&"]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '&quot;'));

/** A column's letters: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A sheet's tab name as Excel accepts it: 31 characters at most, none of the seven it refuses, never empty. */
const tabName = (name: string, index: number) =>
  name
    .replace(/[:\\/?*[\]]/g, ' ')
    .slice(0, 31)
    .trim() || `Sheet${index + 1}`;

function sheetXml(sheet: XlsxSheet, text: (value: string) => number): string {
  // Columns as wide as their longest text (a school's name, an address), from 8 to 60 characters: the file opens
  // readable, where every column would be 8 characters wide and a name cut at the next cell.
  const widths: number[] = [];
  const rows = sheet.rows.map((row, r) => {
    const style = r === 0 && sheet.boldHeader ? ' s="1"' : '';
    const cells = row.map((value, c) => {
      widths[c] = Math.max(widths[c] ?? 8, Math.min(60, (value === null ? 0 : String(value).length) + 2));
      const ref = `${columnName(c)}${r + 1}`;
      if (value === null) return '';
      if (typeof value === 'number') {
        // A spreadsheet has no NaN or infinity: a caller's bug, said rather than written as something else.
        if (!Number.isFinite(value)) throw new Error(`XLSX: ${ref} of "${sheet.name}" is ${value}, not a number a spreadsheet can hold`);
        return `<c r="${ref}"${style}><v>${value}</v></c>`;
      }
      return `<c r="${ref}"${style} t="s"><v>${text(value)}</v></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const cols = widths.length
    ? `<cols>${widths.map((width, c) => `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`
    : '';
  // A table's header stays in sight while its rows scroll.
  const frozen = sheet.boldHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  return `${XML}<worksheet xmlns="${MAIN}">${frozen}${cols}<sheetData>${rows.join('')}</sheetData></worksheet>`;
}

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The workbook of `sheets`, in their order, as the bytes of an XLSX file. */
export function workbookBytes(sheets: readonly XlsxSheet[]): Uint8Array {
  const strings: string[] = [];
  const indices = new Map<string, number>();
  let references = 0;
  const text = (value: string) => {
    references++;
    let index = indices.get(value);
    if (index === undefined) indices.set(value, (index = strings.push(value) - 1));
    return index;
  };
  const worksheets = sheets.map((sheet) => strToU8(sheetXml(sheet, text)));
  const names = new Set<string>();
  const tabs = sheets.map((sheet, i) => {
    let name = tabName(sheet.name, i);
    // Two tabs cannot share a name (Excel compares them without case).
    for (let k = 2; names.has(name.toLowerCase()); k++) name = `${tabName(sheet.name, i).slice(0, 27)} (${k})`;
    names.add(name.toLowerCase());
    return name;
  });
  const overrides = sheets.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SPREADSHEET}.worksheet+xml"/>`,
  );
  const sheetRelations = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const n = sheets.length;
  // [Content_Types].xml first, as Office writes it: some readers look for it there.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${SPREADSHEET}.sheet.main+xml"/>${overrides.join('')}` +
        `<Override PartName="/xl/styles.xml" ContentType="${SPREADSHEET}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${SPREADSHEET}.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
        tabs.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations.join('')}` +
        `<Relationship Id="rId${n + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${n + 2}" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
    'xl/sharedStrings.xml': strToU8(
      `${XML}<sst xmlns="${MAIN}" count="${references}" uniqueCount="${strings.length}">` +
        strings.map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`).join('') +
        '</sst>',
    ),
  };
  worksheets.forEach((bytes, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = bytes));
  return zipSync(files, { mtime: FIXED_DATE });
}
