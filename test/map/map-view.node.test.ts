import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { UsageError } from '../../src/element/usage-error.ts';
import { tallySchools, type MapArea, type MapData } from '../../src/map/load-map.ts';
import { firstArea, mapStructure, mapView, type MapInputs } from '../../src/map/map-view.ts';
import { areaColumns } from '../../src/contract/area-rows.ts';
import type { AreaFile } from '../../src/contract/contract.types.ts';
import { columnAreas } from '../../src/map/column-areas.ts';
import { areaFileFixture, areaRowsFixture } from '../fixtures/area-file.fixture.ts';
import { DEFAULT_MAP_INPUTS } from '../fixtures/map-inputs.fixture.ts';
import { indexFixture, regionFixture, topologyFixture } from '../fixtures/contract.fixture.ts';

const INPUTS: MapInputs = DEFAULT_MAP_INPUTS;

/** The fixture's regions (Toscana and Lazio), or Toscana's comuni with one shadow zone. */
function dataOf(level: 'regions' | 'comuni'): MapData {
  const index = indexFixture();
  const region = regionFixture();
  region.comuni[1]!.shadow = { status: 'shadow', n: 9, rate: 0, smoothedRate: 0.05 };
  const areas = new Map<string, MapArea>(
    level === 'regions' ? index.regions.map((r) => [r.code, r]) : region.comuni.map((c) => [c.code, c]),
  );
  return {
    index,
    level,
    region: level === 'regions' ? '' : '09',
    province: null,
    topology: level === 'regions' ? topologyFixture('regions', ['09', '12']) : topologyFixture('comuni', ['048017', '048001']),
    object: level,
    areas,
    schools: tallySchools([region], level),
  };
}

const codeOf = (view: ReturnType<typeof mapView>, i: number) => view.layer.features[i]!.code;

