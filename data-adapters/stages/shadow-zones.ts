/**
 * Stage 4, shadow zones: each school counted, by the status of its
 * institution, in its comune, province, region and the nation; then comuni
 * and provinces judged against their region (and the nation) with a prior
 * fitted on their level.
 */
import type { ShadowZone } from '../../src/contract/contract.types.js';
import type { AreaKey } from '../aggregate/areas.js';
import type { Location } from '../aggregate/locate-schools.js';
import type { BuildConfig } from '../config.js';
import { classifyArea, fitPrior, type AreaCount } from '../indicators/shadow-zones.js';
import type { Limits } from '../readers/limits.js';
import type { SchoolRecord } from '../readers/registry.js';

export interface ShadowZones {
  zones: Map<AreaKey, ShadowZone>;
  priors: { comuni: ReturnType<typeof fitPrior>; provinces: ReturnType<typeof fitPrior> };
}

/** Schools and active schools per area (a school is active when its institution is). */
export function countActiveSchools(
  schools: readonly SchoolRecord[],
  locations: ReadonlyMap<string, Location>,
  activeInstitutions: ReadonlySet<string>,
): Map<AreaKey, AreaCount> {
  const counts = new Map<AreaKey, AreaCount>();
  const bump = (key: AreaKey, active: boolean) => {
    const count = counts.get(key) ?? { x: 0, n: 0 };
    count.n++;
    if (active) count.x++;
    counts.set(key, count);
  };
  for (const school of schools) {
    const location = locations.get(school.code);
    if (!location) continue;
    const active = activeInstitutions.has(school.institution);
    bump('nation', active);
    bump(`region:${location.region}`, active);
    if (location.province) bump(`province:${location.province}`, active);
    if (location.comune) bump(`comune:${location.comune}`, active);
  }
  return counts;
}

export function findShadowZones(
  input: { schools: readonly SchoolRecord[]; locations: ReadonlyMap<string, Location>; active: ReadonlySet<string>; limits: Limits },
  config: BuildConfig,
): ShadowZones {
  const counts = countActiveSchools(input.schools, input.locations, input.active);
  const countOf = (key: AreaKey) => counts.get(key) ?? { x: 0, n: 0 };
  const rate = (key: AreaKey) => {
    const count = countOf(key);
    return count.n > 0 ? count.x / count.n : 0;
  };
  const nationRate = rate('nation');
  const zones = new Map<AreaKey, ShadowZone>();
  // Shadow zones are judged for comuni and provinces; a region is compared with the nation only through them.
  const judge = (keys: { key: AreaKey; region: string }[]) => {
    const prior = fitPrior(keys.map(({ key }) => countOf(key)));
    for (const { key, region } of keys)
      zones.set(key, classifyArea(countOf(key), prior, rate(`region:${region}`), nationRate, config.shadowZones));
    return prior;
  };
  const priors = {
    comuni: judge([...input.limits.comuni.values()].map((c) => ({ key: `comune:${c.code}` as AreaKey, region: c.region }))),
    provinces: judge([...input.limits.provinces.values()].map((p) => ({ key: `province:${p.code}` as AreaKey, region: p.region }))),
  };
  return { zones, priors };
}

/** How many comuni or provinces (by key prefix) have each status. */
export function shadowTally(zones: ReadonlyMap<AreaKey, ShadowZone>, prefix: 'comune:' | 'province:'): Record<string, number> {
  const tally: Record<string, number> = { shadow: 0, ok: 0, insufficient: 0, nodata: 0 };
  for (const [key, zone] of zones) if (key.startsWith(prefix)) tally[zone.status]!++;
  return tally;
}
