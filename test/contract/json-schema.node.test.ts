/**
 * The three faces of the contract agree: the TypeScript types accept every
 * fixture (they are typed with them, and `tsc` runs in `npm test`), and the
 * shipped JSON Schema judges every fixture as the validator does.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { buildJsonSchema, SCHEMA_PATH, serialise } from '../../scripts/generate-schema.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { decodeSearchIndex } from '../../src/search/decode-search-index.ts';
import { validFixtures } from '../fixtures/contract.fixture.ts';
import { searchFixture } from '../fixtures/search.fixture.ts';
import { INVALID_CASES } from './invalid-cases.ts';

const shipped = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateWithSchema = ajv.compile(shipped);

describe('the shipped JSON Schema', () => {
  it('is exactly what the schema definitions (src/contract/contract.schema.ts) generate (no drift)', () => {
    assert.equal(readFileSync(SCHEMA_PATH, 'utf8'), serialise(buildJsonSchema()));
  });

  for (const [name, { kind, document }] of Object.entries(validFixtures())) {
    it(`accepts the valid fixture "${name}", as the validator does`, () => {
      const json = JSON.parse(JSON.stringify(document));
      assert.doesNotThrow(() => validateDocument(json, [kind]));
      assert.ok(validateWithSchema(json), ajv.errorsText(validateWithSchema.errors));
    });
  }

  for (const invalid of INVALID_CASES.filter((c) => c.structural)) {
    it(`refuses "${invalid.name}", as the validator does`, () => {
      const json = JSON.parse(JSON.stringify(invalid.document()));
      assert.throws(() => validateDocument(json, [invalid.kind]));
      assert.equal(validateWithSchema(json), false);
    });
  }

  it('describes the search index too, judging it as the decoder does', () => {
    const index = JSON.parse(JSON.stringify(searchFixture())) as Record<string, unknown>;
    assert.doesNotThrow(() => decodeSearchIndex(index, 'search.json'));
    assert.ok(validateWithSchema(index), ajv.errorsText(validateWithSchema.errors));
    for (const damage of [{ kind: 'index' }, { count: -1 }, { separator: 'ab' }, { generatedAt: 'yesterday' }]) {
      const damaged = { ...index, ...damage };
      assert.throws(() => decodeSearchIndex(damaged, 'search.json'), JSON.stringify(damage));
      assert.equal(validateWithSchema(damaged), false, JSON.stringify(damage));
    }
  });
});
