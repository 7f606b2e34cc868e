/**
 * Stage 1, reading: every input of the build, each through its reader, with the
 * report of what each one accepted and rejected. Schools are placed in their
 * comune, province and region here, since everything after counts by place.
 */
import { InputError } from '../report/build-error.js';
import { readFile } from 'node:fs/promises';
import { knownCodes } from '../aggregate/institutions.js';
import { locateSchools, type LocatedSchools } from '../aggregate/locate-schools.js';
import type { BuildConfig } from '../config.js';
import { readFunding, type FundingResult } from '../readers/funding.js';
import { readInnerAreas, type ComuneContext } from '../readers/inner-areas.js';
import { readLimits, restoreLostCharacters, type Limits } from '../readers/limits.js';
import { readErasmus, readEtwinning, type ByCodeAndYear, type ErasmusRow, type EtwinningRow } from '../readers/participation.js';
import { readRegistries, type SchoolRecord } from '../readers/registry.js';
import { readStudents } from '../readers/students.js';
import { readSuccessors, type Successors } from '../readers/successors.js';
import type { InputReport } from '../report/input-report.js';
import { PLANTED_FILE, type PlantedAreas } from '../synth/plant-low-areas.js';
import { dirname, join } from 'node:path';
import { readQuestionnaire, type Questionnaire } from '../surveys/questionnaire.js';
import { readResponses, type Answers, type CodeStatus } from '../surveys/responses.js';
import { readInvited } from '../surveys/invited.js';

/** A survey wave as read: its questionnaire, the answers by institution, and whether they are synthetic. */
export interface SurveyInput {
  questionnaire: Questionnaire;
  answers: Map<string, Answers>;
  /** The institutions invited, when not every one of the registry was. */
  invited: Set<string> | null;
  synthetic: boolean;
}

export interface Inputs {
  schools: SchoolRecord[];
  students: Map<string, number>;
  /** The school year the students are counted in, when known (the config's, or the file's name's). */
  studentsYear: number | null;
  limits: Limits;
  located: LocatedSchools;
  funding: FundingResult[];
  etwinning: ByCodeAndYear<EtwinningRow> | null;
  erasmus: ByCodeAndYear<ErasmusRow> | null;
  /** Old codes and the registry's code their rows count for (the successors file), when given. */
  successors: Successors | null;
  /** The low areas a synthetic model planted (its file next to the synthetic exports), to check the shadow zones against. */
  planted: PlantedAreas | null;
  /** The comuni's context (inner areas), when the config gives the map. */
  context: Map<string, ComuneContext> | null;
  /** The survey waves, in the config's order. */
  surveys: SurveyInput[];
  /** Whether each participation export is synthetic (the config says so, or the file's sidecar). */
  synthetic: { etwinning: boolean; erasmus: boolean };
  /** One report per file read. */
  reports: InputReport[];
}

async function readPlanted(participation: string | null): Promise<PlantedAreas | null> {
  if (!participation) return null;
  const path = join(dirname(participation), PLANTED_FILE);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    // No file: the exports are not synthetic, or older than planting. Any other failure is an error, not silence.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text) as PlantedAreas;
  } catch (error) {
    throw new InputError(
      path,
      { it: `JSON non valido (${(error as Error).message})`, en: `not valid JSON (${(error as Error).message})` },
      { cause: error },
    );
  }
}

/** Whether a participation file was made by `synthesize` (it leaves a sidecar file saying so). */
async function isSynthetic(path: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(`${path}.meta.json`, 'utf8')) as { synthetic?: boolean }).synthetic === true;
  } catch {
    return false;
  }
}

/**
 * Where a grant to an institution no longer in the registry may be counted: in
 * its comune when the limits have it and the registry covers its region (a
 * build of the autonomous provinces must not count Lombardy's grants).
 */
export function grantPlacement(located: LocatedSchools, limits: Limits): (comune: string) => string | null {
  const regions = new Set([...located.locations.values()].map((location) => location.region));
  return (code) => {
    const comune = limits.comuni.get(code);
    if (!comune) return `its comune ${code} (cod_comune) is not in the limits`;
    return regions.has(comune.region) ? null : `its comune ${code} is in a region the registry files do not cover`;
  };
}

