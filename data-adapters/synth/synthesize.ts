/**
 * The `synthesize` command: writes eTwinning and Erasmus+ exports in the
 * library's CSV formats for the institutions of a real registry, with the seeded
 * model of model.ts calibrated on the published national figures. Beside each
 * file a `.meta.json` says it is synthetic, so every build made from it carries
 * the `synthetic` flag.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildInstitutions } from '../aggregate/institutions.js';
import { normaliseName, type Location } from '../aggregate/locate-schools.js';
import { readRegistries } from '../readers/registry.js';
import { readStudents } from '../readers/students.js';
import { runModel, type ModelInstitution } from './model.js';
import { restOfNation } from './rest-of-nation.js';
import { PLANTED_FILE, plantLowAreas } from './plant-low-areas.js';
import { Random } from '../stats/random.js';
import { readTargets } from './targets.js';
import { isActiveYear } from '../../src/contract/participation.js';
import {
  demoQuestionnaire,
  drawAnswers,
  drawStanding,
  responsePropensities,
  type StandingAnswers,
  type SurveyInstitution,
} from './survey-model.js';
import { responseColumns, checkQuestionnaire } from '../surveys/questionnaire.js';

export interface SynthesizeOptions {
  registry: string[];
  students: string | null;
  out: string;
  seed: number;
  /** The published figures; by default ../shared/data/stats/headline_stats_from_pages.csv beside the project. */
  stats: string | null;
  from: number;
  to: number;
  log?: (line: string) => void;
}

/** Where the published figures are in the development layout (the project beside ../shared). */
export const DEFAULT_STATS = resolve('../shared/data/stats/headline_stats_from_pages.csv');

const csvLine = (values: (string | number)[]) => `${values.join(',')}\n`;

/** The demo survey's files for a school year's wave: its questionnaire, and the responses file beside it. */
export const surveyFiles = (out: string, year: number) => {
  const wave = demoQuestionnaire(year).wave;
  return { questionnaire: join(out, `survey-${wave}.json`), responses: join(out, `survey-${wave}.csv`) };
};

/** The school years of the synthetic survey's waves: the last, and the one before it where the exports have it. */
export const surveyYears = (from: number, to: number) => (to > from ? [to - 1, to] : [to]);

/**
 * A survey wave for a school year (survey-model.ts): who answers depends on
 * region, grade and activity in that year and the two before it, in the
 * exports just made. Every wave draws its region effects from the same seed (a
 * region's schools answer alike from year to year), who answers and what is
 * left unanswered from a stream of its own, and reads each institution's
 * `standing` answers (drawn once for every wave).
 */
async function writeSurvey(
  options: SynthesizeOptions,
  model: readonly ModelInstitution[],
  output: ReturnType<typeof runModel>,
  year: number,
  standing: ReadonlyMap<string, StandingAnswers>,
): Promise<{ files: string[]; respondents: number }> {
  const recent = [year - 2, year - 1, year];
  const institutions: SurveyInstitution[] = model.map((i) => ({
    code: i.code,
    regionKey: i.regionKey,
    gradeGroup: i.gradeGroup,
    students: i.students,
    active: recent.some((year) =>
      isActiveYear({
        etwinning: output.etwinning.get(i.code)?.get(year) ?? null,
        erasmus: output.erasmus.get(i.code)?.get(year) ?? null,
        funding: [],
      }),
    ),
  }));
  const questionnaire = demoQuestionnaire(year);
  const columns = [
    'school_code',
    'wave',
    'submitted_at',
    ...responseColumns(checkQuestionnaire(questionnaire, 'survey-model.ts')).map((c) => c.name),
  ];
  const propensity = responsePropensities(institutions, new Random(options.seed * 17 + 3));
  const random = new Random(options.seed * 29 + year);
  const from = Date.parse(questionnaire.fielded.from);
  const span = Date.parse(questionnaire.fielded.to) - from;
  let csv = csvLine(columns);
  let respondents = 0;
  for (const institution of institutions) {
    if (random.next() >= propensity.get(institution.code)!) continue;
    const submitted = new Date(from + Math.floor(random.next() * span)).toISOString().slice(0, 10);
    const row: Record<string, string | number> = {
      school_code: institution.code,
      wave: questionnaire.wave,
      submitted_at: submitted,
      ...drawAnswers(institution, standing.get(institution.code)!, random, year < options.to),
    };
    csv += csvLine(columns.map((column) => row[column] ?? ''));
    respondents++;
  }
  const files = surveyFiles(options.out, year);
  await writeFile(files.questionnaire, `${JSON.stringify(questionnaire, null, 2)}\n`);
  await writeFile(files.responses, csv);
  await writeFile(
    `${files.responses}.meta.json`,
    `${JSON.stringify({ synthetic: true, generator: 'scuole-europa synthesize', model: 'data-adapters/synth/survey-model.ts', seed: options.seed, wave: questionnaire.wave, invited: institutions.length, respondents }, null, 2)}\n`,
  );
  return { files: [files.questionnaire, files.responses], respondents };
}

