import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapLayer } from '../../src/map/map-geometry.ts';
import { deviceTransform, PathPieces, PIECE, PixelPaths, PixelSnap } from '../../src/map/pixel-paths.ts';
import { topologyFixture } from '../fixtures/contract.fixture.ts';
import { PathCommands } from './path-commands.ts';

describe('pixel paths', () => {
  it('maps points to device pixels, rounds them and drops a point on the pixel of the one before', () => {
    const sink = new PathCommands();
    const snap = new PixelSnap(sink, deviceTransform({ scale: 2, dx: 0.5, dy: 1 }, 2));
    snap.moveTo(0, 0);
    snap.lineTo(0.1, 0.1); // 0.4 device pixels away: the same pixel
    snap.lineTo(1, 0);
    snap.lineTo(1.05, 0.04); // still (5, 2)
    snap.lineTo(1, 1);
    snap.closePath();
    snap.moveTo(1, 1); // a new ring starts even on the same pixel
    assert.deepEqual(sink.list, ['M1,2', 'L5,2', 'L5,6', 'Z', 'M5,6']);
  });

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
    // The rings' inlined snapping follows the same rule as PixelSnap (which snaps the outer edge).
    for (const [i, list] of traced.entries()) {
      const bySink = new PathCommands();
      layer.trace(i, new PixelSnap(bySink, pixels.transform));
      assert.deepEqual(list, bySink.list);
    }
    assert.equal(pixels.fits(layer, deviceTransform({ scale: 0.37, dx: 3.3, dy: -1.7 }, 1.5)), true);
    assert.equal(pixels.fits(layer, deviceTransform({ scale: 0.37, dx: 3.3, dy: -1.7 }, 2)), false);
  });

  it('snaps rings inline by the rule of PixelSnap on many wiggling borders walked both ways, at any scale', () => {
    const topology = wigglyGrid(6, 5, 40);
    const layer = mapLayer(topology, 'comuni');
    assert.equal(layer.features.length, 30);
    // From many points per pixel (most of each border on one pixel) to a few pixels per point.
    for (const scale of [0.01, 0.05, 0.3, 1, 7.5]) {
      const pixels = new PixelPaths(layer, deviceTransform({ scale, dx: 2.3, dy: -0.6 }, 1.25));
      for (const i of layer.features.keys()) {
        const inline = new PathCommands();
        const bySink = new PathCommands();
        assert.equal(pixels.trace(i, inline), true);
        layer.trace(i, new PixelSnap(bySink, pixels.transform));
        assert.deepEqual(inline.list, bySink.list, `area ${i} at scale ${scale}`);
      }
    }
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
