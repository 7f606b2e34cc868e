/**
 * Packed topologies (`PackedTopology` in contract.schema.ts): a TopoJSON
 * topology whose arcs are two flat lists, the number of positions of each arc
 * and all their positions one after the other. The arcs of all Italy's comuni
 * are ~140,000 small arrays in TopoJSON, and parsing, checking and keeping
 * them was the largest part of a cold national map's work before it drew; as
 * two flat lists JSON.parse reads them in a fraction of the time, with no
 * garbage to collect. The data tools write one beside each TopoJSON file
 * (`packTopology`); the loader reads it (`unpackTopology`), and a map draws
 * from the flat lists (`packedArcsOf`, src/map/map-geometry.ts).
 */
import type { Topology } from './contract.types.js';
import * as v from './schema-dsl.js';
import type { Infer } from './schema-dsl.js';
import { topologyFields } from './topology.schema.js';
import { checkFeatureCodes, fail, structural } from './validate.js';
import type { GeometryLayer } from './vocabulary.js';

/**
 * The same topology with its arcs packed into two flat lists, for the elements
 * (`GeometryRef.packed`): `lengths`, the number of positions of each arc (two at
 * least, as in TopoJSON), and `positions`, every arc's positions one after the
 * other, x then y, delta-encoded as TopoJSON's when the topology is quantised.
 * All Italy's comuni have ~138,000 positions: as TopoJSON's arrays of arrays
 * they are ~140,000 small arrays to parse, check and keep before a map can draw
 * (this module). Not TopoJSON, hence its own `type`.
 */
export const PackedTopology = v.object({
  type: v.literal('PackedTopology', 'topology.packed'),
  ...topologyFields,
  packedArcs: v.object({
    lengths: v.array(v.number({ int: true, min: 2, key: 'arc.length' })),
    positions: v.array(v.number()),
  }),
});

export type PackedTopology = Infer<typeof PackedTopology>;
export type PackedArcs = PackedTopology['packedArcs'];

/**
 * Validates a packed geometry layer as `validateTopology` does a TopoJSON one,
 * and that its arcs' positions are as many as their lengths say.
 * @param url only used in messages.
 */
export function validatePackedTopology(input: unknown, layer: GeometryLayer, object: string, url?: string): PackedTopology {
  const topology = structural<PackedTopology>(PackedTopology, input, url);
  const { lengths, positions } = topology.packedArcs;
  let expected = 0;
  for (let a = 0; a < lengths.length; a++) expected += 2 * lengths[a]!;
  if (positions.length !== expected) {
    fail(url, [{ path: ['packedArcs', 'positions'], expect: 'arcs.positions', params: [expected], value: positions.length }]);
  }
  checkFeatureCodes(topology, layer, object, url);
  return topology;
}

/** A packed layer as the loader hands it out: validated, then read back as a topology (`unpackTopology`). */
export function readPackedTopology(input: unknown, layer: GeometryLayer, object: string, url?: string): Topology {
  return unpackTopology(validatePackedTopology(input, layer, object, url));
}

/** TopoJSON arcs as two flat lists, the positions' numbers unchanged (deltas stay deltas). */
export function packArcs(arcs: Topology['arcs']): PackedArcs {
  const lengths: number[] = new Array<number>(arcs.length);
  let count = 0;
  for (let a = 0; a < arcs.length; a++) count += 2 * (lengths[a] = arcs[a]!.length);
  const positions: number[] = new Array<number>(count);
  let o = 0;
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a]!;
    for (let k = 0; k < arc.length; k++) {
      positions[o++] = arc[k]![0]!;
      positions[o++] = arc[k]![1]!;
    }
  }
  return { lengths, positions };
}

/** The TopoJSON arcs of packed ones, as `packArcs` read them. */
export function unpackArcs({ lengths, positions }: PackedArcs): Topology['arcs'] {
  const arcs: Topology['arcs'] = new Array<number[][]>(lengths.length);
  let o = 0;
  for (let a = 0; a < lengths.length; a++) {
    const arc: number[][] = new Array<number[]>(lengths[a]!);
    for (let k = 0; k < arc.length; k++, o += 2) arc[k] = [positions[o]!, positions[o + 1]!];
    arcs[a] = arc;
  }
  return arcs;
}

/** A TopoJSON topology packed: the same objects, quantisation and bounding box, the arcs in two lists. */
export function packTopology(topology: Topology): PackedTopology {
  const { arcs, ...rest } = topology;
  return { ...rest, type: 'PackedTopology', packedArcs: packArcs(arcs) };
}

const packedOf = new WeakMap<Topology, PackedArcs>();

/**
 * The TopoJSON topology of a packed one, for everything that reads TopoJSON:
 * its `arcs` are unpacked the first time they are read (topojson-client's
 * `feature`, when a tooltip, the keyboard or a zoom first needs an area's
 * shape), while a map draws from the packed lists (`packedArcsOf`).
 */
export function unpackTopology(packed: PackedTopology): Topology {
  const { packedArcs, type: _packed, ...rest } = packed;
  let arcs: Topology['arcs'] | undefined;
  const topology = Object.defineProperty({ ...rest, type: 'Topology' }, 'arcs', {
    enumerable: true,
    get: () => (arcs ??= unpackArcs(packedArcs)),
  }) as Topology;
  packedOf.set(topology, packedArcs);
  return topology;
}

/** A topology's arcs as flat lists: those it was unpacked from, or packed now (a TopoJSON file, a bundle). */
export function packedArcsOf(topology: Topology): PackedArcs {
  return packedOf.get(topology) ?? packArcs(topology.arcs);
}
