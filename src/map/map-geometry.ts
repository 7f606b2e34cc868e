/**
 * Pre-projected layers as a canvas needs them, traced straight from the
 * topology's flat lists (a packed layer's own, or a TopoJSON one's packed once:
 * src/contract/pack-topology.ts). Each feature's GeoJSON, Path2D, centroid,
 * anchor and bounds, and the topological neighbours, are computed the first
 * time they are asked for (keyboard use, tooltips, points, zooming into a
 * region), so the first paint of ~7,900 comuni pays only for drawing. Layers are cached per topology (the
 * loader hands out frozen, shared topologies).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology as TopoTopology } from 'topojson-specification';
import type { Topology } from '../contract/contract.types.js';
import { packedArcsOf, packedObjectOf, type PackedObject } from '../contract/pack-topology.js';
import { interiorPoint } from './interior-point.js';
import { deviceArcs, sameTransform, type ArcPoints, type DeviceTransform } from './device-arcs.js';

export interface MapFeature {
  code: string;
  /** The GeoJSON feature, converted the first time it is needed (null: no geometry). */
  readonly feature: Feature<Geometry> | null;
}

export interface MapLayer {
  features: MapFeature[];
  byCode: Map<string, number>;
  readonly neighbours: number[][];
  /** The topology's bounding box, when it declares one. */
  bbox: [[number, number], [number, number]] | null;
  /** The area's Path2D, built and kept the first time it is asked for (null: no geometry). */
  path(index: number): Path2D | null;
  /**
   * Traces the area's rings into a canvas context's current path (or any
   * path), keeping nothing: a first paint draws this way, and the Path2D
   * objects that later redraws reuse are built when the page is idle.
   * False when the area has no geometry. With `snap`, in device pixels, from
   * the arcs as a screen shows them (src/map/device-arcs.ts).
   */
  trace(index: number, sink: PathSink, snap?: DeviceTransform): boolean;
  /** The area's centre of mass, for directions between areas (it may lie outside the area: a crescent, islands). */
  centroid(index: number): [number, number] | null;
  /** Where a mark about the area goes (its points, a tooltip docked to it): a point inside it (src/map/interior-point.ts). */
  anchor(index: number): [number, number] | null;
  bounds(index: number): [[number, number], [number, number]] | null;
  /**
   * Traces the outer edge of the areas `shown` (the arcs that only one of them
   * uses) into any path, as open lines: drawn in a contrasting colour, it
   * separates even the lightest class from the page (WCAG 1.4.11). With
   * `snap`, in device pixels, along the same points as the areas.
   */
  traceOutline(shown: readonly number[], sink: PathSink, snap?: DeviceTransform): void;
}

/** What rings are traced into: a CanvasRenderingContext2D or a Path2D. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** A feature converted from the topology the first time it is read: ~7,900 plain instances, no closures. */
class LazyFeature implements MapFeature {
  private _converted: Feature<Geometry> | null | undefined;

  constructor(
    private readonly _topology: TopoTopology,
    private readonly _object: string,
    private readonly _index: number,
    readonly code: string,
  ) {}

  get feature(): Feature<Geometry> | null {
    if (this._converted === undefined) {
      // A packed topology makes its TopoJSON geometries only now (src/contract/pack-topology.ts).
      const geometry = (this._topology.objects[this._object] as GeometryCollection).geometries[this._index]!;
      const f = feature(this._topology, geometry) as Feature<Geometry | null>;
      this._converted = f.geometry ? (f as Feature<Geometry>) : null;
    }
    return this._converted;
  }
}

const cache = new WeakMap<object, Map<string, MapLayer>>();
const measure = geoPath();

