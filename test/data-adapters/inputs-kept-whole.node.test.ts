/**
 * The data build never loses, invents or mislabels a value (issue #17): one case
 * per way it used to, on slices of the real files written at test time from
 * ../shared/data (never committed). Each test checks the value that comes out.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { checkNotShrinking } from '../../data-adapters/build.ts';
import { resolveConfig, type BuildConfig } from '../../data-adapters/config.ts';
import { readFunding } from '../../data-adapters/readers/funding.ts';
import { readLimits } from '../../data-adapters/readers/limits.ts';
import { readRegistries } from '../../data-adapters/readers/registry.ts';
import { readStudents } from '../../data-adapters/readers/students.ts';
import { readWebsite } from '../../data-adapters/readers/website.ts';
import { grantPlacement, readInputs, type Inputs } from '../../data-adapters/stages/read-inputs.ts';
import { rollUp } from '../../data-adapters/stages/roll-up.ts';
import { csvText } from '../../src/util/export.ts';
import { REAL, STATE_REGISTRY } from './real-data.ts';
import { tempDir } from './temp-files.ts';

const dir = tempDir();
const records = (text: string) => parse(text, { relax_column_count: true }) as string[][];

/** The real state registry, parsed: header and rows. */
const stateTable = records(gunzipSync(readFileSync(STATE_REGISTRY)).toString('utf8'));
const stateHeader = stateTable[0]!;
const column = (name: string) => stateHeader.indexOf(name);
/** Tuscany's rows of the real registry: a small, real registry. */
const tuscany = stateTable.slice(1).filter((row) => row[column('REGIONE')] === 'TOSCANA');
const write = (name: string, rows: string[][]) => {
  const path = join(dir, name);
  writeFileSync(path, csvText(rows));
  return path;
};
const tuscanyRegistry = write('toscana.csv', [stateHeader, ...tuscany]);

/** The real PNRR 1.4.1 export's school rows in Tuscany. */
const pnrrTable = records(gunzipSync(readFileSync(REAL.funding[0]!)).toString('utf8'));
const pnrrHeader = pnrrTable[0]!;
const pnrrTuscany = pnrrTable.slice(1).filter((row) => row[pnrrHeader.indexOf('cod_regione')] === '09');
/** The same rows as another measure's export would write them (PNRR 1.2, cloud migration), with that measure's amounts. */
const asMeasure12 = (row: string[]) =>
  row.map((cell, i) =>
    pnrrHeader[i] === 'misura'
      ? '1.2 Abilitazione e facilitazione migrazione al Cloud'
      : pnrrHeader[i] === 'avviso'
        ? '1.2 Abilitazione al Cloud per le PA Locali - Scuole - Giugno 2022'
        : pnrrHeader[i] === 'importo_finanziamento'
          ? '12000.0'
          : cell,
  );

const config = (extra: Partial<BuildConfig> = {}) =>
  resolveConfig({ registry: [tuscanyRegistry], geo: REAL.geo, out: join(dir, 'out'), ...extra });

