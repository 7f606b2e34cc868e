/**
 * Pre-projected TopoJSON layers as a canvas needs them. Converting the topology
 * to features is the only work done up front; each feature's Path2D, centroid
 * and bounds, and the topological neighbours, are computed the first time they
 * are asked for (keyboard use, tooltips, zooming into a region), so the first
 * paint of ~7,900 comuni pays only for drawing. Layers are cached per topology
 * (the loader hands out frozen, shared topologies).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology as TopoTopology } from 'topojson-specification';
import type { Topology } from '../contract/contract.types.js';

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
  path(index: number): Path2D | null;
  centroid(index: number): [number, number] | null;
  bounds(index: number): [[number, number], [number, number]] | null;
}

/** A feature converted from the topology the first time it is read: ~7,900 plain instances, no closures. */
class LazyFeature implements MapFeature {
  readonly code: string;
  private _converted: Feature<Geometry> | null | undefined;

  constructor(
    private readonly _topology: TopoTopology,
    private readonly _geometry: GeometryCollection['geometries'][number],
  ) {
    this.code = String(_geometry.id);
  }

  get feature(): Feature<Geometry> | null {
    if (this._converted === undefined) {
      const f = feature(this._topology, this._geometry) as Feature<Geometry | null>;
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
  const collection = topo.objects[object] as GeometryCollection;
  const features: MapFeature[] = collection.geometries.map((geometry) => new LazyFeature(topo, geometry));
  let arcs: Float64Array[] | null = null;
  const paths = new Map<number, Path2D | null>();
  const centroids = new Map<number, [number, number] | null>();
  const bounds = new Map<number, [[number, number], [number, number]] | null>();
  let neighbours: number[][] | null = null;
  const layer: MapLayer = {
    features,
    byCode: new Map(features.map((f, i) => [f.code, i])),
    bbox: topo.bbox && topo.bbox.length >= 4 ? [[topo.bbox[0]!, topo.bbox[1]!], [topo.bbox[2]!, topo.bbox[3]!]] : null,
    get neighbours() {
      return (neighbours ??= neighbors(collection.geometries as never));
    },
    path(i) {
      if (!paths.has(i)) {
        const geometry = collection.geometries[i];
        paths.set(i, geometry && typeof Path2D !== 'undefined' ? arcsToPath(geometry, (arcs ??= decodeArcs(topo))) : null);
      }
      return paths.get(i)!;
    },
    centroid(i) {
      if (!centroids.has(i)) {
        const f = features[i]?.feature;
        const c = f ? (measure.centroid(f) as [number, number]) : null;
        centroids.set(i, c && Number.isFinite(c[0]) ? c : null);
      }
      return centroids.get(i)!;
    },
    bounds(i) {
      if (!bounds.has(i)) {
        const f = features[i]?.feature;
        bounds.set(i, f ? (measure.bounds(f) as [[number, number], [number, number]]) : null);
      }
      return bounds.get(i)!;
    },
  };
  byObject.set(object, layer);
  return layer;
}

/**
 * Every arc of a topology decoded once into absolute coordinates (x, y pairs):
 * shared borders are decoded once, not once per neighbour as GeoJSON would.
 */
function decodeArcs(topology: TopoTopology): Float64Array[] {
  const [sx, sy] = topology.transform?.scale ?? [1, 1];
  const [tx, ty] = topology.transform?.translate ?? [0, 0];
  const quantized = Boolean(topology.transform);
  return topology.arcs.map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach((point, k) => {
      if (quantized) {
        x += point[0]!;
        y += point[1]!;
        out[2 * k] = x * sx + tx;
        out[2 * k + 1] = y * sy + ty;
      } else {
        out[2 * k] = point[0]!;
        out[2 * k + 1] = point[1]!;
      }
    });
    return out;
  });
}

type TopoGeometry = GeometryCollection['geometries'][number];

/**
 * A Path2D straight from the topology's arcs: the layers are projected already,
 * so neither GeoJSON nor d3-geo's stream (clipping, resampling) is needed to draw.
 */
function arcsToPath(geometry: TopoGeometry, arcs: Float64Array[]): Path2D | null {
  const path = new Path2D();
  let drawn = false;
  const ring = (indices: number[]) => {
    indices.forEach((index, n) => {
      const arc = arcs[index < 0 ? ~index : index]!;
      const points = arc.length / 2;
      for (let k = 0; k < points; k++) {
        const j = index < 0 ? points - 1 - k : k;
        // Consecutive arcs share their end point: skip the repeat.
        if (k === 0 && n > 0) continue;
        if (k === 0) path.moveTo(arc[2 * j]!, arc[2 * j + 1]!);
        else path.lineTo(arc[2 * j]!, arc[2 * j + 1]!);
      }
    });
    path.closePath();
    drawn = true;
  };
  const add = (g: TopoGeometry) => {
    if (g.type === 'Polygon') g.arcs.forEach(ring);
    else if (g.type === 'MultiPolygon') g.arcs.forEach((polygon) => polygon.forEach(ring));
    else if (g.type === 'GeometryCollection') g.geometries.forEach(add);
  };
  add(geometry);
  return drawn ? path : null;
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
  const collection = { type: 'FeatureCollection' as const, features: indices.flatMap((i) => (layer.features[i]?.feature ? [layer.features[i]!.feature!] : [])) };
  const b = measure.bounds(collection) as [[number, number], [number, number]];
  return Number.isFinite(b[0][0]) ? b : [[0, 0], [1, 1]];
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
      if (score < bestScore) (best = i), (bestScore = score);
    }
    return best;
  };
  return pick(layer.neighbours[from] ?? []) ?? pick(layer.features.keys());
}
