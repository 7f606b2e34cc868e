/**
 * The build's configuration: inputs, output, seed, and every parameter of the
 * indicators (weights, thresholds), which are written into the contract so that
 * a widget can explain each number. Defaults here; a JSON config file and the
 * command-line flags override them (flags last).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CODE_PATTERNS } from '../src/contract/codes.js';
import { SchoolYear } from '../src/contract/contract.schema.js';
import { check } from '../src/contract/schema-dsl.js';
import type { MeasureMapping } from './readers/pnrr-measures.js';
import type { YearRange } from './readers/school-year.js';
import { zonedTimestamp } from './io/timestamp.js';
import { BuildError, InputError } from './report/build-error.js';
import { checkSettings } from './config-settings.js';

export const PILLARS = ['etwinning', 'erasmus', 'funding', 'continuity', 'survey'] as const;
export type PillarId = (typeof PILLARS)[number];

/**
 * A survey answer read as an indicator of the index's survey pillar: a single-choice question's `option` (1 when
 * chosen), a Likert scale (its point, 0 to 1), or a number (per 1,000 students where `per1000Students`).
 */
export interface SurveyIndicatorConfig {
  wave: string;
  question: string;
  option?: string;
  weight: number;
  per1000Students?: boolean;
}

export interface FundingRule {
  column: string;
  value: string;
}

export interface BuildConfig {
  registry: string[];
  students: string | null;
  /**
   * The school year the students file counts (2024 = 2024/25), when its name does not say it (`…_20242025_…`):
   * every year's rate per 1,000 students divides by that year's students, and the elements name it.
   */
  studentsYear: number | null;
  geo: string;
  funding: string[];
  /**
   * Which funding lines count as internationalisation (an active institution, the
   * index's funding pillar): a row counts when one rule's column (as the file
   * names it: `misura`, `avviso`, `programme`…) has the rule's value (case and
   * spacing ignored; a trailing `*` matches a prefix). None by default: funding
   * is context until the config names what in it is internationalisation.
   */
  internationalFunding: FundingRule[];
  /** ISTAT's inner-areas map of the comuni (xlsx), a covariate of the shadow-zone model. */
  context: string | null;
  etwinning: string | null;
  erasmus: string | null;
  /**
   * Institutions that took over others (CSV or XLSX, `old_code, new_code`;
   * readers/successors.ts): the participation and funding rows of a code gone
   * from the registry count for the institution that holds its schools now.
   */
  successors: string | null;
  /**
   * Survey waves: each questionnaire (JSON) with its responses (CSV or XLSX),
   * and the list of invited institutions when not every one of the registry
   * was (CSV, `school_code`); data-adapters/README.md, "Surveys".
   */
  surveys: { questionnaire: string; responses: string; invited?: string }[];
  /** A survey estimate answered by fewer institutions of an area is suppressed. */
  surveyMinRespondents: number;
  out: string;
  seed: number;
  /**
   * The first and last school year of the contract. When set, participation and
   * funding rows of other years are rejected (with that reason); by default the
   * contract spans every year of the inputs, so no row is ever dropped unseen.
   */
  years: YearRange | null;
  /** PNRR measures mapped to programmes ("1.2": { programme: "pnrr-cloud" }); by default each measure is its own. */
  fundingMeasures: Record<string, MeasureMapping>;
  /**
   * A build whose registry yields fewer schools than this share of the contract
   * it would replace stops, unless `allowShrink` (a header-only or truncated
   * registry must never replace a live contract).
   */
  shrinkThreshold: number;
  allowShrink: boolean;
  /** Generation date; by default the newest modification time of the inputs, so rebuilding the same inputs gives the same bytes. */
  generatedAt: string | null;
  /** Also write a self-contained bundle.json for one region (small sites). */
  bundleRegion: string | null;
  /** Also write the `.htaccess` an Apache server needs to serve the data (data-adapters/assemble/apache-config.ts). */
  apache: boolean;
  /** Treat the participation inputs as synthetic (set by `synthesize`, or by the flag). */
  synthetic: boolean | null;
  index: {
    weights: Record<PillarId, number>;
    aggregation: 'arithmetic' | 'geometric';
    /** The index looks at the last `referenceYears` school years. */
    referenceYears: number;
    /** Continuity counts active years among the last `continuityYears`. */
    continuityYears: number;
    /** The survey answers of the survey pillar (weighted within it); none by default, the pillar's weight 0. */
    surveyIndicators: SurveyIndicatorConfig[];
  };
  /** The Monte Carlo uncertainty analysis of the index. */
  uncertainty: { runs: number; dirichletConcentration: number };
  roleModels: {
    nationalTopShare: number;
    regionalTopShare: number;
    minActiveYears: number;
    /** Share of the Monte Carlo runs in which a role model must stay in the top band. */
    robustShare: number;
    /**
     * False-discovery rate of the test that a role model starts more projects than its region's institutions of its
     * grade expect for its students (data-adapters/indicators/above-expectation.ts).
     */
    fdr: number;
  };
  shadowZones: {
    /** Areas with fewer institutions are not judged (they say so, with their n). */
    minInstitutions: number;
    /** Bayesian false-discovery rate: the expected share of false flags among the flags. */
    fdr: number;
    /** Permutations of the calibration under the null (activity shuffled within region × grade). */
    nullPermutations: number;
  };
  mentors: {
    /** Mentors per inactive institution. */
    count: number;
    /** Inactive institutions one role model mentors at most. */
    capacity: number;
    /** Mentors come from the same region unless none is within this distance; then from a bordering region too. */
    maxSameRegionKm: number;
    /**
     * No mentor farther than this: a school two or three hours' drive away can
     * still be visited and return in a day; one farther, or across the sea
     * (Sardinia's upper secondaries were given Sicilian ones, 370 to 435 km;
     * bordering regions only, since), is a mentor in name only. The
     * institution gets none, and the report says so.
     */
    maxKm: number;
  };
  geometry: {
    width: number;
    height: number;
    /** Minimum triangle area kept by Visvalingam simplification, in square pixels of the national map. */
    simplify: { regions: number; provinces: number; comuniNational: number; comuniRegion: number };
    quantization: number;
  };
}

