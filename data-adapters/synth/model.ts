/**
 * The seeded model behind synthetic eTwinning and Erasmus+ exports (no public
 * per-school data exists). For each institution i and school year y:
 *
 *   weight(i, y) = region(i) · grade(i) · (students_i / median)^0.5 · exp(0.9·u_i + e_iy)
 *
 * with u_i ~ N(0, 1) a lasting propensity and e_iy = 0.6·e_i,y-1 + N(0, 0.5) a
 * year shock that persists, so that active schools tend to stay active. National
 * totals come from the published figures (targets.ts) and are spread exactly:
 *  - new eTwinning projects and new registered teachers: multinomial over weight^1.5
 *    (teachers accumulate: a school's stock never falls, and never passes its staff,
 *    students / STUDENTS_PER_TEACHER, and those who came and went since 2005, teacherRoom:
 *    what would spills over the schools with room);
 *  - Quality Labels: multinomial over the school's projects of that year and the one before;
 *  - eTwinning School Label: that many schools, drawn without replacement, weighted by
 *    recent labels and projects;
 *  - Erasmus+ accreditation (from 2021): new accredited schools drawn each year, weighted
 *    by Erasmus+ weight and eTwinning experience; accredited schools stay accredited;
 *  - KA1 and KA2 projects: that many schools drawn without replacement (accredited
 *    schools eight times as likely for KA1 from 2021); participants per KA1 project
 *    8 + Poisson(17) (the published 4,845 for 195 projects in 2020), per KA2 Poisson(6);
 *    grants about 52,000 EUR per KA1 and 180,000 EUR per KA2 project (published 2020
 *    totals), with log-normal spread; 1-3 (KA1) or 2-4 (KA2) partner countries, weighted
 *    by how often each country partners Italian schools.
 * Regional multipliers follow the published regional figures: Sicily had 18% of new
 * projects in 2019 with 9% of institutions; in the years with published School
 * Label figures per region (2020/21) each of those regions gets its figure, the
 * other regions share the rest of the national one.
 * Mobility was suspended in 2020/21 (the contract's annotation): KA1 projects were
 * still approved, but their participants are MOBILITY_DIP of a normal year.
 * Planted low areas: institutions with `damping` < 1 (set by `synthesize` for the
 * planted shadow zones it writes down) have their weight scaled by it in every
 * year, so that the demo has real shadow zones to find.
 */
import type { GradeGroup } from '../../src/contract/vocabulary.js';
import type { ErasmusRow, EtwinningRow } from '../readers/participation.js';
import type { Random } from '../stats/random.js';
import type { Targets } from './targets.js';
import { capCounts } from './capped-spread.js';

export interface ModelInstitution {
  code: string;
  regionKey: string;
  gradeGroup: GradeGroup;
  students: number | null;
  /** Below 1 in a planted low-participation area. */
  damping?: number;
}

/** Participants of a year's mobility projects, as a share of a normal year (2020/21: mobility suspended). */
export const MOBILITY_DIP: Readonly<Record<number, number>> = { 2020: 0.15 };

const REGION_ETWINNING: Record<string, number> = {
  SICILIA: 1.9,
  PUGLIA: 1.4,
  CAMPANIA: 1.3,
  EMILIAROMAGNA: 1.2,
  CALABRIA: 1.1,
  SARDEGNA: 1.0,
  LOMBARDIA: 0.9,
  LAZIO: 0.85,
};
const GRADE_ETWINNING: Record<GradeGroup, number> = {
  comprensivo: 1.3,
  primaria: 1.0,
  'secondaria-primo-grado': 1.2,
  'secondaria-secondo-grado': 1.1,
  infanzia: 0.5,
  altro: 0.3,
};
const GRADE_ERASMUS: Record<GradeGroup, number> = {
  'secondaria-secondo-grado': 1.6,
  comprensivo: 1.0,
  'secondaria-primo-grado': 0.9,
  primaria: 0.6,
  infanzia: 0.3,
  altro: 0.5,
};
export const PARTNER_COUNTRIES: [string, number][] = [
  ['ES', 20],
  ['FR', 14],
  ['DE', 10],
  ['PT', 9],
  ['PL', 8],
  ['GR', 7],
  ['RO', 6],
  ['TR', 5],
  ['HR', 4],
  ['IE', 4],
  ['FI', 4],
  ['BE', 3],
  ['NL', 3],
  ['AT', 3],
  ['CZ', 3],
  ['LT', 2],
  ['LV', 2],
  ['EE', 2],
  ['SI', 2],
  ['SK', 2],
  ['HU', 2],
  ['BG', 2],
  ['CY', 2],
  ['MT', 2],
  ['DK', 2],
  ['SE', 2],
  ['NO', 1],
  ['IS', 1],
];

