/** The national area file's reader: what it accepts, and each rule it refuses with the path at fault. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SchemaError } from '../../src/errors.ts';
import { validateDocument } from '../../src/contract/validate.ts';

const validateAreaFile = (input: unknown, url?: string) => validateDocument(input, ['areas'], url);

const file = () => ({
  contract: 'scuole-europa/1.1',
  generatedAt: '2025-09-01T00:00:00Z',
  release: 'r',
  synthetic: true,
  kind: 'areas',
  level: 'comuni',
  metric: 'etwinning.projects',
  years: [2023, 2024],
  areas: [
    {
      code: '048017',
      province: '048',
      name: 'Firenze',
      schools: 3,
      institutions: 2,
      students: 900,
      values: { 'etwinning.projects': [1, null] },
      shadow: { status: 'ok', n: 2, rate: 0.5, smoothedRate: 0.4 },
      hasGeometry: true,
      tally: { active: 1, roleModels: 0 },
    },
  ],
});

describe('a national area file', () => {
  it('reads a well-made file', () => {
    assert.equal(validateAreaFile(file()).areas[0]!.tally.active, 1);
  });

  const damaged: [string, (f: ReturnType<typeof file>) => void, string][] = [
    ['another kind', (f) => (f.kind = 'region'), '["kind"]'],
    [
      'a series shorter than the years',
      (f) => (f.areas[0]!.values['etwinning.projects'] = [1]),
      '["areas",0,"values","etwinning.projects"]',
    ],
    [
      'no series of its metric',
      (f) => (f.areas[0]!.values = { 'erasmus.ka1': [1, 2] } as never),
      '["areas",0,"values","etwinning.projects"]',
    ],
    ['a comune twice', (f) => f.areas.push({ ...f.areas[0]! }), '["areas",1,"code"]'],
    [
      'a tally without role models',
      (f) => ((f.areas[0]!.tally as { roleModels?: number }).roleModels = undefined),
      '["areas",0,"tally","roleModels"]',
    ],
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