export const DEFAULT_CONFIG: Omit<BuildConfig, 'registry' | 'geo' | 'out'> = {
  students: null,
  studentsYear: null,
  funding: [],
  internationalFunding: [],
  context: null,
  successors: null,
  etwinning: null,
  erasmus: null,
  surveys: [],
  surveyMinRespondents: 5,
  seed: 1,
  years: null,
  fundingMeasures: {},
  shrinkThreshold: 0.5,
  allowShrink: false,
  generatedAt: null,
  bundleRegion: null,
  apache: false,
  synthetic: null,
  index: {
    weights: { etwinning: 0.4, erasmus: 0.4, funding: 0.1, continuity: 0.1, survey: 0 },
    aggregation: 'arithmetic',
    referenceYears: 3,
    continuityYears: 5,
    surveyIndicators: [],
  },
  uncertainty: { runs: 500, dirichletConcentration: 50 },
  roleModels: { nationalTopShare: 0.05, regionalTopShare: 0.05, minActiveYears: 3, robustShare: 0.9, fdr: 0.1 },
  shadowZones: { minInstitutions: 5, fdr: 0.1, nullPermutations: 20 },
  mentors: { count: 1, capacity: 10, maxSameRegionKm: 60, maxKm: 150 },
  geometry: {
    width: 1000,
    height: 1200,
    simplify: { regions: 1, provinces: 0.5, comuniNational: 0.25, comuniRegion: 0.02 },
    quantization: 10_000,
  },
};

type Partial2<T> = { [K in keyof T]?: T[K] extends object ? (T[K] extends unknown[] ? T[K] : Partial<T[K]>) : T[K] };

/** Reads a JSON config file; relative paths in it are relative to the file. */
export async function readConfigFile(path: string): Promise<Partial2<BuildConfig>> {
  let json: Partial2<BuildConfig>;
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as Partial2<BuildConfig>;
  } catch (error) {
    throw new InputError(path, {
      it: `configurazione illeggibile (${(error as Error).message})`,
      en: `cannot read the configuration (${(error as Error).message})`,
    });
  }
  const base = dirname(resolve(path));
  const at = (p: string) => resolve(base, p);
  return {
    ...json,
    ...(json.registry && { registry: json.registry.map(at) }),
    ...(json.funding && { funding: json.funding.map(at) }),
    ...(json.students && { students: at(json.students) }),
    ...(json.context && { context: at(json.context) }),
    ...(json.successors && { successors: at(json.successors) }),
    ...(json.geo && { geo: at(json.geo) }),
    ...(json.etwinning && { etwinning: at(json.etwinning) }),
    ...(json.erasmus && { erasmus: at(json.erasmus) }),
    ...(json.out && { out: at(json.out) }),
    ...(json.surveys && {
      surveys: json.surveys.map((survey) => ({
        questionnaire: at(survey.questionnaire),
        responses: at(survey.responses),
        ...(survey.invited && { invited: at(survey.invited) }),
      })),
    }),
  };
}

