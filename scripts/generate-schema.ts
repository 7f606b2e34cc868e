/**
 * Writes the JSON Schema of the contract from its schema nodes, so the
 * shipped schema cannot drift from the validator. `--check` fails when the
 * committed file differs from what would be generated (run by the tests).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as schemas from '../src/contract/contract.schema.ts';
import { AreaFile } from '../src/contract/area-file.schema.ts';
import { AreaLatestFile } from '../src/contract/area-latest.schema.ts';
import { SearchIndex } from '../src/contract/search.schema.ts';
import { Topology } from '../src/contract/topology.schema.ts';
import { PackedTopology } from '../src/contract/packed-topology.schema.ts';
import { SurveyFile } from '../src/contract/survey.schema.ts';
import type { Node } from '../src/contract/schema-dsl.ts';
import { toJsonSchema } from './json-schema.ts';
import { CONTRACT_MAJOR, CONTRACT_NAME } from '../src/contract/version.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../src/contract/contract-v1.schema.json', import.meta.url));

export function buildJsonSchema(): Record<string, unknown> {
  const definitions: Record<string, Node> = {
    LocalizedText: schemas.LocalizedText,
    Series: schemas.Series,
    ShadowZone: schemas.ShadowZone,
    Source: schemas.Source,
    MetricDefinition: schemas.MetricDefinition,
    Topology,
    PackedTopology,
    NationalIndex: schemas.NationalIndex,
    RegionShard: schemas.RegionShard,
    SchoolShard: schemas.SchoolShard,
    ContractBundle: schemas.ContractBundle,
    AreaFile,
    AreaLatestFile,
    SurveyFile,
    SearchIndex,
  };
  const names = new Map(Object.entries(definitions).map(([name, node]) => [node, name] as const));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://scuole-europa.github.io/contract/${CONTRACT_MAJOR}/schema.json`,
    title: `${CONTRACT_NAME} data contract v${CONTRACT_MAJOR}`,
    description:
      'Documents of the scuole-europa data contract: the national index, a region shard, a school shard, a self-contained bundle, a national area file (every comune with one metric) and the same of its latest year only, the results of a survey wave, or the search index; TopoJSON geometry layers are described by $defs/Topology, and their packed twins (GeometryRef.packed, what the elements read) by $defs/PackedTopology. Generated from src/contract/contract.schema.ts; rules between fields (series aligned with years, references, weights adding up to 1) are checked by the validator, not by this schema.',
    oneOf: ['NationalIndex', 'RegionShard', 'SchoolShard', 'ContractBundle', 'AreaFile', 'AreaLatestFile', 'SurveyFile', 'SearchIndex'].map(
      (name) => ({
        $ref: `#/$defs/${name}`,
      }),
    ),
    $defs: Object.fromEntries(Object.entries(definitions).map(([name, node]) => [name, toJsonSchema(node, names, node)])),
  };
}

export function serialise(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = serialise(buildJsonSchema());
  if (process.argv.includes('--check')) {
    const current = await readFile(SCHEMA_PATH, 'utf8').catch(() => '');
    if (current !== text) {
      console.error('src/contract/contract-v1.schema.json is out of date: run npm run build:schema');
      process.exit(1);
    }
  } else {
    await writeFile(SCHEMA_PATH, text);
    console.log(`wrote ${SCHEMA_PATH}`);
  }
}