export function mapLayer(topology: Topology, object: string): MapLayer {
  let byObject = cache.get(topology);
  if (!byObject) cache.set(topology, (byObject = new Map()));
  const cached = byObject.get(object);
  if (cached) return cached;
  const topo = topology as unknown as TopoTopology;
  // The areas as flat lists (src/contract/pack-topology.ts): what the loader read for a map, or packed now.
  const packed = packedObjectOf(topology, object) ?? { ids: [], polygons: [], rings: [], arcs: [], indices: [] };
  const features: MapFeature[] = packed.ids.map((code, i) => new LazyFeature(topo, object, i, code));
  let arcs: ArcPoints | null = null;
  let rings: Rings | null = null;
  // The arcs in device pixels for the last transform asked for: a first paint, its picking canvas and every
  // re-colouring until the next zoom or resize share them.
  let onScreen: { transform: DeviceTransform; arcs: ArcPoints } | null = null;
  const screenArcs = (t: DeviceTransform) => {
    if (!onScreen || !sameTransform(onScreen.transform, t))
      onScreen = { transform: t, arcs: deviceArcs(packedArcsOf(topology), topology.transform, t) };
    return onScreen.arcs;
  };
  const paths = new Map<number, Path2D | null>();
  const centroids = new Map<number, [number, number] | null>();
  const anchors = new Map<number, [number, number] | null>();
  const bounds = new Map<number, [[number, number], [number, number]] | null>();
  let neighbours: number[][] | null = null;
  const layer: MapLayer = {
    features,
    byCode: new Map(packed.ids.map((code, i) => [code, i])),
    bbox:
      topo.bbox && topo.bbox.length >= 4
        ? [
            [topo.bbox[0]!, topo.bbox[1]!],
            [topo.bbox[2]!, topo.bbox[3]!],
          ]
        : null,
    get neighbours() {
      return (neighbours ??= neighbors((topo.objects[object] as GeometryCollection).geometries as never));
    },
    path(i) {
      if (!paths.has(i)) {
        const path = typeof Path2D === 'undefined' ? null : new Path2D();
        paths.set(i, path && traceArea(path, i, (rings ??= ringsOf(packed)), (arcs ??= decodeArcs(topology))) ? path : null);
      }
      return paths.get(i)!;
    },
    trace(i, sink, snap) {
      return traceArea(sink, i, (rings ??= ringsOf(packed)), snap ? screenArcs(snap) : (arcs ??= decodeArcs(topology)));
    },
    centroid(i) {
      if (!centroids.has(i)) {
        const f = features[i]?.feature;
        const c = f ? (measure.centroid(f) as [number, number]) : null;
        centroids.set(i, c && Number.isFinite(c[0]) ? c : null);
      }
      return centroids.get(i)!;
    },
    anchor(i) {
      if (!anchors.has(i)) anchors.set(i, interiorPoint(features[i]?.feature?.geometry ?? null, layer.centroid(i)));
      return anchors.get(i)!;
    },
    bounds(i) {
      if (!bounds.has(i)) {
        const f = features[i]?.feature;
        bounds.set(i, f ? (measure.bounds(f) as [[number, number], [number, number]]) : null);
      }
      return bounds.get(i)!;
    },
    traceOutline(shown, sink, snap) {
      outerEdge((rings ??= ringsOf(packed)), shown, snap ? screenArcs(snap) : (arcs ??= decodeArcs(topology)), sink);
    },
  };
  byObject.set(object, layer);
  return layer;
}

/**
 * Every arc of a topology decoded once into absolute coordinates (x, y pairs):
 * shared borders are decoded once, not once per neighbour as GeoJSON would.
 * Read from the arcs' flat lists (src/contract/pack-topology.ts): the loader
 * reads a packed topology when the index has one, and never needs TopoJSON's
 * ~140,000 small arrays to draw.
 */
function decodeArcs(topology: Topology): ArcPoints {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const quantized = Boolean(topology.transform);
  const { lengths, positions } = packedArcsOf(topology);
  // One buffer for all ~138,000 points of the comuni of Italy (one allocation,
  // not one per arc), decoded with plain loops before the first paint.
  const offsets = new Uint32Array(lengths.length + 1);
  for (let a = 0; a < lengths.length; a++) offsets[a + 1] = offsets[a]! + lengths[a]!;
  const xy = new Float64Array(positions.length);
  if (!quantized) xy.set(positions);
  else
    for (let a = 0; a < lengths.length; a++) {
      let x = 0;
      let y = 0;
      for (let o = offsets[a]! * 2, end = offsets[a + 1]! * 2; o < end; o += 2) {
        x += positions[o]!;
        y += positions[o + 1]!;
        xy[o] = x * sx + tx;
        xy[o + 1] = y * sy + ty;
      }
    }
  return { xy, offsets };
}

/**
 * Where each area's rings are in a packed collection's flat lists: area i's
 * rings are `ringStart[i]` to `ringStart[i + 1]` (exclusive), ring r's arc
 * indices `indexStart[r]` to `indexStart[r + 1]` in `indices`. Drawing needs
 * no polygons: all an area's rings go into one path, holes by their winding.
 */
interface Rings {
  ringStart: Uint32Array;
  indexStart: Uint32Array;
  indices: readonly number[];
}

function ringsOf(packed: PackedObject): Rings {
  const ringStart = new Uint32Array(packed.polygons.length + 1);
  for (let i = 0, p = 0; i < packed.polygons.length; i++) {
    let count = 0;
    for (const end = p + packed.polygons[i]!; p < end; p++) count += packed.rings[p]!;
    ringStart[i + 1] = ringStart[i]! + count;
  }
  const indexStart = new Uint32Array(packed.arcs.length + 1);
  for (let r = 0; r < packed.arcs.length; r++) indexStart[r + 1] = indexStart[r]! + packed.arcs[r]!;
  return { ringStart, indexStart, indices: packed.indices };
}

/**
 * Traces area `i`'s rings into `path` (a Path2D or a canvas context) straight
 * from the arcs (in map units, or in device pixels: src/map/device-arcs.ts);
 * false when it has none. The layers are projected already, so neither
 * GeoJSON nor d3-geo's stream (clipping, resampling) is needed to draw.
 */
