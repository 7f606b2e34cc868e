/**
 * Where an institution's activity counts. The institution is the unit that takes
 * part, but its plessi may sit in several comuni: its activity is allocated to
 * the areas of its plessi by their share of its students. Areas count
 * institutions with the same shares, so that an area's rate divides numbers from
 * one allocation: a comune holding 40% of an active institution's students
 * counts 0.4 active institutions out of 0.4.
 *
 * The registry lists an institution's own code as a row of its own (an IC's, an
 * IS's seat): without a student count and beside other plessi, it is the office,
 * not a school, and holds no share. A teaching plesso without a count (an
 * evening course, a hospital or prison section, a plesso newer than the
 * students' file) holds none either while others of its institution are
 * counted: its share would be pupils nobody counted (a median for each of the
 * ~5,000 such plessi added ~980,000 of them, 14%), and an area's rate per 1,000
 * students divides by the students counted in it, so the activity must be
 * allocated by the same counts. With no count at all, each plesso has an equal
 * share.
 */
import type { Institution } from './institutions.js';
import type { Location } from './locate-schools.js';

export type AreaKey = `nation` | `region:${string}` | `province:${string}` | `comune:${string}`;

/** The areas a location belongs to, from the nation down. */
export function areaKeysOf(location: Location): AreaKey[] {
  const keys: AreaKey[] = ['nation', `region:${location.region}`];
  if (location.province) keys.push(`province:${location.province}`);
  if (location.comune) keys.push(`comune:${location.comune}`);
  return keys;
}

/**
 * The institution's own registry row when it is the office (an IC's, an IS's seat): its own code, without a student
 * count, beside other plessi. A liceo's own row, counted, teaches; so does an institution's only row.
 */
export function officeOf(
  institutionCode: string,
  plessi: readonly { code: string }[],
  students: ReadonlyMap<string, number>,
): string | undefined {
  const own = plessi.length > 1 && plessi.some((plesso) => plesso.code === institutionCode);
  return own && !students.has(institutionCode) ? institutionCode : undefined;
}

/** What an institution's shares are made from: every plesso's students, the counted plessi's only, or its plessi alone. */
export type AllocationBasis = 'students' | 'counted' | 'plessi';

export interface Allocation {
  /** Each area's share of the institution (the nation's is 1; the shares of one level add up to 1 where its plessi are placed). */
  shares: Map<AreaKey, number>;
  basis: AllocationBasis;
}

export function allocationOf(
  institution: Pick<Institution, 'code' | 'plessi'>,
  locations: ReadonlyMap<string, Location>,
  students: ReadonlyMap<string, number>,
): Allocation {
  const placed = institution.plessi.filter((plesso) => locations.has(plesso.code));
  const office = officeOf(institution.code, placed, students);
  const teaching = placed.filter((plesso) => plesso.code !== office);
  const counted = teaching.flatMap((plesso) => students.get(plesso.code) ?? []);
  const total = counted.reduce((sum, count) => sum + count, 0);
  const basis: AllocationBasis = total === 0 ? 'plessi' : counted.length < teaching.length ? 'counted' : 'students';
  const weights = teaching.map((plesso) => (basis === 'plessi' ? 1 : (students.get(plesso.code) ?? 0)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = new Map<AreaKey, number>();
  teaching.forEach((plesso, i) => {
    for (const key of areaKeysOf(locations.get(plesso.code)!)) shares.set(key, (shares.get(key) ?? 0) + weights[i]! / sum);
  });
  return { shares, basis };
}
