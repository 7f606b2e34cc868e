import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';

import { clean, normaliseColumn, openCsv, sniffDelimiter } from '../../../data-adapters/io/read-csv.ts';
import { tempDir, writeText } from '../temp-files.ts';

async function rows(path: string) {
  const csv = await openCsv(path);
  const out = [];
  for await (const row of csv.rows) out.push(row);
  return { csv, out };
}

describe('openCsv', () => {
  const dir = tempDir();

  it('sniffs ; and , separators from the header, quotes respected', () => {
    assert.equal(sniffDelimiter('A;B;"C,D"'), ';');
    assert.equal(sniffDelimiter('A,B,"C;D;E"'), ',');
    assert.equal(sniffDelimiter('A\tB\tC'), '\t');
  });

  it('normalises column names so renamed columns still match', () => {
    assert.equal(normaliseColumn('codice_scuola'), 'CODICESCUOLA');
    assert.equal(normaliseColumn(' Codice Scuola '), 'CODICESCUOLA');
  });

  it('reads a semicolon file in Latin-1 with accents intact', async () => {
    const path = writeText(dir, 'latin1.csv', 'CODICE;NOME\nX1;Forlì-Cesena\nX2;Città di Castello\n', { latin1: true });
    const { csv, out } = await rows(path);
    assert.equal(csv.encoding, 'windows-1252');
    assert.equal(csv.delimiter, ';');
    assert.deepEqual(
      out.map((r) => ('values' in r ? r.values.NOME : null)),
      ['Forlì-Cesena', 'Città di Castello'],
    );
  });

  it('reads UTF-8 with a byte order mark, gzip-compressed, without the BOM in the first column', async () => {
    const path = writeText(dir, 'bom.csv.gz', 'CODICE,NOME\nX1,Südtirol\n', { bom: true, gzip: true });
    const { csv, out } = await rows(path);
    assert.equal(csv.gzip, true);
    assert.equal(csv.encoding, 'utf-8');
    assert.deepEqual(csv.columns, ['CODICE', 'NOME']);
    assert.equal('values' in out[0]! && out[0].values.NOME, 'Südtirol');
  });

  it('reports rows with the wrong number of fields instead of failing', async () => {
    const path = writeText(dir, 'ragged.csv', 'A,B\n1,2\n3\n4,5\n');
    const { out } = await rows(path);
    assert.equal(out.length, 3);
    assert.ok('malformed' in out[1]!);
  });

  it('reads quoted fields with doubled quotes, across chunk boundaries', async () => {
    const line = 'X,"L.CLASSICO ""D\'ANNUNZIO"" PE"\n';
    const path = writeText(dir, 'big.csv', `A,B\n${line.repeat(20_000)}`);
    const { out } = await rows(path);
    assert.equal(out.length, 20_000);
    assert.ok(out.every((r) => 'values' in r && r.values.B === 'L.CLASSICO "D\'ANNUNZIO" PE'));
  });

  it('reports a record that swallowed lines after an unclosed quote, with the lines it took', async () => {
    const path = writeText(dir, 'quote.csv', 'A,B\n1,2\n3,"www.x.edu\n4,5\n6,7\n8,9\n');
    const { out } = await rows(path);
    assert.deepEqual(out[0], { line: 2, values: { A: '1', B: '2' } });
    assert.equal(out.length, 2);
    assert.ok('malformed' in out[1]! && /lines 3–6 read as one record: an unclosed quote\?/.test(out[1].malformed), JSON.stringify(out[1]));
  });

  it('fails clearly on an empty file', async () => {
    await assert.rejects(openCsv(writeText(dir, 'empty.csv', '')), /empty/);
  });

  it('says an old workbook, an unreadable archive or a PDF is one, and how to save it, instead of reading its bytes as text', async () => {
    const written = (name: string, bytes: number[]) => {
      const path = join(dir, name);
      writeFileSync(path, Buffer.from([...bytes, ...Buffer.from('rest of the file')]));
      return path;
    };
    const cases: [string, RegExp][] = [
      [written('sheet.ods', [0x50, 0x4b, 0x03, 0x04]), /cannot read the workbook \(.*\): save it as XLSX or as CSV UTF-8/],
      [
        written('old.csv', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        /is an Excel 97-2003 workbook \(XLS\), not a CSV file: save it as CSV/,
      ],
      [written('export.csv', [...Buffer.from('%PDF-1.7')]), /is a PDF document, not a CSV file/],
    ];
    for (const [path, message] of cases)
      await assert.rejects(openCsv(path), (error: Error) => message.test(error.message) && !/rest of the file/.test(error.message));
  });

  it("reads an XLSX workbook's first sheet as rows, told by its bytes, not its name, from its first row that says something", async () => {
    const path = join(dir, 'sheet.csv');
    const sheet = [
      [null, null],
      [{ value: 'Codice Scuola' }, { value: 'students' }],
      [{ value: 'FIIC81200A' }, { value: 3.5 }],
      [null, null],
      [{ value: 'FIEE81201C' }, null],
    ];
    await writeXlsxFile(sheet as never).toFile(path);
    const { csv, out } = await rows(path);
    assert.equal(csv.encoding, 'xlsx');
    assert.equal(csv.delimiter, undefined);
    assert.equal(csv.locale, 'en', "a workbook's numbers are numbers, written as JavaScript writes them");
    assert.deepEqual(csv.columns, ['CODICESCUOLA', 'STUDENTS']);
    assert.deepEqual(out, [
      { line: 3, values: { CODICESCUOLA: 'FIIC81200A', STUDENTS: '3.5' } },
      { line: 5, values: { CODICESCUOLA: 'FIEE81201C', STUDENTS: '' } },
    ]);
  });

  it('treats "Non Disponibile" and blanks as missing', () => {
    assert.equal(clean('Non Disponibile'), null);
    assert.equal(clean('  '), null);
    assert.equal(clean(' x '), 'x');
  });
});
