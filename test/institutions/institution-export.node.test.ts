/**
 * The list's CSV read back as a spreadsheet does on an Italian system: UTF-8 by
 * its byte order mark, `;` between fields, a comma before decimals. Accents stay,
 * numbers are numbers, no cell starts a formula.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { listCsv, tableOf } from '../../components/institution-list/institution-list.export.ts';
import { MESSAGES } from '../../components/institution-list/institution-list.messages.ts';
import type { InstitutionRow } from '../../src/institutions/institution-rows.ts';

const row = (over: Partial<InstitutionRow>): InstitutionRow => ({
  code: 'PGIC81000A',
  name: 'I.C. Città di Castello «San Filippo»',
  comune: 'Città di Castello',
  province: 'PG',
  gradeGroup: 'comprensivo',
  students: 1234,
  studentsPartial: false,
  active: false,
  roleModel: false,
  index: 12.5,
  band: 7,
  email: 'pgic81000a@istruzione.it',
  pec: null,
  website: 'https://www.iccittadicastello.edu.it/',
  mentors: [{ code: 'PGIC82000B', name: 'I.C. Forlì-Umbertide', comuneName: 'Umbertide', distanceKm: 12.75 }],
  ...over,
});

const exported = (rows: InstitutionRow[], lang: 'it' | 'en', provisional = false, mentorsNote: string | null = null) => ({
  rows,
  lang,
  t: MESSAGES[lang],
  caption: 'Istituzioni (non attive) in Perugia',
  sources: ['MIM, Anagrafe delle scuole (IODL 2.0)'],
  generatedAt: '2026-11-30T00:00:00Z',
  synthetic: true,
  provisional,
  studentsYear: 2024,
  mentorsNote,
});

/** Reads the CSV as Calc does with an Italian locale: numbers with a decimal comma become numbers. */
function asCalc(csv: string): (string | number)[][] {
  assert.equal(csv.charCodeAt(0), 0xfeff, 'the byte order mark that tells a spreadsheet the file is UTF-8');
  const records = parse(csv.slice(1), { delimiter: ';', relax_column_count: true }) as string[][];
  return records.map((record) => record.map((cell) => (/^-?\d+(,\d+)?$/.test(cell) ? Number(cell.replace(',', '.')) : cell)));
}

describe('the list of institutions as a file', () => {
  it('opens in an Italian spreadsheet with accents intact, numbers as numbers, and the source after the table', () => {
    const sheet = asCalc(listCsv(exported([row({})], 'it')));
    assert.deepEqual(sheet[1]!.slice(0, 8), [
      'I.C. Città di Castello «San Filippo»',
      'PGIC81000A',
      'Città di Castello (PG)',
      'istituto comprensivo',
      1234,
      '',
      'non attiva',
      7,
    ]);
    assert.equal(sheet[1]![11], 'I.C. Forlì-Umbertide (PGIC82000B, 12,75 km)');
    // A count that leaves plessi out stays a number, and its own column says so.
    assert.deepEqual(asCalc(listCsv(exported([row({ studentsPartial: true })], 'it')))[1]!.slice(4, 6), [1234, 'sì']);
    // A mentor in the same comune is said so, not "0 km" (it read "0 km" before).
    const near = row({
      mentors: [{ code: 'PGIC80900R', name: 'I.C. Città di Castello 1', comuneName: 'Città di Castello', distanceKm: 0, sameComune: true }],
    });
    assert.equal(asCalc(listCsv(exported([near], 'it')))[1]![11], 'I.C. Città di Castello 1 (PGIC80900R, stesso comune)');
    assert.match(listCsv(exported([near], 'en')), /I\.C\. Città di Castello 1 \(PGIC80900R, same comune\)/);
    assert.deepEqual(sheet[2], ['']);
    assert.deepEqual(
      sheet.slice(3).map((r) => r[0]),
      [
        'Istituzioni scolastiche',
        'Fonte',
        'Dati del',
        'Dati eTwinning ed Erasmus+ sintetici, a scopo dimostrativo: non sono dati reali.',
        // The band column's 7 said with its direction.
        'Fascia dell’indice: decile tra le istituzioni attive (1 = il 10% più alto).',
      ],
    );
    // The day of the release, as the map's and the timeline's downloads say it, not the build's second.
    assert.deepEqual(sheet[5], ['Dati del', '2026-11-30']);
    // How the mentors were chosen, last, where the list says it (an empty mentors cell then says why).
    const note = "Scuole mentori: … mai oltre 150 km (in linea d'aria, tra i comuni).";
    assert.equal(asCalc(listCsv(exported([row({ mentors: [] })], 'it', false, note))).at(-1)![0], note);
    // A list over years still being reported says so among its notes.
    assert.ok(
      asCalc(listCsv(exported([row({})], 'it', true))).some((r) => r[0] === 'Contiene dati provvisori, che possono ancora cambiare.'),
    );
  });

  it('never lets a cell from data start a formula, nor carry a control character, in the CSV', () => {
    const hostile = row({
      name: "=cmd|' /C calc'!A0",
      comune: '+SUM(1,2)',
      email: '@SUM(A1)',
      pec: '-2+3+cmd',
      website: null,
      mentors: [],
    });
    const sheet = asCalc(listCsv(exported([{ ...hostile, name: `${hostile.name}\u0000` }], 'it')));
    // eslint-disable-next-line no-control-regex -- control characters are what the test looks for
    for (const cell of sheet[1]!) if (typeof cell === 'string') assert.ok(!/^[=+\-@]/.test(cell) && !/[\u0000-\u001f]/.test(cell), cell);
    assert.equal(tableOf(exported([hostile], 'en'))[0]![0], 'Institution', 'headers in the page’s language');
  });
});
