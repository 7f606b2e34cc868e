/**
 * The rule a map's points count by, in one place: each institution (the unit
 * that takes part) once per area where one of its schools lies, as active and
 * as a role model when it is one. The map applies it to the region shards'
 * school rows (`tallySchools` in load-map.ts); the data adapters to their build
 * model, to write the tallies into the index and the national area files
 * (`data-adapters/assemble/institution-tallies.ts`).
 */

/** Active and role-model institutions of one area. */
export interface SchoolTally {
  active: number;
  roleModels: number;
}

/** A school as the points count it: the area it lies in, its institution, and what that institution is. */
export interface TallyRow {
  area: string;
  institution: string;
  active: boolean;
  roleModel: boolean;
}

/** Each institution once per area, however many of its schools lie there. */
export function tallyInstitutions(rows: Iterable<TallyRow>): Map<string, SchoolTally> {
  const tallies = new Map<string, SchoolTally>();
  const seen = new Set<string>();
  for (const { area, institution, active, roleModel } of rows) {
    const key = `${area} ${institution}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tally = tallies.get(area) ?? { active: 0, roleModels: 0 };
    if (active) tally.active++;
    if (roleModel) tally.roleModels++;
    tallies.set(area, tally);
  }
  return tallies;
}
