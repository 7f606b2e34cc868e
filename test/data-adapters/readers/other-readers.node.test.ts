import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readFunding } from '../../../data-adapters/readers/funding.ts';
import { C1_REPAIR, LOST_CHARACTER, readLimits, restoreLostCharacters } from '../../../data-adapters/readers/limits.ts';
import { readErasmus, readEtwinning } from '../../../data-adapters/readers/participation.ts';
import { parseSchoolYear, schoolYearOfDate } from '../../../data-adapters/readers/school-year.ts';
import { readStudents, schoolYearInName } from '../../../data-adapters/readers/students.ts';
import { readInnerAreas } from '../../../data-adapters/readers/inner-areas.ts';
import writeXlsxFile from 'write-excel-file/node';
import { tempDir, writeText } from '../temp-files.ts';

const known = new Set(['FIIC81200A', 'FIEE81201C']);

describe('school years', () => {
  it('parses the ways exports write them', () => {
    assert.equal(parseSchoolYear('2023'), 2023);
    assert.equal(parseSchoolYear('2023/24'), 2023);
    assert.equal(parseSchoolYear('2023-2024'), 2023);
    assert.equal(parseSchoolYear('202324'), 2023);
    assert.equal(parseSchoolYear('2023/25'), null);
    assert.equal(parseSchoolYear('next year'), null);
  });
  it('places a date in its school year (from 1 September)', () => {
    assert.equal(schoolYearOfDate('2022-08-19'), 2021);
    assert.equal(schoolYearOfDate('2022-09-01'), 2022);
  });
});

describe('readStudents', () => {
  it('reads counts, the privacy mask "<=3", and rejects bad rows', async () => {
    const dir = tempDir();
    const path = writeText(
      dir,
      's_20242025.csv',
      'CODICESCUOLA,NUMEROSTUDENTI,STUDENTIIRC\nFIEE81201C,120,100\nFIIC81200A,<=3,<=3\nBAD,10,1\nFIEE81201C,5,5\nFIEE81202D,many,1\n',
    );
    const { students, year, report } = await readStudents(path);
    assert.equal(year, 2024);
    assert.equal(students.get('FIEE81201C'), 120);
    assert.equal(students.get('FIIC81200A'), 2);
    assert.equal(report.read, 5);
    assert.equal(report.accepted, 2);
    assert.equal(report.rejectCount('duplicate school code'), 1);
    assert.equal(report.rejectCount('invalid school code'), 1);
    assert.equal(report.rejectCount('number of students not a whole number in plain digits'), 1);
    assert.deepEqual(report.toJSON().notes, ['1 count masked for privacy (like "<=3") read as the middle of their range']);
    // Given the registry's codes, a count of a school it does not have (a paritaria) is rejected and listed.
    const known = await readStudents(path, null, new Set(['FIEE81201C']));
    assert.deepEqual([...known.students.keys()], ['FIEE81201C']);
    assert.equal(known.report.rejectCount('school not in the registry'), 1);
    assert.deepEqual(
      known.report.unmatchedRows.map((r) => [r.line, r.code]),
      [[3, 'FIIC81200A']],
    );
    // Its masked count was not read: no note of one; its pupils are said not to be counted.
    assert.deepEqual(known.report.toJSON().notes, [
      "120 pupils counted in the registry's schools; 2 (1.6% of the file's) are in schools it does not have (non-state schools, or codes it no longer lists) and are not counted in any area",
    ]);
    const two = await readStudents(writeText(dir, 't-2024-25.csv', 'CODICESCUOLA,NUMEROSTUDENTI\nFIEE81201C,<=3\nFIIC81200A,<=3\n'));
    assert.deepEqual(two.report.toJSON().notes, ['2 counts masked for privacy (like "<=3") read as the middle of their range']);
  });

  it('reads the school year the counts are of from the name, or takes the one given, and says when it cannot tell', async () => {
    assert.equal(schoolYearInName('/dati/studenti_per_scuola_20242025_uaar.csv'), 2024);
    assert.equal(schoolYearInName('studenti-2025-26.csv'), 2025);
    assert.equal(schoolYearInName('studenti_202324.csv'), 2023);
    assert.equal(schoolYearInName('C:\\dati\\studenti_2024_2025.csv'), 2024);
    // A lone year is 2023/24 or 2024/25; two school years, a date or years that do not follow each other are none.
    for (const name of ['studenti_2024.csv', 'studenti_20232024_20242025.csv', 'studenti_20240901.csv', 'studenti_20242026.csv', 's.csv'])
      assert.equal(schoolYearInName(name), null, name);
    const dir = tempDir();
    const rows = 'CODICESCUOLA,NUMEROSTUDENTI\nFIEE81201C,120\n';
    const unnamed = await readStudents(writeText(dir, 'studenti.csv', rows));
    assert.equal(unnamed.year, null);
    assert.match(unnamed.report.toJSON().notes.join('\n'), /school year of the counts unknown: .*set studentsYear/);
    const given = await readStudents(writeText(dir, 'studenti2.csv', rows), 2025);
    assert.equal(given.year, 2025);
    assert.deepEqual(given.report.toJSON().notes, []);
    // Given against the name: the given year, and the report says both.
    const against = await readStudents(writeText(dir, 'studenti_20242025.csv', rows), 2025);
    assert.equal(against.year, 2025);
    assert.deepEqual(against.report.toJSON().notes, [
      'school year of the counts given as 2025/26 (studentsYear), where the file name says 2024/25: the given year is used',
    ]);
  });

  it('refuses a file without its columns, saying which are missing or what the file is not', async () => {
    const dir = tempDir();
    await assert.rejects(
      readStudents(writeText(dir, 'lacks.csv', 'CODICESCUOLA,ALUNNI\nFIEE81201C,120\n')),
      /lacks\.csv: looks like the MIM students-per-school file but lacks the column NUMEROSTUDENTI \(found: CODICESCUOLA, ALUNNI\)/,
    );
    await assert.rejects(
      readStudents(writeText(dir, 'other.csv', 'codice,valore\nFIEE81201C,120\n')),
      /other\.csv: not the MIM students-per-school file: none of the columns/,
    );
  });
});