/**
 * The survey indicators' shape, and their agreement with the survey pillar's weight: indicators without weight, or
 * a weight without indicators, would be a pillar that silently does nothing. Whether each names a question of a wave
 * read is checked once the waves are (indicators/survey-indicators.ts).
 */
function checkSurveyIndicators(index: BuildConfig['index']): void {
  const list = index.surveyIndicators as unknown;
  const sound =
    Array.isArray(list) &&
    list.every(
      (s: Partial<SurveyIndicatorConfig> | null) =>
        s !== null &&
        typeof s === 'object' &&
        typeof s.wave === 'string' &&
        typeof s.question === 'string' &&
        (s.option === undefined || typeof s.option === 'string') &&
        (s.per1000Students === undefined || typeof s.per1000Students === 'boolean') &&
        typeof s.weight === 'number' &&
        s.weight > 0 &&
        Number.isFinite(s.weight),
    );
  if (!sound)
    throw new BuildError({
      it: 'index.surveyIndicators: ogni indicatore ha wave e question (testo), weight (un numero maggiore di 0) e può avere option (testo) e per1000Students (true o false)',
      en: 'index.surveyIndicators: each indicator has wave and question (text), weight (a number above 0), and may have option (text) and per1000Students (true or false)',
    });
  const weighted = (index.weights.survey ?? 0) > 0;
  if (weighted !== index.surveyIndicators.length > 0)
    throw new BuildError(
      weighted
        ? {
            it: "index.weights.survey è maggiore di 0 ma index.surveyIndicators non nomina nessuna risposta: il pilastro dell'indagine non avrebbe dati",
            en: 'index.weights.survey is above 0 but index.surveyIndicators names no answer: the survey pillar would have no data',
          }
        : {
            it: "index.surveyIndicators nomina delle risposte ma index.weights.survey è 0: non conterebbero nell'indice (dare un peso al pilastro survey)",
            en: 'index.surveyIndicators names answers but index.weights.survey is 0: they would not count in the index (give the survey pillar a weight)',
          },
    );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Settings a layer gives whole: the index's weights (a pillar they leave out weighs 0, below). */
const GIVEN_WHOLE: ReadonlySet<string> = new Set(['index.weights']);

/**
 * `layer` over `base`, object by object: `geometry: { simplify: { regions: 2 } }` keeps the other layers'
 * simplification (it left them undefined).
 */
function mergeSettings(base: Record<string, unknown>, layer: Record<string, unknown>, path = ''): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const current = merged[key];
    const at = path + key;
    merged[key] = isPlainObject(current) && isPlainObject(value) && !GIVEN_WHOLE.has(at) ? mergeSettings(current, value, `${at}.`) : value;
  }
  return merged;
}

