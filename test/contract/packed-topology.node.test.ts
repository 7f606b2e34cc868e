import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feature, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology as TopoTopology } from 'topojson-specification';
import type { Topology } from '../../src/contract/contract.types.ts';
import {
  packArcs,
  packedArcsOf,
  packedObjectOf,
  packObject,
  packTopology,
  unpackArcs,
  unpackObject,
  unpackTopology,
} from '../../src/contract/pack-topology.ts';
import { readPackedTopology, validatePackedTopology } from '../../src/contract/packed-topology.ts';
import { CONTRACT_VERSION } from '../../src/contract/version.ts';
import { ContractVersionError, SchemaError } from '../../src/errors.ts';
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

/** Every kind of area a layer holds: a polygon, a polygon with a hole, islands, none, and names on some. */
function layerOfEveryKind(): Topology {
  return {
    ...randomTopology(12),
    objects: {
      comuni: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: '048017', arcs: [[0, 1]], properties: { name: 'Firenze' } },
          { type: 'Polygon', id: '048001', arcs: [[-1, 2], [3]] },
          { type: 'MultiPolygon', id: '049002', arcs: [[[4, 5]], [[6], [~7]], [[8, 9, 10]]] },
          { type: null, id: '050003' },
          { type: 'Polygon', id: '051004', arcs: [[11]], properties: { name: 'Anghiari' } },
        ],
      },
    },
  };
}

/** A packed topology as the elements read it: written as JSON and parsed again. */
const viaJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packed topologies', () => {
  it('pack the arcs into two flat lists and unpack them to the same arcs', () => {
    const topology = randomTopology(500);
    const packed = packArcs(topology.arcs);
    assert.equal(packed.lengths.length, 500);
    assert.equal(packed.positions.length, 2 * packed.lengths.reduce((sum: number, n: number) => sum + n, 0));
    // The numbers are TopoJSON's own, deltas included, in order.
    assert.deepEqual(packed.positions.slice(0, 4), [...topology.arcs[0]![0]!, ...topology.arcs[0]![1]!]);
    assert.deepEqual(unpackArcs(packed), topology.arcs);
  });

  it('pack every kind of area into counts and indices, and unpack the same geometries and names', () => {
    const { geometries } = layerOfEveryKind().objects['comuni']!;
    const packed = packObject(geometries);
    assert.deepEqual(packed.ids, ['048017', '048001', '049002', '050003', '051004']);
    assert.deepEqual(packed.polygons, [1, 1, 3, 0, 1]);
    assert.deepEqual(packed.rings, [1, 2, 1, 2, 1, 1]);
    assert.deepEqual(packed.arcs, [2, 2, 1, 2, 1, 1, 3, 1]);
    assert.deepEqual(packed.indices, [0, 1, -1, 2, 3, 4, 5, 6, ~7, 8, 9, 10, 11]);
    assert.deepEqual(packed.properties, [{ name: 'Firenze' }, null, null, null, { name: 'Anghiari' }]);
    assert.deepEqual(unpackObject(viaJson(packed)), geometries);
  });

  it('leave out properties when no area has any', () => {
    assert.equal('properties' in packObject(topologyFixture('regions', ['09', '12']).objects['regions']!.geometries), false);
  });

  it('refuse, for the data tools, an area that is not a polygon, and a map leaves it undrawn as before', () => {
    const topology = layerOfEveryKind();
    const line = { type: 'LineString', id: '048017', arcs: [0] } as never;
    topology.objects['comuni']!.geometries.push(line);
    assert.throws(() => packTopology(topology), /a LineString \(feature 048017\) cannot be packed/);
    assert.deepEqual(packObject([line]).polygons, [0]);
  });

  it('read back as a sealed topology whose TopoJSON arrays are made only when read, for topojson-client', () => {
    const topology = layerOfEveryKind();
    const packed = viaJson(packTopology(topology));
    assert.equal(packed.type, 'PackedTopology');
    assert.equal('arcs' in packed || 'objects' in packed, false);
    const read = unpackTopology(packed);
    // Drawing reads the packed lists themselves: nothing is unpacked nor copied.
    assert.equal(packedArcsOf(read), packed.packedArcs);
    assert.equal(packedObjectOf(read, 'comuni'), packed.packedObjects['comuni']);
    assert.ok(Object.isFrozen(read));
    assert.deepEqual({ ...read }, topology);
    // Made once, then kept, and sealed as the loader seals every document.
    assert.equal(read.arcs, read.arcs);
    assert.equal(read.objects, read.objects);
    assert.ok(Object.isFrozen(read.objects['comuni']!.geometries[0]!.properties));
    const plain = topology as unknown as TopoTopology;
    const unpacked = read as unknown as TopoTopology;
    const collection = (t: TopoTopology) => t.objects['comuni'] as GeometryCollection;
    assert.deepEqual(feature(unpacked, collection(unpacked)), feature(plain, collection(plain)));
    assert.deepEqual(neighbors(collection(unpacked).geometries), neighbors(collection(plain).geometries));
  });

  it('give a map the same lists for a TopoJSON topology (a bundle, an older index), packed on demand', () => {
    const topology = layerOfEveryKind();
    const packed = packTopology(topology);
    assert.deepEqual(packedArcsOf(topology), packed.packedArcs);
    assert.deepEqual(packedObjectOf(topology, 'comuni'), packed.packedObjects['comuni']);
    assert.equal(packedObjectOf(topology, 'regioni'), undefined);
  });
});

