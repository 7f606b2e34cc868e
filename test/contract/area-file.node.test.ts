/** The national area file's columns: written from rows and read back the same, and each rule the reader refuses with the path at fault. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaError } from '../../src/errors.ts';
import { areaColumns, areaRows } from '../../src/contract/area-rows.ts';
import { areaFileFixture, areaRowsFixture } from '../fixtures/area-file.fixture.ts';
import { validateDocument } from '../../src/contract/validate.ts';

const validateAreaFile = (input: unknown, url?: string) => validateDocument(input, ['areas'], url);

const rows = areaRowsFixture;
const file = areaFileFixture;

describe('a national area file', () => {
  it('reads back, as rows, the rows it was written from (with its metric alone)', () => {
    const read = areaRows(validateAreaFile(file()));
    const expected = rows().map((row) => ({ ...row, values: { 'etwinning.projects': row.values['etwinning.projects']! } }));
    assert.deepEqual(read, expected);
    assert.ok(Object.isFrozen(read[0]) && Object.isFrozen(read[0]!.shadow) && Object.isFrozen(read[0]!.values['etwinning.projects']));
  });

  it('writes a reason once however many comuni give it, and a column per year', () => {
    const written = file();
    assert.equal(written.reasons.length, 1);
    assert.deepEqual(written.columns.shadow.reason, [0, 0, null]);
    assert.deepEqual(written.columns.values, [
      [1, null, 0],
      [null, 0, 0],
    ]);
    assert.deepEqual(written.withoutGeometry, ['048018']);
  });

  it('refuses to write a comune without a series of the years for its metric (never gaps made up)', () => {
    const short = rows();
    short[1]!.values['etwinning.projects'] = [1];
    assert.throws(() => areaColumns(short, 'etwinning.projects', 2), /048018/);
    assert.throws(() => areaColumns(rows(), 'erasmus.ka2', 2), /048017/);
  });

  it("accepts a newer minor's columns as they are, whatever they hold, and judges its own", () => {
    const f = file() as unknown as { columns: Record<string, unknown> & { shadow: Record<string, unknown> } };
    // Found by fuzzing: a column of null stopped the reader with a TypeError instead of a reading or an error.
    Object.assign(f.columns, { '': null, note: 'text', perYear: [[1], [2]] });
    Object.assign(f.columns.shadow, { score: null, trend: { up: [1] } });
    const read = validateAreaFile(JSON.parse(JSON.stringify(f)), 'areas.json');
    assert.deepEqual(
      areaRows(read).map((row) => row.code),
      areaRows(validateAreaFile(file())).map((row) => row.code),
    );
    (f.columns['province'] as unknown[]).pop();
    assert.throws(
      () => validateAreaFile(JSON.parse(JSON.stringify(f)), 'areas.json'),
      (error: unknown) =>
        error instanceof SchemaError && error.raw.some((issue) => JSON.stringify(issue.path) === '["columns","province"]'),
    );
  });

  type File = ReturnType<typeof file>;
  const damaged: [string, (f: File) => void, string][] = [
    ['another kind', (f) => (f.kind = 'region'), '["kind"]'],
    ['a year without its values', (f) => f.columns.values.pop(), '["columns","values"]'],
    ['a year with values for fewer comuni', (f) => f.columns.values[1]!.pop(), '["columns","values",1]'],
    ['a column shorter than the comuni', (f) => f.columns.name.pop(), '["columns","name"]'],
    ['a shadow column longer than the comuni', (f) => f.columns.shadow.n.push(1), '["columns","shadow","n"]'],
    ['a comune twice', (f) => (f.columns.code[1] = '048017'), '["columns","code",1]'],
    ['a reason the file does not have', (f) => (f.columns.shadow.reason[2] = 1), '["columns","shadow","reason",2]'],
    ['a comune without geometry that is not in the file', (f) => f.withoutGeometry.push('001001'), '["withoutGeometry",1]'],
    ['no role models', (f) => delete (f.columns as { roleModels?: number[] }).roleModels, '["columns","roleModels"]'],
    ['a share above 1', (f) => (f.columns.shadow.probability[0] = 1.5), '["columns","shadow","probability",0]'],
    // The columns' numbers are checked in loops of their own (schema-dsl.ts): what a call per value would refuse, they refuse.
    ['a value written as text', (f) => ((f.columns.values[1] as unknown[])[2] = '3'), '["columns","values",1,2]'],
    ['a count below zero', (f) => (f.columns.active[1] = -1), '["columns","active",1]'],
    ['a count with a fraction', (f) => (f.columns.roleModels[0] = 0.5), '["columns","roleModels",0]'],
    // And so are its strings (a pattern, an empty name, a value outside a list, a missing value where none may be).
    ['a province that is not three digits', (f) => (f.columns.province[1] = '48'), '["columns","province",1]'],
    ['an empty name', (f) => (f.columns.name[0] = ''), '["columns","name",0]'],
    ['a name that is a number', (f) => ((f.columns.name as unknown[])[2] = 48017), '["columns","name",2]'],
    ['a name that is null', (f) => ((f.columns.name as unknown[])[1] = null), '["columns","name",1]'],
    ['a shadow status that is null', (f) => ((f.columns.shadow.status as unknown[])[0] = null), '["columns","shadow","status",0]'],
    [
      'a shadow status the contract does not have',
      (f) => ((f.columns.shadow.status as unknown[])[1] = 'dark'),
      '["columns","shadow","status",1]',
    ],
    ['a count that is null', (f) => ((f.columns.schools as unknown[])[0] = null), '["columns","schools",0]'],
    ['another major version', (f) => (f.contract = 'scuole-europa/2.0'), ''],
  ];
  for (const [what, damage, path] of damaged) {
    it(`refuses ${what}`, () => {
      const f = file();
      damage(f);
      assert.throws(
        () => validateAreaFile(JSON.parse(JSON.stringify(f)), 'areas.json'),
        (error: unknown) =>
          path === ''
            ? error instanceof Error
            : error instanceof SchemaError && error.raw.some((issue) => JSON.stringify(issue.path) === path),
      );
    });
  }
});
