import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { areaValue, modesOf } from '../../src/map/area-values.ts';
import { classify, classOf } from '../../src/map/classify.ts';
import { mapLayer, neighbourInDirection } from '../../src/map/map-geometry.ts';
import { paletteColours } from '../../src/map/palettes.ts';
import type { Topology } from '../../src/contract/contract.types.ts';
import { packTopology, unpackTopology } from '../../src/contract/pack-topology.ts';
import type { PackedTopology } from '../../src/contract/packed-topology.schema.ts';
import { indexFixture, regionFixture, topologyFixture } from '../fixtures/contract.fixture.ts';
import { PathCommands } from './path-commands.ts';

describe('classify', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];
  it('makes quantile, equal-interval and natural breaks', () => {
    assert.deepEqual(classify(values, 'quantile', 5).breaks, [3, 5, 7, 9]);
    assert.deepEqual(classify(values, 'equal', 4).breaks, [25.75, 50.5, 75.25]);
    assert.deepEqual(classify(values, 'natural', 2).breaks, [100]);
  });
  it('stays sensible for all-equal, empty, single and huge values', () => {
    assert.deepEqual(classify([5, 5, 5], 'quantile', 5), { breaks: [], min: 5, max: 5 });
    assert.deepEqual(classify([], 'natural', 5), { breaks: [], min: 0, max: 0 });
    assert.deepEqual(classify([0, 0, 0, 1e15], 'quantile', 5).breaks, [1e15]);
    assert.deepEqual(classify([NaN, Infinity, 3], 'equal', 3), { breaks: [], min: 3, max: 3 });
  });
  it('gives ~7,900 skewed comuni the breaks of a plain sort and count of distinct values, for every method', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    // Mostly zeros and small counts, a long tail, no data here and there, and values below zero: as a metric's year.
    const comuni = Array.from({ length: 7_900 }, () => {
      const r = next();
      return r < 0.05 ? NaN : r < 0.5 ? 0 : r < 0.52 ? -Math.round(next() * 10) : Math.round(Math.exp(next() * 6) * 10) / 10;
    });
    const sorted = comuni.filter(Number.isFinite).sort((a, b) => a - b);
    const [min, max] = [sorted[0]!, sorted.at(-1)!];
    // Quantiles: the values below zero, the zeros, then the positive values in three classes of about a third each.
    const quantile = classify(comuni, 'quantile', 5);
    assert.deepEqual([quantile.min, quantile.max], [min, max]);
    assert.equal(quantile.breaks[0], 0);
    assert.equal(
      quantile.breaks[1],
      sorted.find((v) => v > 0),
    );
    const positive = sorted.filter((v) => v > 0);
    const sizes = [1, 2, 3].map((c) => positive.filter((v) => classOf(v, quantile.breaks) === c + 1).length);
    for (const size of sizes) assert.ok(Math.abs(size - positive.length / 3) < positive.length * 0.02, `${sizes}`);
    assert.deepEqual(
      classify(comuni, 'equal', 4).breaks,
      [1, 2, 3].map((i) => min + (i * (max - min)) / 4),
    );
    assert.equal(classify(comuni, 'natural', 5).breaks.length, 4);
    // Fewer distinct values than classes: as many classes as values.
    assert.deepEqual(classify([2, 0, 2, 0, 2], 'quantile', 5), { breaks: [2], min: 0, max: 2, single: [0, 2] });
  });
  it('gives a run of equal values one class and shares the rest among the others (half the comuni at 0% made 5 quantiles 3)', () => {
    const tied = [...Array<number>(50).fill(0), ...Array.from({ length: 50 }, (_, i) => i + 1), ...Array<number>(10).fill(100)];
    assert.deepEqual(classify(tied, 'quantile', 5).breaks, [1, 16, 31, 46]);
    // Ties at the top too (a comune with one institution, active): the 100s a class, the values between the three left.
    const both = [...Array<number>(60).fill(0), 10, 20, 30, 40, ...Array<number>(36).fill(100)];
    assert.deepEqual(classify(both, 'quantile', 5).breaks, [10, 20, 30, 100]);
    const ends = [...Array<number>(50).fill(0), ...Array.from({ length: 50 }, (_, i) => i + 1), ...Array<number>(40).fill(100)];
    assert.deepEqual(classify(ends, 'quantile', 5).breaks, [1, 17, 34, 100]);
    // As the comuni's shares of active institutions: 69% at 0, 18% at 100 (less than a fifth, more than a class of what is
    // left), the rest between: 0 and 100 each a class, three between.
    const comuni = [...Array<number>(690).fill(0), ...Array.from({ length: 130 }, (_, i) => 1 + (i % 98)), ...Array<number>(180).fill(100)];
    const shares = classify(comuni, 'quantile', 5);
    assert.equal(shares.breaks.length, 4);
    assert.deepEqual([shares.single![0], shares.single![4]], [0, 100]);
    // Runs everywhere, more than classes: quantiles over all the values, ties kept whole.
    const runs = [0, 2, 4, 6].flatMap((v) => [...Array<number>(20).fill(v), v + 1]).slice(0, -1);
    assert.deepEqual(classify(runs, 'quantile', 5).breaks, [1, 2, 3, 5]);
    // Shuffled input, the same breaks; untied data as before.
    assert.deepEqual(classify([...tied].reverse(), 'quantile', 5).breaks, [1, 16, 31, 46]);
    assert.deepEqual(classify(values, 'quantile', 5).breaks, [3, 5, 7, 9]);
    // Which classes hold one value, for the legend: the zeros' and the 100s', not the others.
    assert.deepEqual(classify(both, 'quantile', 5).single, [0, 10, 20, null, 100]);
    assert.deepEqual(classify([0, 1, 2, 10], 'equal', 5).single, [null, null, null, 10], 'an empty class holds no value');
  });

  it('draws as many quantile classes as asked or as there are values, each holding some, whatever the runs of equal values', () => {
    // Three runs long enough for a class each left five parts for four classes: the values were cut into three.
    const runs = [0.1, 0.1, 0.1, 0.1, ...Array<number>(8).fill(0.8), 2.3, ...Array<number>(24).fill(4.5), ...Array<number>(16).fill(7.8)];
    assert.equal(classify(runs, 'quantile', 4).breaks.length, 3);
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let t = 0; t < 3000; t++) {
      const pool = Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.round(next() * 100) / (next() < 0.3 ? 1 : 10));
      const sample = Array.from({ length: 1 + Math.floor(next() * 60) }, () => pool[Math.floor(next() * next() * pool.length)]!);
      const k = 2 + Math.floor(next() * 6);
      const { breaks, min, max } = classify(sample, 'quantile', k);
      const counts = new Array<number>(breaks.length + 1).fill(0);
      for (const v of sample) counts[classOf(v, breaks)]!++;
      const case_ = JSON.stringify({ sample, k, breaks });
      assert.equal(breaks.length + 1, Math.min(k, new Set(sample).size), case_);
      assert.ok(
        breaks.every((b, i) => b > min && b <= max && (i === 0 || b > breaks[i - 1]!)),
        case_,
      );
      assert.ok(
        counts.every((count) => count > 0),
        case_,
      );
    }
  });

  it('places values in their class', () => {
    assert.equal(classOf(2, [3, 5]), 0);
    assert.equal(classOf(3, [3, 5]), 1);
    assert.equal(classOf(99, [3, 5]), 2);
  });
  it('gives as many colours as classes', () => {
    assert.equal(paletteColours('cividis', 5).length, 5);
    assert.notEqual(paletteColours('blues', 5)[0], paletteColours('blues', 5)[4]);
  });
});

