import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { DEFAULT_CONFIG } from '../../../data-adapters/config.ts';
import { buildGeometryLayers } from '../../../data-adapters/geo/build-layers.ts';
import { square, worldLimits } from '../stages/world.ts';

const codes = (topology: Parameters<typeof feature>[0], object: string) =>
  (feature(topology, topology.objects[object]!) as FeatureCollection).features.map((f) => f.id);

describe('geometry layers', () => {
  it('projects and quantises every level, keyed by ISTAT code, with comuni per region', () => {
    const layers = buildGeometryLayers(worldLimits(), DEFAULT_CONFIG.geometry);
    assert.deepEqual(codes(layers.regions, 'regions'), ['09', '12']);
    assert.deepEqual(codes(layers.provinces, 'provinces'), ['048', '058']);
    assert.deepEqual(codes(layers.comuniNational, 'comuni'), ['048001', '048017', '058091']);
    assert.deepEqual([...layers.comuniByRegion.keys()].sort(), ['09', '12']);
    assert.deepEqual(codes(layers.comuniByRegion.get('09')!, 'comuni'), ['048001', '048017']);
    assert.ok(layers.regions.transform, 'quantised');
    // Screen coordinates within the projection's box.
    const [x0, y0, x1, y1] = layers.regions.bbox!;
    assert.ok(x0! >= 0 && y0! >= 0 && x1! <= DEFAULT_CONFIG.geometry.width && y1! <= DEFAULT_CONFIG.geometry.height);
  });

  it('knows which regions border which, by their shared boundaries: a region across the sea borders none', () => {
    // Lazio's square shares Toscana's eastern edge; Sardegna's lies apart, as an island.
    const limits = worldLimits();
    const regions = new Map([
      ['09', { code: '09', name: 'Toscana', geometry: square(11, 43, 0.5) }],
      ['12', { code: '12', name: 'Lazio', geometry: square(11.5, 43, 0.5) }],
      ['20', { code: '20', name: 'Sardegna', geometry: square(9, 40, 0.5) }],
    ]);
    const { regionNeighbours } = buildGeometryLayers({ ...limits, regions }, DEFAULT_CONFIG.geometry);
    assert.deepEqual([...regionNeighbours.get('09')!], ['12']);
    assert.deepEqual([...regionNeighbours.get('12')!], ['09']);
    assert.deepEqual([...regionNeighbours.get('20')!], []);
    // The world's own two regions lie apart.
    assert.deepEqual([...buildGeometryLayers(limits, DEFAULT_CONFIG.geometry).regionNeighbours.get('09')!], []);
  });

  it('keeps each comune’s centroid in longitude and latitude, for distances', () => {
    const { centroids } = buildGeometryLayers(worldLimits(), DEFAULT_CONFIG.geometry);
    const [lon, lat] = centroids.get('048017')!;
    assert.ok(Math.abs(lon - 11.25) < 0.01 && Math.abs(lat - 43.75) < 0.01, `${lon}, ${lat}`);
  });
});
