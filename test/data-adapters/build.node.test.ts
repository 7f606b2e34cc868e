/**
 * The build end to end on a small real case (the autonomous provinces' registry,
 * its synthetic exports, the PNRR export and the national limits): the output is
 * a valid contract, the report accounts for every row, a failing build leaves the
 * previous output alone, and two builds of the same inputs are byte-identical.
 */
import { tallySchools } from '../../src/map/load-map.ts';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { build } from '../../data-adapters/build.ts';
import { surveyFiles } from '../../data-adapters/synth/synthesize.ts';
import { decodeSearchIndex } from '../../src/search/decode-search-index.ts';
import { areaRows } from '../../src/contract/area-rows.ts';
import { registerSurveyKind } from '../../src/survey/survey-kind.ts';
import { unpackTopology } from '../../src/contract/pack-topology.ts';
import { validatePackedTopology } from '../../src/contract/packed-topology.ts';
import { validateDocument, validateTopology } from '../../src/contract/validate.ts';
import { REAL } from './real-data.ts';
import { smallReleaseConfig, synthesizeSmallRelease } from './small-release.ts';
import { tempDir } from './temp-files.ts';
import { responseRows } from './synth/response-rows.ts';

registerSurveyKind();

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

describe('build', () => {
  const work = tempDir();
  const config = (out: string) => smallReleaseConfig(work, out, { bundleRegion: '02' });
  let first: Awaited<ReturnType<typeof build>>;
  const progress: [done: number, total: number][] = [];
  before(async () => {
    await synthesizeSmallRelease(work);
    first = await build(config(join(work, 'one')));
    await build(config(join(work, 'two')), { onWrite: (done, total) => progress.push([done, total]) });
  });

  it('counts progress against the list of outputs: it ends at its total, which is every file written', () => {
    const files = digest(join(work, 'two')).size;
    assert.ok(progress.every(([, total]) => total === files));
    assert.deepEqual(progress.at(-1), [files, files]);
  });

  it('writes a valid, synthetic-flagged contract with its shards and geometry', () => {
    const out = join(work, 'one');
    const index = validateDocument(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')), ['index']);
    assert.equal(index.synthetic, true);
    assert.ok(index.sources.some((source) => source.synthetic));
    // Without --generated-at, the newest input's time as Italy's clocks showed it: its day names the release.
    assert.match(index.generatedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
    assert.ok(index.release.startsWith(`${index.generatedAt.slice(0, 10)}-s`));
    // The students' school year, read from the file's name (studenti_per_scuola_20242025_uaar.csv), in the index and its source.
    assert.equal(index.studentsYear, 2024);
    assert.match(index.sources.find((s) => s.id === 'mim-studenti')!.name, /^Studenti per scuola 2024\/25 /);
    assert.deepEqual(index.programmes.find((p) => p.id === 'erasmus')!.provisionalYears, [2023, 2024, 2025]);
    const aosta = validateDocument(JSON.parse(readFileSync(join(out, 'regions/02.json'), 'utf8')), ['region']);
    assert.equal(aosta.comuni.length, 74);
    assert.ok(aosta.schools.length >= 224);
    const school = validateDocument(JSON.parse(readFileSync(join(out, `schools/${aosta.schools[0]!.code}.json`), 'utf8')), ['school']);
    assert.equal(school.school.address.region.code, '02');
    const bundle = validateDocument(JSON.parse(readFileSync(join(out, 'bundle-02.json'), 'utf8')), ['bundle']);
    // Its surveys: each wave's results for Italy, Valle d'Aosta and its province, a valid survey document.
    const regional = validateDocument(bundle.surveys![0], ['survey']);
    assert.deepEqual(
      regional.areas.map((a) => `${a.level}:${a.code}`),
      ['nation:IT', 'region:02', 'province:007'],
    );
    // Its search index: its region's schools, each one a shard of the bundle (a small site publishes the bundle alone).
    const inBundle = decodeSearchIndex(bundle.search, 'bundle-02.json#search');
    assert.deepEqual([...inBundle.codes].sort(), bundle.schools.map((s) => s.school.code).sort());
    // The search index sits where the index says, and names every school shard.
    assert.equal(index.shards.search, 'search.json');
    const search = decodeSearchIndex(JSON.parse(readFileSync(join(out, 'search.json'), 'utf8')));
    for (const code of search.codes) assert.ok(existsSync(join(out, `schools/${code}.json`)), code);
    // Beside it, a precompressed copy that any gzip decoder reads back to the very same bytes.
    assert.deepEqual(gunzipSync(readFileSync(join(out, 'search.json.gz'))), readFileSync(join(out, 'search.json')));
    // What a list of institutions and the breakdown of the inactive need: on the institutions' rows, and the nation's reference in the index.
    const institutions = aosta.schools.filter((s) => s.code === s.institution);
    assert.ok(institutions.length > 20 && institutions.every((s) => s.activity && s.contacts && s.students !== undefined));
    // An institution's own registry row without pupils beside its plessi is marked as its office (a profile does not
    // count it among the plessi); a counted own row teaches and is not.
    const counted = new Set(
      readFileSync(REAL.students, 'utf8')
        .split('\n')
        .map((line) => line.split(',')[0]),
    );
    const ownRows = institutions.flatMap((s) => {
      const shard = validateDocument(JSON.parse(readFileSync(join(out, `schools/${s.code}.json`), 'utf8')), ['school']);
      // Each plesso's students, null where the students' file does not count it (the institution's count is the others').
      for (const p of shard.school.plessi) assert.equal(p.students !== null, counted.has(p.code), p.code);
      // Each plesso's grade group, as its own profile has it (an English profile names it).
      for (const p of shard.school.plessi) {
        const own = JSON.parse(readFileSync(join(out, `schools/${p.code}.json`), 'utf8')) as typeof shard;
        assert.equal(p.gradeGroup, own.school.gradeGroup, p.code);
      }
      const own = shard.school.plessi.find((p) => p.code === s.code);
      return own && shard.school.plessi.length > 1 ? [{ code: s.code, office: own.office === true }] : [];
    });
    assert.ok(ownRows.some((row) => row.office) && ownRows.some((row) => !row.office), 'offices and teaching own rows both');
    for (const row of ownRows) assert.equal(row.office, !counted.has(row.code), row.code);
    // Inactive institutions carry their mentors: as many, over every region, as the report counts.
    const withMentors = readdirSync(join(out, 'regions')).flatMap((name) =>
      (JSON.parse(readFileSync(join(out, 'regions', name), 'utf8')) as typeof aosta).schools.filter((s) => s.mentors?.length),
    );
    assert.equal(withMentors.length, first.totals.mentored);
    // A role model's row carries its rank intervals (the list of role models ranks them), as its school shard has them; no other row does.
    const shards = readdirSync(join(out, 'regions')).flatMap(
      (name) => (JSON.parse(readFileSync(join(out, 'regions', name), 'utf8')) as typeof aosta).schools,
    );
    const ranked = shards.filter((s) => s.rankInterval);
    assert.ok(ranked.length > 0);
    assert.deepEqual(
      shards.filter((s) => s.roleModel && s.code === s.institution && s.band !== null).map((s) => s.code),
      ranked.map((s) => s.code),
    );
    for (const row of ranked.slice(0, 5)) {
      const school = JSON.parse(readFileSync(join(out, `schools/${row.code}.json`), 'utf8')) as { index: { rankInterval: unknown } };
      assert.deepEqual(row.rankInterval, school.index.rankInterval, row.code);
    }
    assert.ok(withMentors.every((s) => !s.active && s.code === s.institution));
    assert.ok(
      aosta.schools.filter((s) => s.code !== s.institution).every((s) => s.activity === undefined),
      'plessi share their institution’s',
    );
    assert.equal(aosta.comuni.find((c) => c.code === '007003')?.context?.innerArea, 'A', 'Aosta is a pole');
    const breakdown = index.breakdown!.find((b) => b.dimension === 'innerArea')!;
    const total = breakdown.classes.reduce((sum, c) => sum + c.institutions, 0);
    assert.equal(total, first.totals.institutions);
    // Every consumer of the contract gets safe links: only http(s) websites reach it.
    const websites = readdirSync(join(out, 'schools'))
      .filter((name) => name.endsWith('.json'))
      .map(
        (name) => (JSON.parse(readFileSync(join(out, 'schools', name), 'utf8')) as { school: { website: string | null } }).school.website,
      );
    assert.ok(websites.filter(Boolean).length > 100);
    assert.deepEqual(
      websites.filter((url) => url !== null && !/^https?:\/\/[^\s]+$/.test(url)),
      [],
    );
    // Every layer as plain TopoJSON and packed (what the elements read), the same arcs and objects in both, where the index says.
    const refs = index.geometry;
    assert.deepEqual(
      [refs.regions, refs.provinces, refs.comuni, refs.comuniNational!].map((ref) => [ref.url, ref.packed]),
      [
        ['geo/regions.topo.json', 'geo/regions.packed.json'],
        ['geo/provinces.topo.json', 'geo/provinces.packed.json'],
        ['geo/comuni/{region}.topo.json', 'geo/comuni/{region}.packed.json'],
        ['geo/comuni/italia.topo.json', 'geo/comuni/italia.packed.json'],
      ],
    );
    for (const [layer, object] of [
      ['geo/regions', 'regions'],
      ['geo/provinces', 'provinces'],
      ['geo/comuni/italia', 'comuni'],
      ['geo/comuni/02', 'comuni'],
    ] as const) {
      const topology = validateTopology(JSON.parse(readFileSync(join(out, `${layer}.topo.json`), 'utf8')), object, object);
      const packed = validatePackedTopology(JSON.parse(readFileSync(join(out, `${layer}.packed.json`), 'utf8')), object, object);
      assert.deepEqual({ ...unpackTopology(packed) }, topology, layer);
    }
  });

  it('writes each survey wave where the index says, synthetic, with its source, per nation, region and province', () => {
    const out = join(work, 'one');
    const index = validateDocument(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')), ['index']);
    // In time order: an element's compare="previous" reads the wave listed before.
    assert.deepEqual(
      index.surveys!.map((s) => [s.id, s.schoolYear]),
      [
        ['internazionalizzazione-2024', 2024],
        ['internazionalizzazione-2025', 2025],
      ],
    );
    // Each wave's weights are raked to the activity of its own school year and the two before it, and its method says so.
    for (const [wave, years] of [
      ['internazionalizzazione-2024', 'dal 2022/23 al 2024/25'],
      ['internazionalizzazione-2025', 'dal 2023/24 al 2025/26'],
    ]) {
      const file = validateDocument(JSON.parse(readFileSync(join(out, index.shards.survey!.replace('{wave}', wave!)), 'utf8')), ['survey']);
      assert.match(file.method.description.it, new RegExp(`attività nei programmi ${years}\\)`), wave);
    }
    assert.ok(index.sources.some((s) => s.id === 'survey-internazionalizzazione-2025' && s.synthetic));
    const path = join(out, index.shards.survey!.replace('{wave}', 'internazionalizzazione-2025'));
    const survey = validateDocument(JSON.parse(readFileSync(path, 'utf8')), ['survey']);
    assert.equal(survey.synthetic, true);
    const nation = survey.areas.find((a) => a.level === 'nation')!;
    // The autonomous registry: Valle d'Aosta and Trentino-Alto Adige, their three provinces.
    assert.deepEqual(
      survey.areas.map((a) => `${a.level}:${a.code}`),
      ['nation:IT', 'region:02', 'region:04', 'province:007', 'province:021', 'province:022'],
    );
    assert.equal(nation.invited, first.totals.institutions);
    // The report says it too: who answered, the weights, what was suppressed.
    const reported = first.surveys.find((s) => s.wave === 'internazionalizzazione-2025')!;
    assert.deepEqual(
      [reported.wave, reported.invited, reported.respondents, reported.synthetic],
      ['internazionalizzazione-2025', nation.invited, nation.respondents, true],
    );
    assert.equal(reported.suppressed, survey.areas.flatMap((a) => a.results).filter((r) => r.suppressed).length);
    assert.match(
      first.summary,
      new RegExp(
        `## Surveys\\n\\n- internazionalizzazione-2024 \\(synthetic\\): .*\\n- internazionalizzazione-2025 \\(synthetic\\): ${nation.respondents} of ${nation.invited} invited institutions answered`,
      ),
    );
    // Every synthetic response is counted (in this small registry the national totals make most institutions active: most answer).
    const meta = JSON.parse(readFileSync(`${surveyFiles(work, 2025).responses}.meta.json`, 'utf8')) as {
      respondents: number;
      invited: number;
    };
    assert.equal(nation.respondents, meta.respondents);
    assert.equal(nation.invited, meta.invited);
    assert.equal(survey.areas.find((a) => a.code === '02')!.name, "Valle d'Aosta/Vallée d'Aoste");
    // Every estimate is given with its interval, or suppressed with its n.
    for (const area of survey.areas)
      for (const result of area.results)
        assert.ok(result.suppressed ? result.n < 5 && !result.shares : result.n >= 5, `${area.code} ${result.question}`);
    assert.match(
      survey.method.description.en,
      /raking to the invited institutions' totals by region, grade group, activity in the programmes/,
    );
    // A respondent's school shard says it answered, with its answers to the public questions only (the plan and the
    // teachers abroad, facts; not the obstacles, the importance or the support, opinions).
    // Each wave it answered, with the public questions it did not leave blank.
    const answered = (year: number, code: string) => {
      const row = responseRows(surveyFiles(work, year).responses).find((r) => r.school_code === code);
      return row ? [[`internazionalizzazione-${year}`, ['piano', 'docenti-mobilita'].filter((q) => row[q] !== '')]] : [];
    };
    const respondent = responseRows(surveyFiles(work, 2025).responses)[0]!.school_code!;
    const shard = validateDocument(JSON.parse(readFileSync(join(out, `schools/${respondent}.json`), 'utf8')), ['school']);
    assert.deepEqual(
      shard.surveys!.map((s) => [s.wave, s.answers.map((a) => a.question)]),
      [...answered(2024, respondent), ...answered(2025, respondent)],
    );
    assert.ok(shard.surveys!.at(-1)!.answers.length > 0);
  });

  it("tallies each region's institutions in the index as a map counts them from the region shards", () => {
    const out = join(work, 'one');
    const index = validateDocument(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')), ['index']);
    let counted = 0;
    for (const region of index.regions) {
      const shard = validateDocument(JSON.parse(readFileSync(join(out, `regions/${region.code}.json`), 'utf8')), ['region']);
      const fromShard = tallySchools([shard], 'regions').get(region.code) ?? { active: 0, roleModels: 0 };
      assert.deepEqual(region.tally, fromShard, region.code);
      counted += fromShard.active + fromShard.roleModels;
    }
    // Not vacuous: the autonomous registry's regions have active institutions and role models.
    assert.ok(counted > 50, `${counted}`);
  });

  it('describes every rule a role model passes, its robustness over the uncertainty analysis included', () => {
    const index = validateDocument(JSON.parse(readFileSync(join(work, 'one', 'index.json'), 'utf8')), ['index']);
    const { description, parameters } = index.methods.roleModels;
    assert.equal(parameters.robustShare, 0.9);
    assert.match(description.it, /in almeno il 90% delle 500 simulazioni dell'analisi di incertezza/);
    assert.match(description.en, /in at least 90% of the 500 runs of the uncertainty analysis/);
  });

  it("describes the shadow zones' model it ran, with the parameters that redo every area's estimated rate", () => {
    const out = join(work, 'one');
    const index = validateDocument(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')), ['index']);
    const { description, parameters } = index.methods.shadowZones;
    assert.equal(parameters.method, 'logistic-expectation-two-group-bayesian-fdr');
    // The text named a beta-binomial model the code never ran.
    for (const text of [description.it, description.en]) assert.doesNotMatch(text, /beta-binomial/);
    assert.match(description.it, /due gruppi/);
    assert.match(description.en, /two groups/);
    const lambda = { comuni: Number(parameters.lowRatioComuni), provinces: Number(parameters.lowRatioProvinces) };
    assert.deepEqual(lambda, { comuni: first.shadowZones.levels.comuni.lambda, provinces: first.shadowZones.levels.provinces.lambda });
    let redone = 0;
    for (const region of index.regions) {
      const shard = validateDocument(JSON.parse(readFileSync(join(out, `regions/${region.code}.json`), 'utf8')), ['region']);
      for (const [level, areas] of [
        ['provinces', shard.provinces],
        ['comuni', shard.comuni],
      ] as const)
        for (const { shadow } of areas) {
          if (shadow.probability === undefined || shadow.expectedRate === undefined) continue;
          const p = shadow.probability;
          // Each of the three is rounded to 4 decimals in the contract.
          assert.ok(
            Math.abs(shadow.expectedRate * (1 - p + p * lambda[level]) - shadow.smoothedRate!) < 2e-4,
            `${level} ${JSON.stringify(shadow)}`,
          );
          redone++;
        }
    }
    // Not vacuous (this build's two small regions have no likely low area: test/data-adapters/assemble/shadow-method.node.test.ts has).
    assert.ok(redone >= 10, `${redone} judged`);
  });

  it("gives every count of projects, people or euros its institutions' dispersion per year, and a count of institutions none", () => {
    const index = validateDocument(JSON.parse(readFileSync(join(work, 'one', 'index.json'), 'utf8')), ['index']);
    for (const metric of index.metrics) {
      if (metric.counts) assert.equal(metric.dispersion, undefined, metric.id);
      else {
        assert.equal(metric.dispersion?.length, index.years.length, metric.id);
        assert.ok(
          metric.dispersion!.every((phi) => phi === null || phi >= 0),
          metric.id,
        );
      }
    }
    // Not vacuous: projects clustered in active institutions vary more than Poisson's law allows.
    const projects = index.metrics.find((m) => m.id === 'etwinning.projects')!;
    assert.ok(
      projects.dispersion!.some((phi) => phi !== null && phi > 1),
      JSON.stringify(projects.dispersion),
    );
    // Each region with institutions its own, for the same metrics and years (null where the nation's is, or where the region has none that year); one without, none.
    const measured = index.metrics.filter((m) => m.dispersion);
    assert.ok(index.regions.some((region) => region.institutions === 0 && region.dispersion === undefined));
    for (const region of index.regions.filter((r) => r.institutions > 0)) {
      assert.deepEqual(Object.keys(region.dispersion ?? {}).sort(), measured.map((m) => m.id).sort(), region.code);
      for (const metric of measured)
        assert.deepEqual(
          region.dispersion![metric.id]!.map((phi) => phi === null),
          metric.dispersion!.map((phi, i) => phi === null || !region.values[metric.id]?.[i]),
          `${region.code} ${metric.id}`,
        );
    }
  });

  it('writes a national area file per metric: every comune as its region shard has it, with that metric alone and its tally', () => {
    const out = join(work, 'one');
    const index = validateDocument(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')), ['index']);
    assert.equal(index.shards.areas, 'areas/{level}/{metric}.json');
    const shards = index.regions.map((r) =>
      validateDocument(JSON.parse(readFileSync(join(out, `regions/${r.code}.json`), 'utf8')), ['region']),
    );
    const comuni = new Map(shards.flatMap((shard) => shard.comuni).map((c) => [c.code, c]));
    const tallies = tallySchools(shards, 'comuni');
    for (const metric of index.metrics) {
      const file = validateDocument(JSON.parse(readFileSync(join(out, `areas/comuni/${metric.id}.json`), 'utf8')), ['areas']);
      assert.equal(file.metric, metric.id);
      const rows = areaRows(file);
      assert.equal(rows.length, comuni.size);
      for (const area of rows) {
        // The shard's comune without what a map does not need (its Belfiore code, its context).
        const { values, context: _context, belfiore: _belfiore, ...rest } = comuni.get(area.code)!;
        const { values: own, tally, ...fields } = area;
        assert.deepEqual(fields, rest, area.code);
        assert.deepEqual(own, { [metric.id]: values[metric.id] }, area.code);
        assert.deepEqual(tally, tallies.get(area.code) ?? { active: 0, roleModels: 0 }, area.code);
      }
    }
    // Not vacuous: comuni with active institutions in the autonomous provinces.
    assert.ok([...tallies.values()].filter((t) => t.active > 0).length > 20);
    // And per province, for a national map of provinces: each as its region shard has it, its tally as the map counts it.
    assert.deepEqual(index.areaLevels, ['comuni', 'provinces']);
    const provinces = new Map(shards.flatMap((shard) => shard.provinces).map((p) => [p.code, p]));
    const byProvince = tallySchools(shards, 'provinces');
    const file = validateDocument(JSON.parse(readFileSync(join(out, 'areas/provinces/etwinning.projects.json'), 'utf8')), ['areas']);
    const rows = areaRows(file);
    assert.equal(rows.length, 107, 'every province of Italy');
    for (const area of rows.filter((r) => provinces.has(r.code))) {
      const { values, acronym: _acronym, region: _region, ...rest } = provinces.get(area.code)!;
      const { values: own, tally, province, hasGeometry: _drawn, ...fields } = area;
      assert.deepEqual(fields, rest, area.code);
      assert.equal(province, area.code);
      assert.deepEqual(own, { 'etwinning.projects': values['etwinning.projects'] }, area.code);
      assert.deepEqual(tally, byProvince.get(area.code) ?? { active: 0, roleModels: 0 }, area.code);
    }
    assert.ok([...byProvince.values()].filter((t) => t.active > 0).length >= 3);
  });

  it('accounts for every row it read, and reports what did not match', () => {
    for (const input of first.inputs) assert.equal(input.read, input.accepted + input.rejected, input.file);
    assert.deepEqual(first.unmatched.emptyGeometries, ['096034']);
    assert.ok(first.unmatched.funding[0]!.unmatched > 0);
    // Every unmatched row is listed next to the report, not only the examples in it.
    const listed = readFileSync(join(work, 'one', 'unmatched.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    assert.equal(listed[0], 'file,line,code,amount_eur,reason');
    const unmatched = first.inputs.reduce((sum, input) => sum + input.unmatched, 0) + first.unmatched.unplacedSchools.length;
    assert.equal(listed.length - 1, unmatched);
    assert.match(
      readFileSync(join(work, 'one', 'report.md'), 'utf8'),
      new RegExp(`${unmatched.toLocaleString('en-GB')} rows matched no school or place`),
    );
    assert.ok(first.index.sensitivity.length >= 5);
    assert.ok(readFileSync(join(work, 'one', 'report.md'), 'utf8').startsWith('# Build report'));
  });

  it('reports the analytics a statistician checks: no inactive institution above 0, rank intervals, calibration, mentor loads within capacity', () => {
    assert.equal(first.index.inactiveAboveZero, 0);
    assert.equal(first.index.uncertainty!.runs, 500);
    assert.ok(first.index.diagnostics!.spearman.length >= 6);
    assert.ok(first.shadowZones.calibration, 'the shadow-zone method is calibrated on the build’s own data');
    assert.ok(first.mentors.maxLoad <= first.mentors.capacity);
    const report = readFileSync(join(work, 'one', 'report.md'), 'utf8');
    for (const heading of ['## Method', '### Index (version 2)', '### Shadow zones', '### Intervals of rates'])
      assert.ok(report.includes(heading), heading);
    // Each indicator's denominator named once, and the students' school year every year divides by.
    assert.match(report, /eTwinning projects started per 1,000 students; denominator: students \(per 1,000\)\./);
    assert.match(report, /- Students are counted in 2024\/25 \(the index's `studentsYear`\)/);
    // How each institution is allocated to its plessi's comuni, every institution counted once; and what its rates divide by.
    const { students, counted, plessi } = first.shadowZones.allocation;
    assert.equal(students + counted + plessi, first.totals.institutions);
    assert.ok(students > 0 && counted > 0, `${students} by students, ${counted} by their counted plessi`);
    assert.match(
      report,
      new RegExp(`- \\*\\*Allocation\\*\\*: by their plessi's students for ${students.toLocaleString('en-GB')} institutions`),
    );
    assert.match(report, new RegExp(`${counted.toLocaleString('en-GB')} institutions have some plessi without a count`));
    // The dispersions the intervals are made with, as the index has them.
    const index = validateDocument(JSON.parse(readFileSync(join(work, 'one', 'index.json'), 'utf8')), ['index']);
    // The provisional years as the index writes them, and how many of the index's reference years are among them.
    assert.deepEqual(
      first.provisional,
      index.programmes.filter((p) => p.provisionalYears.length > 0).map((p) => ({ programme: p.id, years: p.provisionalYears })),
    );
    assert.deepEqual(
      first.provisional.map((p) => p.programme),
      ['all', 'erasmus'],
    );
    const within = first.provisional[1]!.years.filter((year) => first.index.referenceYears.includes(year));
    assert.ok(within.length > 0, 'the test data has reference years among the provisional ones');
    assert.ok(
      report.includes(
        `- Provisional years (figures still being reported; the elements mark them): all ${first.provisional[0]!.years.join(', ')}; erasmus ${first.provisional[1]!.years.join(', ')}. ${within.length} of the index's ${first.index.referenceYears.length} reference years are among them (${within.join(', ')})`,
      ),
      report,
    );
    const projects = first.intervals.find((m) => m.metric === 'etwinning.projects')!;
    const at = index.years.indexOf(projects.year);
    assert.equal(projects.nation, index.metrics.find((m) => m.id === 'etwinning.projects')!.dispersion![at]);
    const own = index.regions.flatMap((r) => r.dispersion?.['etwinning.projects']?.[at] ?? []);
    assert.deepEqual([projects.lowest!.dispersion, projects.highest!.dispersion], [Math.min(...own), Math.max(...own)]);
    assert.equal(projects.above.length, own.filter((phi) => phi > projects.nation).length);
    // The synthetic model planted low areas next to its exports; the build checks its flags against them.
    assert.ok(first.shadowZones.planted, 'planted-shadow-zones.json is read');
  });

  it('writes every document of the contract in ASCII, its names as ISTAT spells them', () => {
    const out = join(work, 'one');
    const documents = [...digest(out).keys()].filter((path) => path.endsWith('.json') && path !== 'report.json');
    assert.ok(documents.length > 1000);
    const beyondAscii = documents.filter((path) => readFileSync(join(out, path)).some((byte) => byte > 0x7f));
    assert.deepEqual(beyondAscii, [], 'no byte beyond ASCII: a browser reads the text as a one-byte string');
    const file = validateDocument(JSON.parse(readFileSync(join(out, 'areas/comuni/etwinning.projects.json'), 'utf8')), ['areas']);
    const names = new Map(areaRows(file).map((row) => [row.code, row.name]));
    // openpolis writes these two with C1 controls (readers/limits.ts reads them back); accents come through the escapes.
    assert.equal(names.get('031019'), 'San Floriano del Collio-Števerjan');
    assert.equal(names.get('032001'), 'Duino Aurisina-Devin Nabrežina');
    assert.equal(names.get('031003'), 'Doberdò del Lago-Doberdob');
    assert.equal(names.get('031022'), "Savogna d'Isonzo-Sovodnje ob Soči", 'the "?" of the limits restored from the inner-areas map');
  });

  it('writes the numbers of its Italian sentences with a decimal comma, of its English ones with a point', () => {
    // "2 istituzioni attive su 33 (6.1%)" and "Kish: 1.04" once stood in Italian text, where "1.5" reads as fifteen hundred.
    const out = join(work, 'one');
    const texts: Record<'it' | 'en', string[]> = { it: [], en: [] };
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const { it, en } = value as { it?: unknown; en?: unknown };
        if (typeof it === 'string' && typeof en === 'string') texts.it.push(it) && texts.en.push(en);
        else Object.values(value).forEach(collect);
      }
    };
    const documents = [...digest(out).keys()].filter((path) =>
      /^(index|areas\/comuni\/[^/]+|surveys\/.*|schools\/RM[^/]*)\.json$/.test(path),
    );
    for (const path of documents) collect(JSON.parse(readFileSync(join(out, path), 'utf8')));
    assert.ok(texts.it.length > 100, `${texts.it.length} sentences read`);
    // A point or a comma followed by one or two digits is a decimal mark ("1.000" and "1,000" group thousands;
    // "PNRR 1.4.1" names a measure, "CC BY 4.0" a licence, in every language).
    const decimalPoint = /(?<![\d.])\d+\.\d{1,2}(?![\d.])/;
    const decimalComma = /(?<![\d,])\d+,\d{1,2}(?![\d,])/;
    const licence = /^(CC BY|CC0|IODL) \d\.\d$/;
    assert.deepEqual(texts.it.filter((s) => !licence.test(s) && decimalPoint.test(s)).slice(0, 3), []);
    assert.deepEqual(texts.en.filter((s) => decimalComma.test(s)).slice(0, 3), []);
    assert.ok(
      texts.it.some((s) => decimalComma.test(s)),
      'Italian sentences with decimals were read',
    );
  });

  it('gives byte-identical output for the same inputs and seed', () => {
    const one = digest(join(work, 'one'));
    const two = digest(join(work, 'two'));
    assert.ok(one.size > 1000);
    assert.deepEqual(
      [...one].filter(([path, hash]) => two.get(path) !== hash),
      [],
    );
    assert.equal(one.size, two.size);
  });

  it('leaves the previous output untouched when a build fails', async () => {
    const out = join(work, 'one');
    const before = readFileSync(join(out, 'index.json'), 'utf8');
    const broken = join(work, 'broken.csv');
    writeFileSync(broken, 'FOO,BAR\n1,2\n');
    await assert.rejects(build({ ...config(out), registry: [broken] }), /not a MIM school registry/);
    assert.equal(readFileSync(join(out, 'index.json'), 'utf8'), before);
    assert.deepEqual(
      readdirSync(work).filter((name) => name.includes('.tmp-')),
      [],
    );
  });
});