/** Merges defaults, a config file and flags, and checks what the build cannot do without. */
export function resolveConfig(...layers: Partial2<BuildConfig>[]): BuildConfig {
  const config = layers.reduce<Record<string, unknown>>(
    (merged, layer) => mergeSettings(merged, layer as Record<string, unknown>),
    DEFAULT_CONFIG as unknown as Record<string, unknown>,
  ) as unknown as BuildConfig;
  const problems: string[] = [];
  if (!config.registry?.length) problems.push('--registry');
  if (!config.geo) problems.push('--geo');
  if (!config.out) problems.push('--out');
  if (problems.length)
    throw new BuildError({
      it: `mancano ${problems.join(', ')} (almeno un file di anagrafe, la cartella dei confini amministrativi, la cartella di uscita)`,
      en: `missing ${problems.join(', ')} (at least one registry file, the folder of administrative limits, the output folder)`,
    });
  const unknown = Object.keys(config.index.weights).filter((pillar) => !(PILLARS as readonly string[]).includes(pillar));
  if (unknown.length)
    throw new BuildError({
      it: `pilastro dell'indice sconosciuto ${unknown.join(', ')} in index.weights (i pilastri sono ${PILLARS.join(', ')}; "breadth" è confluito in erasmus nell'indice v2)`,
      en: `unknown index pillar ${unknown.join(', ')} in index.weights (the pillars are ${PILLARS.join(', ')}; "breadth" was merged into erasmus in index v2)`,
    });
  // A pillar the weights leave out weighs 0 (a config written before the survey pillar names four).
  config.index = {
    ...config.index,
    weights: Object.fromEntries(PILLARS.map((p) => [p, config.index.weights[p] ?? 0])) as Record<PillarId, number>,
  };
  checkSurveyIndicators(config.index);
  const total = Object.values(config.index.weights).reduce((sum, weight) => sum + weight, 0);
  if (Math.abs(total - 1) > 1e-9)
    throw new BuildError({
      it: `i pesi dell'indice devono sommare a 1 (sommano a ${total})`,
      en: `index weights must add up to 1 (they add up to ${total})`,
    });
  // A school year as the contract's index will carry it (its bounds are the contract's).
  if (config.studentsYear !== null && !check(SchoolYear, config.studentsYear, [], []))
    throw new BuildError({
      it: `studentsYear è il primo anno dell'anno scolastico degli studenti (2024 per il 2024/25; trovato ${JSON.stringify(config.studentsYear)})`,
      en: `studentsYear is the first year of the students' school year (2024 for 2024/25; found ${JSON.stringify(config.studentsYear)})`,
    });
  if (config.generatedAt !== null) {
    const instant = typeof config.generatedAt === 'string' ? zonedTimestamp(config.generatedAt) : null;
    if (!instant)
      throw new BuildError({
        it: `generatedAt (--generated-at) è un giorno o un istante ISO 8601 con il suo fuso (2026-12-03, 2026-12-03T09:30+01:00; trovato ${JSON.stringify(config.generatedAt)})`,
        en: `generatedAt (--generated-at) is an ISO 8601 day or time with its zone (2026-12-03, 2026-12-03T09:30+01:00; found ${JSON.stringify(config.generatedAt)})`,
      });
    config.generatedAt = instant;
  }
  if (config.years) {
    const { from, to } = config.years;
    if (!Number.isInteger(from) || !Number.isInteger(to) || to < from)
      throw new BuildError({
        it: `years: from e to sono anni scolastici interi, con to non prima di from (trovati ${from} e ${to})`,
        en: `years: from and to are whole school years, to not before from (found ${from} and ${to})`,
      });
  }
  for (const [measure, mapping] of Object.entries(config.fundingMeasures)) {
    if (
      !/^\d+(\.\d+)+$/.test(measure) ||
      !CODE_PATTERNS.identifier.test(mapping?.programme ?? '') ||
      ['etwinning', 'erasmus', 'all'].includes(mapping.programme)
    )
      throw new BuildError({
        it: `fundingMeasures: "${measure}" deve essere una misura (come "1.4.1") e il suo programme un identificativo (minuscole, cifre, trattini) diverso da etwinning, erasmus, all`,
        en: `fundingMeasures: "${measure}" must be a measure (like "1.4.1") and its programme an identifier (lower case, digits, dashes) other than etwinning, erasmus, all`,
      });
  }
  if (
    config.surveys.some(
      (survey) =>
        typeof survey?.questionnaire !== 'string' ||
        typeof survey?.responses !== 'string' ||
        (survey.invited !== undefined && typeof survey.invited !== 'string'),
    )
  )
    throw new BuildError({
      it: "surveys: ogni indagine vuole questionnaire (il JSON del questionario) e responses (il file delle risposte), e può avere invited (l'elenco degli invitati)",
      en: 'surveys: each survey needs questionnaire (the JSON questionnaire) and responses (the responses file), and may have invited (the list of the invited)',
    });
  if (!(config.shrinkThreshold >= 0 && config.shrinkThreshold <= 1))
    throw new BuildError({ it: 'shrinkThreshold è una quota tra 0 e 1', en: 'shrinkThreshold is a share between 0 and 1' });
  checkSettings(config);
  return config;
}
