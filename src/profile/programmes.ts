/**
 * What a badge says about a school's programmes: whether it takes part in
 * eTwinning, holds an Erasmus+ accreditation or has projects, and has national
 * funding, over the last years of the data (the index's reference years).
 */
import type { NationalIndex, SchoolShard } from '../contract/contract.types.js';

export type ProgrammeId = 'etwinning' | 'erasmus' | 'funding';

export interface ProgrammeStatus {
  id: ProgrammeId;
  active: boolean;
  /** eTwinning School Label, or Erasmus+ accreditation, in those years. */
  recognised: boolean;
  /** The last school year with activity, if any. */
  lastYear: number | null;
}

const last = (years: number[]) => (years.length > 0 ? Math.max(...years) : null);

/**
 * The status of each programme in the school years from `since` on. Funding
 * counts only for lines that are internationalisation (context funding such as
 * school websites is not), and only when `withFunding` (the index has a
 * funding pillar).
 */
export function programmesOf(shard: SchoolShard, since: number, withFunding = true): ProgrammeStatus[] {
  const { etwinning, erasmus, funding } = shard.participation;
  const e = etwinning.filter((r) => r.year >= since && (r.projects > 0 || r.qualityLabels > 0 || r.schoolLabel));
  const x = erasmus.filter((r) => r.year >= since && (r.accredited || r.ka1Projects > 0 || r.ka2Projects > 0));
  const f = funding.filter((r) => r.year >= since && r.projects > 0 && r.internationalisation !== false);
  const statuses: ProgrammeStatus[] = [
    { id: 'etwinning', active: e.length > 0, recognised: e.some((r) => r.schoolLabel), lastYear: last(e.map((r) => r.year)) },
    { id: 'erasmus', active: x.length > 0, recognised: x.some((r) => r.accredited), lastYear: last(x.map((r) => r.year)) },
  ];
  if (withFunding) statuses.push({ id: 'funding', active: f.length > 0, recognised: false, lastYear: last(f.map((r) => r.year)) });
  return statuses;
}

/** The first school year the badge looks at: the index method's reference years, else the last three years. */
export function sinceYear(referenceYears: readonly number[] | undefined, years: readonly number[]): number {
  // A loop, not Math.min(...years): a huge array would overflow the call stack.
  if (referenceYears && referenceYears.length > 0) return referenceYears.reduce((a, b) => Math.min(a, b));
  return years.length > 0 ? years[Math.max(0, years.length - 3)]! : 0;
}

/**
 * Whether a programme has provisional years from `since` on: a badge's "no recent activity" may still change. Read with
 * care, as fundingCounts: a badge's light path checks the index only in part (src/profile/load-school.ts). Apart from
 * src/contract/provisional-years.ts, whose readers the card and full variants load with them.
 */
export const provisionalSince = (index: Pick<NationalIndex, 'programmes'>, id: string, since: number): boolean =>
  // Optional calls: a list that is not an array (or years that are not) has no find (no some), and marks nothing.
  !!index.programmes?.find?.((p) => p?.id === id)?.provisionalYears?.some?.((year) => year >= since);
