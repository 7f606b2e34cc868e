import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { modelOf } from '../../../data-adapters/build.ts';
import { planOutputs, shardsOf } from '../../../data-adapters/stages/outputs.ts';
import { areaRows } from '../../../src/contract/area-rows.ts';
import { validateDocument } from '../../../src/contract/validate.ts';
import type { SchoolShard } from '../../../src/contract/contract.types.ts';
import { decodeSearchIndex } from '../../../src/search/decode-search-index.ts';
import { FILE_LAYOUT } from '../../../src/contract/file-layout.ts';
import { locateSchools } from '../../../data-adapters/aggregate/locate-schools.ts';
import { school, worldConfig, worldInputs } from './world.ts';

describe('stage: outputs', () => {
  it('plans every file once (the search index and its precompressed copy too), each valid when made', async () => {
    const { model } = await modelOf(worldInputs(), { ...worldConfig(), bundleRegion: '09' });
    // eTwinning's last year still counting, as Erasmus+'s are in a real release (the world's Erasmus+ rows end before its last year).
    model.programmes.find((p) => p.id === 'etwinning')!.provisionalYears = [2024];
    const plan = planOutputs(model);
    const paths = plan.map((p) => p.path);
    assert.equal(new Set(paths).size, paths.length, 'no file twice');
    const shards = [...model.institutions.values()].reduce((sum, i) => sum + shardsOf(i).length, 0);
    // index, search, 2 regions, two national area files per metric (comuni, provinces) each with its latest year's, 3
    // national layers and 2 comuni layers each as TopoJSON and packed, the shards, search.json.gz, the bundle.
    assert.equal(plan.length, 1 + 1 + 2 + 2 * 2 * model.metrics.length + 2 * (3 + 2) + shards + 1 + 1);
    assert.deepEqual(
      paths.filter((path) => path.startsWith('geo/')),
      ['regions', 'provinces', 'comuni/italia', 'comuni/09', 'comuni/12'].flatMap((layer) => [
        `geo/${layer}.topo.json`,
        `geo/${layer}.packed.json`,
      ]),
    );
    assert.ok(model.metrics.length > 5);
    assert.deepEqual(paths.slice(0, 2), ['index.json', 'search.json']);
    assert.equal(paths.at(-2), 'search.json.gz');
    assert.equal(paths.at(-1), 'bundle-09.json');
    let previous = '';
    let wholeText: string | undefined;
    let finals = 0;
    for (const output of plan) {
      const file = await output.make();
      assert.equal(file.path, output.path);
      if (output.path.startsWith('schools/')) validateDocument(JSON.parse(file.text as string), ['school'], file.path);
      // Each latest year's file is its whole file's last year (src/contract/area-latest.ts).
      if (output.path.endsWith('.latest.json')) {
        const latest = validateDocument(JSON.parse(file.text as string), ['areas-latest'], file.path);
        const whole = validateDocument(JSON.parse(wholeText!), ['areas'], output.path);
        assert.equal(wholeText !== undefined && output.path.replace('.latest', ''), previous);
        assert.deepEqual(latest.columns.value, whole.columns.values.at(-1));
        assert.deepEqual([latest.year, latest.metric, latest.level], [whole.years.at(-1), whole.metric, whole.level]);
        // Where its year is provisional for the metric's programme, the latest final year's values too.
        const programme = model.metrics.find((m) => m.definition.id === latest.metric)!.definition.programme;
        const provisional = model.programmes.find((p) => p.id === programme)!.provisionalYears;
        if (latest.final) {
          finals++;
          assert.ok(provisional.includes(latest.year) && !provisional.includes(latest.final.year), output.path);
          assert.deepEqual(latest.final.value, whole.columns.values[whole.years.indexOf(latest.final.year)]);
        } else assert.ok(!provisional.includes(latest.year) || provisional.length === whole.years.length, output.path);
        continue;
      }
      [previous, wholeText] = [output.path, file.text as string];
      // The world's 3 comuni, and its 2 provinces, each with its tally of institutions as the map counts them.
      if (output.path.startsWith('areas/comuni/'))
        assert.equal(areaRows(validateDocument(JSON.parse(file.text as string), ['areas'], file.path)).length, 3);
      if (output.path.startsWith('areas/provinces/')) {
        const rows = areaRows(validateDocument(JSON.parse(file.text as string), ['areas'], file.path));
        assert.deepEqual(
          rows.map((r) => [r.code, r.province]),
          [
            ['048', '048'],
            ['058', '058'],
          ],
        );
      }
    }
    // eTwinning's metrics' latest files carry their final year, 2023, at both levels.
    assert.equal(finals, 2 * model.metrics.filter((m) => m.definition.programme === 'etwinning').length);
  });

  it("writes every file its index names where the index says, as laid out for a map's head start", async () => {
    const { model } = await modelOf(worldInputs(), worldConfig());
    const paths = new Set(planOutputs(model).map((p) => p.path));
    const index = validateDocument(JSON.parse((await planOutputs(model)[0]!.make()).text as string), ['index'], 'index.json');
    const { survey: _survey, ...shards } = FILE_LAYOUT.shards;
    assert.deepEqual(index.shards, shards);
    assert.deepEqual({ ...index.geometry, projection: undefined }, { ...FILE_LAYOUT.geometry, projection: undefined });
    const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
    const named = [
      index.shards.search,
      ...index.regions.map((r) => fill(index.shards.region, { region: r.code })),
      ...index.metrics.flatMap((m) =>
        (index.areaLevels ?? []).flatMap((level) =>
          [index.shards.areas!, index.shards.areasLatest!].map((t) => fill(t, { level, metric: m.id })),
        ),
      ),
      ...Object.values(index.geometry).flatMap((ref) =>
        'url' in ref
          ? ref.url.includes('{region}')
            ? index.regions.flatMap((r) => [fill(ref.url, { region: r.code }), fill(ref.packed!, { region: r.code })])
            : [ref.url, ref.packed!]
          : [],
      ),
    ];
    assert.ok(named.length > 20);
    for (const path of named) assert.ok(paths.has(path), `${path} is named by the index and written`);
  });

  it("names in an institution's shards, its plessi's too, the institutions merged into it whose rows count as its own", async () => {
    const inputs = worldInputs();
    // FIIC100001 took over two institutions, one named by the code of its plesso FIEE100002; FIIC300005 none.
    inputs.successors = new Map([
      ['FIIC900009', 'FIEE100002'],
      ['FIIC800008', 'FIIC100001'],
    ]);
    const { model } = await modelOf(inputs, worldConfig());
    const shards = new Map<string, SchoolShard>();
    for (const output of planOutputs(model).filter((o) => o.path.startsWith('schools/'))) {
      const file = await output.make();
      shards.set(output.path, validateDocument(JSON.parse(file.text as string), ['school'], output.path));
    }
    assert.deepEqual(shards.get('schools/FIEE100002.json')!.school.institution.predecessors, ['FIIC800008', 'FIIC900009']);
    assert.equal(shards.get('schools/FIIC300005.json')!.school.institution.predecessors, undefined, 'none: the key is absent');
    // Under each old code, the institution's own shard: a badge embedded with it shows the institution it is part of.
    assert.equal(shards.get('schools/FIIC100001.json')?.school.code, 'FIIC100001');
    for (const old of ['FIIC800008', 'FIIC900009'])
      assert.deepEqual(shards.get(`schools/${old}.json`), shards.get('schools/FIIC100001.json'), old);
    // And the search index finds it by them.
    const search = planOutputs(model).find((o) => o.path === 'search.json')!;
    const index = decodeSearchIndex(JSON.parse((await search.make()).text as string), 'search.json');
    assert.deepEqual(
      [...index.former].map(([old, at]) => [old, index.codes[at]]),
      [
        ['FIIC800008', 'FIIC100001'],
        ['FIIC900009', 'FIIC100001'],
      ],
    );
  });

  it('gives an institution a shard per plesso, and one of its own when it is not itself a plesso', async () => {
    const inputs = worldInputs();
    // An institution whose code names no school of the registry (its seat is a plesso with another code).
    inputs.schools.push(school('FIEE500007', 'FIIC500000', 'D612', { seat: true }));
    inputs.located = locateSchools(inputs.schools, inputs.limits);
    const { model } = await modelOf(inputs, worldConfig());
    const codes = (institution: string) => shardsOf(model.institutions.get(institution)!).map((p) => p?.code ?? null);
    assert.deepEqual(codes('FIIC100001').sort(), ['FIEE100002', 'FIEE100003', 'FIIC100001']);
    assert.deepEqual(codes('FIIC500000'), [null, 'FIEE500007']);
  });

  it("gives the institution's own shard the students of all its plessi, a plesso's shard its own and its institution's", async () => {
    const inputs = worldInputs();
    // As in the registry: an IC's own row counts no students, its plessi do.
    inputs.students.delete('FIIC100001');
    const { model } = await modelOf(inputs, worldConfig());
    const shard = async (code: string) => {
      const output = planOutputs(model).find((p) => p.path === `schools/${code}.json`)!;
      return validateDocument(JSON.parse((await output.make()).text as string), ['school'], code).school;
    };
    const [plessoA, plessoB] = [inputs.students.get('FIEE100002')!, inputs.students.get('FIEE100003')!];
    assert.equal((await shard('FIIC100001')).students, plessoA + plessoB);
    assert.equal((await shard('FIEE100002')).students, plessoA);
    // A plesso's activity is its institution's: its shard says the students that activity is of.
    assert.equal((await shard('FIEE100002')).institution.students, plessoA + plessoB);
  });
});
