/**
 * Reading a packed geometry layer (`PackedTopology`, packed-topology.schema.ts):
 * checked as the validator checks every document (its shape, then the rules
 * between its lists), then read back as a topology (src/contract/pack-topology.ts).
 * The loader calls it for a map (`GeometryOptions.readPacked`, src/data/loader.ts).
 */
import type { Topology } from './contract.types.js';
import { unpackTopology } from './pack-topology.js';
import { PackedTopology } from './packed-topology.schema.js';
import type { RawIssue } from './schema-dsl.js';
import { checkFeatureCodes, fail, structural } from './validate.js';
import { requireSupportedVersion } from './version.js';
import type { GeometryLayer } from './vocabulary.js';

const sum = (counts: readonly number[], times = 1) => {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i]!;
  return total * times;
};

/**
 * Validates a packed geometry layer as `validateTopology` does a TopoJSON one
 * (`object` is there, its features keyed by the ISTAT codes of `layer`), and
 * that its lists agree: as many positions as the arcs' lengths say, each list
 * as long as the counts before it say, and every index naming an arc.
 * @param url only used in messages.
 */
export function validatePackedTopology(input: unknown, layer: GeometryLayer, object: string, url?: string): PackedTopology {
  // The version first, as for every document: another major is refused before its shape is judged.
  const contract: unknown = typeof input === 'object' && input !== null ? (input as { contract?: unknown }).contract : undefined;
  if (contract !== undefined) requireSupportedVersion(contract, url);
  const topology = structural<PackedTopology>(PackedTopology, input, url);
  const { lengths, positions } = topology.packedArcs;
  const issues: RawIssue[] = [];
  const length = (list: readonly unknown[], expected: number, path: (string | number)[], key: string) => {
    if (list.length !== expected) issues.push({ path, expect: key, params: [expected], value: list.length });
  };
  length(positions, sum(lengths, 2), ['packedArcs', 'positions'], 'arcs.positions');
  for (const [name, packed] of Object.entries(topology.packedObjects)) {
    const at = (field: string, ...more: number[]) => ['packedObjects', name, field, ...more];
    length(packed.polygons, packed.ids.length, at('polygons'), 'packed.features');
    if (packed.properties) length(packed.properties, packed.ids.length, at('properties'), 'packed.features');
    length(packed.rings, sum(packed.polygons), at('rings'), 'packed.polygons');
    length(packed.arcs, sum(packed.rings), at('arcs'), 'packed.rings');
    length(packed.indices, sum(packed.arcs), at('indices'), 'packed.indices');
    const { indices } = packed;
    for (let k = 0; k < indices.length; k++) {
      const arc = indices[k]! < 0 ? ~indices[k]! : indices[k]!;
      if (arc >= lengths.length) issues.push({ path: at('indices', k), expect: 'ref.arc', params: [lengths.length], value: indices[k] });
    }
  }
  if (issues.length > 0) fail(url, issues);
  checkFeatureCodes(
    topology.packedObjects,
    (packed) => packed.ids,
    layer,
    object,
    (i) => ['packedObjects', object, 'ids', i],
    url,
  );
  return topology;
}

/** A packed layer as the loader hands it out to a map: validated, then read back as a sealed topology (`unpackTopology`). */
export function readPackedTopology(input: unknown, layer: GeometryLayer, object: string, url?: string): Topology {
  return unpackTopology(validatePackedTopology(input, layer, object, url));
}