/** The inner-areas map's columns as published (its name column optional). */
const MAP_COLUMNS = [
  'PROCOM_T',
  'FLAG CAPOLUOGO',
  'Superficie territoriale (kmq)',
  'Popolazione residente',
  'MAPPA AI 2020\n\nCOD_AI_2020',
  'MAPPA AI 2020 MEDIA tempi di percorrenza',
];

/** An inner-areas map of these rows (header first) in its sheet DATI. */
async function innerAreasMap(cells: (string | number | undefined)[][]): Promise<string> {
  const path = join(tempDir(), 'ai.xlsx');
  await writeXlsxFile(
    cells.map((row) => row.map((value) => ({ value }))),
    { sheet: 'DATI' },
  ).toFile(path);
  return path;
}

describe('readInnerAreas', () => {
  it('refuses a map whose header lacks a column it reads, naming it and what was found', async () => {
    const path = join(tempDir(), 'ai.xlsx');
    const header = ['PROCOM_T', 'FLAG CAPOLUOGO', 'Superficie territoriale (kmq)', 'Popolazione residente', 'MAPPA AI 2020\n\nCOD_AI_2020'];
    const rows = [header, ['001001', 'NO', 9.9, 2500, 'D']].map((row) => row.map((value) => ({ value })));
    await writeXlsxFile(rows, { sheet: 'DATI' }).toFile(path);
    await assert.rejects(readInnerAreas(path, new Set(['001001'])), (error: Error) => {
      assert.match(
        error.message,
        /ai\.xlsx: not the inner-areas map: no column for MEDIATEMPI \(found: PROCOM_T, FLAG CAPOLUOGO, .*COD_AI_2020\)/,
      );
      return true;
    });
  });

  it('reads each cell strictly: a loose number or flag is left unknown and reported with its row, never guessed', async () => {
    const path = await innerAreasMap([
      MAP_COLUMNS,
      ['001001', 0, 13.1462, 2545, 'C', 24],
      ['001002', 1, 15.7, 3633, 'A', 0],
      ['001003', 'NO', 9.9, 'n.d.', 'D', undefined],
      ['001004', '1', -2, 2500.5, 'E', '31,5'],
    ]);
    const known = new Set(['001001', '001002', '001003', '001004']);
    const { comuni, report } = await readInnerAreas(path, known);
    assert.deepEqual(comuni.get('001001'), {
      name: null,
      innerArea: 'C',
      capoluogo: false,
      population: 2545,
      surfaceKm2: 13.1462,
      travelMinutes: 24,
    });
    assert.equal(comuni.get('001002')!.capoluogo, true);
    assert.equal(comuni.get('001002')!.travelMinutes, 0);
    assert.deepEqual(comuni.get('001003'), {
      name: null,
      innerArea: 'D',
      capoluogo: null,
      population: null,
      surfaceKm2: 9.9,
      travelMinutes: null,
    });
    assert.deepEqual(comuni.get('001004'), {
      name: null,
      innerArea: 'E',
      capoluogo: true,
      population: null,
      surfaceKm2: null,
      travelMinutes: null,
    });
    // Every row is kept (its class is sound); every value left unknown is said, with its row and cell (most frequent first).
    assert.equal(report.accepted, 4);
    assert.deepEqual(report.toJSON().corrections, [
      {
        reason: 'population not a whole number of at least 0: left unknown',
        count: 2,
        examples: ['row 4: 001003: "n.d."', 'row 5: 001004: 2500.5'],
      },
      { reason: 'FLAG CAPOLUOGO neither 0 nor 1: left unknown', count: 1, examples: ['row 4: 001003: "NO"'] },
      { reason: 'surface (km²) not a number of at least 0: left unknown', count: 1, examples: ['row 5: 001004: -2'] },
      { reason: 'travel time to the pole (minutes) empty: left unknown', count: 1, examples: ['row 4: 001003: null'] },
      {
        reason: 'travel time to the pole (minutes) not a number of at least 0: left unknown',
        count: 1,
        examples: ['row 5: 001004: "31,5"'],
      },
    ]);
  });

  it('reads a comune that changed its code since 2020 by its name, where that name is the only one on both sides, and says so', async () => {
    const path = await innerAreasMap([
      ['PROCOM_T', 'COMUNE_30sett20', ...MAP_COLUMNS.slice(1)],
      ['041033', 'Montecopiolo', 0, 35.8, 1064, 'E', 54.2],
      ['041060', 'Sassofeltrio', 0, 21.1, 1352, 'D', 32.8],
      // Two unmatched rows share a name: neither is read for the limits' comune of that name.
      ['016901', 'Castro', 0, 3.5, 1300, 'C', 20],
      ['075901', 'Castro', 0, 4.5, 2400, 'E', 40],
      ['005079', 'Moransengo', 0, 5.4, 186, 'C', 23.5],
    ]);
    const names = new Map([
      ['099030', 'Montecopiolo'],
      ['099031', 'SASSOFELTRIO '],
      ['099901', 'Castro'],
      ['081025', 'Misiliscemi'],
    ]);
    const { comuni, report } = await readInnerAreas(path, new Set(names.keys()), (code) => names.get(code));
    assert.equal(comuni.get('099030')?.innerArea, 'E');
    assert.equal(comuni.get('099031')?.innerArea, 'D', 'the same name in another case and spacing');
    assert.equal(comuni.get('099901'), undefined, 'two rows named Castro: neither is guessed');
    assert.deepEqual(report.toJSON().corrections, [
      {
        reason:
          "comune of the limits found in the 2020 map under another code, by its name (no other unmatched comune has it): the map's class read for it",
        count: 2,
        examples: ['041033 → 099030 Montecopiolo', '041060 → 099031 Sassofeltrio'],
      },
    ]);
    assert.deepEqual(report.toJSON().notes, [
      '3 comuni of the 2020 map are not in the limits (merged since): 016901, 075901, 005079',
      '2 comuni of the limits are not in the 2020 map (created since): their class is unknown to the model: 099901, 081025',
    ]);
    // Without the limits' names nothing is matched.
    assert.equal((await readInnerAreas(path, new Set(names.keys()))).comuni.get('099030'), undefined);
  });
});

