/** The national area file's columns: written from rows and read back the same, and each rule the reader refuses with the path at fault. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaError } from '../../src/errors.ts';
import { areaColumns, areaRows, type AreaRow } from '../../src/contract/area-rows.ts';
import { validateDocument } from '../../src/contract/validate.ts';

const validateAreaFile = (input: unknown, url?: string) => validateDocument(input, ['areas'], url);

const tooFew = { it: 'Troppe poche istituzioni (2, minimo 5).', en: 'Too few institutions (2, at least 5).' };
const rows = (): AreaRow[] => [
  {
    code: '048017',
    province: '048',
    name: 'Firenze',
    schools: 3,
    institutions: 2,
    institutionShare: 2.4,
    students: 900,
    values: { 'etwinning.projects': [1, null], 'erasmus.ka1': [5, 6] },
    shadow: { status: 'ok', n: 2, rate: 0.5, smoothedRate: 0.4, expectedRate: 0.3, probability: 0.1, reason: tooFew },
    hasGeometry: true,
    tally: { active: 1, roleModels: 0 },
  },
  {
    code: '048018',
    province: '048',
    name: 'Fucecchio',
    schools: 1,
    institutions: 1,
    students: null,
    values: { 'etwinning.projects': [null, 0], 'erasmus.ka1': [0, 0] },
    shadow: { status: 'insufficient', n: 1, rate: null, smoothedRate: null, reason: tooFew },
    hasGeometry: false,
    tally: { active: 0, roleModels: 0 },
  },
  {
    code: '100005',
    province: '100',
    name: 'Vaiano',
    schools: 0,
    institutions: 0,
    students: 0,
    values: { 'etwinning.projects': [0, 0], 'erasmus.ka1': [0, 0] },
    shadow: { status: 'nodata', n: 0, rate: null, smoothedRate: null },
    hasGeometry: true,
    tally: { active: 0, roleModels: 0 },
  },
];

const file = () => ({
  contract: 'scuole-europa/1.1',
  generatedAt: '2025-09-01T00:00:00Z',
  release: 'r',
  synthetic: true,
  kind: 'areas',
  level: 'comuni',
  metric: 'etwinning.projects',
  years: [2023, 2024],
  ...areaColumns(rows(), 'etwinning.projects', 2),
});

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
