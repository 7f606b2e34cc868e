/**
 * Planted shadow zones: a documented set of low-participation areas the
 * synthetic model builds in, so that the demo has real shadow zones to find and
 * the build can be checked against them. Chosen with the seed among areas large
 * enough to tell a shortfall from chance:
 *  - `provinces` provinces with at least 40 institutions;
 *  - `groups` groups of neighbouring comuni: a comune with at least 20
 *    institutions and up to 4 others of its province with at least 8 (a
 *    shortfall in fewer can hardly be told from chance; see the report's
 *    calibration) and the nearest postcodes (Italian postcodes run along
 *    the territory within a province).
 * Every institution seated there has its propensity scaled by `damping`.
 * The choice is written next to the synthetic exports (planted-shadow-zones.json).
 */
import { group } from 'd3-array';
import type { Institution } from '../aggregate/institutions.js';
import type { Random } from '../stats/random.js';

export interface PlantedAreas {
  synthetic: true;
  seed: number;
  damping: number;
  method: string;
  provinces: { acronym: string; name: string; institutions: number }[];
  comuni: { belfiore: string; name: string; province: string; institutions: number }[];
}

export const PLANTED_FILE = 'planted-shadow-zones.json';

/**
 * Up to `count` items drawn at random, each only while what they plant fits
 * what is left of `budget` (an item too large is set aside, and the draw goes
 * on); where every item fits, the same draws as a plain random pick.
 */
function pick<T>(
  items: readonly T[],
  count: number,
  random: Random,
  budget: { left: number },
  size: (item: T) => number,
  onPick: (item: T) => void = () => undefined,
): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const item = pool.splice(Math.floor(random.next() * pool.length), 1)[0]!;
    const cost = size(item);
    if (cost > budget.left) continue;
    budget.left -= cost;
    out.push(item);
    onPick(item);
  }
  return out;
}

/**
 * The largest part of the registry's institutions planted low: a shadow zone
 * is lower than the rest, and a registry of three provinces (the autonomous
 * ones) planted in two of them would have little rest; a national one plants
 * about 7%.
 */
export const MOST_PLANTED = 0.1;

const provinceOf = (institution: Institution) => institution.code.slice(0, 2);

export function plantLowAreas(
  institutions: readonly Institution[],
  random: Random,
  options: { seed: number; provinces?: number; groups?: number; damping?: number },
): { planted: PlantedAreas; damping: Map<string, number> } {
  const damping = options.damping ?? 0.15;
  const byProvince = group(institutions, provinceOf);
  const byComune = group(
    institutions.filter((institution) => institution.seat.belfiore),
    (institution) => institution.seat.belfiore!,
  );
  const budget = { left: Math.floor(MOST_PLANTED * institutions.length) };
  const provinces = pick(
    [...byProvince]
      .filter(([, list]) => list.length >= 40)
      .map(([acronym]) => acronym)
      .sort(),
    options.provinces ?? 3,
    random,
    budget,
    (acronym) => byProvince.get(acronym)!.length,
  );
  const taken = new Set(provinces);
  const cap = (belfiore: string) => Number(byComune.get(belfiore)![0]!.seat.cap ?? Number.NaN);
  /** A seed comune and up to 4 others of its province with at least 8 institutions, the nearest postcodes first. */
  const groupOf = (seed: string) => {
    const province = provinceOf(byComune.get(seed)![0]!);
    return [...byComune.keys()]
      .filter((b) => provinceOf(byComune.get(b)![0]!) === province && byComune.get(b)!.length >= 8 && Number.isFinite(cap(b)))
      .sort((a, b) => Math.abs(cap(a) - cap(seed)) - Math.abs(cap(b) - cap(seed)) || a.localeCompare(b))
      .slice(0, 5);
  };
  const groups = new Set<string>();
  pick(
    [...byComune]
      .filter(([, list]) => list.length >= 20 && !taken.has(provinceOf(list[0]!)) && list[0]!.seat.cap)
      .map(([belfiore]) => belfiore)
      .sort(),
    options.groups ?? 4,
    random,
    budget,
    // Only the comuni no group took yet: a seed kept adds its group as it is drawn.
    (seed) => groupOf(seed).reduce((sum, b) => sum + (groups.has(b) ? 0 : byComune.get(b)!.length), 0),
    (seed) => groupOf(seed).forEach((b) => groups.add(b)),
  );
  const factors = new Map<string, number>();
  for (const acronym of provinces) for (const institution of byProvince.get(acronym)!) factors.set(institution.code, damping);
  for (const belfiore of groups) for (const institution of byComune.get(belfiore)!) factors.set(institution.code, damping);
  return {
    damping: factors,
    planted: {
      synthetic: true,
      seed: options.seed,
      damping,
      method:
        'Institutions seated in these areas have their propensity to take part scaled by `damping` in every year of the synthetic model (data-adapters/synth/plant-low-areas.ts).',
      provinces: provinces.map((acronym) => ({
        acronym,
        name: byProvince.get(acronym)![0]!.seat.provinceName,
        institutions: byProvince.get(acronym)!.length,
      })),
      comuni: [...groups].sort().map((belfiore) => ({
        belfiore,
        name: byComune.get(belfiore)![0]!.seat.comuneName,
        province: provinceOf(byComune.get(belfiore)![0]!),
        institutions: byComune.get(belfiore)!.length,
      })),
    },
  };
}
