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
import { C1_CONTROLS, repairC1Controls } from '../io/decode-text.js';
import { escapeRegExp } from '../io/escape-regexp.js';
import { listed } from '../report/build-error.js';
import { InputError, InputReport } from '../report/input-report.js';
import { unicodeEscape } from '../write/ascii-json.js';

/** The properties a feature is recognised by (the openpolis/ISTAT names). */
const RECOGNISED_BY = 'com_istat_code, prov_istat_code, reg_istat_code';

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
  /** Comuni whose name holds "?" where a character was lost upstream, with the report of their file (restoreLostCharacters). */
  lostCharacters: Map<string, InputReport>;
  reports: InputReport[];
}

type Properties = Record<string, unknown>;
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

/** The correction a name's C1 controls are reported under (openpolis writes "Števerjan" with U+008A for "Š"). */
export const C1_REPAIR = 'name with C1 controls (Windows-1252 read as Latin-1 upstream), read as Windows-1252';

/** A feature's name, its C1 controls read back as Windows-1252, each repair reported with the name before and after. */
function nameOf(value: unknown, code: string, report: InputReport): string {
  const name = text(value);
  const repaired = repairC1Controls(name);
  // The report is JSON and Markdown: the control characters are shown as escapes (\u008a), never raw.
  if (repaired !== name) report.correct(C1_REPAIR, `${code}: ${name.replace(C1_CONTROLS, unicodeEscape)} → ${repaired}`);
  return repaired || code;
}

/** The correction a name restored from a second source is reported under. */
export const LOST_CHARACTER = 'name with "?" where a character was lost upstream, restored from ISTAT\'s inner-areas map';

/**
 * A comune's name with "?" in place of a character (openpolis has "Sovodnje
 * ob So?i": the "č" did not survive a conversion to a legacy code page) is
 * restored from a second spelling of it, `spelling(code)` (ISTAT's inner-areas
 * map), when that spelling is the same name with a single character
 * at each "?"; every restoration is reported, and a name left as it is gets a
 * note that says so.
 */
export function restoreLostCharacters(limits: Limits, spelling: (code: string) => string | null | undefined): void {
  for (const [code, report] of limits.lostCharacters) {
    const comune = limits.comuni.get(code)!;
    const before = comune.name;
    // Each "?" (escaped as text with the rest) stands for one character.
    const pattern = new RegExp(`^${escapeRegExp(before).replaceAll('\\?', '.')}$`, 'u');
    const other = spelling(code);
    if (other && !other.includes('?') && pattern.test(other)) {
      comune.name = other;
      report.correct(LOST_CHARACTER, `${code}: ${before} → ${other}`);
    } else report.note(`${code}: the name "${before}" holds "?" where a character was lost upstream, and no other source spells it`);
  }
  limits.lostCharacters.clear();
}

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
  throw new InputError(file, {
    it: `non è TopoJSON né GeoJSON (type ${JSON.stringify(doc.type)})`,
    en: `not TopoJSON or GeoJSON (type ${JSON.stringify(doc.type)})`,
  });
}

function isEmpty(geometry: Geometry | null): boolean {
  if (!geometry) return true;
  if (geometry.type === 'GeometryCollection') return geometry.geometries.every(isEmpty);
  return (geometry.coordinates as unknown[]).length === 0;
}

