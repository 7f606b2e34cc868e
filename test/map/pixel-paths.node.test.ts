import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapLayer } from '../../src/map/map-geometry.ts';
import { DEVICE_TOLERANCE } from '../../src/map/device-arcs.ts';
import { deviceTransform, PathPieces, PIECE, PixelPaths } from '../../src/map/pixel-paths.ts';
import { topologyFixture } from '../fixtures/contract.fixture.ts';
import { distanceToLine, PathCommands } from './path-commands.ts';

describe('pixel paths', () => {
  it('traces every area on whole pixels, and two neighbours through the same pixels along their border', () => {
    const layer = mapLayer(topologyFixture('regions', ['09', '12']), 'regions');
    const pixels = new PixelPaths(layer, deviceTransform({ scale: 0.37, dx: 3.3, dy: -1.7 }, 1.5));
    const traced = layer.features.map((_, i) => {
      const sink = new PathCommands();
      assert.equal(pixels.trace(i, sink), true);
      return sink.list;
    });
    for (const list of traced) {
      for (const [k, command] of list.entries()) {
        if (command === 'Z') continue;
        assert.match(command, /^[ML]-?\d+,-?\d+$/, 'whole pixels');
        assert.notEqual(command.slice(1), list[k - 1]?.slice(1), 'no repeated point');
      }
    }
    // The shared border's snapped points are the same on both sides: neighbours meet without a gap.
    const points = (list: string[]) => new Set(list.filter((c) => c !== 'Z').map((c) => c.slice(1)));
    const [a, b] = traced.map(points);
    const shared = [...a!].filter((p) => b!.has(p));
    assert.ok(shared.length >= 2, `a border of at least two points (${shared.length})`);
    for (const i of traced.keys()) assertWithinTolerance(pixels, i, `area ${i}`);
    assert.equal(pixels.fits(layer, deviceTransform({ scale: 0.37, dx: 3.3, dy: -1.7 }, 1.5)), true);
    assert.equal(pixels.fits(layer, deviceTransform({ scale: 0.37, dx: 3.3, dy: -1.7 }, 2)), false);
  });

  it('keeps every area within the tolerance of its outline on many wiggling borders walked both ways, at any scale', () => {
    const topology = wigglyGrid(6, 5, 40);
    const layer = mapLayer(topology, 'comuni');
    assert.equal(layer.features.length, 30);
    // From many points per pixel (most of each border on one pixel) to a few pixels per point.
    for (const scale of [0.01, 0.05, 0.3, 1, 7.5]) {
      const pixels = new PixelPaths(layer, deviceTransform({ scale, dx: 2.3, dy: -0.6 }, 1.25));
      for (const i of layer.features.keys()) assertWithinTolerance(pixels, i, `area ${i} at scale ${scale}`);
      // A border is walked through the same points by both its areas (here, the first two, side by side).
      const [left, right] = [0, 1].map((i) => {
        const sink = new PathCommands();
        pixels.trace(i, sink);
        return new Set(sink.list.filter((c) => c !== 'Z').map((c) => c.slice(1)));
      });
      const rightOnly = [...right!].filter((p) => !left!.has(p));
      assert.ok(rightOnly.length > 0 && right!.size - rightOnly.length >= 2, `a shared border at scale ${scale}`);
    }
  });

  it('draws the outer edge along the same points as the areas', () => {
    const layer = mapLayer(wigglyGrid(3, 2, 30), 'comuni');
    const pixels = new PixelPaths(layer, deviceTransform({ scale: 0.6, dx: 1.1, dy: 0.4 }, 1));
    const areaPoints = new Set<string>();
    for (const i of layer.features.keys()) {
      const sink = new PathCommands();
      pixels.trace(i, sink);
      for (const c of sink.list) if (c !== 'Z') areaPoints.add(c.slice(1));
    }
    const edgeSink = new PathCommands();
    layer.traceOutline(
      layer.features.map((_, i) => i),
      edgeSink,
      pixels.transform,
    );
    const edge = edgeSink.list;
    assert.ok(edge.length > 10);
    for (const c of edge) assert.ok(areaPoints.has(c.slice(1)), `edge point ${c} is a point of an area`);
  });

  it('cuts a long line into pieces that each go on where the last ended, and keeps the next line in the last piece', () => {
    const pieces = new PathPieces(() => new PathCommands());
    pieces.moveTo(0, 0);
    for (let k = 1; k <= 2 * PIECE + 1; k++) pieces.lineTo(k, 0);
    pieces.moveTo(10, 10);
    pieces.lineTo(11, 10);
    const lists = pieces.pieces.map((p) => p.list);
    assert.deepEqual(
      lists.map((l) => l.length),
      [PIECE + 1, PIECE + 1, 4],
    );
    assert.equal(lists[1]![0], `M${PIECE},0`, 'the second piece starts at the end of the first');
    assert.deepEqual(lists[2], [`M${2 * PIECE},0`, `L${2 * PIECE + 1},0`, 'M10,10', 'L11,10']);
  });

  it('puts many short lines in few pieces, none of more than PIECE segments', () => {
    const pieces = new PathPieces(() => new PathCommands());
    // An edge of many arcs, as all Italy's (~2,000 of them): lines of three segments.
    for (let line = 0; line < 200; line++) {
      pieces.moveTo(line, 0);
      for (let k = 1; k <= 3; k++) pieces.lineTo(line, k);
    }
    const segments = pieces.pieces.map((p) => p.list.filter((command) => command.startsWith('L')).length);
    assert.equal(pieces.pieces.length, Math.ceil((200 * 3) / PIECE));
    assert.ok(
      segments.every((n) => n <= PIECE),
      'a line that would overfill a piece is cut, and goes on in the next',
    );
    assert.equal(
      segments.reduce((a, b) => a + b, 0),
      600,
      'every segment drawn once',
    );
  });
});

