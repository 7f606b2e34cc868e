import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDocument, validateTopology } from '../../src/contract/validate.ts';
import { ContractVersionError, SchemaError } from '../../src/errors.ts';
import { describeSchemaError, errorText, expectation, knowsExpectation } from '../../src/i18n/error-text.ts';
import { indexFixture, topologyFixture, validFixtures } from '../fixtures/contract.fixture.ts';
import { INVALID_CASES } from './invalid-cases.ts';

describe('validateDocument', () => {
  for (const [name, { kind, document }] of Object.entries(validFixtures())) {
    it(`accepts the valid fixture "${name}"`, () => {
      const result = validateDocument(document, [kind]);
      assert.equal(result.kind, kind);
    });
  }

  it('keeps unknown fields of a newer minor version', () => {
    const doc = { ...indexFixture(), contract: 'scuole-europa/1.9', extra: 'kept' };
    const result = validateDocument(doc, ['index']) as Record<string, unknown>;
    assert.equal(result.extra, 'kept');
  });

  it('does not change its input', () => {
    const doc = indexFixture();
    const copy = structuredClone(doc);
    validateDocument(doc, ['index']);
    assert.deepEqual(doc, copy);
  });

  assert.ok(new Set(INVALID_CASES.map((c) => c.name)).size >= 30, 'at least 30 distinct invalid cases');
  for (const invalid of INVALID_CASES) {
    it(`refuses: ${invalid.name}, naming ${invalid.path}`, () => {
      assert.throws(
        () => validateDocument(invalid.document(), [invalid.kind]),
        (error: unknown) => {
          assert.ok(error instanceof SchemaError, `expected a SchemaError, got ${String(error)}`);
          assert.equal(error.code, 'schema');
          describeSchemaError(error);
          const paths = error.issues.map((issue) => issue.path);
          assert.ok(paths.includes(invalid.path), `${invalid.path} not among ${paths.join(', ')}`);
          for (const issue of error.issues) {
            assert.ok(knowsExpectation(issue.expect), `the catalogue has no text for "${issue.expect}"`);
            if (issue.expect === 'required') assert.ok(knowsExpectation(String(issue.params![0])));
          }
          const issue = error.issues.find((i) => i.path === invalid.path)!;
          const expected = expectation(issue.expect, issue.params);
          assert.ok(expected.it.length > 0 && expected.en.length > 0 && expected.it !== expected.en);
          if (error.issues[0] === issue) {
            const text = errorText(error);
            assert.match(text.en, new RegExp(`at ${escape(invalid.path)}: expected .+, found `));
            assert.match(text.it, new RegExp(`in ${escape(invalid.path)}: atteso .+, trovato `));
          }
          return true;
        },
      );
    });
  }

  it('refuses another major version with a version error that names both', () => {
    const doc = { ...indexFixture(), contract: 'scuole-europa/2.0' };
    assert.throws(
      () => validateDocument(doc, ['index']),
      (error: unknown) =>
        error instanceof ContractVersionError &&
        error.found === 'scuole-europa/2.0' &&
        /scuole-europa\/1/.test(errorText(error).en) &&
        /versione/i.test(errorText(error).it),
    );
  });

  it('refuses a document of another contract as a version error', () => {
    assert.throws(() => validateDocument({ ...indexFixture(), contract: 'geojson/1' }, ['index']), ContractVersionError);
  });

  it('refuses a document without a contract field, naming $.contract', () => {
    const { contract: _omitted, ...doc } = indexFixture();
    assert.throws(
      () => validateDocument(doc, ['index']),
      (error: unknown) => error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === '$.contract',
    );
  });

  it('refuses the wrong kind of document, naming $.kind', () => {
    assert.throws(
      () => validateDocument(indexFixture(), ['school']),
      (error: unknown) =>
        error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === '$.kind' && error.issues[0]!.found === '"index"',
    );
  });

  for (const value of [null, 42, 'text', [1, 2]]) {
    it(`refuses a top-level ${JSON.stringify(value)}, naming $`, () => {
      assert.throws(
        () => validateDocument(value, ['index']),
        (error: unknown) => error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === '$',
      );
    });
  }

  it('caps the number of issues listed and says there are more', () => {
    const doc = indexFixture();
    doc.years = Array.from({ length: 200 }, () => 'x') as unknown as number[];
    assert.throws(
      () => validateDocument(doc, ['index']),
      (error: unknown) =>
        error instanceof SchemaError &&
        describeSchemaError(error).issues.length === 50 &&
        error.truncated &&
        /more problems/.test(errorText(error).en),
    );
  });

  it('says "one more problem" in the singular', () => {
    const doc = indexFixture();
    doc.years = ['x', 'y'] as unknown as number[];
    assert.throws(
      () => validateDocument(doc, ['index']),
      (error: unknown) =>
        error instanceof SchemaError &&
        errorText(error).it.endsWith(' (e un altro problema).') &&
        errorText(error).en.endsWith(' (and 1 more problem).'),
    );
  });
});

describe('validateTopology', () => {
  it('accepts a topology keyed by the codes of its layer', () => {
    assert.equal(validateTopology(topologyFixture('comuni', ['048017', '048001']), 'comuni', 'comuni').type, 'Topology');
  });

  it('refuses features keyed by codes of another layer', () => {
    assert.throws(
      () => validateTopology(topologyFixture('comuni', ['048017', '09']), 'comuni', 'comuni'),
      (error: unknown) =>
        error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === '$.objects.comuni.geometries[1].id',
    );
  });

  it('refuses an arc whose point is not two finite numbers, or that is not a list of points', () => {
    const cases: [string, (arcs: unknown[][]) => void, string][] = [
      ['a coordinate as text', (arcs) => ((arcs[0]![1] as unknown[])[0] = '3'), '$.arcs[0][1][0]'],
      ['an infinite coordinate', (arcs) => ((arcs[0]![0] as unknown[])[1] = Infinity), '$.arcs[0][0][1]'],
      ['a point that is a number', (arcs) => (arcs[0]![1] = 4), '$.arcs[0][1]'],
      ['a point that is null', (arcs) => (arcs[1]![0] = null as never), '$.arcs[1][0]'],
      ['a coordinate that is null', (arcs) => ((arcs[1]![0] as unknown[])[0] = null), '$.arcs[1][0][0]'],
      ['an arc that is not a list', (arcs) => (arcs[1] = 'arc' as never), '$.arcs[1]'],
    ];
    for (const [what, damage, path] of cases) {
      const topology = JSON.parse(JSON.stringify(topologyFixture('regions', ['09', '12']))) as { arcs: unknown[][] };
      damage(topology.arcs);
      assert.throws(
        () => validateTopology(topology, 'regions', 'regions'),
        (error: unknown) => error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === path,
        what,
      );
    }
  });

  it('refuses a topology without the named object', () => {
    assert.throws(
      () => validateTopology(topologyFixture('regions', ['09', '12']), 'regions', 'regioni'),
      (error: unknown) => error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === '$.objects',
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
