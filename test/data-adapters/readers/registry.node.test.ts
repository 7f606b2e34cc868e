import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
