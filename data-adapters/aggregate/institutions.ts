/**
 * Rolls plessi up into their institutions (CODICEISTITUTORIFERIMENTO): the unit
 * that takes part in the programmes and gets an index. An institution sits where
 * its seat (sede direttivo) is; its students are the sum of its plessi's.
 * Participation rows may name the institution or any of its plessi.
 */
import { isActiveYear } from '../../src/contract/participation.js';
import type { GradeGroup, SchoolKind } from '../../src/contract/vocabulary.js';
import type { FundingRow } from '../readers/funding.js';
import type { ByCodeAndYear, ErasmusRow, EtwinningRow } from '../readers/participation.js';
import type { SchoolRecord } from '../readers/registry.js';
import type { Location } from './locate-schools.js';
import { gradeGroupOf } from '../readers/grade-group.js';

/** Institution types by the letters 3-4 of the codice meccanografico, when the institution is not itself a plesso. */
const INSTITUTION_TYPES: Record<string, string> = {
  IC: 'ISTITUTO COMPRENSIVO',
  IS: 'ISTITUTO SUPERIORE',
  CT: 'CENTRO TERRITORIALE',
  PC: 'LICEO CLASSICO',
  PS: 'LICEO SCIENTIFICO',
  TD: 'ISTITUTO TECNICO',
  RI: 'ISTITUTO PROFESSIONALE',
  SL: 'LICEO ARTISTICO',
  PM: 'ISTITUTO MAGISTRALE',
  VC: 'CONVITTO NAZIONALE',
  MM: 'SCUOLA PRIMO GRADO',
  EE: 'SCUOLA PRIMARIA',
  AA: 'SCUOLA INFANZIA',
};

/** One year of an institution's participation, summed over its plessi. */
export interface InstitutionYear {
  etwinning: EtwinningRow | null;
  erasmus: ErasmusRow | null;
  funding: { programme: string; projects: number; amountEur: number; internationalisation: boolean }[];
}

export interface Institution {
  code: string;
  name: string;
  kind: SchoolKind;
  grade: string;
  gradeGroup: GradeGroup;
  location: Location;
  seat: SchoolRecord;
  plessi: SchoolRecord[];
  /** The sum of `counts`: its counted plessi's students (null: none counted). */
  students: number | null;
  /** Each counted plesso's students (the students' file's); a plesso without a count is not here. */
  counts: Map<string, number>;
  years: Map<number, InstitutionYear>;
}

function yearOf(institution: Institution, year: number): InstitutionYear {
  let entry = institution.years.get(year);
  if (!entry) institution.years.set(year, (entry = { etwinning: null, erasmus: null, funding: [] }));
  return entry;
}

function addEtwinning(a: EtwinningRow | null, b: EtwinningRow): EtwinningRow {
  if (!a) return { ...b };
  return {
    registeredTeachers: a.registeredTeachers + b.registeredTeachers,
    projects: a.projects + b.projects,
    qualityLabels: a.qualityLabels + b.qualityLabels,
    schoolLabel: a.schoolLabel || b.schoolLabel,
  };
}

function addErasmus(a: ErasmusRow | null, b: ErasmusRow): ErasmusRow {
  if (!a) return { ...b, partnerCountries: [...b.partnerCountries] };
  return {
    accredited: a.accredited || b.accredited,
    ka1Projects: a.ka1Projects + b.ka1Projects,
    ka2Projects: a.ka2Projects + b.ka2Projects,
    participants: a.participants + b.participants,
    grantEur: a.grantEur + b.grantEur,
    partnerCountries: [...new Set([...a.partnerCountries, ...b.partnerCountries])].sort(),
  };
}

export interface ParticipationInputs {
  etwinning: ByCodeAndYear<EtwinningRow>;
  erasmus: ByCodeAndYear<ErasmusRow>;
  funding: FundingRow[];
}

export function buildInstitutions(
  schools: readonly SchoolRecord[],
  locations: ReadonlyMap<string, Location>,
  students: ReadonlyMap<string, number>,
  participation: ParticipationInputs,
): Map<string, Institution> {
  const institutions = new Map<string, Institution>();
  const byCode = new Map<string, Institution>();
  for (const school of schools) {
    if (!locations.has(school.code)) continue;
    let institution = institutions.get(school.institution);
    if (!institution) {
      institution = {
        code: school.institution,
        name: school.institutionName,
        kind: school.kind,
        grade: school.grade,
        gradeGroup: school.gradeGroup,
        location: locations.get(school.code)!,
        seat: school,
        plessi: [],
        students: null,
        counts: new Map(),
        years: new Map(),
      };
      institutions.set(school.institution, institution);
    }
    institution.plessi.push(school);
    const count = students.get(school.code);
    if (count !== undefined) {
      institution.students = (institution.students ?? 0) + count;
      institution.counts.set(school.code, count);
    }
    byCode.set(school.code, institution);
  }
  for (const institution of institutions.values()) {
    // The seat: the plesso that is the institution itself, else the one flagged as sede direttivo.
    const seat =
      institution.plessi.find((p) => p.code === institution.code) ?? institution.plessi.find((p) => p.seat) ?? institution.plessi[0]!;
    institution.seat = seat;
    const own = institution.plessi.find((p) => p.code === institution.code);
    institution.grade = own?.grade ?? INSTITUTION_TYPES[institution.code.slice(2, 4)] ?? seat.grade;
    // A CPIA's own row says so (its grade is a lower secondary school's).
    institution.gradeGroup = gradeGroupOf(institution.grade, own?.characteristic);
    institution.location = locations.get(seat.code)!;
    byCode.set(institution.code, institution);
    institution.plessi.sort((a, b) => a.code.localeCompare(b.code));
  }
  for (const [code, years] of participation.etwinning) {
    const institution = byCode.get(code);
    if (institution)
      for (const [year, row] of years) yearOf(institution, year).etwinning = addEtwinning(yearOf(institution, year).etwinning, row);
  }
  for (const [code, years] of participation.erasmus) {
    const institution = byCode.get(code);
    if (institution)
      for (const [year, row] of years) yearOf(institution, year).erasmus = addErasmus(yearOf(institution, year).erasmus, row);
  }
  for (const row of participation.funding) {
    const institution = byCode.get(row.code);
    if (!institution) continue;
    const entry = yearOf(institution, row.year);
    const existing = entry.funding.find((f) => f.programme === row.programme && f.internationalisation === row.internationalisation);
    if (existing) {
      existing.projects += row.projects;
      existing.amountEur += row.amountEur;
    } else
      entry.funding.push({
        programme: row.programme,
        projects: row.projects,
        amountEur: row.amountEur,
        internationalisation: row.internationalisation,
      });
  }
  return new Map([...institutions].sort(([a], [b]) => a.localeCompare(b)));
}

/** Codes an export may use for a school: every plesso and every institution. */
export function knownCodes(schools: readonly SchoolRecord[]): Set<string> {
  const codes = new Set<string>();
  for (const school of schools) {
    codes.add(school.code);
    codes.add(school.institution);
  }
  return codes;
}

/** Active in a year: the contract's one definition (see `src/contract/participation.ts`). */
export const isActive: (year: InstitutionYear | undefined) => boolean = isActiveYear;