describe('area values', () => {
  const comune = regionFixture().comuni[0]!;
  it('reads absolute values and normalises per institution and per 1,000 students', () => {
    assert.deepEqual(areaValue(comune, 'etwinning.projects', 3, 'absolute'), {
      value: 5,
      raw: 5,
      denominator: { kind: 'institutions', count: 1 },
    });
    assert.equal(areaValue(comune, 'etwinning.projects', 3, 'per1000Students').value, (5 / 1200) * 1000);
    assert.equal(areaValue(comune, 'etwinning.projects', 2, 'absolute').value, null, 'null stays no data');
    assert.equal(areaValue({ ...comune, institutions: 0 }, 'etwinning.projects', 3, 'perSchool').value, null, 'no denominator, no rate');
  });
  it('says why a rate with a count has nothing to divide it by', () => {
    const why = (area: Partial<typeof comune>, mode: 'perSchool' | 'per1000Students') =>
      areaValue({ ...comune, ...area }, 'etwinning.projects', 3, mode).undivided;
    // No students counted; no institution of the registry; institutions whose plessi here have no count, so no share.
    assert.equal(why({ students: null }, 'per1000Students'), 'students');
    assert.equal(why({ institutions: 0, institutionShare: 0 }, 'perSchool'), 'institutions');
    assert.equal(why({ institutions: 1, institutionShare: 0 }, 'perSchool'), 'unshared');
    // A rate that is made, and no data at all, have no reason to give.
    assert.equal(why({}, 'perSchool'), undefined);
    assert.equal(areaValue({ ...comune, students: null }, 'etwinning.projects', 2, 'per1000Students').undivided, undefined);
  });
  it('offers only the normalisations a metric allows', () => {
    assert.deepEqual(modesOf(indexFixture().metrics[1]!), ['absolute', 'perSchool']);
  });
});