describe('readFunding', () => {
  it('reads the PNRR 1.4.1 export: school rows only, matched by codice_ipa, renounced counted apart', async () => {
    const dir = tempDir();
    const header =
      'codice_ipa,ente,tipologia_ente,comune,cod_comune,provincia,cod_provincia,regione,cod_regione,importo_finanziamento,avviso,data_invio_candidatura,data_finanziamento,codice_cup,numero_finestra_temporale,numero_di_protocollo,decreto_finanziamento,stato_candidatura,data_stato_candidatura,misura';
    const rows = [
      'c_D612,Comune,Comuni,Firenze,048017,FI,048,Toscana,09,1000.0,"1.4.1 Esperienza del Cittadino - Scuole",x,2022-08-19,c,1,1,d,A,x,"1.4.1 Esperienza del cittadino nei servizi pubblici"',
      'istsc_fiic81200a,IC,Scuole,Firenze,048017,FI,048,Toscana,09,7301.0,"1.4.1 Esperienza del Cittadino - Scuole",x,2022-10-01,c,1,1,d,E,x,"1.4.1 Esperienza del cittadino nei servizi pubblici"',
      'istsc_fiic81200a,IC,Scuole,Firenze,048017,FI,048,Toscana,09,500.0,"1.4.1 Esperienza del Cittadino - Scuole",x,2022-10-01,c,1,1,d,R,x,"1.4.1 Esperienza del cittadino nei servizi pubblici"',
      'istsc_zzic00000z,IC,Scuole,Firenze,048017,FI,048,Toscana,09,2000.0,"1.4.1 Esperienza del Cittadino - Scuole",x,2022-10-01,c,1,1,d,E,x,"1.4.1 Esperienza del cittadino nei servizi pubblici"',
    ];
    const result = await readFunding(writeText(dir, 'f.csv', `${header}\n${rows.join('\n')}\n`), { known });
    assert.equal(result.report.read, 4);
    assert.equal(result.report.rejectCount('not a school (tipologia_ente)'), 1);
    // The grant to a school no longer in the registry still names its comune: kept there, not lost.
    assert.deepEqual(result.schoolGrants, {
      matched: 2,
      matchedEur: 7801,
      unmatched: 0,
      unmatchedEur: 0,
      renounced: 1,
      placedByComune: 1,
      placedByComuneEur: 2000,
      placedRenounced: 0,
    });
    // The report writes its euros as the build report writes numbers ("13,251,315 EUR" for the demo's, not "13251315").
    assert.ok(result.report.toJSON().notes.some((note) => note.startsWith('1 grant (2,000 EUR) names an institution not in the registry')));
    assert.deepEqual(result.comuneGrants, [
      {
        ipa: 'istsc_zzic00000z',
        comune: '048017',
        year: 2022,
        programme: 'pnrr-141',
        projects: 1,
        amountEur: 2000,
        internationalisation: false,
      },
    ]);
    // No rule in the config: PNRR funding is context, never internationalisation.
    assert.deepEqual(result.rows, [
      { code: 'FIIC81200A', year: 2022, programme: 'pnrr-141', projects: 1, amountEur: 7301, internationalisation: false },
    ]);
    const counted = await readFunding(writeText(dir, 'f2.csv', `${header}\n${rows.join('\n')}\n`), {
      known,
      rules: [{ column: 'misura', value: '1.4.1 ESPERIENZA del cittadino nei servizi pubblici' }],
    });
    assert.equal(counted.rows[0]!.internationalisation, true, 'a rule on the misura column counts the line');
    const prefix = await readFunding(writeText(dir, 'f3.csv', `${header}\n${rows.join('\n')}\n`), {
      known,
      rules: [{ column: 'avviso', value: 'b*' }],
    });
    assert.equal(prefix.rows[0]!.internationalisation, false, 'a prefix rule that does not match leaves the line as context');
  });

  it('reads the generic funding CSV and refuses an unknown format', async () => {
    const dir = tempDir();
    const ok = await readFunding(
      writeText(
        dir,
        'g.csv',
        'school_code;school_year;programme;projects;amount_eur\nFIIC81200A;2023/24;pon-fse;2;15000,5\nFIIC81200A;2023/24;PON FSE;1;1\n',
      ),
      { known },
    );
    assert.deepEqual(ok.rows, [
      { code: 'FIIC81200A', year: 2023, programme: 'pon-fse', projects: 2, amountEur: 15000.5, internationalisation: false },
    ]);
    assert.equal(ok.report.rejectCount('invalid programme id'), 1);
    await assert.rejects(readFunding(writeText(dir, 'h.csv', 'a,b\n1,2\n'), { known }), /not a funding export/);
  });
});

