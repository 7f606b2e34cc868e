/**
 * Where an institution's activity counts. The institution is the unit that takes
 * part, but its plessi may sit in several comuni: its activity is allocated to
 * the areas of its plessi by their share of its students (by their share of its
 * plessi when a plesso has no student count). Areas count institutions with the
 * same shares, so that an area's rate divides numbers from one allocation: a
 * comune holding 40% of an active institution's students counts 0.4 active
 * institutions out of 0.4.
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

/** Each area's share of the institution (the nation's is 1; the shares of one level add up to 1 where its plessi are placed). */
export function allocationOf(
  institution: Pick<Institution, 'plessi'>,
  locations: ReadonlyMap<string, Location>,
  students: ReadonlyMap<string, number>,
): Map<AreaKey, number> {
  const placed = institution.plessi.filter((plesso) => locations.has(plesso.code));
  const counts = placed.map((plesso) => students.get(plesso.code));
  const total = counts.reduce<number>((sum, count) => sum + (count ?? 0), 0);
  const byStudents = total > 0 && counts.every((count) => count !== undefined);
  const shares = new Map<AreaKey, number>();
  placed.forEach((plesso, i) => {
    const share = byStudents ? counts[i]! / total : 1 / placed.length;
    for (const key of areaKeysOf(locations.get(plesso.code)!)) shares.set(key, (shares.get(key) ?? 0) + share);
  });
  return shares;
}
