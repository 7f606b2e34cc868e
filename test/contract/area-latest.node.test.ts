/** The latest year of a national area file: written from the whole file, the same values and fields, and each rule the reader refuses with the path at fault. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaError } from '../../src/errors.ts';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.ts';
import { areaRows } from '../../src/contract/area-rows.ts';
import type { AreaFile } from '../../src/contract/contract.types.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { areaFileFixture } from '../fixtures/area-file.fixture.ts';

registerAreasLatestKind();
const whole = () => validateDocument(areaFileFixture(), ['areas']);
const latest = () => JSON.parse(JSON.stringify(latestOfAreas(whole()))) as ReturnType<typeof latestOfAreas>;
const validateLatest = (input: unknown) => validateDocument(input, ['areas-latest'], 'latest.json');

describe("a national area file's latest year", () => {
  it('holds the last year, each area with the value and the fields the whole file gives it that year', () => {
    const file = validateLatest(latest());
    assert.equal(file.kind, 'areas-latest');
    assert.equal(file.year, 2024);
    const rows = areaRows(whole());
    assert.deepEqual(file.columns.code, ['048017', '048018', '100005']);
    rows.forEach((row, i) => {
      assert.equal(file.columns.value[i], row.values['etwinning.projects']!.at(-1));
      assert.equal(file.columns.name[i], row.name);
      assert.equal(file.columns.institutionShare[i], row.institutionShare ?? null);
      assert.equal(file.columns.students[i], row.students);
      assert.equal(file.columns.shadow.status[i], row.shadow.status);
      const reason = file.columns.shadow.reason[i];
      assert.deepEqual(reason === null ? undefined : file.reasons[reason!], row.shadow.reason);
      assert.deepEqual([file.columns.active[i], file.columns.roleModels[i]], [row.tally.active, row.tally.roleModels]);
    });
    assert.deepEqual(file.withoutGeometry, ['048018']);
  });

  it('is smaller than the whole file: no other year, no shadow-zone figure but the status and its reason', () => {
    const file = latest();
    assert.equal('values' in file.columns, false);
    assert.deepEqual(Object.keys(file.columns.shadow), ['status', 'reason']);
    assert.ok(JSON.stringify(file).length < JSON.stringify(whole()).length);
  });

  it('carries the latest final year’s values where its year is provisional, the year whose classes a map shares', () => {
    const file = validateLatest(JSON.parse(JSON.stringify(latestOfAreas(whole(), [2024]))));
    assert.deepEqual(file.final, { year: 2023, value: [1, null, 0] });
    // None where its year is final, or every year provisional (a map then takes the latest year's classes).
    for (const provisional of [[], [2023], [2023, 2024]])
      assert.equal('final' in latestOfAreas(whole(), provisional), false, `${provisional}`);
    // Nor where a final year's only values are of areas the geometry does not draw (a national map shows none of them).
    const undrawn = JSON.parse(JSON.stringify(whole())) as AreaFile;
    (undrawn.columns.values as (number | null)[][])[0] = [null, 5, null];
    assert.equal('final' in latestOfAreas(undrawn, [2024]), false);
  });

  it('refuses to be written from a file without years (there is no latest)', () => {
    const empty = { ...whole(), years: [], columns: { ...whole().columns, values: [] } } as AreaFile;
    assert.throws(() => latestOfAreas(empty), /without years/);
  });

  it("accepts a newer minor's columns as they are, whatever they hold, and judges its own", () => {
    const f = latest() as unknown as { columns: Record<string, unknown> & { shadow: Record<string, unknown> } };
    Object.assign(f.columns, { '': null, note: 'text', perYear: [[1], [2]] });
    Object.assign(f.columns.shadow, { score: null, trend: { up: [1] } });
    assert.deepEqual(validateLatest(f).columns.code, ['048017', '048018', '100005']);
    (f.columns['name'] as unknown[]).pop();
    assert.throws(
      () => validateLatest(f),
      (error: unknown) => error instanceof SchemaError && error.raw.some((issue) => JSON.stringify(issue.path) === '["columns","name"]'),
    );
  });

  type File = ReturnType<typeof latest>;
  const damaged: [string, (f: File) => void, string][] = [
    ['the whole kind', (f) => ((f as { kind: string }).kind = 'areas'), '["kind"]'],
    ['a value for fewer areas', (f) => f.columns.value.pop(), '["columns","value"]'],
    ['a value written as text', (f) => ((f.columns.value as unknown[])[0] = '1'), '["columns","value",0]'],
    ['a year out of range', (f) => (f.year = 1890), '["year"]'],
    ['a status column longer than the areas', (f) => f.columns.shadow.status.push('ok'), '["columns","shadow","status"]'],
    ['a reason the file does not have', (f) => (f.columns.shadow.reason[2] = 4), '["columns","shadow","reason",2]'],
    ['an area twice', (f) => (f.columns.code[2] = '048017'), '["columns","code",2]'],
    ['a province code in a file of comuni', (f) => (f.columns.code[2] = '100'), '["columns","code",2]'],
    ['an area without geometry that is not in the file', (f) => f.withoutGeometry.push('001001'), '["withoutGeometry",1]'],
    ['no names', (f) => delete (f.columns as { name?: string[] }).name, '["columns","name"]'],
    ['a final year not before the file’s', (f) => (f.final = { year: 2024, value: [1, null, 0] }), '["final","year"]'],
    ['a final year’s values for fewer areas', (f) => (f.final = { year: 2023, value: [1] }), '["final","value"]'],
    [
      'a final year’s value written as text',
      (f) => (f.final = { year: 2023, value: ['1' as unknown as number, null, 0] }),
      '["final","value",0]',
    ],
  ];
  for (const [what, damage, path] of damaged) {
    it(`refuses ${what}`, () => {
      const f = latest();
      damage(f);
      assert.throws(
        () => validateLatest(f),
        (error: unknown) => error instanceof SchemaError && error.raw.some((issue) => JSON.stringify(issue.path) === path),
      );
    });
  }
});
