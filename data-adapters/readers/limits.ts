/**
 * Reads ISTAT administrative limits from a folder of TopoJSON or GeoJSON files
 * in the openpolis layout (regions, provinces, comuni per region). Each feature
 * is recognised by its properties, not by its file name: `com_istat_code` for a
 * comune, `prov_istat_code` for a province, `reg_istat_code` for a region.
 * Comuni are also indexed by their Belfiore code (`com_catasto_code`), which is
 * how the school registry names them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { InputError, InputReport } from '../report/input-report.js';

export interface RegionArea {
  code: string;
  name: string;
  geometry: Geometry | null;
}
export interface ProvinceArea extends RegionArea {
  acronym: string;
  region: string;
}
export interface ComuneArea extends RegionArea {
  belfiore: string | null;
  province: string;
  region: string;
}

export interface Limits {
  regions: Map<string, RegionArea>;
  provinces: Map<string, ProvinceArea>;
  comuni: Map<string, ComuneArea>;
  comuneByBelfiore: Map<string, string>;
  /** Comuni whose geometry is null or has no coordinates. */
  emptyGeometries: string[];
  reports: InputReport[];
}

type Properties = Record<string, unknown>;
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

function featuresOf(json: unknown, file: string): Feature<Geometry | null, Properties>[] {
  const doc = json as { type?: string };
  if (doc.type === 'Topology') {
    const topology = json as Topology;
    return Object.values(topology.objects).flatMap((object) => {
      const converted = topoFeature(topology, object) as
        FeatureCollection<Geometry | null, Properties> | Feature<Geometry | null, Properties>;
      return 'features' in converted ? converted.features : [converted];
    });
  }
  if (doc.type === 'FeatureCollection') return (json as FeatureCollection<Geometry | null, Properties>).features;
  throw new InputError(file, `not TopoJSON or GeoJSON (type ${JSON.stringify(doc.type)})`);
}

function isEmpty(geometry: Geometry | null): boolean {
  if (!geometry) return true;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isEmpty);
  return (geometry.coordinates as unknown[]).length === 0;
}

export async function readLimits(dir: string): Promise<Limits> {
  const names = (
    await readdir(dir).catch(() => {
      throw new InputError(dir, 'cannot read the folder of administrative limits');
    })
  )
    .filter((name) => /\.(topo\.json|geojson|json)$/i.test(name))
    .sort();
  if (names.length === 0) throw new InputError(dir, 'no TopoJSON or GeoJSON files in the folder of administrative limits');
  const limits: Limits = {
    regions: new Map(),
    provinces: new Map(),
    comuni: new Map(),
    comuneByBelfiore: new Map(),
    emptyGeometries: [],
    reports: [],
  };
  for (const name of names) {
    const file = join(dir, name);
    const json = JSON.parse(await readFile(file, 'utf8')) as unknown;
    const report = new InputReport(file, (json as { type?: string }).type === 'Topology' ? 'topojson' : 'geojson');
    limits.reports.push(report);
    for (const item of featuresOf(json, file)) {
      const p = item.properties ?? {};
      const region = text(p.reg_istat_code).padStart(2, '0');
      const province = text(p.prov_istat_code).padStart(3, '0');
      const comune = text(p.com_istat_code).padStart(6, '0');
      const geometry = item.geometry;
      if (p.com_istat_code !== undefined) {
        if (!CODE_PATTERNS.comune.test(comune) || !CODE_PATTERNS.province.test(province) || !CODE_PATTERNS.region.test(region)) {
          report.reject('invalid ISTAT code', `${comune} ${text(p.name)}`);
          continue;
        }
        const belfiore = text(p.com_catasto_code).toUpperCase();
        limits.comuni.set(comune, {
          code: comune,
          name: text(p.name) || comune,
          belfiore: CODE_PATTERNS.belfiore.test(belfiore) ? belfiore : null,
          province,
          region,
          geometry,
        });
        if (CODE_PATTERNS.belfiore.test(belfiore)) limits.comuneByBelfiore.set(belfiore, comune);
        if (isEmpty(geometry)) limits.emptyGeometries.push(comune);
      } else if (p.prov_istat_code !== undefined) {
        if (!CODE_PATTERNS.province.test(province) || !CODE_PATTERNS.region.test(region)) {
          report.reject('invalid ISTAT code', `${province} ${text(p.prov_name)}`);
          continue;
        }
        limits.provinces.set(province, {
          code: province,
          name: text(p.prov_name) || province,
          acronym: text(p.prov_acr).toUpperCase(),
          region,
          geometry,
        });
      } else if (p.reg_istat_code !== undefined) {
        if (!CODE_PATTERNS.region.test(region)) {
          report.reject('invalid ISTAT code', `${region} ${text(p.reg_name)}`);
          continue;
        }
        limits.regions.set(region, { code: region, name: text(p.reg_name) || region, geometry });
      } else {
        report.reject('feature without ISTAT codes', JSON.stringify(Object.keys(p)).slice(0, 80));
        continue;
      }
      report.accept();
    }
  }
  if (limits.regions.size === 0 || limits.provinces.size === 0 || limits.comuni.size === 0) {
    throw new InputError(
      dir,
      `expected regions, provinces and comuni; found ${limits.regions.size}, ${limits.provinces.size} and ${limits.comuni.size}`,
    );
  }
  limits.emptyGeometries.sort();
  return limits;
}
