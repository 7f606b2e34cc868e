import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEVICE_TOLERANCE, deviceArcs, type ArcPoints, type DeviceTransform, type StoredArcs } from '../../src/map/device-arcs.ts';
import { distanceToLine } from './path-commands.ts';

/** Arcs given as lists of [x, y] points, stored as a topology without quantisation stores them. */
function stored(arcs: [number, number][][]): StoredArcs {
  return { lengths: arcs.map((arc) => arc.length), positions: arcs.flat(2) };
}

/** The points of arc `a`, as [x, y] pairs. */
function pointsOf({ xy, offsets }: ArcPoints, a: number): [number, number][] {
  const points: [number, number][] = [];
  for (let k = offsets[a]!; k < offsets[a + 1]!; k++) points.push([xy[2 * k]! + 0, xy[2 * k + 1]! + 0]); // + 0: -0 reads as 0
  return points;
}

/** `arcs` quantised with `scale` and `translate` (delta-encoded as TopoJSON), and the same arcs decoded as a layer decodes them. */
function quantise(arcs: [number, number][][], scale: [number, number], translate: [number, number]) {
  const quantised = arcs.map((arc) =>
    arc.map(([x, y]) => [Math.round((x - translate[0]) / scale[0]), Math.round((y - translate[1]) / scale[1])]),
  );
  const deltas = quantised.map((arc) => arc.map(([x, y], k) => (k === 0 ? [x!, y!] : [x! - arc[k - 1]![0]!, y! - arc[k - 1]![1]!])));
  const decoded = quantised.map((arc) =>
    arc.map(([x, y]) => [x! * scale[0] + translate[0], y! * scale[1] + translate[1]] as [number, number]),
  );
  return { arcs: { lengths: arcs.map((arc) => arc.length), positions: deltas.flat(2) }, quantisation: { scale, translate }, decoded };
}

/** `arcs` (in map units, not quantised) as `transform` shows them. */
const onScreen = (arcs: [number, number][][], transform: DeviceTransform) => deviceArcs(stored(arcs), undefined, transform);

const IDENTITY = { scale: 1, dx: 0, dy: 0 };

describe('device arcs', () => {
  it('maps points to device pixels, rounds them and drops a point on the pixel of the one before', () => {
    const arcs = onScreen(
      [
        [
          [0, 0],
          [0.1, 0.1], // 0.4 device pixels away: the same pixel
          [1, 0],
          [1.05, 0.04], // still (5, 2)
          [1, 1],
        ],
      ],
      { scale: 4, dx: 1, dy: 2 },
    );
    assert.deepEqual(pointsOf(arcs, 0), [
      [1, 2],
      [5, 2],
      [5, 6],
    ]);
  });

  it('leaves out the points of a straight border, and of one that wiggles less than the tolerance (a null)', () => {
    const straight: [number, number][] = Array.from({ length: 50 }, (_, k) => [k * 3, k * 2]);
    // A gentle slope: rounding makes it a staircase, each step less than half a pixel off the line.
    const staircase: [number, number][] = Array.from({ length: 51 }, (_, k) => [k - 0.2, k * 0.3 - 0.2]);
    const arcs = onScreen([straight, staircase], { scale: 1, dx: 0.2, dy: 0.2 });
    assert.deepEqual(pointsOf(arcs, 0), [
      [0, 0],
      [147, 98],
    ]);
    assert.deepEqual(pointsOf(arcs, 1), [
      [0, 0],
      [50, 15],
    ]);
  });

  it('keeps a bend larger than the tolerance (planted), and the ends of every arc', () => {
    const bend: [number, number][] = [
      [0, 0],
      [10, 0],
      [20, 0],
      [30, 1], // one pixel off the line: kept
      [40, 0],
      [50, 0],
    ];
    const arcs = onScreen(
      [
        bend,
        [[7, 7]],
        [
          [3, 3],
          [3.2, 3.1],
        ],
      ],
      IDENTITY,
    );
    assert.deepEqual(pointsOf(arcs, 0), [
      [0, 0],
      [20, 0],
      [30, 1],
      [50, 0], // (40, 0) is 0.4995 pixels off the line from (30, 1)
    ]);
    assert.deepEqual(pointsOf(arcs, 1), [[7, 7]], 'an arc of one point');
    assert.deepEqual(pointsOf(arcs, 2), [[3, 3]], 'an arc on one pixel is one point');
    assert.equal(arcs.offsets.length, 4);
  });

  it('keeps far-off pixels far off, however large the scale (a map fitted around a single point)', () => {
    const arcs = onScreen(
      [
        [
          [0, 0],
          [0.001, 0],
          [0, 0.001],
        ],
      ],
      { scale: 1e13, dx: 0, dy: 0 },
    );
    assert.deepEqual(pointsOf(arcs, 0), [
      [0, 0],
      [1e10, 0],
      [0, 1e10],
    ]);
  });

  it('keeps an island that is one closed arc a shape, not a line', () => {
    // A ring of 24 points around a circle of radius 6 pixels, closed on its first point.
    const ring: [number, number][] = Array.from({ length: 25 }, (_, k) => [
      20 + 6 * Math.cos((2 * Math.PI * k) / 24),
      20 + 6 * Math.sin((2 * Math.PI * k) / 24),
    ]);
    const points = pointsOf(onScreen([ring], IDENTITY), 0);
    assert.deepEqual(points[0], points.at(-1), 'still closed');
    assert.ok(points.length >= 8, `${points.length} points`);
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    assert.ok(Math.max(...xs) - Math.min(...xs) >= 11 && Math.max(...ys) - Math.min(...ys) >= 11, 'as wide and tall as before');
  });

  it('leaves no snapped point further than the tolerance from the line it keeps, on random borders at any scale', () => {
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const arcs: [number, number][][] = Array.from({ length: 60 }, () => {
      let [x, y] = [random() * 100, random() * 100];
      return Array.from({ length: 2 + Math.floor(random() * 80) }, () => {
        x += (random() - 0.5) * 3;
        y += (random() - 0.5) * 3;
        return [x, y] as [number, number];
      });
    });
    const input = stored(arcs);
    let kept = 0;
    let snapped = 0;
    for (const scale of [0.2, 1, 2.5, 9]) {
      const transform = { scale, dx: 3.3, dy: -1.7 };
      const device = deviceArcs(input, undefined, transform);
      // Quantised (the demo's topologies are), decoded in the same pass: the same pixels.
      const quantised = quantise(arcs, [0.01, 0.02], [-5, 7]);
      assert.deepEqual(
        deviceArcs(quantised.arcs, quantised.quantisation, transform),
        deviceArcs(stored(quantised.decoded), undefined, transform),
      );
      arcs.forEach((arc, a) => {
        const line = pointsOf(device, a);
        const rounded = arc.map(([x, y]) => [Math.round(x * scale + 3.3) || 0, Math.round(y * scale - 1.7) || 0] as [number, number]);
        assert.deepEqual(line[0], rounded[0], 'first point kept');
        assert.deepEqual(line.at(-1), rounded.at(-1), 'last point kept');
        for (const point of rounded) assert.ok(distanceToLine(point, line) <= DEVICE_TOLERANCE + 1e-9, `arc ${a} at scale ${scale}`);
        kept += line.length;
        snapped += rounded.length;
      });
    }
    assert.ok(kept < snapped, `fewer points (${kept} of ${snapped})`);
  });
});