describe('participation exports', () => {
  it('reads eTwinning rows and rejects bad ones with reasons; read = accepted + rejected', async () => {
    const dir = tempDir();
    const path = writeText(
      dir,
      'e.csv',
      'school_code,school_year,registered_teachers,projects,quality_labels,school_label\nFIIC81200A,2023/24,4,2,1,si\nFIIC81200A,2023/24,4,2,1,0\nRMIC00000Z,2023,1,1,0,0\nFIEE81201C,2023,x,1,0,0\nFIEE81201C,2024,1,1,0,maybe\n',
    );
    const { rows, report } = await readEtwinning(path, known);
    assert.deepEqual(rows.get('FIIC81200A')?.get(2023), { registeredTeachers: 4, projects: 2, qualityLabels: 1, schoolLabel: true });
    assert.equal(report.rejectCount('duplicate school and year'), 1);
    assert.equal(report.rejectCount('school not in the registry'), 1);
    assert.equal(report.rejectCount('registered_teachers not a whole number in plain digits'), 1);
    assert.equal(report.read, report.accepted + report.rejected);
  });

  it('reads an export saved as an XLSX workbook as its CSV, each cell as the readers parse text, and rejects what the spreadsheet changed', async () => {
    const dir = tempDir();
    const path = join(dir, 'e.xlsx');
    type Cell = string | number | boolean | Date | null;
    const sheet: Cell[][] = [
      ['school_code', 'school_year', 'registered_teachers', 'projects', 'quality_labels', 'school_label'],
      ['FIIC81200A', '2023/24', 4, 2, 1, 'si'],
      ['FIEE81201C', 2024, 1, 1, 0, true],
      // A spreadsheet that read "2022/23" as a date, and a count typed as a fraction: rejected with their reasons.
      ['FIEE81201C', new Date(Date.UTC(2022, 1, 23)), 1, 1, 0, false],
      ['FIIC81200A', 2022, 2.5, 1, 0, false],
      [null, null, null, null, null, null],
    ];
    const cell = (value: Cell) => (value === null ? null : value instanceof Date ? { value, format: 'dd/mm/yyyy' } : { value });
    await writeXlsxFile(sheet.map((row) => row.map(cell)) as never).toFile(path);
    const { rows, report } = await readEtwinning(path, known);
    assert.deepEqual(rows.get('FIIC81200A')?.get(2023), { registeredTeachers: 4, projects: 2, qualityLabels: 1, schoolLabel: true });
    assert.deepEqual(rows.get('FIEE81201C')?.get(2024), { registeredTeachers: 1, projects: 1, qualityLabels: 0, schoolLabel: true });
    assert.equal(report.rejectCount('registered_teachers not a whole number in plain digits'), 1);
    assert.equal(report.rejectCount('invalid school year'), 1);
    assert.equal(report.accepted, 2);
    assert.equal(report.read, 4, 'the empty row is no row');
    assert.equal(report.toJSON().encoding, 'xlsx');
  });

  it('says when the rows of codes gone from the registry fall in some school years only (institutions merged since)', async () => {
    const dir = tempDir();
    // 100 institutions; before 2023/24 a fifth of them had codes the registry no longer has.
    const codes = Array.from({ length: 100 }, (_, i) => `FIIC8${String(i).padStart(3, '0')}0A`);
    const today = new Set(codes);
    const lines = [2021, 2022, 2023].flatMap((year) =>
      codes.map((code, i) => `${year < 2023 && i < 20 ? code.replace('FIIC8', 'FIIC9') : code},${year},3,1,0,0`),
    );
    const header = 'school_code,school_year,registered_teachers,projects,quality_labels,school_label';
    const { report } = await readEtwinning(writeText(dir, 'merged.csv', [header, ...lines].join('\n')), today);
    assert.equal(report.rejectCount('school not in the registry'), 40);
    const json = report.toJSON();
    assert.deepEqual(json.yearCoverage, {
      years: [
        { year: 2021, rows: 100, unmatched: 20 },
        { year: 2022, rows: 100, unmatched: 20 },
        { year: 2023, rows: 100, unmatched: 0 },
      ],
      uneven: true,
    });
    assert.ok(json.notes.some((note) => note.startsWith('rows naming no school of the registry are not spread evenly')));

    // The same codes missed in every year: said, and not as a fault.
    const alike = [2021, 2022, 2023].flatMap((year) =>
      codes.map((code, i) => `${i < 20 ? code.replace('FIIC8', 'FIIC9') : code},${year},3,1,0,0`),
    );
    const even = (await readEtwinning(writeText(dir, 'alike.csv', [header, ...alike].join('\n')), today)).report.toJSON();
    assert.equal(even.yearCoverage?.uneven, false);
    assert.ok(
      even.notes.includes(
        "rows naming no school of the registry are spread evenly over the school years (20.0% to 20.0% of each year's rows): they lower every year alike",
      ),
    );
  });

  it('reads Erasmus+ rows with partner countries and refuses missing columns', async () => {
    const dir = tempDir();
    const path = writeText(
      dir,
      'x.csv',
      'school_code,school_year,accredited,ka1_projects,ka2_projects,participants,grant_eur,partner_countries\nFIIC81200A,2023,1,1,0,25,52000,fr|es ES\nFIEE81201C,2023,1,1,0,25,52000,FRA\n',
    );
    const { rows, report } = await readErasmus(path, known);
    assert.deepEqual(rows.get('FIIC81200A')?.get(2023)?.partnerCountries, ['ES', 'FR']);
    assert.equal(report.rejectCount('partner_countries must be ISO 3166-1 alpha-2 codes'), 1);
    await assert.rejects(
      readErasmus(writeText(dir, 'y.csv', 'school_code,school_year\nFIIC81200A,2023\n'), known),
      /y\.csv: looks like the per-school Erasmus\+ export but lacks the columns accredited, ka1_projects, .* and partner_countries/,
    );
  });
});

