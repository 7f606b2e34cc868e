/**
 * How each metric of the contract reads one institution's year of participation.
 * The adapters sum these over areas; the elements apply them to a school shard,
 * so that a school's series and its areas' series mean the same thing.
 */
import type { Activity, NationalIndex, SchoolShard } from './contract.types.js';
import { ACTIVITY_PROGRAMMES, type ActivityProgramme } from './vocabulary.js';

export interface ParticipationYear {
  etwinning: { registeredTeachers: number; projects: number; qualityLabels: number; schoolLabel: boolean } | null;
  erasmus: { accredited: boolean; ka1Projects: number; ka2Projects: number; participants: number; grantEur: number } | null;
  /** `internationalisation: false` marks context funding (absent: counted, as contracts before it said nothing). */
  funding: readonly { programme?: string; projects: number; amountEur: number; internationalisation?: boolean }[];
}

/**
 * Active: at least one eTwinning project or award, Erasmus+ accreditation or
 * project, or funded project of a line that counts as internationalisation
 * (funding marked as context, such as school websites, never makes a school active).
 */
export function isActiveYear(year: ParticipationYear | undefined): boolean {
  if (!year) return false;
  const e = year.etwinning;
  const x = year.erasmus;
  return Boolean(
    (e && (e.projects > 0 || e.qualityLabels > 0 || e.schoolLabel)) ||
    (x && (x.accredited || x.ka1Projects > 0 || x.ka2Projects > 0)) ||
    year.funding.some((f) => f.projects > 0 && f.internationalisation !== false),
  );
}

/** Active in one programme's terms ('all': internationalisation in any of them, as `isActiveYear`). */
export function isActiveIn(programme: ActivityProgramme, year: ParticipationYear | undefined): boolean {
  if (!year) return false;
  const e = year.etwinning;
  const x = year.erasmus;
  switch (programme) {
    case 'all':
      return isActiveYear(year);
    case 'etwinning':
      return Boolean(e && (e.projects > 0 || e.qualityLabels > 0 || e.schoolLabel));
    case 'erasmus':
      return Boolean(x && (x.accredited || x.ka1Projects > 0 || x.ka2Projects > 0));
    case 'funding':
      // Any funded project, context lines included: the funding view is about who received funding.
      return year.funding.some((f) => f.projects > 0);
  }
}

/** The years an institution was active in, per programme. */
export function activityOf(yearOf: (year: number) => ParticipationYear | undefined, years: readonly number[]): Activity {
  const activity: Activity = { all: [], etwinning: [], erasmus: [], funding: [] };
  for (const year of years) {
    const data = yearOf(year);
    if (!data) continue;
    for (const programme of ACTIVITY_PROGRAMMES) if (isActiveIn(programme, data)) activity[programme].push(year);
  }
  return activity;
}

/** The reader of every metric id, by id. */
export const PARTICIPATION_READERS: Readonly<Record<string, (year: ParticipationYear) => number>> = {
  'participation.active': (y) => (isActiveYear(y) ? 1 : 0),
  'etwinning.active': (y) => (isActiveIn('etwinning', y) ? 1 : 0),
  'erasmus.active': (y) => (isActiveIn('erasmus', y) ? 1 : 0),
  'funding.active': (y) => (isActiveIn('funding', y) ? 1 : 0),
  'etwinning.teachers': (y) => y.etwinning?.registeredTeachers ?? 0,
  'etwinning.projects': (y) => y.etwinning?.projects ?? 0,
  'etwinning.quality-labels': (y) => y.etwinning?.qualityLabels ?? 0,
  'etwinning.school-label': (y) => (y.etwinning?.schoolLabel ? 1 : 0),
  'erasmus.accredited': (y) => (y.erasmus?.accredited ? 1 : 0),
  'erasmus.ka1': (y) => y.erasmus?.ka1Projects ?? 0,
  'erasmus.ka2': (y) => y.erasmus?.ka2Projects ?? 0,
  'erasmus.participants': (y) => y.erasmus?.participants ?? 0,
  'erasmus.grant': (y) => y.erasmus?.grantEur ?? 0,
  'funding.projects': (y) => y.funding.reduce((sum, f) => sum + f.projects, 0),
  'funding.amount': (y) => y.funding.reduce((sum, f) => sum + f.amountEur, 0),
};

const FUNDING_METRIC = /^funding\.([a-z][a-z0-9-]*)\.(projects|amount)$/;

/**
 * The reader of a metric id: the fixed ones above, and one per funding programme
 * (`funding.pnrr-141.amount`: that programme's lines only), which exist when a
 * build has several funding programmes. Undefined for an unknown id.
 */
export function participationReader(id: string): ((year: ParticipationYear) => number) | undefined {
  const fixed = PARTICIPATION_READERS[id];
  if (fixed) return fixed;
  const match = FUNDING_METRIC.exec(id);
  if (!match) return undefined;
  const [, programme, field] = match;
  return (y) => y.funding.reduce((sum, f) => sum + (f.programme === programme ? (field === 'projects' ? f.projects : f.amountEur) : 0), 0);
}

/** A school shard's participation regrouped by year (years without any row are empty, i.e. zero). */
export function participationByYear(shard: SchoolShard, years: readonly number[]): ParticipationYear[] {
  const byYear = new Map<
    number,
    { etwinning: ParticipationYear['etwinning']; erasmus: ParticipationYear['erasmus']; funding: ParticipationYear['funding'][number][] }
  >();
  const at = (year: number) => {
    let entry = byYear.get(year);
    if (!entry) byYear.set(year, (entry = { etwinning: null, erasmus: null, funding: [] }));
    return entry;
  };
  for (const row of shard.participation.etwinning) at(row.year).etwinning = row;
  for (const row of shard.participation.erasmus) at(row.year).erasmus = row;
  for (const row of shard.participation.funding) at(row.year).funding.push(row);
  return years.map((year) => byYear.get(year) ?? { etwinning: null, erasmus: null, funding: [] });
}

/**
 * The students a school's activity is of, the ones its rates per 1,000 students divide by: its institution's, all its
 * plessi's. A plesso's activity is its institution's (its 485 pupils are not what the institution's 3 projects are
 * of); null for a plesso of an older contract, which does not say its institution's students.
 */
export function activityStudents({ school }: SchoolShard): number | null {
  return school.code === school.institution.code ? school.students : (school.institution.students ?? null);
}

/**
 * A school's values of a metric for every year of the index, read as the adapters read an area's. A year the
 * nation has no value for is a year the metric was not measured (a programme that did not run: PNRR 1.4.1 outside
 * 2021-2022): a gap for the school too, not a zero ("0 € nel 2025/26" beside areas' "n.d."). A metric this library
 * cannot read from a shard is all gaps.
 */
export function schoolValues(years: readonly ParticipationYear[], index: NationalIndex, id: string): (number | null)[] {
  const read = participationReader(id);
  const nation = index.nation.values[id];
  // A nation without the metric's series says nothing about its years: each is read.
  return years.map((year, i) => (read && (nation === undefined || nation[i] !== null) ? read(year) : null));
}
