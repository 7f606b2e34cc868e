/**
 * The two lists the agency asked for, derived from a region shard: role-model
 * schools (institutions flagged by the adapters, best index first) and shadow
 * zones (provinces, then comuni, flagged by the adapters, lowest estimated rate
 * first). Nothing is recomputed here: the flags and reasons come from the
 * contract, which carries the method behind them.
 */
import type { RankInterval, RegionShard, ShadowZone } from '../contract/contract.types.js';
import type { GradeGroup } from '../contract/vocabulary.js';

export const TERRITORY_KINDS = ['role-models', 'shadow-zones'] as const;
export type TerritoryKind = (typeof TERRITORY_KINDS)[number];

export interface RoleModelItem {
  level: 'school';
  code: string;
  name: string;
  /** The comune's name, or '' when the school has none in the shard. */
  place: string;
  /** The registry's words for its type, and its grade group (an English page names the group: src/breakdown/grade-group-labels.ts). */
  grade: string;
  gradeGroup: GradeGroup;
  index: number | null;
  /** The index's band (decile among institutions with activity), when the contract has it. */
  band: number | null;
  /** Its rank's 5–95% intervals over the uncertainty analysis's runs, when the contract has them. */
  ranks: RankInterval | null;
}

export interface ShadowZoneItem {
  level: 'provinces' | 'comuni';
  code: string;
  name: string;
  /** The province's acronym for a comune, the region for a province. */
  place: string;
  shadow: ShadowZone;
  /**
   * The institutions its observed rate is over: allocated by students, as the
   * adapters' tally (`institutionShare`), else the count behind the rate.
   */
  institutions: number;
}

export type TerritoryItem = RoleModelItem | ShadowZoneItem;

/** Institutions (not their plessi, which share the flag) that are role models, best index first, then by name. */
export function roleModelItems(shard: RegionShard, province = ''): RoleModelItem[] {
  const comuni = new Map(shard.comuni.map((c) => [c.code, c]));
  return shard.schools
    .filter((s) => s.roleModel && s.code === s.institution)
    .map((s) => ({ school: s, comune: s.comune ? comuni.get(s.comune) : undefined }))
    .filter(({ comune }) => !province || comune?.province === province)
    .map(({ school, comune }) => ({
      level: 'school' as const,
      code: school.code,
      name: school.name,
      place: comune?.name ?? '',
      grade: school.grade,
      gradeGroup: school.gradeGroup,
      index: school.index,
      band: school.band ?? null,
      ranks: school.rankInterval ?? null,
    }))
    .sort((a, b) => (b.index ?? -1) - (a.index ?? -1) || a.name.localeCompare(b.name, 'it'));
}

const byRate = (a: ShadowZoneItem, b: ShadowZoneItem) =>
  (a.shadow.smoothedRate ?? 1) - (b.shadow.smoothedRate ?? 1) || a.name.localeCompare(b.name, 'it');

type ShadowArea = RegionShard['provinces'][number] | RegionShard['comuni'][number];

/** An area in a shadow zone as the list shows it; its observed rate is over its allocated institutions where the contract has them. */
const shadowItem = (level: ShadowZoneItem['level'], area: ShadowArea, place: string): ShadowZoneItem => ({
  level,
  code: area.code,
  name: area.name,
  place,
  shadow: area.shadow,
  institutions: area.institutionShare ?? area.shadow.n,
});

/** Provinces and comuni in a shadow zone, provinces first, each group lowest estimated rate first. */
export function shadowZoneItems(shard: RegionShard, province = ''): ShadowZoneItem[] {
  const acronyms = new Map(shard.provinces.map((p) => [p.code, p.acronym]));
  const provinces = shard.provinces
    .filter((p) => p.shadow.status === 'shadow' && (!province || p.code === province))
    .map((p) => shadowItem('provinces', p, shard.region.name))
    .sort(byRate);
  const comuni = shard.comuni
    .filter((c) => c.shadow.status === 'shadow' && (!province || c.province === province))
    .map((c) => shadowItem('comuni', c, acronyms.get(c.province) ?? ''))
    .sort(byRate);
  return [...provinces, ...comuni];
}