/**
 * `total` institutions drawn by weight, meeting the regional figures where
 * published (each region its own figure, the rest of the nation the remainder).
 */
function pickByRegion(
  random: Random,
  total: number,
  weights: readonly number[],
  institutions: readonly ModelInstitution[],
  regional: ReadonlyMap<string, number> | undefined,
): Set<number> {
  if (!regional || regional.size === 0) return new Set(random.pickWeighted(total, weights));
  const picked = new Set<number>();
  for (const [region, count] of regional)
    for (const i of random.pickWeighted(
      count,
      weights.map((w, k) => (institutions[k]!.regionKey === region ? Math.max(w, 1e-6) : 0)),
    ))
      picked.add(i);
  const rest = Math.max(0, total - picked.size);
  for (const i of random.pickWeighted(
    rest,
    weights.map((w, k) => (regional.has(institutions[k]!.regionKey) ? 0 : w)),
  ))
    picked.add(i);
  return picked;
}

export interface ModelOutput {
  etwinning: Map<string, Map<number, EtwinningRow>>;
  erasmus: Map<string, Map<number, ErasmusRow>>;
}

/**
 * Students per teacher in Italy's state schools (about 7.2 million students
 * and 850,000 teachers, support teachers among them): a school's staff.
 */
export const STUDENTS_PER_TEACHER = 8.5;
/**
 * The registered teachers are counted since eTwinning began (2005), those who
 * moved on too: a school's stock may pass its staff by the teachers who came
 * and went, about one in twenty a year. A stock held at the staff alone stood
 * flat for a decade in the schools that reached it.
 */
export const ETWINNING_SINCE = 2005;
export const TEACHER_TURNOVER = 0.05;

/** The most teachers a school of `staff` can have registered by `year`. */
export const teacherRoom = (staff: number, year: number) =>
  Math.round(staff * (1 + TEACHER_TURNOVER * Math.max(0, year - ETWINNING_SINCE)));

/** The median of the counted students: an institution without a count weighs as that (500 when none is counted). */
function medianStudents(institutions: readonly Pick<ModelInstitution, 'students'>[]): number {
  const sizes = institutions
    .map((i) => i.students)
    .filter((s): s is number => s !== null && s > 0)
    .sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 500;
}

/** Each institution's staff (at least one teacher); `median`, the counted students' median, when the caller has it. */
export function staffOf(institutions: readonly Pick<ModelInstitution, 'students'>[], median = medianStudents(institutions)): number[] {
  return institutions.map((i) => Math.max(1, Math.round((i.students ?? median) / STUDENTS_PER_TEACHER)));
}

/**
 * `spill` draws where the teachers a school cannot have go: a stream of its
 * own, so that every other draw is what it was before the cap.
 */