/**
 * Asserts that area `i` as `pixels` traces it (whole pixels, no point twice in
 * a row) passes within the tolerance of every point of its outline snapped
 * (traced in map units, then mapped to device pixels and rounded).
 */
function assertWithinTolerance(pixels: PixelPaths, i: number, what: string): void {
  const traced = new PathCommands();
  assert.equal(pixels.trace(i, traced), true, what);
  const { scale, dx, dy } = pixels.transform;
  const exact = new PathCommands();
  pixels.layer.trace(i, exact);
  const point = (c: string) => c.slice(1).split(',').map(Number) as [number, number];
  const rings = (list: string[]) =>
    list
      .join(' ')
      .split('Z')
      .map((ring) => ring.trim().split(' ').filter(Boolean).map(point))
      .filter((r) => r.length > 0);
  const tracedRings = rings(traced.list);
  const exactRings = rings(exact.list);
  assert.equal(tracedRings.length, exactRings.length, `${what}: as many rings`);
  tracedRings.forEach((ring, r) => {
    for (const [k, [x, y]] of ring.entries()) {
      assert.ok(Number.isInteger(x) && Number.isInteger(y), `${what}: whole pixels`);
      if (k > 0) assert.notDeepEqual([x, y], ring[k - 1], `${what}: no repeated point`);
    }
    for (const [x, y] of exactRings[r]!) {
      const snapped: [number, number] = [Math.round(x * scale + dx), Math.round(y * scale + dy)];
      assert.ok(distanceToLine(snapped, ring) <= DEVICE_TOLERANCE + 1e-9, `${what}: ring ${r} passes near ${snapped}`);
    }
  });
}

/**
 * A grid of `columns` × `rows` square areas whose borders wiggle through
 * `points` quantised points each (some on one spot, some far apart), each
 * border an arc shared by its two areas, walked backwards by one of them.
 */
function wigglyGrid(columns: number, rows: number, points: number) {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const size = 1000;
  const arcs: [number, number][][] = [];
  // An arc from (x0, y0) to (x1, y1) through wiggling points, delta-encoded as quantised TopoJSON.
  const arc = (x0: number, y0: number, x1: number, y1: number) => {
    const absolute: [number, number][] = [[x0, y0]];
    for (let k = 1; k < points; k++) {
      const t = k / points;
      const wiggle = random() < 0.3 ? 0 : Math.round((random() - 0.5) * 60);
      absolute.push([Math.round(x0 + (x1 - x0) * t + (y0 === y1 ? 0 : wiggle)), Math.round(y0 + (y1 - y0) * t + (y0 === y1 ? wiggle : 0))]);
    }
    absolute.push([x1, y1]);
    arcs.push(absolute.map(([x, y], k) => (k === 0 ? [x, y] : [x - absolute[k - 1]![0], y - absolute[k - 1]![1]])));
    return arcs.length - 1;
  };
  const horizontal = new Map<string, number>();
  const vertical = new Map<string, number>();
  for (let r = 0; r <= rows; r++)
    for (let c = 0; c < columns; c++) horizontal.set(`${r},${c}`, arc(c * size, r * size, (c + 1) * size, r * size));
  for (let r = 0; r < rows; r++)
    for (let c = 0; c <= columns; c++) vertical.set(`${r},${c}`, arc(c * size, r * size, c * size, (r + 1) * size));
  const geometries = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < columns; c++) {
      // Clockwise on screen: top left to right, right side down, bottom right to left (backwards), left side up (backwards).
      const ring = [
        horizontal.get(`${r},${c}`)!,
        vertical.get(`${r},${c + 1}`)!,
        ~horizontal.get(`${r + 1},${c}`)!,
        ~vertical.get(`${r},${c}`)!,
      ];
      geometries.push({ type: 'Polygon' as const, id: `0${String(48001 + r * columns + c)}`, arcs: [ring] });
    }
  return {
    type: 'Topology' as const,
    transform: { scale: [0.1, 0.1] as [number, number], translate: [0, 0] as [number, number] },
    objects: { comuni: { type: 'GeometryCollection' as const, geometries } },
    arcs,
  };
}
