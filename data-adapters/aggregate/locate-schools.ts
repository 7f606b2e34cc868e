/**
 * Places every school of the registry in its comune, province and region. The
 * registry names comuni by their Belfiore code, joined to the limits'
 * `com_catasto_code`. Comuni newer than the limits (M432…M438 in 2025/26) have no
 * geometry and no ISTAT code here: their schools are placed in their province
 * (by name, else by the acronym at the start of the school code) and region,
 * where they still count, and are reported.
 */
import type { SchoolRecord } from '../readers/registry.js';
import type { Limits } from '../readers/limits.js';

export interface Location {
  comune: string | null;
  province: string | null;
  region: string;
}

export interface LocatedSchools {
  locations: Map<string, Location>;
  /** Belfiore codes of the registry with no comune in the limits, with their schools. */
  unknownComuni: Map<string, string[]>;
  /** Schools that could not even be placed in a region (not counted anywhere but the report). */
  unplaced: string[];
}

export const normaliseName = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toUpperCase();

export function locateSchools(schools: readonly SchoolRecord[], limits: Limits): LocatedSchools {
  const regionsByName = [...limits.regions.values()].map((region) => ({ code: region.code, key: normaliseName(region.name) }));
  const provinceByName = new Map([...limits.provinces.values()].map((province) => [normaliseName(province.name), province.code]));
  const provinceByAcronym = new Map([...limits.provinces.values()].map((province) => [province.acronym, province.code]));
  const regionOfName = new Map<string, string | null>();
  const regionCode = (name: string): string | null => {
    const key = normaliseName(name);
    if (!regionOfName.has(key)) {
      // Registry names are shortened ("FRIULI-VENEZIA G.", "VALLE D' AOSTA"): match by prefix.
      const match = regionsByName.find((region) => region.key.startsWith(key) || key.startsWith(region.key));
      regionOfName.set(key, match?.code ?? null);
    }
    return regionOfName.get(key)!;
  };
  const result: LocatedSchools = { locations: new Map(), unknownComuni: new Map(), unplaced: [] };
  for (const school of schools) {
    const comuneCode = school.belfiore ? limits.comuneByBelfiore.get(school.belfiore) : undefined;
    const comune = comuneCode ? limits.comuni.get(comuneCode) : undefined;
    if (comune) {
      result.locations.set(school.code, { comune: comune.code, province: comune.province, region: comune.region });
      continue;
    }
    const key = school.belfiore ?? `(${school.comuneName})`;
    result.unknownComuni.set(key, [...(result.unknownComuni.get(key) ?? []), school.code]);
    const province = provinceByName.get(normaliseName(school.provinceName)) ?? provinceByAcronym.get(school.code.slice(0, 2)) ?? null;
    const region = regionCode(school.regionName) ?? (province ? limits.provinces.get(province)!.region : null);
    if (!region) {
      result.unplaced.push(school.code);
      continue;
    }
    result.locations.set(school.code, {
      comune: null,
      province: province && limits.provinces.get(province)!.region === region ? province : null,
      region,
    });
  }
  return result;
}
