/**
 * What the contract says of an institution beyond its index, for the lists of
 * institutions and the profile: its activity by programme and year, its
 * registry contacts, its mentors and (for a role model) its mentees, and the
 * context of its comune. Computed once per build (memoised on the model).
 */
import type { Activity, ComuneContext, MentorLink } from '../../src/contract/contract.types.js';
import { activityOf } from '../../src/contract/participation.js';
import { breakdownOf } from '../../src/breakdown/participation-breakdown.js';
import type { Institution } from '../aggregate/institutions.js';
import type { BuildModel } from './documents.js';

interface Details {
  activity: Map<string, Activity>;
  mentees: Map<string, MentorLink[]>;
}

const memo = new WeakMap<BuildModel, Details>();

/** A link's distance, and whether both are in one comune: said only when true (a region shard lists thousands of links). */
const distanceOf = (link: { distanceKm: number; sameComune: boolean }) => ({
  distanceKm: link.distanceKm,
  ...(link.sameComune && { sameComune: true }),
});

function details(model: BuildModel): Details {
  let found = memo.get(model);
  if (found) return found;
  const activity = new Map(
    [...model.institutions.values()].map((institution) => [
      institution.code,
      activityOf((year) => institution.years.get(year), model.years),
    ]),
  );
  const mentees = new Map<string, MentorLink[]>();
  for (const [code, links] of model.mentors) {
    const mentee = model.institutions.get(code)!;
    for (const link of links) {
      const list = mentees.get(link.code) ?? [];
      list.push({ code: mentee.code, name: mentee.name, comuneName: mentee.seat.comuneName, ...distanceOf(link) });
      mentees.set(link.code, list);
    }
  }
  for (const list of mentees.values()) list.sort((a, b) => a.distanceKm - b.distanceKm || a.code.localeCompare(b.code));
  memo.set(model, (found = { activity, mentees }));
  return found;
}

export const activityOfInstitution = (model: BuildModel, code: string): Activity => details(model).activity.get(code)!;

/** The role model's mentees (empty for any other institution). */
export const menteesOf = (model: BuildModel, code: string): MentorLink[] => details(model).mentees.get(code) ?? [];

/** An inactive institution's proposed mentors, as a list shows them. */
export function mentorLinksOf(model: BuildModel, code: string): MentorLink[] {
  return (model.mentors.get(code) ?? []).map((link) => {
    const mentor = model.institutions.get(link.code)!;
    return { code: mentor.code, name: mentor.name, comuneName: mentor.seat.comuneName, ...distanceOf(link) };
  });
}

/** A comune's context in the contract's terms; undefined when the build had no inner-areas map, all-null when the map lacks the comune. */
export function comuneContextOf(model: BuildModel, comune: string | null): ComuneContext | undefined {
  if (!model.context) return undefined;
  const found = comune ? model.context.get(comune) : undefined;
  return {
    innerArea: found?.innerArea ?? null,
    travelMinutes: found?.travelMinutes === null || found?.travelMinutes === undefined ? null : Math.round(found.travelMinutes * 10) / 10,
    population: found?.population === null || found?.population === undefined ? null : Math.round(found.population),
    capoluogo: found ? found.capoluogo : null,
  };
}

/**
 * The index's estimate of an institution's students where its count leaves out ordinary plessi the students' file
 * lacks (rounded); null where the count is whole, or where no plesso is counted (a size the index takes from its
 * grade group's median, which says nothing of this institution's).
 */
export function studentsEstimateOf(model: BuildModel, institution: Institution): number | null {
  const { imputed, size } = model.index.context;
  return institution.students && imputed.has(institution.code) ? Math.round(size(institution)) : null;
}

/** The nation's breakdown, the reference of every area's (see src/breakdown/participation-breakdown.ts). */
export function nationalBreakdown(model: BuildModel) {
  const institutions = [...model.institutions.values()].map((institution: Institution) => ({
    gradeGroup: institution.gradeGroup,
    students: institution.students,
    studentsEstimate: studentsEstimateOf(model, institution),
    context: comuneContextOf(model, institution.location.comune),
    activity: activityOfInstitution(model, institution.code),
  }));
  return breakdownOf(institutions, model.years);
}
