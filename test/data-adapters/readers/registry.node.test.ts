import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildInstitutions } from '../../../data-adapters/aggregate/institutions.ts';
import type { Location } from '../../../data-adapters/aggregate/locate-schools.ts';
import { readRegistries } from '../../../data-adapters/readers/registry.ts';
import { STATE_HEADER, stateRow, tempDir, writeText } from '../temp-files.ts';

const AUT_HEADER = STATE_HEADER.replace(',SEDESCOLASTICA', '');
const PARITARIE_HEADER =
  'ANNOSCOLASTICO,AREAGEOGRAFICA,REGIONE,PROVINCIA,CODICESCUOLA,DENOMINAZIONESCUOLA,INDIRIZZOSCUOLA,CAPSCUOLA,CODICECOMUNESCUOLA,DESCRIZIONECOMUNE,DESCRIZIONETIPOLOGIAGRADOISTRUZIONESCUOLA,INDIRIZZOEMAILSCUOLA,INDIRIZZOPECSCUOLA,SITOWEBSCUOLA';

describe('readRegistries', () => {
  const dir = tempDir();

  it('recognises the three MIM formats from their headers', async () => {
    const state = writeText(dir, 'a.csv', `${STATE_HEADER}\n${stateRow({ institution: 'FIIC81200A', code: 'FIEE81201C' })}\n`);
    const aut = writeText(
      dir,
      'b.csv',
      `${AUT_HEADER}\n${stateRow({ institution: 'AOIC00100A', code: 'AOEE00101B' }).replace(/,NO$/, '')}\n`,
    );
    const par = writeText(
      dir,
      'c.csv',
      `${PARITARIE_HEADER}\n202324,CENTRO,TOSCANA,FIRENZE,FI1E00100X,SCUOLA PARITARIA S. ANNA,VIA ROMA 2,50100,D612,FIRENZE,SCUOLA PRIMARIA,Non Disponibile,Non Disponibile,Non Disponibile\n`,
    );
    const { schools, reports } = await readRegistries([state, aut, par]);
    assert.deepEqual(
      reports.map((r) => r.format),
      ['mim-state', 'mim-autonomous', 'mim-paritarie'],
    );
    assert.equal(schools.length, 3);
    const paritaria = schools.find((s) => s.code === 'FI1E00100X')!;
    assert.equal(paritaria.institution, 'FI1E00100X', 'a paritaria is its own institution');
    assert.equal(paritaria.kind, 'paritaria');
    assert.equal(paritaria.email, null, '"Non Disponibile" is missing');
    assert.equal(schools[0]!.schoolYear, 2025);
  });

  it('reports a code present in two files, counting it once', async () => {
    const row = stateRow({ institution: 'FIIC81200A', code: 'FIEE81201C' });
    const first = writeText(dir, 'd1.csv', `${STATE_HEADER}\n${row}\n`);
    const second = writeText(dir, 'd2.csv', `${STATE_HEADER}\n${row}\n${stateRow({ institution: 'FIIC81200A', code: 'FIEE81202D' })}\n`);
    const { schools, reports } = await readRegistries([first, second]);
    assert.equal(schools.length, 2);
    assert.equal(reports[1]!.rejectCount('duplicate school code'), 1);
    for (const report of reports) assert.equal(report.read, report.accepted + report.rejected);
  });

  it('accepts ; separators, Latin-1 and renamed (lower-case, underscored) columns', async () => {
    const header = STATE_HEADER.toLowerCase().replace('codicescuola', 'codice_scuola').replaceAll(',', ';');
    const path = writeText(
      dir,
      'e.csv',
      `${header}\n${stateRow({ institution: 'FIIC81200A', code: 'FIEE81201C', comune: 'FORLÌ' }).replaceAll(',', ';')}\n`,
      { latin1: true },
    );
    const { schools, reports } = await readRegistries([path]);
    assert.equal(schools[0]!.comuneName, 'FORLÌ');
    assert.equal(reports[0]!.details.delimiter, ';');
  });

  it('rejects invalid codes and rows without a comune, with reasons', async () => {
    const path = writeText(
      dir,
      'f.csv',
      `${STATE_HEADER}\n${stateRow({ institution: 'FIIC81200A', code: 'BAD' })}\n${stateRow({ institution: 'FIIC81200A', code: 'FIEE81209Z', comune: 'Non Disponibile' })}\n${stateRow({ institution: 'FIIC81200A', code: 'FIEE81201C', name: 'Non Disponibile' })}\n`,
    );
    const { schools, reports } = await readRegistries([path]);
    const report = reports[0]!;
    assert.equal(report.rejectCount('invalid school code'), 1);
    assert.equal(report.rejectCount('missing region, province or comune'), 1);
    assert.equal(report.read, 3);
    assert.equal(report.accepted, 1);
    assert.equal(schools[0]!.name, 'SCUOLA PRIMARIA (FIRENZE)', 'an unnamed plesso is named by type and place');
  });

  it('drops a CAP that is not five digits and a street without a letter, and reports each', async () => {
    const path = writeText(
      dir,
      'address.csv',
      `${STATE_HEADER}\n${stateRow({ institution: 'CAIC80300A', code: 'CAEE80301B', cap: '8038', street: '095/7936163' })}\n${stateRow({ institution: 'CAIC80300A', code: 'CAEE80302C', cap: '09038', street: 'VIA 4 NOVEMBRE 12' })}\n`,
    );
    const { schools, reports } = await readRegistries([path]);
    assert.deepEqual(
      schools.map((s) => [s.cap, s.street]),
      [
        [null, null],
        ['09038', 'VIA 4 NOVEMBRE 12'],
      ],
    );
    const corrections = reports[0]!.toJSON().corrections.filter((c) => !c.reason.startsWith('website'));
    assert.deepEqual(
      corrections.map((c) => [c.reason, c.examples]),
      [
        ['CAP dropped: not five digits', ['line 2: CAEE80301B "8038"']],
        ['street dropped: no letter in it (a number alone, a telephone number)', ['line 2: CAEE80301B "095/7936163"']],
      ],
    );
  });

  it('names a plesso the registry calls "-" by type and place, and reports it', async () => {
    const path = writeText(
      dir,
      'dash.csv',
      `${STATE_HEADER}
${stateRow({ institution: 'FIIC81200A', code: 'FIEE81201C', name: '-' })}
${stateRow({ institution: 'FIIC81200A', code: 'FIEE81202D', name: '2° CIRCOLO' })}
`,
    );
    const { schools, reports } = await readRegistries([path]);
    assert.deepEqual(
      schools.map((s) => s.name),
      ['SCUOLA PRIMARIA (FIRENZE)', '2° CIRCOLO'],
    );
    assert.deepEqual(
      reports[0]!
        .toJSON()
        .corrections.filter((c) => c.reason.startsWith('name'))
        .map((c) => [c.reason, c.count, c.examples]),
      [['name without a letter or digit: named by type and comune', 1, ['line 2: FIEE81201C "-"']]],
    );
  });

  it("reads a CPIA as the registry says, in the grade group of other institutions, though its code and grade are a lower secondary school's", async () => {
    const mm = { grade: 'SCUOLA PRIMO GRADO', seat: 'SI' as const };
    const path = writeText(
      dir,
      'cpia.csv',
      [
        STATE_HEADER,
        stateRow({ institution: 'RMMM67000C', code: 'RMMM67000C', name: 'CPIA 1', characteristic: 'CPIA', ...mm }),
        stateRow({ institution: 'RMMM67000C', code: 'RMCT70100L', name: 'C.T.P. 02', grade: 'CENTRO TERRITORIALE' }),
        stateRow({ institution: 'RMMM05300D', code: 'RMMM05300D', name: 'S.M.S. ANNESSA', ...mm }),
        stateRow({ institution: 'RMMM05300D', code: 'RMMM05301E', characteristic: 'Non Disponibile', ...mm }),
      ].join('\n'),
    );
    const { schools, reports } = await readRegistries([path]);
    const of = new Map(schools.map((s) => [s.code, s]));
    assert.equal(of.get('RMMM67000C')!.characteristic, 'CPIA');
    assert.equal(of.get('RMMM67000C')!.grade, 'SCUOLA PRIMO GRADO (CPIA)', 'the grade as the registry writes it, and what it is');
    assert.match(reports[0]!.toJSON().notes.join('\n'), /1 school is a CPIA .*"altro"/);
    assert.equal(of.get('RMMM67000C')!.gradeGroup, 'altro');
    assert.equal(of.get('RMMM05300D')!.characteristic, 'NORMALE');
    assert.equal(of.get('RMMM05300D')!.grade, 'SCUOLA PRIMO GRADO');
    assert.equal(of.get('RMMM05300D')!.gradeGroup, 'secondaria-primo-grado');
    assert.equal(of.get('RMMM05301E')!.characteristic, undefined, '"Non Disponibile" is no characteristic');
    const located = new Map<string, Location>(schools.map((s) => [s.code, { comune: '058091', province: '058', region: '12' }]));
    const institutions = buildInstitutions(schools, located, new Map(), { etwinning: new Map(), erasmus: new Map(), funding: [] });
    assert.equal(institutions.get('RMMM67000C')!.gradeGroup, 'altro');
    assert.equal(institutions.get('RMMM05300D')!.gradeGroup, 'secondaria-primo-grado');
  });

  it('refuses a file that is not a registry, naming the missing columns', async () => {
    const path = writeText(dir, 'g.csv', 'CODICESCUOLA,DENOMINAZIONESCUOLA\nX,Y\n');
    await assert.rejects(
      readRegistries([path]),
      /looks like the MIM registry of paritarie schools .* but lacks the columns ANNOSCOLASTICO, AREAGEOGRAFICA, REGIONE/,
    );
    await assert.rejects(readRegistries([writeText(dir, 'h.csv', 'FOO,BAR\n1,2\n')]), /not a MIM school registry/);
  });

  it('refuses an empty file', async () => {
    await assert.rejects(readRegistries([writeText(dir, 'i.csv', '')]), /empty/);
  });
});