describe('map view', () => {
  it('takes the first metric and the last year by default, with values, ranks, classes and fills', () => {
    const view = mapView(dataOf('regions'), INPUTS);
    assert.equal(view.metric.id, 'etwinning.projects');
    assert.equal(view.year, 2024);
    assert.equal(view.yearIndex, 3);
    const byCode = new Map(view.shown.map((i) => [codeOf(view, i), view.values.get(i)!.value]));
    assert.deepEqual(
      [...byCode],
      [
        ['09', 6],
        ['12', null],
      ],
    );
    assert.equal(view.ranking.places.get('09'), 1);
    assert.equal(view.ranking.places.has('12'), false);
    assert.equal(view.ranking.ranges, null, 'a count is complete: its place is exact');
    // An area without a value is drawn as "no data", never as zero.
    assert.equal(view.fills.get(view.shown.find((i) => codeOf(view, i) === '12')!), null);
    assert.equal(view.provisional, false);
  });

  it('normalises per institution and marks a provisional year of the metric’s programme', () => {
    const view = mapView(dataOf('regions'), { ...INPUTS, metric: 'erasmus.grant', year: 2023, normalisation: 'perSchool' });
    assert.equal(view.mode, 'perSchool');
    const toscana = view.shown.find((i) => codeOf(view, i) === '09')!;
    assert.equal(view.values.get(toscana)!.value, 15000);
    assert.equal(view.provisional, true);
  });

  it('falls back to absolute values when the metric does not allow the normalisation, and keeps the one asked for to say it', () => {
    const data = dataOf('regions');
    data.index.metrics[1]!.normalisations = [];
    const view = mapView(data, { ...INPUTS, metric: 'erasmus.grant', normalisation: 'perSchool' });
    assert.deepEqual([view.mode, view.modeUnavailable], ['absolute', 'perSchool']);
    assert.equal(mapView(data, { ...INPUTS, metric: 'erasmus.grant' }).modeUnavailable, null);
    assert.equal(mapView(data, { ...INPUTS, metric: 'etwinning.projects', normalisation: 'perSchool' }).modeUnavailable, null);
  });

  it('marks shadow zones only when asked, and counts institutions as points once each', () => {
    const data = dataOf('comuni');
    const withShadows = mapView(data, { ...INPUTS, points: 'active role-models' });
    assert.deepEqual(
      [...withShadows.shadows].map((i) => codeOf(withShadows, i)),
      ['048001'],
    );
    assert.equal(withShadows.shadowsJudged, true);
    const off = mapView(data, { ...INPUTS, shadowZones: false });
    assert.deepEqual([off.shadows.size, off.shadowsJudged], [0, false]);
    // Regions are not judged: no verdict to count, rather than "0".
    assert.equal(mapView(dataOf('regions'), INPUTS).shadowsJudged, false);
    const firenze = withShadows.shown.find((i) => codeOf(withShadows, i) === '048017')!;
    assert.deepEqual(withShadows.points.get(firenze), { active: 1, roleModels: 1 });
    assert.equal(mapView(data, INPUTS).points.size, 0);
  });

  it("hatches the same shadow zones from an area file's status column as from its rows", () => {
    const rows = areaRowsFixture();
    rows[1]!.shadow = { status: 'shadow', n: 9, rate: 0, smoothedRate: 0.05 };
    const file = { ...areaFileFixture(), ...areaColumns(rows, 'etwinning.projects', 2) } as unknown as AreaFile;
    const data = (areas: ReadonlyMap<string, MapArea>): MapData => ({
      ...dataOf('comuni'),
      topology: topologyFixture('comuni', ['048017', '048018']),
      areas,
    });
    const fromColumns = mapView(data(columnAreas(file)), INPUTS);
    const fromRows = mapView(data(new Map(rows.map((row) => [row.code, row]))), INPUTS);
    assert.deepEqual(
      [...fromColumns.shadows].map((i) => codeOf(fromColumns, i)),
      ['048018'],
    );
    assert.deepEqual(fromColumns.shadows, fromRows.shadows);
  });

  it('makes the structure once per data, so a change of year only re-colours', () => {
    const data = dataOf('regions');
    const a = mapView(data, { ...INPUTS, year: 2021 });
    const b = mapView(data, { ...INPUTS, year: 2024 });
    assert.equal(a.layer, b.layer);
    assert.equal(a.shown, b.shown);
    assert.equal(mapStructure(data), mapStructure(data));
    assert.notEqual(a.values, b.values);
  });

  it('counts areas with geometry but no data, and data without geometry', () => {
    const regions = dataOf('regions');
    const areas = new Map(regions.areas);
    areas.delete('12');
    areas.set('99', { ...regions.index.regions[0]!, code: '99' });
    const view = mapView({ ...regions, areas }, INPUTS);
    assert.equal(view.withoutData, 1);
    assert.equal(view.withoutGeometry, 1);
  });

  it('starts keyboard users at the area nearest the top-left corner', () => {
    const view = mapView(dataOf('regions'), INPUTS);
    assert.notEqual(firstArea(view), null);
    assert.ok(view.shownSet.has(firstArea(view)!));
  });

  it('shows the latest year for a year the data does not have, and says which, as written', () => {
    const data = dataOf('regions');
    const latest = data.index.years.at(-1)!;
    const shown = mapView(data, INPUTS);
    for (const [inputs, written] of [
      [{ year: 1999 }, '1999'],
      // A year written as a school year is NaN as a number: quoted as written.
      [{ year: Number.NaN, yearText: '2023/24' }, '2023/24'],
    ] as const) {
      const view = mapView(data, { ...INPUTS, ...inputs });
      assert.equal(view.year, latest);
      assert.deepEqual(view.yearIgnored, { written, years: data.index.years });
      assert.deepEqual([...view.values.values()], [...shown.values.values()], "the latest year's values, not none");
    }
    assert.equal(shown.yearIgnored, null);
    assert.equal(mapView(data, { ...INPUTS, year: data.index.years[0]! }).yearIgnored, null);
  });

  it('refuses an unknown metric, normalisation, classification or palette with a usage error naming it', () => {
    const data = dataOf('regions');
    const cases: [Partial<MapInputs>, string, string][] = [
      [{ metric: 'nope' }, 'metric', 'nope'],
      [{ normalisation: 'perPupil' }, 'normalisation', 'perPupil'],
      [{ classification: 'jenks' }, 'classification', 'jenks'],
      // "reds" drew the blues without a word.
      [{ palette: 'reds' }, 'palette', 'reds'],
    ];
    for (const [inputs, what, value] of cases) {
      assert.throws(
        () => mapView(data, { ...INPUTS, ...inputs }),
        (error: unknown) => error instanceof UsageError && error.what === what && error.value === value,
      );
    }
    assert.throws(
      () => mapView(data, { ...INPUTS, metric: 'nope' }),
      (error: unknown) => (error as UsageError).hint === 'etwinning.projects, erasmus.grant',
    );
  });
});
