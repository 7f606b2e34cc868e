/**
 * What the inactive institutions have in common: institutions, and how many of
 * them were active, per class of one characteristic (grade group, size, the
 * inner-areas class of the comune, capoluogo or not), per programme and year.
 * One function for both sides: the adapters compute the nation's (the reference
 * written in index.json), the elements a region's or a province's from its shard.
 */
import type { Activity, Breakdown, BreakdownClass, ComuneContext } from '../contract/contract.types.js';
import { ACTIVITY_PROGRAMMES, BREAKDOWN_DIMENSIONS, GRADE_GROUPS, INNER_AREA_CLASSES } from '../contract/vocabulary.js';
import type { BreakdownDimension, GradeGroup } from '../contract/vocabulary.js';

export interface BreakdownInstitution {
  gradeGroup: GradeGroup;
  /** The students counted; null with none. */
  students: number | null;
  /** Where `students` leaves out plessi the students' file lacks: the estimate of all of them, which classes the size. */
  studentsEstimate?: number | null;
  context: ComuneContext | null | undefined;
  activity: Activity;
}

/** Size classes of an institution, by students (the count, or its estimate where the count leaves plessi out; none: "n.d."). */
export const SIZE_CLASSES = [
  { id: 'fino-299', below: 300 },
  { id: '300-599', below: 600 },
  { id: '600-999', below: 1000 },
  { id: '1000-e-oltre', below: Infinity },
] as const;

/** The class id meaning "not known". */
export const UNKNOWN_CLASS = 'nd';

/** Every class of a dimension, in the order they are shown. */
export const CLASSES: Record<BreakdownDimension, readonly string[]> = {
  gradeGroup: GRADE_GROUPS,
  size: [...SIZE_CLASSES.map((c) => c.id), UNKNOWN_CLASS],
  innerArea: [...INNER_AREA_CLASSES, UNKNOWN_CLASS],
  capoluogo: ['capoluogo', 'non-capoluogo', UNKNOWN_CLASS],
};

export function classOf(dimension: BreakdownDimension, institution: BreakdownInstitution): string {
  switch (dimension) {
    case 'gradeGroup':
      return institution.gradeGroup;
    case 'size': {
      const size = institution.studentsEstimate ?? institution.students;
      return size === null ? UNKNOWN_CLASS : SIZE_CLASSES.find((c) => size < c.below)!.id;
    }
    case 'innerArea':
      return institution.context?.innerArea ?? UNKNOWN_CLASS;
    case 'capoluogo': {
      const capoluogo = institution.context?.capoluogo;
      return capoluogo === undefined || capoluogo === null ? UNKNOWN_CLASS : capoluogo ? 'capoluogo' : 'non-capoluogo';
    }
  }
}

/** The breakdown of `institutions` over `years`: every dimension, its classes with at least one institution (and, by size, how many were classed by an estimate). */
export function breakdownOf(institutions: Iterable<BreakdownInstitution>, years: readonly number[]): Breakdown[] {
  const yearIndex = new Map(years.map((year, i) => [year, i]));
  const tallies = new Map(
    BREAKDOWN_DIMENSIONS.map((dimension) => [
      dimension,
      new Map(
        CLASSES[dimension].map((id): [string, BreakdownClass] => [
          id,
          {
            id,
            institutions: 0,
            active: Object.fromEntries(ACTIVITY_PROGRAMMES.map((p) => [p, years.map(() => 0)])) as BreakdownClass['active'],
          },
        ]),
      ),
    ]),
  );
  for (const institution of institutions)
    for (const dimension of BREAKDOWN_DIMENSIONS) {
      const tally = tallies.get(dimension)!.get(classOf(dimension, institution))!;
      tally.institutions++;
      // Said only where there are some: index.json carries the nation's breakdown.
      if (dimension === 'size' && institution.studentsEstimate != null) tally.estimated = (tally.estimated ?? 0) + 1;
      for (const programme of ACTIVITY_PROGRAMMES)
        for (const year of institution.activity[programme]) {
          const i = yearIndex.get(year);
          if (i !== undefined) tally.active[programme]![i]!++;
        }
    }
  return BREAKDOWN_DIMENSIONS.map((dimension) => ({
    dimension,
    classes: [...tallies.get(dimension)!.values()].filter((c) => c.institutions > 0),
  }));
}
