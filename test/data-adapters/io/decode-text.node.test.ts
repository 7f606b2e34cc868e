/**
 * Encodings and damaged files, on slices of the real registries written at test
 * time (never committed): the value that comes out is checked, not only that
 * the read succeeded.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { repairC1Controls, utf8SequenceLength } from '../../../data-adapters/io/decode-text.ts';
import { openCsv } from '../../../data-adapters/io/read-csv.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { AUTONOMOUS_REGISTRY, STATE_REGISTRY } from '../real-data.ts';
import { tempDir } from '../temp-files.ts';

const autonomous = readFileSync(AUTONOMOUS_REGISTRY, 'utf8').trimEnd().split('\n');
/** State rows in the autonomous format (the last column, SEDESCOLASTICA, dropped): plain ASCII. */
const stateRowsAsAutonomous = gunzipSync(readFileSync(STATE_REGISTRY))
  .toString('utf8')
  .trimEnd()
  .split('\n')
  .slice(1, 2001)
  .filter((line) => !line.includes('"'))
  .map((line) => line.replace(/,[^,]*$/, ''));

const nameOf = async (path: string, code: string) => {
  const { schools, reports } = await readRegistries([path]);
  return { school: schools.find((s) => s.code === code), report: reports[0]!.toJSON() };
};

describe('decoding the whole file, never a sample', () => {
  const dir = tempDir();

  it('reads a Latin-1 registry whose first accent comes after 256 KB with every accent intact', async () => {
    const text = [autonomous[0], ...stateRowsAsAutonomous, ...autonomous.slice(1)].join('\n') + '\n';
    const bytes = iconv.encode(text, 'win1252');
    assert.ok(bytes.indexOf(0xe9) > 256 * 1024, 'the first accent is past the old sample');
    const path = join(dir, 'late-latin1.csv');
    writeFileSync(path, bytes);
    const { school, report } = await nameOf(path, 'AOIP013000');
    assert.equal(school?.name, 'Abbé Prosper Duc');
    assert.equal(report.encoding, 'windows-1252');
    assert.match(report.notes.join(' '), /Windows-1252 \(Latin-1\): \d+ lines hold bytes that are not UTF-8 \(the first on line \d+\)/);
  });

  it('keeps a UTF-8 registry UTF-8 when one byte is Latin-1, and names that line', async () => {
    // One comune written in Latin-1 ("CITTÀ" with the byte 0xC0) inside an otherwise UTF-8 file.
    const lines = [...autonomous];
    const at = lines.findIndex((line, i) => i > 0 && !line.includes('"'));
    const fields = lines[at]!.split(',');
    fields[11] = 'CITT\u0001'; // DESCRIZIONECOMUNE; the placeholder byte becomes Latin-1 "À" below
    lines[at] = fields.join(',');
    const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    bytes[bytes.indexOf(0x01)] = 0xc0;
    const path = join(dir, 'stray.csv');
    writeFileSync(path, bytes);
    const { schools, reports } = await readRegistries([path]);
    const report = reports[0]!.toJSON();
    assert.equal(schools.find((s) => s.code === 'AOIP013000')?.name, 'Abbé Prosper Duc', 'no other name is touched');
    assert.ok(
      schools.some((s) => s.comuneName === 'CITTÀ'),
      'the Latin-1 byte is read as Windows-1252, not replaced',
    );
    assert.equal(report.encoding, 'utf-8 + windows-1252');
    assert.match(report.notes.join(' '), new RegExp(`1 bytes that are not UTF-8, read as Windows-1252, on lines ${at + 1}\\b`));
    assert.ok(!schools.some((s) => s.name.includes('\uFFFD') || s.comuneName.includes('\uFFFD')), 'no replacement character');
  });

  it('reads the bytes 0x80 to 0x9F as Windows-1252 has them, not as C1 controls (Node 20.18.3+ TextDecoder does)', async () => {
    // "’" (0x92) is how Windows writes an apostrophe; "Š" (0x8A) and "ž" (0x9E) are in Slovene names of Friuli.
    const lines = [...autonomous];
    const at = lines.findIndex((line, i) => i > 0 && !line.includes('"'));
    const fields = lines[at]!.split(',');
    fields[11] = 'DELL’ISOLA Števerjan Nabrežina €'; // DESCRIZIONECOMUNE, written below in Windows-1252
    lines[at] = fields.join(',');
    const path = join(dir, 'windows-1252-high.csv');
    writeFileSync(path, iconv.encode(`${lines.join('\n')}\n`, 'win1252'));
    const { schools, reports } = await readRegistries([path]);
    assert.ok(
      schools.some((s) => s.comuneName === 'DELL’ISOLA Števerjan Nabrežina €'),
      'every Windows-1252 character of the row read as such',
    );
    assert.ok(!schools.some((s) => /[\u0080-\u009f]/.test(s.comuneName + s.name)), 'no C1 control');
    assert.equal(reports[0]!.toJSON().encoding, 'windows-1252');
  });

  it('reads C1 controls in text as the Windows-1252 characters they were, the undefined ones as U+FFFD', () => {
    assert.equal(repairC1Controls('San Floriano del Collio-\u008ateverjan'), 'San Floriano del Collio-Števerjan');
    assert.equal(repairC1Controls('Devin Nabre\u009eina \u0080 \u0092'), 'Devin Nabrežina € ’');
    assert.equal(repairC1Controls('a\u0081b'), 'a\ufffdb');
    const plain = 'Doberdò del Lago';
    assert.equal(repairC1Controls(plain), plain);
  });

  it('says UTF-8 for the real autonomous-provinces registry, with nothing to add', async () => {
    const { report } = await nameOf(AUTONOMOUS_REGISTRY, 'AOIP013000');
    assert.equal(report.encoding, 'utf-8');
    assert.ok(!report.notes.some((note) => note.startsWith('encoding')));
  });

  it('reads UTF-16 with its byte order mark (Excel\'s "Unicode text")', async () => {
    const text = autonomous.slice(0, 80).join('\n').replaceAll(',', '\t') + '\n';
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { school, report } = await nameOf(path, 'AOIP013000');
    assert.equal(school?.name, 'Abbé Prosper Duc');
    assert.equal(report.encoding, 'utf-16le');
  });

  it('validates UTF-8 sequences as the standard does (no overlongs, no surrogates)', () => {
    assert.equal(utf8SequenceLength(Buffer.from('é'), 0), 2);
    assert.equal(utf8SequenceLength(Buffer.from('€'), 0), 3);
    assert.equal(utf8SequenceLength(Buffer.from([0xc0, 0x80]), 0), 0, 'overlong');
    assert.equal(utf8SequenceLength(Buffer.from([0xed, 0xa0, 0x80]), 0), 0, 'surrogate');
    assert.equal(utf8SequenceLength(Buffer.from([0xe9, 0x20]), 0), 0, 'Latin-1 é before a space');
  });
});