describe('readLimits', () => {
  /** The limits of one file: Friuli-Venezia Giulia, the province of Gorizia and `comuni` (code, name) in it, without geometry. */
  async function goriziaLimits(comuni: [code: string, name: string][]) {
    const dir = tempDir();
    const feature = (properties: object) => ({ type: 'Feature', properties, geometry: null });
    const features = [
      feature({ reg_istat_code: '06', reg_name: 'Friuli-Venezia Giulia' }),
      feature({ prov_istat_code: '031', prov_name: 'Gorizia', prov_acr: 'GO', reg_istat_code: '06' }),
      ...comuni.map(([code, name]) => feature({ com_istat_code: code, name, prov_istat_code: '031', reg_istat_code: '06' })),
    ];
    writeFileSync(join(dir, 'limits.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
    return readLimits(dir);
  }

  it('recognises regions, provinces and comuni by their properties, in GeoJSON too', async () => {
    const dir = tempDir();
    const square = (x: number) => ({
      type: 'Polygon',
      coordinates: [
        [
          [x, 43],
          [x + 0.1, 43],
          [x + 0.1, 43.1],
          [x, 43.1],
          [x, 43],
        ],
      ],
    });
    const fc = (features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
    writeFileSync(
      join(dir, 'a.geojson'),
      fc([{ type: 'Feature', properties: { reg_istat_code: '09', reg_name: 'Toscana' }, geometry: square(11) }]),
    );
    writeFileSync(
      join(dir, 'b.geojson'),
      fc([
        {
          type: 'Feature',
          properties: { prov_istat_code: '048', prov_name: 'Firenze', prov_acr: 'FI', reg_istat_code: '09' },
          geometry: square(11),
        },
      ]),
    );
    writeFileSync(
      join(dir, 'c.geojson'),
      fc([
        {
          type: 'Feature',
          properties: { com_istat_code: '048017', com_catasto_code: 'D612', name: 'Firenze', prov_istat_code: '048', reg_istat_code: '09' },
          geometry: square(11),
        },
        {
          type: 'Feature',
          properties: {
            com_istat_code: '048001',
            com_catasto_code: 'A564',
            name: 'Bagno a Ripoli',
            prov_istat_code: '048',
            reg_istat_code: '09',
          },
          geometry: null,
        },
        { type: 'Feature', properties: { other: 1 }, geometry: null },
      ]),
    );
    mkdirSync(join(dir, 'ignored-folder'));
    const limits = await readLimits(dir);
    assert.equal(limits.regions.get('09')?.name, 'Toscana');
    assert.equal(limits.provinces.get('048')?.acronym, 'FI');
    assert.equal(limits.comuneByBelfiore.get('D612'), '048017');
    assert.deepEqual(limits.emptyGeometries, ['048001']);
    assert.equal(limits.reports[2]!.rejectCount('feature without ISTAT codes'), 1);
  });

  it('reads back names whose Windows-1252 letters reached it as C1 controls, and reports each repair', async () => {
    const limits = await goriziaLimits([
      // As openpolis has them: "Š" is byte 0x8A in Windows-1252, read upstream as Latin-1 (U+008A).
      ['031021', 'San Floriano del Collio-\u008ateverjan'],
      ['031007', 'Doberdò del Lago-Doberdob'],
      // 0x81 means nothing in Windows-1252 either: shown as U+FFFD, reported too.
      ['031001', 'Capriva\u0081 del Friuli'],
    ]);
    assert.equal(limits.comuni.get('031021')?.name, 'San Floriano del Collio-Števerjan');
    assert.equal(limits.comuni.get('031007')?.name, 'Doberdò del Lago-Doberdob', 'a Latin-1 letter is left as it is');
    assert.equal(limits.comuni.get('031001')?.name, 'Capriva\ufffd del Friuli');
    const report = limits.reports[0]!.toJSON();
    const repairs = report.corrections.find((c) => c.reason === C1_REPAIR);
    assert.equal(repairs?.count, 2);
    // The report shows the control characters as escapes, never raw.
    assert.deepEqual(repairs?.examples, [
      '031021: San Floriano del Collio-\\u008ateverjan → San Floriano del Collio-Števerjan',
      '031001: Capriva\\u0081 del Friuli → Capriva\ufffd del Friuli',
    ]);
    assert.equal(report.accepted, 5, 'a repaired name keeps its row');
  });

  it('restores a character the limits lost as "?" from a second spelling of the name, and says when it cannot', async () => {
    const limits = await goriziaLimits([
      // As openpolis has it: the "č" did not survive a legacy code page.
      ['031022', "Savogna d'Isonzo-Sovodnje ob So?i"],
      ['031023', 'Staranzano (S?aranzan)'],
      ['031024', 'Turriaco?'],
      ['031025', 'Villesse'],
    ]);
    assert.deepEqual([...limits.lostCharacters.keys()], ['031022', '031023', '031024']);
    const spellings = new Map([
      ['031022', "Savogna d'Isonzo-Sovodnje ob Soči"],
      // Would match were the brackets read as a pattern's group: they are text, so it is not the same name.
      ['031023', 'Staranzano Staranzan'],
      ['031025', 'Villesse'],
    ]);
    restoreLostCharacters(limits, (code) => spellings.get(code));
    assert.equal(limits.comuni.get('031022')?.name, "Savogna d'Isonzo-Sovodnje ob Soči");
    assert.equal(limits.comuni.get('031023')?.name, 'Staranzano (S?aranzan)', 'a spelling that differs elsewhere restores nothing');
    assert.equal(limits.comuni.get('031024')?.name, 'Turriaco?', 'no second spelling');
    const report = limits.reports[0]!.toJSON();
    assert.deepEqual(report.corrections.find((c) => c.reason === LOST_CHARACTER)?.examples, [
      "031022: Savogna d'Isonzo-Sovodnje ob So?i → Savogna d'Isonzo-Sovodnje ob Soči",
    ]);
    assert.equal(report.notes.filter((note) => note.includes('where a character was lost upstream')).length, 2);
    assert.equal(limits.lostCharacters.size, 0, 'each name is looked at once');
  });
});
