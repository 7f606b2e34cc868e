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
import { packTopology } from '../../src/contract/pack-topology.ts';
import { validatePackedTopology } from '../../src/contract/packed-topology.ts';
import { topologyFixture, validFixtures } from '../fixtures/contract.fixture.ts';
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

  it('describes a geometry layer and its packed twin, judging them as the validator does', () => {
    const topology = topologyFixture('regions', ['09', '12']);
    const packed = JSON.parse(JSON.stringify(packTopology(topology))) as ReturnType<typeof packTopology>;
    const judge = (name: string) => ajv.getSchema(`${String(shipped.$id)}#/$defs/${name}`)!;
    assert.ok(judge('Topology')(JSON.parse(JSON.stringify(topology))), ajv.errorsText(judge('Topology').errors));
    assert.doesNotThrow(() => validatePackedTopology(packed, 'regions', 'regions'));
    assert.ok(judge('PackedTopology')(packed), ajv.errorsText(judge('PackedTopology').errors));
    const damages: [string, (p: typeof packed) => void][] = [
      ['an arc of one position', (p) => (p.packedArcs.lengths[0] = 1)],
      ['a position as text', (p) => ((p.packedArcs.positions as unknown[])[1] = '3')],
      ['an index of 1.5', (p) => (p.packedObjects['regions']!.indices[0] = 1.5)],
      ['a ring of no arcs', (p) => (p.packedObjects['regions']!.arcs[0] = 0)],
      ['the type of plain TopoJSON', (p) => ((p as { type: string }).type = 'Topology')],
    ];
    for (const [what, damage] of damages) {
      const damaged = JSON.parse(JSON.stringify(packed)) as typeof packed;
      damage(damaged);
      assert.throws(() => validatePackedTopology(damaged, 'regions', 'regions'), what);
      assert.equal(judge('PackedTopology')(damaged), false, what);
    }
  });

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
