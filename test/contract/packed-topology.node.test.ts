import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feature, neighbors } from 'topojson-client';
import type { Topology as TopoTopology } from 'topojson-specification';
import type { Topology } from '../../src/contract/contract.types.ts';
import {
  packArcs,
  packedArcsOf,
  packTopology,
  unpackArcs,
  unpackTopology,
  validatePackedTopology,
} from '../../src/contract/packed-topology.ts';
import { SchemaError } from '../../src/errors.ts';
import { describeSchemaError, errorText } from '../../src/i18n/error-text.ts';
import { topologyFixture } from '../fixtures/contract.fixture.ts';

/** A quantised topology of `count` arcs of 2 to 9 positions, deltas from -50 to 50 (a fixed seed: the same every run). */
function randomTopology(count: number): Topology {
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const arcs = Array.from({ length: count }, () =>
    Array.from({ length: 2 + Math.floor(next() * 8) }, () => [Math.round(next() * 100 - 50), Math.round(next() * 100 - 50)]),
  );
  return { ...topologyFixture('comuni', ['048017', '048001']), arcs };
}

/** A packed topology as the elements read it: written as JSON and parsed again. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packed topologies', () => {
  it('pack the arcs into two flat lists and unpack them to the same arcs', () => {
    const topology = randomTopology(500);
    const packed = packArcs(topology.arcs);
    assert.equal(packed.lengths.length, 500);
    assert.equal(packed.positions.length, 2 * packed.lengths.reduce((sum, n) => sum + n, 0));
    // The numbers are TopoJSON's own, deltas included, in order.
    assert.deepEqual(packed.positions.slice(0, 4), [...topology.arcs[0]![0]!, ...topology.arcs[0]![1]!]);
    assert.deepEqual(unpackArcs(packed), topology.arcs);
  });

  it('keep everything but the arcs as it was, and are not TopoJSON', () => {
    const topology = topologyFixture('regions', ['09', '12']);
    const packed = packTopology(topology);
    assert.equal(packed.type, 'PackedTopology');
    assert.equal('arcs' in packed, false);
    assert.deepEqual(packed.objects, topology.objects);
    assert.deepEqual(packed.transform, topology.transform);
    assert.deepEqual({ ...unpackTopology(viaJson(packed)) }, topology);
  });

  it('are read back as a topology whose arcs are unpacked only when first read, for topojson-client', () => {
    const topology = randomTopology(40);
    const packed = viaJson(packTopology(topology));
    const read = unpackTopology(packed);
    // Drawing reads the packed lists themselves: nothing is unpacked nor copied.
    assert.equal(packedArcsOf(read), packed.packedArcs);
    const plain = topology as unknown as TopoTopology;
    const unpacked = read as unknown as TopoTopology;
    const geometry = plain.objects['comuni']!;
    assert.deepEqual(feature(unpacked, geometry), feature(plain, geometry));
    assert.deepEqual(neighbors((unpacked.objects['comuni'] as never as { geometries: never[] }).geometries), [[1], [0]]);
    // Unpacked once, then kept.
    assert.equal(read.arcs, read.arcs);
  });

  it('are packed on demand for a TopoJSON topology (a bundle, an older index), the same lists as the data tools write', () => {
    const topology = randomTopology(30);
    assert.deepEqual(packedArcsOf(topology), packTopology(topology).packedArcs);
  });
});

describe('validatePackedTopology', () => {
  const good = () => viaJson(packTopology(randomTopology(20)));

  it('accepts a packed topology keyed by the codes of its layer', () => {
    assert.equal(validatePackedTopology(good(), 'comuni', 'comuni').type, 'PackedTopology');
  });

  it('refuses arcs whose positions are not as many as their lengths say, naming both counts', () => {
    const packed = good();
    const expected = packed.packedArcs.positions.length;
    packed.packedArcs.positions.pop();
    assert.throws(
      () => validatePackedTopology(packed, 'comuni', 'comuni', 'geo/x.packed.json'),
      (error: unknown) => {
        if (!(error instanceof SchemaError)) return false;
        const [issue] = describeSchemaError(error).issues;
        return (
          issue!.path === '$.packedArcs.positions' &&
          errorText(error).en.includes(`${expected} numbers, two per position`) &&
          errorText(error).it.includes(`${expected} numeri`)
        );
      },
    );
  });

  it('refuses a length below two or not whole, a position that is not a finite number, and plain TopoJSON', () => {
    const cases: [string, (packed: ReturnType<typeof good>) => void, string][] = [
      ['an arc of one position', (p) => (p.packedArcs.lengths[3] = 1), '$.packedArcs.lengths[3]'],
      ['a length of 2.5', (p) => (p.packedArcs.lengths[0] = 2.5), '$.packedArcs.lengths[0]'],
      ['a position as text', (p) => ((p.packedArcs.positions as unknown[])[5] = '3'), '$.packedArcs.positions[5]'],
      ['a null position', (p) => ((p.packedArcs.positions as unknown[])[0] = null), '$.packedArcs.positions[0]'],
      ['an infinite position', (p) => (p.packedArcs.positions[9] = Infinity), '$.packedArcs.positions[9]'],
      ['no packed arcs', (p) => delete (p as Partial<typeof p>).packedArcs, '$.packedArcs'],
      ['the type of plain TopoJSON', (p) => ((p as { type: string }).type = 'Topology'), '$.type'],
      ['a feature keyed by a region code', (p) => (p.objects['comuni']!.geometries[1]!.id = '09'), '$.objects.comuni.geometries[1].id'],
    ];
    for (const [what, damage, path] of cases) {
      const packed = good();
      damage(packed);
      assert.throws(
        () => validatePackedTopology(packed, 'comuni', 'comuni'),
        (error: unknown) => error instanceof SchemaError && describeSchemaError(error).issues[0]!.path === path,
        what,
      );
    }
  });
});
