/**
 * Geometry for screens, made once at build time so browsers only draw:
 * project (a conic conformal fitted to Italy), simplify per level for its
 * display size (Visvalingam, by planar triangle area in screen pixels), and
 * quantise; features keep their ISTAT codes as ids and their names.
 * Comuni come one file per region (simplified for a region's zoom) and one for
 * the nation, whose features keep their codes only: the ~7,900 names are in the
 * national area file that comes with it (0.28 MB of JSON, 60 KB gzip less).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoCentroid, geoConicConformal, type GeoProjection } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import { neighbors, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BuildConfig } from '../config.js';
import type { Limits, RegionArea } from '../readers/limits.js';

export interface GeometryLayers {
  projection: { name: string; width: number; height: number };
  regions: Topology;
  provinces: Topology;
  comuniNational: Topology;
  comuniByRegion: Map<string, Topology>;
  /** Comuni centroids in longitude and latitude (for distances). */
  centroids: Map<string, [number, number]>;
  /**
   * The regions each region borders, by their shared boundaries (Sicilia and Sardegna none): where a mentor may come
   * from when none of the region is near (indicators/mentors.ts).
   */
  regionNeighbours: Map<string, Set<string>>;
}

const PROJECTION_NAME = 'conic-conformal-italy';

function collection(areas: Iterable<RegionArea>): FeatureCollection<Geometry | null> {
  const features: Feature<Geometry | null>[] = [];
  for (const area of [...areas].sort((a, b) => a.code.localeCompare(b.code))) {
    features.push({ type: 'Feature', id: area.code, properties: { name: area.name }, geometry: area.geometry });
  }
  return { type: 'FeatureCollection', features };
}

/** A conic conformal projection (standard parallels 38°N and 45°N) fitted to the regions. */
export function fitItaly(regions: FeatureCollection<Geometry | null>, width: number, height: number): GeoProjection {
  const padding = Math.round(Math.min(width, height) * 0.02);
  return geoConicConformal()
    .parallels([38, 45])
    .rotate([-12.5, 0])
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      regions as FeatureCollection,
    );
}

function screenTopology(
  name: string,
  lonLat: FeatureCollection<Geometry | null>,
  projection: GeoProjection,
  minArea: number,
  quantization: number,
  names = true,
): Topology {
  const projected = geoProject(lonLat, projection) as FeatureCollection<Geometry | null>;
  // Keep ids and (unless the data carries them) names; drop every other property to keep files small.
  const features = projected.features.map(({ properties: _properties, ...feature }, i) => ({
    ...feature,
    id: lonLat.features[i]!.id,
    ...(names && { properties: { name: (lonLat.features[i]!.properties as { name: string }).name } }),
  }));
  type Plain = Parameters<typeof presimplify>[0];
  const topo = topology({ [name]: { type: 'FeatureCollection', features } as FeatureCollection }) as unknown as Plain;
  return quantize(simplify(presimplify(topo), minArea), quantization) as unknown as Topology;
}

export function buildGeometryLayers(limits: Limits, config: BuildConfig['geometry']): GeometryLayers {
  const regions = collection(limits.regions.values());
  const projection = fitItaly(regions, config.width, config.height);
  const comuni = collection(limits.comuni.values());
  const layers: GeometryLayers = {
    projection: { name: PROJECTION_NAME, width: config.width, height: config.height },
    regions: screenTopology('regions', regions, projection, config.simplify.regions, config.quantization),
    provinces: screenTopology(
      'provinces',
      collection(limits.provinces.values()),
      projection,
      config.simplify.provinces,
      config.quantization,
    ),
    comuniNational: screenTopology('comuni', comuni, projection, config.simplify.comuniNational, config.quantization, false),
    comuniByRegion: new Map(),
    centroids: new Map(),
    regionNeighbours: new Map(),
  };
  for (const region of [...limits.regions.keys()].sort()) {
    const inRegion = [...limits.comuni.values()].filter((comune) => comune.region === region);
    layers.comuniByRegion.set(
      region,
      screenTopology('comuni', collection(inRegion), projection, config.simplify.comuniRegion, config.quantization),
    );
  }
  // Regions that share a boundary arc: one file of all regions, whose shared borders the topology found.
  const regionShapes = (layers.regions.objects.regions as GeometryCollection).geometries;
  neighbors(regionShapes as never).forEach((list, i) =>
    layers.regionNeighbours.set(String(regionShapes[i]!.id), new Set(list.map((j) => String(regionShapes[j]!.id)))),
  );
  for (const comune of limits.comuni.values()) {
    if (!comune.geometry) continue;
    const [lon, lat] = geoCentroid({ type: 'Feature', properties: {}, geometry: comune.geometry });
    if (Number.isFinite(lon) && Number.isFinite(lat)) layers.centroids.set(comune.code, [lon, lat]);
  }
  return layers;
}
