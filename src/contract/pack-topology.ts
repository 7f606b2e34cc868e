/**
 * Packing a TopoJSON topology into flat lists, and reading it back
 * (`PackedTopology`, src/contract/packed-topology.ts). All Italy's comuni are
 * ~140,000 small arrays of arcs and ~24,000 of rings in TopoJSON: parsing,
 * checking and sealing them was most of a cold national map's work before it
 * drew. As flat lists, JSON.parse reads them in a fraction of the time, with
 * no garbage to collect, and a map draws from the lists themselves
 * (`packedArcsOf`, `packedObjectOf`, src/map/map-geometry.ts); the TopoJSON
 * arrays are made only if topojson-client asks for them (a tooltip, the
 * keyboard, a zoom: `unpackTopology`).
 */
import type { Topology } from './contract.types.js';
import type { PackedTopology } from './packed-topology.schema.js';
import { deepFreeze, TOPOJSON_ARCS } from '../util/deep-freeze.js';
import { CONTRACT_VERSION } from './version.js';

/** A topology's arcs as two flat lists. */
export type PackedArcs = PackedTopology['packedArcs'];
/** A geometry collection as flat lists. */
export type PackedObject = PackedTopology['packedObjects'][string];

type TopoGeometry = Topology['objects'][string]['geometries'][number];
type Polygon = number[][];

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

/** The polygons of a geometry: a Polygon's one, a MultiPolygon's, a collection's together; none for anything else. */
function polygonsOf(geometry: TopoGeometry): Polygon[] {
  const g = geometry as { type: string | null; arcs?: unknown; geometries?: TopoGeometry[] };
  if (g.type === 'Polygon') return [g.arcs as Polygon];
  if (g.type === 'MultiPolygon') return g.arcs as Polygon[];
  if (g.type === 'GeometryCollection') return (g.geometries ?? []).flatMap(polygonsOf);
  return [];
}

/**
 * A geometry collection as flat lists: each area's polygons (a collection's
 * together); a point or a line has no area to fill, and counts none, as a map
 * always drew it (the data tools refuse it first: `packTopology`).
 */
export function packObject(geometries: readonly TopoGeometry[]): PackedObject {
  const packed: PackedObject = { ids: [], polygons: [], rings: [], arcs: [], indices: [] };
  const properties: (Record<string, unknown> | null)[] = [];
  for (const geometry of geometries) {
    packed.ids.push(String(geometry.id));
    properties.push(geometry.properties ?? null);
    const polygons = polygonsOf(geometry);
    packed.polygons.push(polygons.length);
    for (const polygon of polygons) {
      packed.rings.push(polygon.length);
      for (const ring of polygon) {
        packed.arcs.push(ring.length);
        for (const index of ring) packed.indices.push(index);
      }
    }
  }
  if (properties.some(Boolean)) packed.properties = properties;
  return packed;
}

/**
 * The TopoJSON geometries of a packed collection: a Polygon for one polygon, a
 * MultiPolygon for more, a null geometry for none (a MultiPolygon of one
 * polygon comes back as the Polygon it draws).
 */
export function unpackObject(packed: PackedObject): TopoGeometry[] {
  const geometries: TopoGeometry[] = new Array<TopoGeometry>(packed.ids.length);
  let p = 0;
  let r = 0;
  let k = 0;
  for (let i = 0; i < geometries.length; i++) {
    const polygons: Polygon[] = [];
    for (const end = p + packed.polygons[i]!; p < end; p++) {
      const rings: number[][] = [];
      for (const ringEnd = r + packed.rings[p]!; r < ringEnd; r++) {
        rings.push(packed.indices.slice(k, k + packed.arcs[r]!));
        k += packed.arcs[r]!;
      }
      polygons.push(rings);
    }
    const properties = packed.properties?.[i];
    const geometry: TopoGeometry =
      polygons.length === 0
        ? { type: null, id: packed.ids[i] }
        : {
            type: polygons.length === 1 ? 'Polygon' : 'MultiPolygon',
            id: packed.ids[i],
            arcs: polygons.length === 1 ? polygons[0] : polygons,
          };
    if (properties) geometry.properties = properties;
    geometries[i] = geometry;
  }
  return geometries;
}

/**
 * A TopoJSON topology packed by the data tools: the same objects, quantisation
 * and bounding box. An area that is neither a Polygon, a MultiPolygon nor empty
 * (a point, a line, a nested collection) is an error rather than left out: a
 * packed file never draws less than its TopoJSON twin.
 */
export function packTopology(topology: Topology): PackedTopology {
  const { arcs, objects, type: _type, ...rest } = topology;
  for (const collection of Object.values(objects))
    for (const geometry of collection.geometries)
      if (geometry.type !== null && geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
        throw new Error(`packTopology: a ${geometry.type} (feature ${String(geometry.id)}) cannot be packed: only polygons are`);
  const packedObjects = Object.fromEntries(Object.entries(objects).map(([name, collection]) => [name, packObject(collection.geometries)]));
  return { contract: CONTRACT_VERSION, type: 'PackedTopology', ...rest, packedObjects, packedArcs: packArcs(arcs) };
}

const packedOf = new WeakMap<Topology, PackedTopology>();

/**
 * The TopoJSON topology of a packed one, sealed, for everything that reads
 * TopoJSON: its `arcs` and `objects` are made the first time they are read
 * (topojson-client, when a tooltip, the keyboard or a zoom first needs an
 * area's shape), while a map draws from the packed lists (`packedArcsOf`,
 * `packedObjectOf`). Ids are ISTAT codes, checked; the properties (names) are
 * sealed and bidi-isolated as every document's text (src/util/deep-freeze.ts).
 */
export function unpackTopology(packed: PackedTopology): Topology {
  const { packedArcs, packedObjects, type: _packed, contract: _contract, ...rest } = packed;
  let arcs: Topology['arcs'] | undefined;
  let objects: Topology['objects'] | undefined;
  const topology = Object.defineProperties(
    { ...rest, type: 'Topology' },
    {
      arcs: { enumerable: true, get: () => (arcs ??= unpackArcs(packedArcs)) },
      objects: {
        enumerable: true,
        get: () =>
          (objects ??= deepFreeze(
            Object.fromEntries(
              Object.entries(packedObjects).map(([name, object]) => [
                name,
                { type: 'GeometryCollection' as const, geometries: unpackObject(object) },
              ]),
            ),
            TOPOJSON_ARCS,
          )),
      },
    },
  ) as Topology;
  packedOf.set(topology, packed);
  return Object.freeze(topology);
}

/** A topology's arcs as flat lists: those it was unpacked from, or packed now (a TopoJSON file, a bundle). */
export function packedArcsOf(topology: Topology): PackedArcs {
  return packedOf.get(topology)?.packedArcs ?? packArcs(topology.arcs);
}

/** A collection of a topology as flat lists: the one it was unpacked from, or packed now, leniently (`packObject`). */
export function packedObjectOf(topology: Topology, object: string): PackedObject | undefined {
  const packed = packedOf.get(topology);
  if (packed) return packed.packedObjects[object];
  const collection = topology.objects[object];
  return collection && packObject(collection.geometries);
}