export async function readLimits(dir: string): Promise<Limits> {
  const names = (
    await readdir(dir).catch(() => {
      throw new InputError(dir, {
        it: 'impossibile leggere la cartella dei confini amministrativi',
        en: 'cannot read the folder of administrative limits',
      });
    })
  )
    .filter((name) => /\.(topo\.json|geojson|json)$/i.test(name))
    .sort();
  if (names.length === 0)
    throw new InputError(dir, {
      it: 'nessun file TopoJSON o GeoJSON nella cartella dei confini amministrativi',
      en: 'no TopoJSON or GeoJSON files in the folder of administrative limits',
    });
  const propertiesSeen = new Set<string>();
  const limits: Limits = {
    regions: new Map(),
    provinces: new Map(),
    comuni: new Map(),
    comuneByBelfiore: new Map(),
    emptyGeometries: [],
    lostCharacters: new Map(),
    reports: [],
  };
  for (const name of names) {
    const file = join(dir, name);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(file, 'utf8')) as unknown;
    } catch (error) {
      throw new InputError(file, {
        it: `JSON non valido (${(error as Error).message})`,
        en: `not valid JSON (${(error as Error).message})`,
      });
    }
    const report = new InputReport(file, (json as { type?: string }).type === 'Topology' ? 'topojson' : 'geojson');
    limits.reports.push(report);
    for (const item of featuresOf(json, file)) {
      const p = item.properties ?? {};
      if (propertiesSeen.size < 40) for (const key of Object.keys(p)) propertiesSeen.add(key);
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
        const name = nameOf(p.name, comune, report);
        limits.comuni.set(comune, {
          code: comune,
          name,
          belfiore: CODE_PATTERNS.belfiore.test(belfiore) ? belfiore : null,
          province,
          region,
          geometry,
        });
        if (CODE_PATTERNS.belfiore.test(belfiore)) limits.comuneByBelfiore.set(belfiore, comune);
        if (name.includes('?')) limits.lostCharacters.set(comune, report);
        if (isEmpty(geometry)) limits.emptyGeometries.push(comune);
      } else if (p.prov_istat_code !== undefined) {
        if (!CODE_PATTERNS.province.test(province) || !CODE_PATTERNS.region.test(region)) {
          report.reject('invalid ISTAT code', `${province} ${text(p.prov_name)}`);
          continue;
        }
        limits.provinces.set(province, {
          code: province,
          name: nameOf(p.prov_name, province, report),
          acronym: text(p.prov_acr).toUpperCase(),
          region,
          geometry,
        });
      } else if (p.reg_istat_code !== undefined) {
        if (!CODE_PATTERNS.region.test(region)) {
          report.reject('invalid ISTAT code', `${region} ${text(p.reg_name)}`);
          continue;
        }
        limits.regions.set(region, { code: region, name: nameOf(p.reg_name, region, report), geometry });
      } else {
        report.reject('feature without ISTAT codes', JSON.stringify(Object.keys(p)).slice(0, 80));
        continue;
      }
      report.accept();
    }
  }
  if (limits.regions.size === 0 || limits.provinces.size === 0 || limits.comuni.size === 0) {
    const found = [...propertiesSeen].slice(0, 20).join(', ') || '—';
    throw new InputError(dir, {
      it: `servono regioni, province e comuni, riconosciuti dalle proprietà ${RECOGNISED_BY} (ISTAT, come in openpolis geojson-italy); trovati ${limits.regions.size}, ${limits.provinces.size} e ${limits.comuni.size}; proprietà presenti: ${found}`,
      en: `expected regions, provinces and comuni, recognised by the properties ${RECOGNISED_BY} (ISTAT, as in openpolis geojson-italy); found ${limits.regions.size}, ${limits.provinces.size} and ${limits.comuni.size}; properties present: ${found}`,
    });
  }
  // A layer with a hole (one region's comuni file left out) would draw a map with a hole, or fail later on an empty extent.
  const withComuni = new Set([...limits.comuni.values()].map((comune) => comune.region));
  const withProvinces = new Set([...limits.provinces.values()].map((province) => province.region));
  const lacking = (has: Set<string>) =>
    [...limits.regions.values()].filter((region) => !has.has(region.code)).map((r) => `${r.code} ${r.name}`);
  const noComuni = lacking(withComuni);
  const noProvinces = lacking(withProvinces);
  if (noComuni.length || noProvinces.length) {
    const problem = (lang: 'it' | 'en') =>
      [
        noComuni.length
          ? lang === 'it'
            ? `nessun comune per ${listed(noComuni, 'it')} (manca il file dei suoi comuni, come limits_R_<n>_municipalities.topo.json?)`
            : `no comuni for ${listed(noComuni, 'en')} (is its comuni file, like limits_R_<n>_municipalities.topo.json, missing?)`
          : '',
        noProvinces.length
          ? lang === 'it'
            ? `nessuna provincia per ${listed(noProvinces, 'it')}`
            : `no provinces for ${listed(noProvinces, 'en')}`
          : '',
      ]
        .filter(Boolean)
        .join('; ');
    throw new InputError(dir, { it: problem('it'), en: problem('en') });
  }
  limits.emptyGeometries.sort();
  return limits;
}