describe('map geometry', () => {
  const layer = mapLayer(topologyFixture('regions', ['09', '12']), 'regions');
  it('finds topological neighbours and moves towards the arrow', () => {
    assert.deepEqual(layer.neighbours, [[1], [0]]);
    assert.equal(neighbourInDirection(layer, 0, 'ArrowRight'), 1);
    assert.equal(neighbourInDirection(layer, 1, 'ArrowLeft'), 0);
    assert.equal(neighbourInDirection(layer, 0, 'ArrowLeft'), null, 'nothing to the west');
    assert.equal(neighbourInDirection(layer, 0, 'ArrowUp'), null);
  });
  it('traces each area as closed rings from the arcs, shared points once, as its GeoJSON outline', () => {
    for (const [i, f] of layer.features.entries()) {
      const sink = new PathCommands();
      assert.equal(layer.trace(i, sink), true);
      // The same points as topojson's GeoJSON ring (the arcs' joints once each), then the path closed.
      const rings = (f.feature!.geometry as { type: 'Polygon'; coordinates: number[][][] }).coordinates;
      const expected = rings.flatMap((ring) => [...ring.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${x},${y}`), 'Z']);
      assert.deepEqual(sink.list, expected, f.code);
    }
  });
  it('traces a packed topology as its TopoJSON, quantised or not, snapped to pixels or not', () => {
    const quantised = { ...topologyFixture('regions', ['09', '12']), transform: { scale: [2, 3], translate: [10, 20] } } as Topology;
    const { transform: _none, ...absolute } = topologyFixture('regions', ['09', '12']);
    for (const topology of [quantised, absolute as Topology]) {
      const plain = mapLayer(topology, 'regions');
      const packed = mapLayer(unpackTopology(JSON.parse(JSON.stringify(packTopology(topology))) as PackedTopology), 'regions');
      for (const snap of [undefined, { scale: 1.7, dx: 3, dy: -2 }])
        for (const i of [0, 1]) {
          const [a, b] = [new PathCommands(), new PathCommands()];
          plain.trace(i, a, snap);
          packed.trace(i, b, snap);
          assert.ok(a.list.length > 3);
          assert.deepEqual(b.list, a.list);
        }
    }
  });
  it('computes each topology once', () => {
    const topology = topologyFixture('regions', ['09', '12']);
    assert.equal(mapLayer(topology, 'regions'), mapLayer(topology, 'regions'));
  });
});
