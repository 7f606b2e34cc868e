/**
 * The rows of a list of institutions, from a region shard: one per institution
 * (its own row of the shard, which carries activity, contacts and mentors), in
 * a region, a province or a comune, filtered by status and sorted. The status
 * is read for a programme in a year, or (no year) over the index's reference
 * years, which is what "inactive" means for mentoring.
 */
import type { MentorLink, RegionShard, SchoolSummary } from '../contract/contract.types.js';
import type { ActivityProgramme, GradeGroup } from '../contract/vocabulary.js';
import { safeHref } from '../util/safe-href.js';
import { INSTITUTION_FILTERS, INSTITUTION_SORTS } from '../view/presentation-values.js';

export { INSTITUTION_FILTERS, INSTITUTION_SORTS };
export type InstitutionFilter = (typeof INSTITUTION_FILTERS)[number];
export type InstitutionSort = (typeof INSTITUTION_SORTS)[number];

export interface InstitutionRow {
  code: string;
  name: string;
  comune: string;
  province: string;
  gradeGroup: GradeGroup;
  /** Its plessi's students, where any is counted (else null, shown as a dash: the index's estimate is not a count). */
  students: number | null;
  /** Some of its plessi are not in the students' file: `students` is the others' sum, a lower bound. */
  studentsPartial: boolean;
  active: boolean;
  roleModel: boolean;
  index: number | null;
  band: number | null;
  email: string | null;
  pec: string | null;
  /** The registry's website when it is an http(s) URL, else null (never a link to anything else). */
  website: string | null;
  mentors: MentorLink[];
}

export interface RowScope {
  /** ISTAT province code, '' for the whole region. */
  province: string;
  /** ISTAT comune code, '' for the whole province or region. */
  comune: string;
}

/** Whether an institution's row says it was active for `programme` in any of `years`. */
export function activeIn(school: SchoolSummary, programme: ActivityProgramme, years: readonly number[]): boolean {
  if (!school.activity) return programme === 'all' ? school.active : false;
  return school.activity[programme].some((year) => years.includes(year));
}

/** Every institution of the scope, with its status for `programme` over `years`. */
export function institutionRows(
  shard: RegionShard,
  scope: RowScope,
  programme: ActivityProgramme,
  years: readonly number[],
): InstitutionRow[] {
  const comuni = new Map(shard.comuni.map((c) => [c.code, c]));
  const acronyms = new Map(shard.provinces.map((p) => [p.code, p.acronym]));
  const rows: InstitutionRow[] = [];
  for (const school of shard.schools) {
    if (school.code !== school.institution) continue;
    const comune = school.comune ? comuni.get(school.comune) : undefined;
    if (scope.comune && school.comune !== scope.comune) continue;
    if (scope.province && comune?.province !== scope.province) continue;
    const active = activeIn(school, programme, years);
    rows.push({
      code: school.code,
      name: school.name,
      comune: comune?.name ?? '',
      province: comune ? (acronyms.get(comune.province) ?? '') : '',
      gradeGroup: school.gradeGroup,
      students: school.students ?? null,
      // An institution's count flagged as imputed for the index while it has one: some plessi were left out of it.
      studentsPartial: school.students != null && school.studentsImputed === true,
      active,
      roleModel: school.roleModel,
      index: school.index,
      band: school.band ?? null,
      email: school.contacts?.email ?? null,
      pec: school.contacts?.pec ?? null,
      website: safeHref(school.contacts?.website, true),
      // Mentors are proposed to institutions inactive over the reference years: shown when the row is inactive.
      mentors: active ? [] : (school.mentors ?? []),
    });
  }
  return rows;
}

export function filterRows(rows: readonly InstitutionRow[], filter: InstitutionFilter): InstitutionRow[] {
  switch (filter) {
    case 'inactive':
      return rows.filter((row) => !row.active);
    case 'active':
      return rows.filter((row) => row.active);
    case 'role-models':
      return rows.filter((row) => row.roleModel);
    case 'all':
      return [...rows];
  }
}

// Names as the registry writes them, often in quotes ("'G.MARCONI'", "\" G. MARCONI - A.FROSINI\""): sorted by their
// letters and numbers, punctuation and spaces ignored, so that they do not all come first.
const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Sorted copy: by name, comune (then name), students or index (largest first; unknown last). */
export function sortRows(rows: readonly InstitutionRow[], sort: InstitutionSort): InstitutionRow[] {
  const byName = (a: InstitutionRow, b: InstitutionRow) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  const desc = (a: number | null, b: number | null) => (b ?? -Infinity) - (a ?? -Infinity);
  const compare: Record<InstitutionSort, (a: InstitutionRow, b: InstitutionRow) => number> = {
    name: byName,
    comune: (a, b) => collator.compare(a.comune, b.comune) || byName(a, b),
    students: (a, b) => desc(a.students, b.students) || byName(a, b),
    index: (a, b) => desc(a.index, b.index) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}
