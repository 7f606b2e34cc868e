/**
 * Where a mark about an area goes (its points, a tooltip docked to it, the
 * zoom's centre): a point inside the area. The centroid of a whole area is not
 * always one: Liguria's crescent has it in the sea, as have Livorno's and the
 * Sardinian provinces' islands and about one comune in fifty, so a role model's
 * diamond was drawn in the water. The centroid is kept where it lies inside the
 * area (nothing moves for the others). Where it does not, the area is cut by a
 * horizontal line, through the centroid, else through the middle of each part
 * from the largest, and the middle of the widest stretch of it inside the area
 * is taken: the scan line of JTS's and GEOS's interior point. Polylabel (the
 * pole of inaccessibility) was weighed and measured at 1.76 KB gzip in the map's
 * bundle, where this is about 0.3. Planar: the layers are pre-projected.
 */
import { geoPath } from 'd3-geo';
import type { Geometry, Position } from 'geojson';

type Point = [number, number];

const measure = geoPath();

/** Each x where the rings cross the line at height `y`. */
function eachCrossing(rings: readonly Position[][], y: number, visit: (x: number) => void): void {
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[i] as Point;
      const [bx, by] = ring[j] as Point;
      // Half-open in y, so that a vertex on the line is counted once and every ring crosses it an even number of times.
      if (ay > y !== by > y) visit(ax + ((y - ay) * (bx - ax)) / (by - ay));
    }
}

/** Whether the point lies inside the rings: an odd number of them cross the line at its height to its left. */
function inside(rings: readonly Position[][], x: number, y: number): boolean {
  let odd = false;
  eachCrossing(rings, y, (at) => (odd = at < x ? !odd : odd));
  return odd;
}

/** The middle of the widest stretch of the line at `y` inside the rings, or null where it misses them. */
function widestMiddle(rings: readonly Position[][], y: number): Point | null {
  // Sorted, the line is inside the area between the 1st and 2nd, the 3rd and 4th…
  const xs: number[] = [];
  eachCrossing(rings, y, (at) => xs.push(at));
  xs.sort((a, b) => a - b);
  let best: Point | null = null;
  let width = -1;
  for (let k = 0; k + 1 < xs.length; k += 2)
    if (xs[k + 1]! - xs[k]! > width) [best, width] = [[(xs[k]! + xs[k + 1]!) / 2, y], xs[k + 1]! - xs[k]!];
  return best;
}

/** The middle height of a part's outer ring. */
function middleY([outer]: Position[][]): number {
  let [low, high] = [Infinity, -Infinity];
  for (const p of outer!) [low, high] = [Math.min(low, p[1]!), Math.max(high, p[1]!)];
  return (low + high) / 2;
}

/**
 * The area's point inside it, or null where it has no polygon (nothing to mark). `centroid`: the area's, where the
 * caller has it already (a map's layer keeps each area's for the keyboard's directions).
 */
export function interiorPoint(geometry: Geometry | null, centroid?: Point | null): Point | null {
  const parts = (
    geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : []
  ).filter((part) => (part[0]?.length ?? 0) >= 3);
  if (parts.length === 0) return null;
  const rings = parts.flat();
  const [x, y] = centroid ?? (measure.centroid(geometry!) as Point);
  if (inside(rings, x, y)) return [x, y];
  const byArea = parts
    .map((part) => ({ part, area: measure.area({ type: 'Polygon', coordinates: part }) }))
    .sort((a, b) => b.area - a.area);
  for (const line of [y, ...byArea.map(({ part }) => middleY(part))]) {
    const point = widestMiddle(rings, line);
    if (point) return point;
  }
  return null;
}
