import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFunding } from '../../../data-adapters/readers/funding.ts';
import { readErasmus, readEtwinning } from '../../../data-adapters/readers/participation.ts';
import { readSuccessors, registryCode } from '../../../data-adapters/readers/successors.ts';
import { tempDir, writeText } from '../temp-files.ts';

/** Today's registry: two institutions. */
const known = new Set(['FIIC81200A', 'FIIC80900N']);

describe('successors (institutions that took over others)', () => {
  it('reads old → new codes, follows a chain to the registry, and rejects what cannot count anywhere', async () => {
    const path = writeText(
      tempDir(),
      'successors.csv',
      [
        'old_code;new_code',
        'fiic81500x;FIIC81200A', // lower case is read as the code it is
        'FIIC82000B;FIIC83000E', // a chain: B by E, E by N
        'FIIC83000E;FIIC80900N',
        'FIIC84000T;FIIC85000P', // a dead end: P is nowhere
        'FIIC86000V;FIIC87000Z', // a cycle
        'FIIC87000Z;FIIC86000V',
        'FIIC81200A;FIIC80900N', // still in the registry
        'FIIC81500X;FIIC80900N', // named twice
        'FIIC88000X;FIIC88000X',
        'FIIC89;FIIC80900N',
      ].join('\n'),
    );
    const { successors, report } = await readSuccessors(path, known);
    assert.deepEqual(
      [...successors].sort(),
      [
        ['FIIC81500X', 'FIIC81200A'],
        ['FIIC82000B', 'FIIC80900N'],
        ['FIIC83000E', 'FIIC80900N'],
      ].sort(),
    );
    assert.equal(report.rejectCount('successor not in the registry'), 1);
    assert.equal(report.rejectCount('a cycle of successors'), 2);
    assert.equal(report.rejectCount('old code still in the registry: its rows are its own'), 1);
    assert.equal(report.rejectCount('old code named twice'), 1);
    assert.equal(report.rejectCount('a code its own successor'), 1);
    assert.equal(report.rejectCount('invalid school code'), 1);
    assert.equal(report.read, 10);
    assert.equal(report.read, report.accepted + report.rejected);
    assert.equal(registryCode('FIIC81200A', known, successors), 'FIIC81200A');
    assert.equal(registryCode('FIIC82000B', known, successors), 'FIIC80900N');
    assert.equal(registryCode('FIIC84000T', known, successors), null);
    assert.equal(registryCode('FIIC82000B', known, null), null);
  });

  it("counts an old code's participation for its successor, joined to the successor's own rows of the same year", async () => {
    const dir = tempDir();
    const successors = new Map([['FIIC81500X', 'FIIC81200A']]);
    const header = 'school_code,school_year,registered_teachers,projects,quality_labels,school_label';
    const etwinning = writeText(
      dir,
      'e.csv',
      [
        header,
        'FIIC81500X,2022,4,2,1,0', // the old institution alone, before the merger
        'FIIC81500X,2023,3,1,0,1', // and the year both reported
        'FIIC81200A,2023,5,2,1,0',
        'FIIC81200A,2023,5,2,1,0', // a second own row: a duplicate still
        'FIIC81500X,2023,3,1,0,1', // and a second row of the old code
        'FIIC81600P,2023,1,1,0,0', // gone, with no successor named
      ].join('\n'),
    );
    const { rows, report } = await readEtwinning(etwinning, known, null, successors);
    assert.deepEqual(rows.get('FIIC81200A')?.get(2022), { registeredTeachers: 4, projects: 2, qualityLabels: 1, schoolLabel: false });
    assert.deepEqual(rows.get('FIIC81200A')?.get(2023), { registeredTeachers: 8, projects: 3, qualityLabels: 1, schoolLabel: true });
    assert.equal(rows.has('FIIC81500X'), false);
    assert.equal(report.rejectCount('duplicate school and year'), 2);
    assert.equal(report.rejectCount('school not in the registry'), 1);
    assert.equal(report.correctionCount('counted for the institution that took it over (successors file)'), 2);
    // Counted rows are matched rows: the years lose nothing to the merger.
    assert.deepEqual(report.yearCoverage?.years, [
      { year: 2022, rows: 1, unmatched: 0 },
      { year: 2023, rows: 5, unmatched: 1 },
    ]);

    const erasmus = writeText(
      dir,
      'x.csv',
      [
        'school_code,school_year,accredited,ka1_projects,ka2_projects,participants,grant_eur,partner_countries',
        'FIIC81500X,2023,1,1,0,25,52000.50,FR ES',
        'FIIC81200A,2023,0,0,1,6,180000,DE|FR',
      ].join('\n'),
    );
    const read = await readErasmus(erasmus, known, null, successors);
    assert.deepEqual(read.rows.get('FIIC81200A')?.get(2023), {
      accredited: true,
      ka1Projects: 1,
      ka2Projects: 1,
      participants: 31,
      grantEur: 232000.5,
      partnerCountries: ['DE', 'ES', 'FR'],
    });
  });

  it("counts a grant to an old code for its successor, a PNRR grant too, rather than only in the grant's comune", async () => {
    const dir = tempDir();
    const successors = new Map([['FIIC81500X', 'FIIC81200A']]);
    const generic = writeText(
      dir,
      'g.csv',
      'school_code,school_year,programme,projects,amount_eur\nFIIC81500X,2023,intercultura,1,5000\nFIIC81600P,2023,intercultura,1,7000\n',
    );
    const read = await readFunding(generic, { known, successors });
    assert.deepEqual(
      read.rows.map((row) => [row.code, row.amountEur]),
      [['FIIC81200A', 5000]],
    );
    assert.equal(read.report.rejectCount('school not in the registry'), 1);
    assert.equal(read.report.correctionCount('counted for the institution that took it over (successors file)'), 1);
    // The generic export's years are judged as a participation export's: the grant counted for its successor is no loss.
    assert.deepEqual(read.report.toJSON().yearCoverage?.years, [{ year: 2023, rows: 2, unmatched: 1 }]);

    const pnrr = writeText(
      dir,
      'p.csv',
      [
        'codice_ipa,tipologia_ente,cod_comune,importo_finanziamento,avviso,data_finanziamento,stato_candidatura,misura',
        'istsc_fiic81500x,Scuole,048001,7301,1.4.1 Esperienza del Cittadino - Scuole,2022-10-01,F,1.4.1',
        'istsc_fiic81600p,Scuole,048001,7301,1.4.1 Esperienza del Cittadino - Scuole,2022-10-01,F,1.4.1',
      ].join('\n'),
    );
    const grants = await readFunding(pnrr, { known, successors });
    assert.deepEqual(
      grants.rows.map((row) => row.code),
      ['FIIC81200A'],
    );
    assert.equal(grants.comuneGrants.length, 1, 'the grant with no successor is placed by its comune, as before');
    assert.equal(grants.schoolGrants.matched, 1);
  });
});