export async function synthesize(
  options: SynthesizeOptions,
): Promise<{ files: string[]; rows: { etwinning: number; erasmus: number; survey: number } }> {
  const log = options.log ?? (() => undefined);
  const years = Array.from({ length: options.to - options.from + 1 }, (_, i) => options.from + i);
  const stats = options.stats ?? DEFAULT_STATS;
  if (!existsSync(stats))
    throw new Error(`the published figures are needed to calibrate the model: pass --stats FILE (${stats} does not exist)`);
  const targets = await readTargets(stats, years, new Random(options.seed * 7 + 1));
  log('reading the registry');
  const registry = await readRegistries(options.registry);
  const students = options.students ? (await readStudents(options.students)).students : new Map<string, number>();
  const locations = new Map<string, Location>(
    registry.schools.map((school) => [school.code, { comune: null, province: null, region: normaliseName(school.regionName) }]),
  );
  const institutions = [
    ...buildInstitutions(registry.schools, locations, students, { etwinning: new Map(), erasmus: new Map(), funding: [] }).values(),
  ];
  const { planted, damping } = plantLowAreas(institutions, new Random(options.seed * 13 + 5), { seed: options.seed });
  const model: ModelInstitution[] = institutions.map((i) => ({
    code: i.code,
    regionKey: i.location.region,
    gradeGroup: i.gradeGroup,
    students: i.students,
    damping: damping.get(i.code) ?? 1,
  }));
  // A registry short of the nation runs with stand-ins for the rest, whose rows are not written.
  const standIns = restOfNation(model, new Random(options.seed * 19 + 7));
  if (standIns.length > 0)
    log(
      `the registry holds ${model.length} of the nation's institutions: ${standIns.length} stand-ins like them fill the other ` +
        `places, so that the national figures are shared as in a national run (their rows are not written)`,
    );
  log(`running the model for ${model.length} institutions, ${years[0]}-${years.at(-1)}, seed ${options.seed}`);
  const output = runModel([...model, ...standIns], targets, new Random(options.seed), new Random(options.seed * 23 + 11));

  await mkdir(options.out, { recursive: true });
  const etwinningFile = join(options.out, 'etwinning.csv');
  const erasmusFile = join(options.out, 'erasmus.csv');
  let et = csvLine(['school_code', 'school_year', 'registered_teachers', 'projects', 'quality_labels', 'school_label']);
  let er = csvLine([
    'school_code',
    'school_year',
    'accredited',
    'ka1_projects',
    'ka2_projects',
    'participants',
    'grant_eur',
    'partner_countries',
  ]);
  const rows = { etwinning: 0, erasmus: 0, survey: 0 };
  for (const { code } of model) {
    for (const [year, row] of output.etwinning.get(code) ?? []) {
      et += csvLine([
        code,
        `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
        row.registeredTeachers,
        row.projects,
        row.qualityLabels,
        row.schoolLabel ? 1 : 0,
      ]);
      rows.etwinning++;
    }
    for (const [year, row] of output.erasmus.get(code) ?? []) {
      er += csvLine([
        code,
        `${year}/${String((year + 1) % 100).padStart(2, '0')}`,
        row.accredited ? 1 : 0,
        row.ka1Projects,
        row.ka2Projects,
        row.participants,
        row.grantEur,
        row.partnerCountries.join('|'),
      ]);
      rows.erasmus++;
    }
  }
  const meta = (file: string) =>
    `${JSON.stringify({ synthetic: true, generator: 'scuole-europa synthesize', model: 'data-adapters/synth/model.ts', seed: options.seed, years: [years[0], years.at(-1)], calibration: targets.published, standIns: standIns.length, file }, null, 2)}\n`;
  await writeFile(etwinningFile, et);
  await writeFile(erasmusFile, er);
  await writeFile(`${etwinningFile}.meta.json`, meta('etwinning.csv'));
  await writeFile(`${erasmusFile}.meta.json`, meta('erasmus.csv'));
  const plantedFile = join(options.out, PLANTED_FILE);
  await writeFile(plantedFile, `${JSON.stringify(planted, null, 2)}\n`);
  log(`planted ${planted.provinces.length} low provinces and ${planted.comuni.length} low comuni (${PLANTED_FILE})`);
  const surveyFilesWritten: string[] = [];
  const standingRandom = new Random(options.seed * 31 + 17);
  const standing = new Map(model.map((i) => [i.code, drawStanding(standingRandom)]));
  for (const year of surveyYears(options.from, options.to)) {
    const survey = await writeSurvey(options, model, output, year, standing);
    rows.survey += survey.respondents;
    surveyFilesWritten.push(...survey.files);
    log(`survey ${demoQuestionnaire(year).wave}: ${survey.respondents} of ${model.length} institutions answer the synthetic wave`);
  }
  return { files: [etwinningFile, erasmusFile, plantedFile, ...surveyFilesWritten], rows };
}
