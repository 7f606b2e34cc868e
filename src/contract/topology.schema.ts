/**
 * The schema of a geometry layer, a TopoJSON topology, and the fields its
 * packed twin shares with it (src/contract/packed-topology.ts). A module of
 * its own, as the area file's and the search index's schemas.
 */
import * as v from './schema-dsl.js';

/** What a TopoJSON topology and a packed one share: the objects, whose features carry ISTAT codes as ids, and the quantisation. */
export const topologyFields = {
  objects: v.record(
    v.string(),
    v.object({
      type: v.literal('GeometryCollection', 'geometry-collection'),
      geometries: v.array(
        v.object({
          type: v.nullable(v.string()),
          id: v.optional(v.union(v.string(), v.number())),
          arcs: v.optional(v.unknown()),
          properties: v.optional(v.record(v.string(), v.unknown())),
        }),
      ),
    }),
  ),
  transform: v.optional(
    v.object({
      scale: v.tuple(v.number(), v.number()),
      translate: v.tuple(v.number(), v.number()),
    }),
  ),
};

/** A TopoJSON topology whose features carry ISTAT codes as ids. */
export const Topology = v.object({
  type: v.literal('Topology', 'topology'),
  ...topologyFields,
  arcs: v.array(v.array(v.array(v.number()))),
});
