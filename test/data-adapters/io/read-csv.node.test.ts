import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

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

  it('treats "Non Disponibile" and blanks as missing', () => {
    assert.equal(clean('Non Disponibile'), null);
    assert.equal(clean('  '), null);
    assert.equal(clean(' x '), 'x');
  });
});