export function runModel(institutions: readonly ModelInstitution[], targets: Targets, random: Random, spill: Random): ModelOutput {
  const years = targets.years;
  const n = institutions.length;
  const median = medianStudents(institutions);
  const base = institutions.map(
    (i) => (REGION_ETWINNING[i.regionKey] ?? 0.95) * ((i.students ?? median) / median) ** 0.5 * (i.damping ?? 1),
  );
  const lasting = institutions.map(() => random.normal());
  let shock = institutions.map(() => random.normal() * 0.5);
  const etwinning = new Map<string, Map<number, EtwinningRow>>();
  const erasmus = new Map<string, Map<number, ErasmusRow>>();
  const teachers = new Array<number>(n).fill(0);
  const staff = staffOf(institutions, median);
  const accredited = new Array<boolean>(n).fill(false);
  let previousProjects = new Array<number>(n).fill(0);
  let previousLabels = new Array<number>(n).fill(0);
  const projectsHistory: number[][] = [];
  const countryCodes = PARTNER_COUNTRIES.map(([code]) => code);
  const countryWeights = PARTNER_COUNTRIES.map(([, weight]) => weight);
  const partners = (min: number, max: number) => {
    const count = min + Math.floor(random.next() * (max - min + 1));
    return random.pickWeighted(count, countryWeights).map((k) => countryCodes[k]!);
  };

  years.forEach((year, y) => {
    if (y > 0) shock = shock.map((e) => 0.6 * e + random.normal() * 0.5);
    const weight = institutions.map((inst, i) => base[i]! * Math.exp(0.9 * lasting[i]! + shock[i]!));
    const et = weight.map((w, i) => (w * GRADE_ETWINNING[institutions[i]!.gradeGroup]) ** 1.5);
    const er = weight.map((w, i) => (w * GRADE_ERASMUS[institutions[i]!.gradeGroup]) ** 1.2);

    // eTwinning.
    const teacherTarget = targets.series.etwinningTeachers.get(year)!;
    const currentTeachers = teachers.reduce((s, v) => s + v, 0);
    random.multinomial(Math.max(0, teacherTarget - currentTeachers), et).forEach((added, i) => (teachers[i]! += added));
    capCounts(
      teachers,
      staff.map((s) => teacherRoom(s, year)),
      et,
      spill,
    );
    const projects = random.multinomial(targets.series.etwinningProjects.get(year)!, et);
    const labels = random.multinomial(
      targets.series.qualityLabels.get(year)!,
      projects.map((p, i) => p + previousProjects[i]!),
    );
    const labelWeights = labels.map((l, i) => l + previousLabels[i]! + 0.2 * (projects[i]! + previousProjects[i]!));
    const labelled = pickByRegion(
      random,
      targets.series.schoolLabel.get(year)!,
      labelWeights,
      institutions,
      targets.regionalSchoolLabel.get(year),
    );
    institutions.forEach((inst, i) => {
      if (teachers[i]! === 0 && projects[i]! === 0 && labels[i]! === 0 && !labelled.has(i)) return;
      let rows = etwinning.get(inst.code);
      if (!rows) etwinning.set(inst.code, (rows = new Map()));
      rows.set(year, { registeredTeachers: teachers[i]!, projects: projects[i]!, qualityLabels: labels[i]!, schoolLabel: labelled.has(i) });
    });
    projectsHistory.push(projects);

    // Erasmus+.
    const experience = (i: number) => 1 + projectsHistory.slice(-3).reduce((s, p) => s + p[i]!, 0);
    const accreditedTarget = targets.series.accredited.get(year)!;
    const already = accredited.filter(Boolean).length;
    for (const i of random.pickWeighted(
      accreditedTarget - already,
      er.map((w, i) => (accredited[i] ? 0 : w * experience(i))),
    ))
      accredited[i] = true;
    const ka1 = new Set(
      random.pickWeighted(
        targets.series.ka1.get(year)!,
        er.map((w, i) => w * (accredited[i] ? 8 : 1)),
      ),
    );
    const ka2 = new Set(
      random.pickWeighted(
        targets.series.ka2.get(year)!,
        er.map((w, i) => w * experience(i)),
      ),
    );
    institutions.forEach((inst, i) => {
      const k1 = ka1.has(i) ? 1 : 0;
      const k2 = ka2.has(i) ? 1 : 0;
      if (!accredited[i] && !k1 && !k2) return;
      const participants = Math.round((k1 * (8 + random.poisson(17)) + k2 * random.poisson(6)) * (MOBILITY_DIP[year] ?? 1));
      const grant = k1 * 52_300 * Math.exp(0.2 * random.normal() - 0.02) + k2 * 180_000 * Math.exp(0.25 * random.normal() - 0.03);
      const countries = [...new Set([...(k1 ? partners(1, 3) : []), ...(k2 ? partners(2, 4) : [])])].sort();
      let rows = erasmus.get(inst.code);
      if (!rows) erasmus.set(inst.code, (rows = new Map()));
      rows.set(year, {
        accredited: accredited[i]!,
        ka1Projects: k1,
        ka2Projects: k2,
        participants,
        grantEur: Math.round(grant),
        partnerCountries: countries,
      });
    });
    previousProjects = projects;
    previousLabels = labels;
  });
  return { etwinning, erasmus };
}
