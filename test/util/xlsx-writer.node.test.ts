/**
 * The XLSX writer, read back by an independent reader (read-excel-file, as a
 * spreadsheet would): text stays text, numbers numbers, an empty cell empty;
 * what XML cannot hold is left out rather than breaking the file; the same
 * tables give the same bytes; a large table is written at once, with no
 * worker (a strict Content-Security-Policy refuses one made from a blob: URL).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile, { readSheet } from 'read-excel-file/node';
import { workbookBytes } from '../../src/util/xlsx-writer.ts';

const sheetNames = async (bytes: Uint8Array) => (await readXlsxFile(Buffer.from(bytes))).map((sheet) => sheet.sheet);
const read = async (bytes: Uint8Array, sheet = 1) => (await readSheet(Buffer.from(bytes), sheet)) as unknown[][];

describe('the XLSX writer', () => {
  it('writes text as text, numbers as numbers and leaves an empty cell empty, on named sheets', async () => {
    const bytes = workbookBytes([
      {
        name: 'Tabella',
        rows: [
          ['Codice', 'Valore'],
          ['048017', 12.5],
          ['001001', null],
          ['=SUM(A1)', -2],
        ],
        boldHeader: true,
      },
      { name: 'Fonte', rows: [['Titolo', 'Progetti eTwinning']] },
    ]);
    assert.deepEqual(await read(bytes), [
      ['Codice', 'Valore'],
      ['048017', 12.5],
      ['001001', null],
      ['=SUM(A1)', -2],
    ]);
    assert.deepEqual(await read(bytes, 2), [['Titolo', 'Progetti eTwinning']]);
    assert.deepEqual(await sheetNames(bytes), ['Tabella', 'Fonte']);
    const files = unzipSync(bytes);
    // A text starting with "=" is a string cell, never a formula; the header is bold (style 1).
    assert.doesNotMatch(strFromU8(files['xl/worksheets/sheet1.xml']!), /<f>/);
    assert.match(strFromU8(files['xl/worksheets/sheet1.xml']!), /<row r="1"><c r="A1" s="1" t="s">/);
    assert.equal(Object.keys(files)[0], '[Content_Types].xml');
  });

  it('opens readable: each column as wide as its longest text (8 to 60 characters), a header kept in sight', () => {
    const name = 'ISTITUTO COMPRENSIVO "GIOVANNI XXIII" DI TERRANUOVA BRACCIOLINI E DINTORNI';
    const files = unzipSync(
      workbookBytes([
        {
          name: 'T',
          rows: [
            ['Codice', 'Istituzione', 'N'],
            ['FIIC81200A', name, 3],
          ],
          boldHeader: true,
        },
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    assert.deepEqual(
      [...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g)].map((m) => [Number(m[1]), Number(m[2])]),
      [
        [1, 12],
        [2, 60],
        [3, 8],
      ],
    );
    assert.match(sheet, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    // The parts in the order the schema asks: views, columns, then the data.
    assert.ok(sheet.indexOf('<sheetViews>') < sheet.indexOf('<cols>') && sheet.indexOf('<cols>') < sheet.indexOf('<sheetData>'));
  });

  it('escapes markup and leaves out what XML cannot hold, rather than breaking the file', async () => {
    const bytes = workbookBytes([
      { name: 'a/b:c*d?[e]\\f and a name longer than thirty-one', rows: [['<b>&"x"</b>', 'nul\u0000 and \uD800lone', 'tab\tand\nline']] },
    ]);
    assert.deepEqual(await read(bytes), [['<b>&"x"</b>', 'nul and lone', 'tab\tand\nline']]);
    assert.deepEqual(await sheetNames(bytes), ['a b c d  e  f and a name longer']);
  });

  it('names two sheets apart when their names would be the same', async () => {
    const bytes = workbookBytes([
      { name: 'Fonte', rows: [[1]] },
      { name: 'fonte', rows: [[2]] },
    ]);
    assert.deepEqual(await sheetNames(bytes), ['Fonte', 'fonte (2)']);
  });

  it('gives the same bytes for the same tables (no date of writing inside)', () => {
    const sheets = [{ name: 'T', rows: [['a', 1]] }];
    assert.deepEqual(workbookBytes(sheets), workbookBytes(sheets));
  });

  it('refuses a number a spreadsheet cannot hold, naming its cell', () => {
    assert.throws(
      () =>
        workbookBytes([
          {
            name: 'T',
            rows: [
              ['a', 1],
              ['b', Number.NaN],
            ],
          },
        ]),
      /B2 of "T" is NaN/,
    );
  });

  it('writes a table of 10,000 rows at once, with no worker', async () => {
    const rows = [
      ['Codice', 'Nome', 'Valore'],
      ...Array.from({ length: 10_000 }, (_, i) => [`FIIC${String(i).padStart(5, '0')}X`, `Istituto ${i}`, i / 7]),
    ];
    const bytes = workbookBytes([{ name: 'Istituzioni', rows, boldHeader: true }]);
    const back = await read(bytes);
    assert.equal(back.length, 10_001);
    assert.deepEqual(back[9_999], rows[9_999]);
  });
});
