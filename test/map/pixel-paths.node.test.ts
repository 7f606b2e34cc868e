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