function traceArea(path: PathSink, i: number, rings: Rings, arcs: ArcPoints): boolean {
  const first = rings.ringStart[i];
  const end = rings.ringStart[i + 1];
  if (first === undefined || end === undefined || first === end) return false;
  for (let r = first; r < end; r++) addRing(path, rings.indices, rings.indexStart[r]!, rings.indexStart[r + 1]!, arcs);
  return true;
}

/** Traces the arcs used by exactly one of the `shown` areas into `sink`, as open lines. */
function outerEdge(rings: Rings, shown: readonly number[], arcs: ArcPoints, sink: PathSink): void {
  // Uses per arc, saturating at 2: one pass over the shown rings, no stitching of lines.
  const uses = new Uint8Array(arcs.offsets.length - 1);
  const { ringStart, indexStart, indices } = rings;
  for (const s of shown) {
    if (s + 1 >= ringStart.length) continue;
    for (let k = indexStart[ringStart[s]!]!, end = indexStart[ringStart[s + 1]!]!; k < end; k++) {
      const a = indices[k]! < 0 ? ~indices[k]! : indices[k]!;
      if (uses[a]! < 2) uses[a]!++;
    }
  }
  const { xy, offsets } = arcs;
  for (let a = 0; a < uses.length; a++) {
    if (uses[a] !== 1) continue;
    sink.moveTo(xy[2 * offsets[a]!]!, xy[2 * offsets[a]! + 1]!);
    for (let k = offsets[a]! + 1; k < offsets[a + 1]!; k++) sink.lineTo(xy[2 * k]!, xy[2 * k + 1]!);
  }
}

/** SVG path data written by tracing (rounded to 0.01, enough for projected coordinates in metres or pixels). */
export class SvgPathText implements PathSink {
  text = '';
  moveTo(x: number, y: number): void {
    this.text += `M${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
  }
  lineTo(x: number, y: number): void {
    this.text += `L${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`;
  }
  closePath(): void {
    this.text += 'Z';
  }
}

/**
 * One closed ring from its arcs (a negative index is an arc walked backwards).
 * Consecutive arcs share their end point: the first point of every arc after
 * the first is left out (an arc that rounding made one point adds none).
 */
function addRing(path: PathSink, indices: readonly number[], from: number, to: number, arcs: ArcPoints): void {
  const { xy, offsets } = arcs;
  for (let n = from; n < to; n++) {
    const index = indices[n]!;
    const a = index < 0 ? ~index : index;
    const first = offsets[a]!;
    const points = offsets[a + 1]! - first;
    for (let k = n > from ? 1 : 0; k < points; k++) {
      const o = 2 * (first + (index < 0 ? points - 1 - k : k));
      if (n === from && k === 0) path.moveTo(xy[o]!, xy[o + 1]!);
      else path.lineTo(xy[o]!, xy[o + 1]!);
    }
  }
  path.closePath();
}

/** SVG path data of a feature (for the SVG download). */
export function svgPath(layer: MapLayer, index: number): string | null {
  const f = layer.features[index]?.feature;
  return f ? measure(f) : null;
}

/** Bounds of many features at once (one pass over a collection). */
export function boundsOf(layer: MapLayer, indices: readonly number[]): [[number, number], [number, number]] {
  // Everything shown: the topology's own bounding box, when it has one, costs nothing.
  if (indices.length === layer.features.length && layer.bbox) return layer.bbox;
  const collection = {
    type: 'FeatureCollection' as const,
    features: indices.flatMap((i) => (layer.features[i]?.feature ? [layer.features[i]!.feature!] : [])),
  };
  const b = measure.bounds(collection) as [[number, number], [number, number]];
  return Number.isFinite(b[0][0])
    ? b
    : [
        [0, 0],
        [1, 1],
      ];
}

const DIRECTIONS = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 } as const;
export type Direction = keyof typeof DIRECTIONS;

/**
 * The area to move to from `from` in a direction (screen coordinates, y down):
 * the nearest topological neighbour within 67.5° of it, else the nearest area of
 * all within that cone (islands have no neighbours), else none.
 */
export function neighbourInDirection(layer: MapLayer, from: number, direction: Direction, among?: ReadonlySet<number>): number | null {
  const origin = layer.centroid(from);
  if (!origin) return null;
  const angle = DIRECTIONS[direction];
  const pick = (candidates: Iterable<number>) => {
    let best: number | null = null;
    let bestScore = Infinity;
    for (const i of candidates) {
      if (i === from || (among && !among.has(i))) continue;
      const c = layer.centroid(i);
      if (!c) continue;
      const dx = c[0] - origin[0];
      const dy = c[1] - origin[1];
      let delta = Math.abs(Math.atan2(dy, dx) - angle);
      if (delta > Math.PI) delta = 2 * Math.PI - delta;
      if (delta > (3 * Math.PI) / 8) continue;
      // Prefer what lies straight ahead: distance grows with the angle off course.
      const score = Math.hypot(dx, dy) * (1 + delta);
      if (score < bestScore) {
        best = i;
        bestScore = score;
      }
    }
    return best;
  };
  return pick(layer.neighbours[from] ?? []) ?? pick(layer.features.keys());
}
