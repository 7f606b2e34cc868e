/**
 * Pre-projected TopoJSON layers turned into what a canvas draws: one Path2D per
 * feature, centroids, bounds and topological neighbours, computed once per
 * topology (the loader hands out frozen, cached topologies, so a WeakMap keyed
 * by them shares the work between elements and redraws).
 */
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology as TopoTopology } from 'topojson-specification';
import type { Topology } from '../contract/contract.types.js';

export interface MapFeature {
  code: string;
  path: Path2D | null;
  /** SVG path data, for the SVG download. */
  d: string | null;
  centroid: [number, number] | null;
  bounds: [[number, number], [number, number]] | null;
}

export interface MapLayer {
  features: MapFeature[];
  byCode: Map<string, number>;
  neighbours: number[][];
}

const cache = new WeakMap<object, Map<string, MapLayer>>();
const path = geoPath();

export function mapLayer(topology: Topology, object: string): MapLayer {
  let byObject = cache.get(topology);
  if (!byObject) cache.set(topology, (byObject = new Map()));
  const cached = byObject.get(object);
  if (cached) return cached;
  const topo = topology as unknown as TopoTopology;
  const collection = topo.objects[object] as GeometryCollection;
  const features = collection.geometries.map((geometry) => {
    const f = feature(topo, geometry) as Feature<Geometry | null>;
    const d = f.geometry ? path(f as Feature) : null;
    const centroid = f.geometry ? (path.centroid(f as Feature) as [number, number]) : null;
    return {
      code: String(geometry.id),
      d,
      path: d && typeof Path2D !== 'undefined' ? new Path2D(d) : null,
      centroid: centroid && Number.isFinite(centroid[0]) ? centroid : null,
      bounds: f.geometry ? (path.bounds(f as Feature) as [[number, number], [number, number]]) : null,
    };
  });
  const layer: MapLayer = { features, byCode: new Map(features.map((f, i) => [f.code, i])), neighbours: neighbors(collection.geometries as never) };
  byObject.set(object, layer);
  return layer;
}

const DIRECTIONS = { ArrowRight: 0, ArrowDown: Math.PI / 2, ArrowLeft: Math.PI, ArrowUp: -Math.PI / 2 } as const;
export type Direction = keyof typeof DIRECTIONS;

/**
 * The area to move to from `from` in a direction (screen coordinates, y down):
 * the nearest topological neighbour within 67.5° of it, else the nearest area of
 * all within that cone (islands have no neighbours), else none.
 */
export function neighbourInDirection(layer: MapLayer, from: number, direction: Direction, among?: ReadonlySet<number>): number | null {
  const origin = layer.features[from]?.centroid;
  if (!origin) return null;
  const angle = DIRECTIONS[direction];
  const pick = (candidates: Iterable<number>) => {
    let best: number | null = null;
    let bestScore = Infinity;
    for (const i of candidates) {
      if (i === from || (among && !among.has(i))) continue;
      const c = layer.features[i]?.centroid;
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