describe('damaged files', () => {
  const dir = tempDir();
  const slice = Buffer.from(`${autonomous.slice(0, 600).join('\n')}\n`);

  async function readAll(path: string) {
    const csv = await openCsv(path);
    let rows = 0;
    for await (const _ of csv.rows) rows++;
    return rows;
  }

  it('names the file and the fault for a gzip file cut short', async () => {
    const gzip = gzipSync(slice);
    const path = join(dir, 'cut.csv.gz');
    writeFileSync(path, gzip.subarray(0, Math.floor(gzip.length * 0.6)));
    await assert.rejects(readAll(path), (error: Error) => {
      assert.ok(error.message.startsWith(`${path}: damaged gzip file`), error.message);
      assert.ok(error.message.length < 300, 'one line, not a dump of the source');
      return true;
    });
  });

  it('says "damaged", not "empty", for a small gzip file with a bad checksum', async () => {
    const gzip = Buffer.from(gzipSync(Buffer.from('CODICESCUOLA,NUMEROSTUDENTI\nAOIP013000,10\n')));
    gzip[gzip.length - 8]! ^= 0xff;
    const path = join(dir, 'checksum.csv.gz');
    writeFileSync(path, gzip);
    await assert.rejects(readAll(path), /checksum\.csv\.gz: damaged gzip file/);
  });

  it('says "empty" for an empty file and for a gzip file of nothing', async () => {
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    await assert.rejects(openCsv(empty), /empty\.csv: the file is empty/);
    const nothing = join(dir, 'nothing.csv.gz');
    writeFileSync(nothing, gzipSync(Buffer.alloc(0)));
    await assert.rejects(openCsv(nothing), /the file is empty \(once decompressed\)/);
  });
});
