/** The map's comuni read from a national area file's columns: the same fields and values as its rows, sealed, read only when asked. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaRows } from '../../src/contract/area-rows.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { areaValue, VALUE_MODES } from '../../src/map/area-values.ts';
import { columnAreas, columnTallies } from '../../src/map/column-areas.ts';
import { areaFileFixture } from '../fixtures/area-file.fixture.ts';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.ts';

const METRIC = 'etwinning.projects';
const file = () => validateDocument(areaFileFixture(), ['areas']);

describe('column areas', () => {
  it('gives each comune the fields, series and shadow zone its row has', () => {
    const read = file();
    const areas = columnAreas(read);
    const rows = areaRows(read);
    assert.deepEqual([...areas.keys()], ['048017', '048018', '100005']);
    for (const row of rows) {
      const area = areas.get(row.code)!;
      for (const field of ['code', 'name', 'schools', 'institutions', 'students', 'institutionShare'] as const)
        assert.equal(area[field], row[field], `${row.code} ${field}`);
      assert.equal('institutionShare' in area, 'institutionShare' in row, 'absent where the row has none');
      assert.deepEqual(area.values, row.values);
      assert.deepEqual(area.shadow, row.shadow);
      assert.equal(area.shadowStatus(), row.shadow.status);
      assert.equal(area.values, area.values, 'made once');
    }
  });

  it('reads a value of one year as the series has it, for every normalisation', () => {
    const read = file();
    const areas = columnAreas(read);
    for (const row of areaRows(read)) {
      const area = areas.get(row.code)!;
      for (let year = 0; year < read.years.length; year++) {
        assert.equal(area.valueAt!(METRIC, year), row.values[METRIC]![year]);
        for (const mode of VALUE_MODES) assert.deepEqual(areaValue(area, METRIC, year, mode), areaValue(row, METRIC, year, mode));
      }
      assert.equal(area.valueAt!('erasmus.ka1', 0), null, 'another metric is not in the file');
    }
  });

  it('is sealed, and a copy of a comune keeps its plain fields', () => {
    const area = columnAreas(file()).get('048017')!;
    assert.ok(Object.isFrozen(area) && Object.isFrozen(area.values) && Object.isFrozen(area.shadow));
    assert.throws(() => ((area as { name: string }).name = 'x'), TypeError);
    // As <region-map> copies an area for a survey's estimate (src/map/survey-metric.ts).
    const copy = { ...area, values: { ...area.values } };
    assert.equal(copy.name, 'Firenze');
    assert.equal(copy.institutionShare, 2.4);
    assert.deepEqual(copy.values[METRIC], [1, null]);
  });

  it('tallies active and role-model institutions per comune as the file states them', () => {
    assert.deepEqual(
      columnTallies(file()),
      new Map(areaRows(file()).map((row) => [row.code, { active: row.tally.active, roleModels: row.tally.roleModels }])),
    );
  });

  it("reads a latest year's file as the whole file gives that year: the same fields, value, status and reason, tally", () => {
    registerAreasLatestKind();
    const whole = file();
    const latest = validateDocument(JSON.parse(JSON.stringify(latestOfAreas(whole))), ['areas-latest']);
    const last = whole.years.length - 1;
    const areas = columnAreas(latest, last);
    for (const row of areaRows(whole)) {
      const area = areas.get(row.code)!;
      for (const field of ['code', 'name', 'schools', 'institutions', 'students', 'institutionShare'] as const)
        assert.equal(area[field], row[field], `${row.code} ${field}`);
      for (const mode of VALUE_MODES) assert.deepEqual(areaValue(area, METRIC, last, mode), areaValue(row, METRIC, last, mode));
      assert.deepEqual(area.shadow, { status: row.shadow.status, ...(row.shadow.reason && { reason: row.shadow.reason }) });
      assert.equal(area.shadowStatus(), row.shadow.status);
      assert.equal(area.values, undefined, 'no series: the file has one year');
      assert.ok(Object.isFrozen(area) && Object.isFrozen(area.shadow));
    }
    assert.deepEqual(columnTallies(latest), columnTallies(whole));
  });

  it("says so when a latest year's area is asked another year, rather than answer no data", () => {
    registerAreasLatestKind();
    const latest = validateDocument(JSON.parse(JSON.stringify(latestOfAreas(file()))), ['areas-latest']);
    const area = columnAreas(latest, 1).get('048017')!;
    assert.throws(() => area.valueAt!(METRIC, 0), /holds 2024 only/);
    assert.equal(area.valueAt!('erasmus.ka1', 1), null, 'another metric is not in the file');
  });

  it("reads the latest final year's values of a latest year's file whose year is provisional, as the whole file gives them", () => {
    registerAreasLatestKind();
    const whole = file();
    const latest = validateDocument(JSON.parse(JSON.stringify(latestOfAreas(whole, [2024]))), ['areas-latest']);
    const areas = columnAreas(latest, 1, 0);
    for (const row of areaRows(whole))
      for (const mode of VALUE_MODES)
        for (const y of [0, 1])
          assert.deepEqual(areaValue(areas.get(row.code)!, METRIC, y, mode), areaValue(row, METRIC, y, mode), `${row.code} ${y}`);
  });
});
