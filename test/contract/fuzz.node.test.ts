/**
 * Property-based fuzzing: random mutations of valid documents of every kind a
 * page reads (values replaced by random JSON, keys deleted or added, lists
 * emptied or grown) must give either a valid document or a typed error, never
 * anything else. Longer runs with other seeds (changed by hand, not in CI)
 * found the area files' TypeError on a newer minor's column of null.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.ts';
import { packTopology } from '../../src/contract/pack-topology.ts';
import { validatePackedTopology } from '../../src/contract/packed-topology.ts';
import { validateDocument } from '../../src/contract/validate.ts';
import { DataError, SchemaError, type AnyDataError } from '../../src/errors.ts';
import { describeSchemaError, errorText, knowsExpectation } from '../../src/i18n/error-text.ts';
import { decodeSearchIndex } from '../../src/search/decode-search-index.ts';
import { registerSurveyKind } from '../../src/survey/survey-kind.ts';
import { areaFileFixture } from '../fixtures/area-file.fixture.ts';
import { topologyFixture, validFixtures } from '../fixtures/contract.fixture.ts';
import { searchFixture } from '../fixtures/search.fixture.ts';
import { surveyFixture } from '../fixtures/survey.fixture.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a document. */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

type Mutation = { kind: 'replace'; value: Json } | { kind: 'delete' } | { kind: 'add'; key: string; value: Json } | { kind: 'duplicate' };

function mutate(document: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(document);
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.value : copy;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a walk through arbitrary JSON
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'add':
      if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][mutation.key] = mutation.value;
      else if (Array.isArray(parent[last])) parent[last].push(mutation.value);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
      break;
  }
  return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.record({
    kind: fc.constant('replace' as const),
    value: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double(), fc.string(), fc.constant(null), fc.boolean()) as fc.Arbitrary<Json>,
  }),
  fc.constant({ kind: 'delete' as const }),
  fc.record({ kind: fc.constant('add' as const), key: fc.string(), value: fc.jsonValue() as fc.Arbitrary<Json> }),
  fc.constant({ kind: 'duplicate' as const }),
);

registerAreasLatestKind();
registerSurveyKind();

/** Each document a page reads, valid, with the reader the loader gives it; a reader returns what it read or throws. */
const READERS: { name: string; document: unknown; read: (input: unknown) => unknown }[] = [
  ...Object.entries(validFixtures()).map(([name, { kind, document }]) => ({
    name,
    document,
    read: (input: unknown) => assert.equal(validateDocument(input, [kind]).kind, kind),
  })),
  // The kinds added since: a map's area files and packed geometry, a survey wave, the search index (its own reader).
  { name: 'national area file', document: areaFileFixture(), read: (input) => validateDocument(input, ['areas']) },
  {
    name: "national area file's latest year",
    document: latestOfAreas(validateDocument(areaFileFixture(), ['areas'])),
    read: (input) => validateDocument(input, ['areas-latest']),
  },
  { name: 'survey wave', document: surveyFixture(), read: (input) => validateDocument(input, ['survey']) },
  {
    name: 'packed geometry layer',
    document: packTopology(topologyFixture('comuni', ['048017', '048018'])),
    read: (input) => validatePackedTopology(input, 'comuni', 'comuni'),
  },
  { name: 'search index', document: searchFixture(), read: (input) => decodeSearchIndex(input) },
];

describe('fuzzing the validator', () => {
  for (const { name, document, read } of READERS) {
    const json = JSON.parse(JSON.stringify(document)) as Json;
    const allPaths = paths(json);
    it(`300 mutations of "${name}" give a valid document or a typed error`, () => {
      let valid = 0;
      let refused = 0;
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: allPaths.length - 1 }),
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
          (index, mutations) => {
            let mutated = json;
            for (const mutation of mutations) mutated = mutate(mutated, allPaths[index]!, mutation);
            try {
              read(mutated);
              valid++;
            } catch (error) {
              if (!(error instanceof DataError) || !['schema', 'version'].includes(error.code)) throw error;
              const text = errorText(error as AnyDataError);
              assert.ok(text.it.length > 0 && text.en.length > 0);
              if (error instanceof SchemaError)
                for (const issue of describeSchemaError(error).issues) assert.ok(knowsExpectation(issue.expect), issue.expect);
              refused++;
            }
          },
        ),
        { numRuns: 300, seed: 20261123 },
      );
      assert.equal(valid + refused, 300);
      assert.ok(refused > 0, 'some mutations must be refused');
    });
  }
});