describe('validatePackedTopology', () => {
  const good = () => viaJson(packTopology(layerOfEveryKind()));

  it('says which contract wrote it, and refuses another major with a version error that names both', () => {
    assert.equal(good().contract, CONTRACT_VERSION);
    assert.throws(
      () => validatePackedTopology({ ...good(), contract: 'scuole-europa/2.0' }, 'comuni', 'comuni', 'geo/x.packed.json'),
      (error: unknown) =>
        error instanceof ContractVersionError && error.found === 'scuole-europa/2.0' && error.supported === 'scuole-europa/1',
    );
  });

  it('accepts a packed topology keyed by the codes of its layer, and reads it back', () => {
    assert.equal(validatePackedTopology(good(), 'comuni', 'comuni').type, 'PackedTopology');
    assert.deepEqual({ ...readPackedTopology(good(), 'comuni', 'comuni') }, layerOfEveryKind());
  });

  it('refuses lists that disagree with their counts, naming how many were expected, in Italian and English', () => {
    type Packed = ReturnType<typeof good>;
    const cases: [string, (p: Packed) => void, string, string, string][] = [
      ['a position too few', (p) => p.packedArcs.positions.pop(), '$.packedArcs.positions', 'numbers, two per position', 'numeri'],
      [
        'a feature without its count',
        (p) => p.packedObjects['comuni']!.polygons.pop(),
        '$.packedObjects.comuni.polygons',
        'values, one per feature',
        'valori',
      ],
      [
        'a polygon without its rings',
        (p) => p.packedObjects['comuni']!.rings.pop(),
        '$.packedObjects.comuni.rings',
        'numbers, one per polygon',
        'poligono',
      ],
      [
        'a ring without its arcs',
        (p) => p.packedObjects['comuni']!.arcs.push(1),
        '$.packedObjects.comuni.arcs',
        'numbers, one per ring',
        'anello',
      ],
      [
        'an index too many',
        (p) => p.packedObjects['comuni']!.indices.push(0),
        '$.packedObjects.comuni.indices',
        'indices, one per arc of the rings',
        'indici',
      ],
      [
        'names for a feature too few',
        (p) => p.packedObjects['comuni']!.properties!.pop(),
        '$.packedObjects.comuni.properties',
        'values, one per feature',
        'valori',
      ],
      [
        'an index of no arc',
        (p) => (p.packedObjects['comuni']!.indices[4] = 12),
        '$.packedObjects.comuni.indices[4]',
        'one of the 12 arcs',
        '12 archi',
      ],
      [
        'a reversed index of no arc',
        (p) => (p.packedObjects['comuni']!.indices[0] = ~40),
        '$.packedObjects.comuni.indices[0]',
        'one of the 12 arcs',
        '12 archi',
      ],
    ];
    for (const [what, damage, path, en, it] of cases) {
      const packed = good();
      damage(packed);
      assert.throws(
        () => validatePackedTopology(packed, 'comuni', 'comuni', 'geo/x.packed.json'),
        (error: unknown) => {
          if (!(error instanceof SchemaError)) return false;
          const text = errorText(error);
          return describeSchemaError(error).issues[0]!.path === path && text.en.includes(en) && text.it.includes(it);
        },
        what,
      );
    }
  });

  it('refuses a count that is not whole or too small, a position that is not a finite number, plain TopoJSON, and codes of another layer', () => {
    type Packed = ReturnType<typeof good>;
    const cases: [string, (p: Packed) => void, string][] = [
      ['an arc of one position', (p) => (p.packedArcs.lengths[3] = 1), '$.packedArcs.lengths[3]'],
      ['a length of 2.5', (p) => (p.packedArcs.lengths[0] = 2.5), '$.packedArcs.lengths[0]'],
      ['a ring of no arcs', (p) => (p.packedObjects['comuni']!.arcs[1] = 0), '$.packedObjects.comuni.arcs[1]'],
      ['a polygon of no rings', (p) => (p.packedObjects['comuni']!.rings[1] = 0), '$.packedObjects.comuni.rings[1]'],
      ['a negative count of polygons', (p) => (p.packedObjects['comuni']!.polygons[2] = -1), '$.packedObjects.comuni.polygons[2]'],
      ['an index of 1.5', (p) => (p.packedObjects['comuni']!.indices[2] = 1.5), '$.packedObjects.comuni.indices[2]'],
      ['a position as text', (p) => ((p.packedArcs.positions as unknown[])[5] = '3'), '$.packedArcs.positions[5]'],
      ['a null position', (p) => ((p.packedArcs.positions as unknown[])[0] = null), '$.packedArcs.positions[0]'],
      ['an infinite position', (p) => (p.packedArcs.positions[9] = Infinity), '$.packedArcs.positions[9]'],
      ['a position that is not a number', (p) => (p.packedArcs.positions[7] = Number.NaN), '$.packedArcs.positions[7]'],
      ['an index as text', (p) => ((p.packedObjects['comuni']!.indices as unknown[])[1] = '1'), '$.packedObjects.comuni.indices[1]'],
      ['an infinite index', (p) => (p.packedObjects['comuni']!.indices[0] = -Infinity), '$.packedObjects.comuni.indices[0]'],
      ['no packed arcs', (p) => delete (p as Partial<Packed>).packedArcs, '$.packedArcs'],
      ['the type of plain TopoJSON', (p) => ((p as { type: string }).type = 'Topology'), '$.type'],
      ['no contract version', (p) => delete (p as Partial<Packed>).contract, '$.contract'],
      ['a feature keyed by a region code', (p) => (p.packedObjects['comuni']!.ids[1] = '09'), '$.packedObjects.comuni.ids[1]'],
      ['no object of that name', (p) => delete p.packedObjects['comuni'], '$.packedObjects'],
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
