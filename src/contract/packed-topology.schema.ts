/**
 * The schema of a packed geometry layer (`GeometryRef.packed`): a topology
 * whose objects and arcs are flat lists of numbers, written by the data tools
 * beside each TopoJSON file and read by the map (src/contract/pack-topology.ts).
 * A module of its own, as the other documents' schemas: only a map carries it.
 */
import * as v from './schema-dsl.js';
import type { Infer } from './schema-dsl.js';
import { ContractTag } from './contract.schema.js';
import { topologyFields } from './topology.schema.js';

const Count = (key: string, min: number) => v.array(v.number({ int: true, min, key }));

/**
 * A topology, packed (not TopoJSON, hence its own `type`):
 * - `packedArcs.lengths`: the number of positions of each arc (two at least,
 *   as in TopoJSON); `packedArcs.positions`: every arc's positions one after
 *   the other, x then y, delta-encoded as TopoJSON's when the topology is quantised;
 * - per object, `ids` (one per feature, the ISTAT codes), `polygons` (per
 *   feature, how many: 0 for no geometry, 1 for a Polygon, more for a
 *   MultiPolygon), `rings` (per polygon, how many), `arcs` (per ring, how many
 *   arcs), `indices` (every ring's arc indices, one after the other, as
 *   TopoJSON's: a negative index is arc ~i walked backwards), and `properties`
 *   (per feature, when any has some: its names).
 */
export const PackedTopology = v.object({
  /** Our own format, unlike TopoJSON: the contract's version, so that a reader can refuse another major. */
  contract: ContractTag,
  type: v.literal('PackedTopology', 'topology.packed'),
  transform: topologyFields.transform,
  packedObjects: v.record(
    v.string(),
    v.object({
      ids: v.array(v.string()),
      polygons: Count('count', 0),
      rings: Count('ring.count', 1),
      arcs: Count('ring.count', 1),
      indices: v.array(v.number({ int: true })),
      properties: v.optional(v.array(v.nullable(v.record(v.string(), v.unknown())))),
    }),
  ),
  packedArcs: v.object({
    lengths: Count('arc.length', 2),
    positions: v.array(v.number()),
  }),
});

export type PackedTopology = Infer<typeof PackedTopology>;