describe('participation years: covered, or rejected with a reason; a year without data is never 0', () => {
  let etwinning: string;
  let codes: string[];
  before(() => {
    // Real institutions of the registry; rows for 2006-2008 and 2014-2016, nothing in between.
    codes = [...new Set(tuscany.map((row) => row[column('CODICEISTITUTORIFERIMENTO')]!))].slice(0, 40);
    const rows = codes.flatMap((code, i) =>
      [2006, 2007, 2008, 2014, 2015, 2016].map((year) => [
        code,
        `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
        '3',
        String(i % 3),
        '0',
        '0',
      ]),
    );
    etwinning = write('etwinning.csv', [
      ['school_code', 'school_year', 'registered_teachers', 'projects', 'quality_labels', 'school_label'],
      ...rows,
    ]);
  });

  it('by default spans every year of the inputs, so no row is dropped, and gives the years without rows null', async () => {
    const inputs = await readInputs(config({ etwinning }));
    const report = inputs.reports.find((r) => r.format === 'etwinning')!;
    assert.equal(report.accepted, 240);
    const rolled = rollUp(inputs, config({ etwinning }));
    assert.deepEqual(rolled.years, [2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    const nation = rolled.areas.get('nation')!.values['etwinning.projects']!;
    const expected = codes.reduce((sum, _, i) => sum + (i % 3), 0);
    assert.deepEqual(nation, [expected, expected, expected, null, null, null, null, null, expected, expected, expected]);
  });

  it('rejects the rows outside the configured years, naming them, and keeps the others', async () => {
    const years = { from: 2014, to: 2016 };
    const inputs = await readInputs(config({ etwinning, years }));
    const report = inputs.reports.find((r) => r.format === 'etwinning')!.toJSON();
    const outside = report.rejects.find((r) => r.reason.startsWith("school year outside the contract's years (2014/15–2016/17"))!;
    assert.equal(outside.count, 120);
    assert.match(outside.examples[0]!, /^line 2: \w{10} 2006$/);
    assert.equal(report.accepted, 120);
    assert.deepEqual(rollUp(inputs, config({ etwinning, years })).years, [2014, 2015, 2016]);
  });
});

describe('PNRR measures read from each row, each its own programme, source and metric', () => {
  let inputs: Inputs;
  const files = () => [
    write('pnrr-141.csv', [pnrrHeader, ...pnrrTuscany]),
    write('pnrr-12.csv', [pnrrHeader, ...pnrrTuscany.map(asMeasure12)]),
  ];
  before(async () => {
    inputs = await readInputs(config({ funding: files() }));
  });

  it('labels the 1.2 export as 1.2, never as 1.4.1', () => {
    assert.deepEqual(
      inputs.funding.map((f) => [...f.programmes.keys()]),
      [['pnrr-141'], ['pnrr-12']],
    );
    assert.equal(inputs.funding[1]!.programmes.get('pnrr-12')!.label.it, 'PNRR 1.2, migrazione al cloud delle scuole');
    assert.match(
      inputs.funding[1]!.report.toJSON().notes.join(' '),
      /PNRR measures read from misura\/avviso: 1\.2 \(\d+ school rows → pnrr-12\)/,
    );
  });

  it('keeps each measure’s euros in its own metric, and says the total is a sum', () => {
    const rolled = rollUp(inputs, config({ funding: files() }));
    const ids = rolled.metrics.map((m) => m.definition.id);
    for (const id of ['funding.amount', 'funding.pnrr-141.amount', 'funding.pnrr-12.amount']) assert.ok(ids.includes(id), id);
    const sum = (id: string) => rolled.areas.get('nation')!.values[id]!.reduce<number>((total, v) => total + (v ?? 0), 0);
    const euros = (rows: string[][]) =>
      rows
        .filter((row) => row[pnrrHeader.indexOf('tipologia_ente')] === 'Scuole' && row[pnrrHeader.indexOf('stato_candidatura')] !== 'R')
        .reduce((total, row) => total + Number(row[pnrrHeader.indexOf('importo_finanziamento')]), 0);
    const placed141 = sum('funding.pnrr-141.amount');
    const placed12 = sum('funding.pnrr-12.amount');
    assert.ok(Math.abs(placed141 - euros(pnrrTuscany)) < 1, `1.4.1: ${placed141} vs ${euros(pnrrTuscany)}`);
    assert.ok(Math.abs(placed12 - euros(pnrrTuscany.map(asMeasure12))) < 1, `1.2: ${placed12}`);
    assert.ok(Math.abs(sum('funding.amount') - placed141 - placed12) < 1);
    const metric = (id: string) => rolled.metrics.find((m) => m.definition.id === id)!.definition;
    assert.equal(metric('funding.pnrr-141.amount').source, 'pnrr-141');
    assert.equal(metric('funding.pnrr-12.amount').source, 'pnrr-12');
    assert.match(metric('funding.amount').label.it, /tutte le misure/);
  });

  it('lets the config map a measure to a programme, and rejects a row whose misura and avviso disagree', async () => {
    const schoolRows = pnrrTuscany.filter((row) => row[pnrrHeader.indexOf('tipologia_ente')] === 'Scuole');
    const mixed = schoolRows
      .slice(0, 20)
      .map((row, i) => (i === 0 ? row.map((cell, j) => (pnrrHeader[j] === 'misura' ? '1.2 Cloud' : cell)) : row));
    const result = await readFunding(write('mixed.csv', [pnrrHeader, ...mixed]), {
      known: new Set(tuscany.map((row) => row[column('CODICESCUOLA')]!)),
      measures: { '1.4.1': { programme: 'pnrr-siti', label: { it: 'Siti web', en: 'Websites' } } },
    });
    assert.deepEqual([...result.programmes.keys()], ['pnrr-siti']);
    assert.equal(result.report.rejectCount('misura and avviso name different PNRR measures'), 1);
    assert.equal(result.report.read, 20);
  });

  it('places a grant of an institution no longer in the registry only where the registry reaches', async () => {
    // The whole national file read with Tuscany's registry: other regions' merged institutions are unmatched, never counted.
    const result = await readFunding(REAL.funding[0]!, {
      known: new Set(inputs.schools.map((s) => s.code)),
      comuneProblem: grantPlacement(inputs.located, inputs.limits),
    });
    assert.ok(result.comuneGrants.length > 0);
    for (const grant of result.comuneGrants) assert.equal(inputs.limits.comuni.get(grant.comune)!.region, '09');
    assert.ok(result.report.toJSON().rejects.some((r) => /in a region the registry files do not cover/.test(r.reason)));
    assert.equal(result.report.unmatchedRows.length, result.schoolGrants.unmatched);
  });
});

describe('numbers are read strictly; missing stays missing', () => {
  it('rejects 1e9, 12.5 and 0x1F with their lines and values, keeps a thousands separator, and leaves blanks missing', async () => {
    const students = records(readFileSync(REAL.students, 'utf8')).slice(1, 9);
    const damaged = ['1e9', '12.5', '0x1F', '', 'Non Disponibile', '1.234', '<=3', '42'];
    const path = join(dir, 'studenti.csv');
    writeFileSync(path, ['CODICESCUOLA;NUMEROSTUDENTI', ...students.map((row, i) => `${row[0]};${damaged[i]}`)].join('\n') + '\n');
    const { students: read, report } = await readStudents(path);
    const json = report.toJSON();
    const loose = json.rejects.find((r) => r.reason === 'number of students not a whole number in plain digits')!;
    assert.equal(loose.count, 3);
    assert.deepEqual(
      loose.examples,
      [2, 3, 4].map((line, i) => `line ${line}: ${students[i]![0]} ${JSON.stringify(damaged[i])}`),
    );
    assert.equal(report.rejectCount('number of students missing'), 2);
    assert.equal(read.has(students[3]![0]!), false, 'a blank is missing, not 0');
    assert.equal(read.has(students[4]![0]!), false, '"Non Disponibile" is missing, not 0');
    assert.equal(read.get(students[5]![0]!), 1234, '"1.234" in a ;-separated (Italian) file');
    assert.equal(read.get(students[7]![0]!), 42);
  });
});

describe('formats recognised by all of their columns', () => {
  it('refuses a state registry without CODICEISTITUTORIFERIMENTO, naming the format and the column', async () => {
    const drop = column('CODICEISTITUTORIFERIMENTO');
    const path = write(
      'no-institution.csv',
      [stateHeader, ...tuscany.slice(0, 300)].map((row) => row.filter((_, i) => i !== drop)),
    );
    await assert.rejects(
      readRegistries([path]),
      /no-institution\.csv: looks like the MIM registry of state schools \(SCUANAGRAFESTAT\) but lacks the column CODICEISTITUTORIFERIMENTO/,
    );
  });
});

describe('a registry that yields nothing, or far less, never replaces a live contract', () => {
  it('stops a header-only registry with a clear error', async () => {
    const headerOnly = write('header-only.csv', [stateHeader]);
    const inputs = await readInputs(config({ registry: [headerOnly] }));
    await assert.rejects(checkNotShrinking(inputs, config({ registry: [headerOnly] })), /the registry files yield no school/);
  });

  it('stops a build far smaller than the contract it would replace, unless told --allow-shrink', async () => {
    const out = join(dir, 'live');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'report.json'), JSON.stringify({ totals: { schools: 50_349 } }));
    const inputs = await readInputs(config({ out }));
    await assert.rejects(
      checkNotShrinking(inputs, config({ out })),
      /this build has \d+ schools against 50349 .* run again with --allow-shrink/,
    );
    await checkNotShrinking(inputs, config({ out, allowShrink: true }));
  });
});

describe('administrative limits', () => {
  it('names the region whose comuni file is missing', async () => {
    const geo = join(dir, 'geo-without-tuscany');
    mkdirSync(geo);
    for (const name of readdirSync(REAL.geo))
      if (name !== 'limits_R_9_municipalities.topo.json') symlinkSync(join(REAL.geo, name), join(geo, name));
    await assert.rejects(readLimits(geo), /no comuni for 09 Toscana \(is its comuni file/);
  });

  it('names the properties it looks for when the features have none of them (a Natural Earth file)', async () => {
    const geo = join(dir, 'natural-earth');
    mkdirSync(geo);
    const feature = { type: 'Feature', properties: { NAME: 'Italy', ISO_A2: 'IT' }, geometry: { type: 'Point', coordinates: [12, 42] } };
    writeFileSync(join(geo, 'countries.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
    await assert.rejects(
      readLimits(geo),
      /recognised by the properties com_istat_code, prov_istat_code, reg_istat_code .* properties present: NAME, ISO_A2/,
    );
  });
});

describe('websites: only http(s) reaches the contract', () => {
  it('drops javascript:, data: and vbscript: in any case, repairs https// and bare host names, and reports each', async () => {
    const site = column('SITOWEBSCUOLA');
    const values = [
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      'https//www.icbotticelli.edu.it',
      'www.liceo.edu.it',
      'ist.x@libero.it',
    ];
    const rows = tuscany.slice(0, values.length).map((row, i) => row.map((cell, j) => (j === site ? values[i]! : cell)));
    const { schools, reports } = await readRegistries([write('websites.csv', [stateHeader, ...rows])]);
    assert.deepEqual(
      schools.map((s) => s.website),
      [null, null, null, 'https://www.icbotticelli.edu.it/', 'https://www.liceo.edu.it/', null],
    );
    const report = reports[0]!;
    assert.equal(report.correctionCount('website dropped: not an http(s) address'), 3);
    assert.equal(report.correctionCount('website dropped: an e-mail address, not a website'), 1);
    assert.equal(report.correctionCount('website repaired: "https//" made "https://"'), 1);
    assert.equal(report.correctionCount('website repaired: bare host name: https:// added'), 1);
    assert.equal(report.accepted, values.length, 'the school stays; only its unsafe website goes');
  });

  it('repairs only what is certain', () => {
    assert.deepEqual(readWebsite('http:/www.x.it'), { url: 'http://www.x.it/', repair: '"http:/" made "http://"', problem: null });
    assert.equal(readWebsite('WWW TARVISIOSCUOLE.IT').url, null);
    assert.equal(readWebsite('https://user:pw@evil.example/').url, null);
    assert.equal(readWebsite(null).url, null);
  });
});
