/**
 * Scopes of a time series ("nation", "region:09", "province:048",
 * "comune:048017", "school:FIIC81200A") and how to fetch each one's yearly
 * values: the index for the nation and regions, the region shard for provinces
 * and comuni, the school's own shard for a school. Nothing else is downloaded.
 */
import { regionOf } from '../territory/region-of.js';
import type { NationalIndex, SchoolShard } from '../contract/contract.types.js';
import { CODE_PATTERNS } from '../contract/codes.js';
import { activityStudents, participationByYear, schoolValues } from '../contract/participation.js';
import type { ContractLoader } from '../data/loader.js';
import { NotFoundError } from '../errors.js';
import type { AreaSeries } from '../map/area-values.js';

export const SCOPE_LEVELS = ['nation', 'region', 'province', 'comune', 'school'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

export interface Scope {
  level: ScopeLevel;
  code: string;
}

/** A value's own 95% interval per metric and year (a survey estimate's), which the timeline shows instead of a rate's. */
export type OwnIntervals = Readonly<Record<string, readonly ([number, number] | null)[]>>;

/** An area or a school with its yearly values aligned with the index's `years`. */
export interface ScopedSeries extends AreaSeries {
  scope: Scope;
  /** Its values' own intervals, where they are estimates (src/timeline/survey-series.ts). */
  intervals?: OwnIntervals;
  /** The scopes above it, nearest first (a school's comune, province, region, nation). */
  parents: Scope[];
  /** A plesso's institution, whose activity its values are: said with its line. */
  institution?: string;
}

/** Reads "region:09" (or "nation"); null when the text is not a scope. */
export function parseScope(text: string): Scope | null {
  const [level, raw = ''] = text.trim().split(':');
  const code = raw.trim().toUpperCase();
  if (level === 'nation' || level === 'IT') return { level: 'nation', code: 'IT' };
  if (!(SCOPE_LEVELS as readonly string[]).includes(level!) || !CODE_PATTERNS[level as Exclude<ScopeLevel, 'nation'>].test(code))
    return null;
  return { level: level as ScopeLevel, code };
}

export const scopeKey = (scope: Scope) => (scope.level === 'nation' ? 'nation' : `${scope.level}:${scope.code}`);

/**
 * The region whose shard holds a region, province or comune scope (a comune's
 * ISTAT code starts with its province's; a province's region comes from the
 * index's `provinceRegions`): one rule for the timeline and every list. A
 * scope the index does not know is a `NotFoundError` naming it.
 */
export function regionOfScope(index: NationalIndex, scope: Scope, url: string): string {
  const { level, code } = scope;
  // The nation and a school have no region of their own here (callers ask only for areas).
  if (level === 'nation' || level === 'school') throw new NotFoundError('region', code, url);
  const region = regionOf(index, level, code);
  if (!region || !index.regions.some((r) => r.code === region)) throw new NotFoundError(level, code, url);
  return region;
}

function schoolSeries(shard: SchoolShard, index: NationalIndex): ScopedSeries {
  const years = participationByYear(shard, index.years);
  const values: Record<string, (number | null)[]> = {};
  for (const metric of index.metrics) values[metric.id] = schoolValues(years, index, metric.id);
  const { school } = shard;
  const address = school.address;
  const parents: Scope[] = [];
  if (address.comune.code) parents.push({ level: 'comune', code: address.comune.code });
  if (address.province.code) parents.push({ level: 'province', code: address.province.code });
  parents.push({ level: 'region', code: address.region.code }, { level: 'nation', code: 'IT' });
  return {
    scope: { level: 'school', code: school.code },
    parents,
    code: school.code,
    name: school.name,
    // Its institution's codes: the plessi list them all, its own row among them where it has one.
    schools: Math.max(1, school.plessi.length),
    institutions: 1,
    students: activityStudents(shard),
    values,
    ...(school.code !== school.institution.code && { institution: school.institution.name }),
  };
}

/** Comune `code`'s record in its region's shard, and the region's code; a `NotFoundError` naming it where the data lacks it. */
export async function findComune(loader: ContractLoader, src: string, code: string, signal?: AbortSignal) {
  const { index, url } = await loader.index(src, { signal });
  const region = regionOfScope(index, { level: 'comune', code }, url);
  const comune = (await loader.region(src, region, { signal })).comuni.find((c) => c.code === code);
  if (!comune) throw new NotFoundError('comune', code, url);
  return { comune, region };
}

/** Fetches the yearly values of one scope. */
export async function loadScope(loader: ContractLoader, src: string, scope: Scope, signal?: AbortSignal): Promise<ScopedSeries> {
  const { index, url } = await loader.index(src, { signal });
  const nation: Scope = { level: 'nation', code: 'IT' };
  switch (scope.level) {
    case 'nation':
      return { ...index.nation, scope, parents: [] };
    case 'region': {
      const region = index.regions.find((r) => r.code === scope.code);
      if (!region) throw new NotFoundError('region', scope.code, url);
      return { ...region, scope, parents: [nation] };
    }
    case 'province': {
      const regionCode = regionOfScope(index, scope, url);
      const province = (await loader.region(src, regionCode, { signal })).provinces.find((p) => p.code === scope.code);
      if (!province) throw new NotFoundError('province', scope.code, url);
      return { ...province, scope, parents: [{ level: 'region', code: regionCode }, nation] };
    }
    case 'comune': {
      const { comune, region } = await findComune(loader, src, scope.code, signal);
      return { ...comune, scope, parents: [{ level: 'province', code: comune.province }, { level: 'region', code: region }, nation] };
    }
    case 'school':
      return schoolSeries(await loader.school(src, scope.code, { signal }), index);
  }
}