/** What the registry says a code is, for the survey responses: an institution, a plesso of one, or nothing. */
export function codeStatus(schools: readonly SchoolRecord[]): (code: string) => CodeStatus {
  const institutions = new Set(schools.map((school) => school.institution));
  const plessoOf = new Map(schools.filter((school) => !institutions.has(school.code)).map((school) => [school.code, school.institution]));
  return (code) => (institutions.has(code) ? { institution: true } : plessoOf.has(code) ? { plessoOf: plessoOf.get(code)! } : null);
}

/** Every survey wave of the config, each wave once. */
async function readSurveys(config: BuildConfig, schools: readonly SchoolRecord[], reports: InputReport[]): Promise<SurveyInput[]> {
  const status = codeStatus(schools);
  const surveys: SurveyInput[] = [];
  for (const { questionnaire: path, responses, invited: invitedFile } of config.surveys) {
    const questionnaire = await readQuestionnaire(path);
    if (surveys.some((survey) => survey.questionnaire.wave === questionnaire.wave))
      throw new InputError(path, {
        it: `la rilevazione ${questionnaire.wave} è già stata data con un altro questionario`,
        en: `wave ${questionnaire.wave} was already given with another questionnaire`,
      });
    const invited = invitedFile ? await readInvited(invitedFile, status) : null;
    if (invited) reports.push(invited.report);
    const read = await readResponses(responses, questionnaire, status, invited?.codes ?? null);
    reports.push(read.report);
    surveys.push({
      questionnaire,
      answers: read.answers,
      invited: invited?.codes ?? null,
      synthetic: config.synthetic ?? (await isSynthetic(responses)),
    });
  }
  return surveys;
}

export async function readInputs(config: BuildConfig, log: (line: string) => void = () => undefined): Promise<Inputs> {
  log('reading the school registries');
  const registry = await readRegistries(config.registry);
  const reports: InputReport[] = [...registry.reports];
  const known = knownCodes(registry.schools);
  const successorsRead = config.successors ? await readSuccessors(config.successors, known) : null;
  if (successorsRead) reports.push(successorsRead.report);
  const successors = successorsRead?.successors ?? null;
  const studentsRead = config.students ? await readStudents(config.students, config.studentsYear, known) : null;
  if (studentsRead) reports.push(studentsRead.report);
  log('reading the administrative limits');
  const limits = await readLimits(config.geo);
  reports.push(...limits.reports);
  const context = config.context
    ? await readInnerAreas(config.context, new Set(limits.comuni.keys()), (code) => limits.comuni.get(code)?.name)
    : null;
  if (context) reports.push(context.report);
  // Before any school takes its comune's name: a name the limits lost a character of, spelt again by ISTAT's map.
  restoreLostCharacters(limits, (code) => context?.comuni.get(code)?.name);
  const located = locateSchools(registry.schools, limits);

  log('reading the participation and funding exports');
  const funding: FundingResult[] = [];
  const comuneProblem = grantPlacement(located, limits);
  for (const file of config.funding)
    funding.push(
      await readFunding(file, {
        known,
        rules: config.internationalFunding,
        measures: config.fundingMeasures,
        years: config.years,
        comuneProblem,
        successors,
      }),
    );
  reports.push(...funding.map((r) => r.report));
  const etwinning = config.etwinning ? await readEtwinning(config.etwinning, known, config.years, successors) : null;
  const erasmus = config.erasmus ? await readErasmus(config.erasmus, known, config.years, successors) : null;
  if (etwinning) reports.push(etwinning.report);
  if (erasmus) reports.push(erasmus.report);
  if (config.surveys.length > 0) log('reading the survey waves');
  const surveys = await readSurveys(config, registry.schools, reports);
  return {
    schools: registry.schools,
    students: studentsRead?.students ?? new Map<string, number>(),
    studentsYear: studentsRead?.year ?? null,
    limits,
    located,
    funding,
    etwinning: etwinning?.rows ?? null,
    erasmus: erasmus?.rows ?? null,
    successors,
    context: context?.comuni ?? null,
    planted: await readPlanted(config.etwinning ?? config.erasmus),
    surveys,
    synthetic: {
      etwinning: config.etwinning ? (config.synthetic ?? (await isSynthetic(config.etwinning))) : false,
      erasmus: config.erasmus ? (config.synthetic ?? (await isSynthetic(config.erasmus))) : false,
    },
    reports,
  };
}
