/**
 * The build's configuration: inputs, output, seed, and every parameter of the
 * indicators (weights, thresholds), which are written into the contract so that
 * a widget can explain each number. Defaults here; a JSON config file and the
 * command-line flags override them (flags last).
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export const PILLARS = ['etwinning', 'erasmus', 'funding', 'continuity'] as const;
export type PillarId = (typeof PILLARS)[number];

export interface FundingRule {
  column: string;
  value: string;
}

export interface BuildConfig {
  registry: string[];
  students: string | null;
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
  out: string;
  seed: number;
  /** The first and last school year of the series. */
  years: { from: number; to: number };
  /** Generation date; by default the newest modification time of the inputs, so rebuilding the same inputs gives the same bytes. */
  generatedAt: string | null;
  /** Also write a self-contained bundle.json for one region (small sites). */
  bundleRegion: string | null;
  /** Treat the participation inputs as synthetic (set by `synthesize`, or by the flag). */
  synthetic: boolean | null;
  index: {
    weights: Record<PillarId, number>;
    aggregation: 'arithmetic' | 'geometric';
    /** The index looks at the last `referenceYears` school years. */
    referenceYears: number;
    /** Continuity counts active years among the last `continuityYears`. */
    continuityYears: number;
  };
  /** The Monte Carlo uncertainty analysis of the index. */
  uncertainty: { runs: number; dirichletConcentration: number };
  roleModels: {
    nationalTopShare: number;
    regionalTopShare: number;
    minActiveYears: number;
    /** Share of the Monte Carlo runs in which a role model must stay in the top band. */
    robustShare: number;
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
    /** Mentors come from the same region unless none is within this distance. */
    maxSameRegionKm: number;
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
  funding: [],
  internationalFunding: [],
  context: null,
  etwinning: null,
  erasmus: null,
  seed: 1,
  years: { from: 2014, to: 2025 },
  generatedAt: null,
  bundleRegion: null,
  synthetic: null,
  index: {
    weights: { etwinning: 0.4, erasmus: 0.4, funding: 0.1, continuity: 0.1 },
    aggregation: 'arithmetic',
    referenceYears: 3,
    continuityYears: 5,
  },
  uncertainty: { runs: 500, dirichletConcentration: 50 },
  roleModels: { nationalTopShare: 0.05, regionalTopShare: 0.05, minActiveYears: 3, robustShare: 0.9 },
  shadowZones: { minInstitutions: 5, fdr: 0.1, nullPermutations: 20 },
  mentors: { count: 1, capacity: 10, maxSameRegionKm: 60 },
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
  const json = JSON.parse(await readFile(path, 'utf8')) as Partial2<BuildConfig>;
  const base = dirname(resolve(path));
  const at = (p: string) => resolve(base, p);
  return {
    ...json,
    ...(json.registry && { registry: json.registry.map(at) }),
    ...(json.funding && { funding: json.funding.map(at) }),
    ...(json.students && { students: at(json.students) }),
    ...(json.context && { context: at(json.context) }),
    ...(json.geo && { geo: at(json.geo) }),
    ...(json.etwinning && { etwinning: at(json.etwinning) }),
    ...(json.erasmus && { erasmus: at(json.erasmus) }),
    ...(json.out && { out: at(json.out) }),
  };
}

/** Merges defaults, a config file and flags, and checks what the build cannot do without. */
export function resolveConfig(...layers: Partial2<BuildConfig>[]): BuildConfig {
  const merged = { ...DEFAULT_CONFIG } as Record<string, unknown>;
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      if (value === undefined) continue;
      const current = merged[key];
      merged[key] =
        current && typeof current === 'object' && !Array.isArray(current) && value && typeof value === 'object' && !Array.isArray(value)
          ? { ...current, ...value }
          : value;
    }
  }
  const config = merged as unknown as BuildConfig;
  const problems: string[] = [];
  if (!config.registry?.length) problems.push('at least one --registry file');
  if (!config.geo) problems.push('--geo DIR with the administrative limits');
  if (!config.out) problems.push('--out DIR');
  if (problems.length) throw new Error(`missing ${problems.join(', ')}`);
  const unknown = Object.keys(config.index.weights).filter((pillar) => !(PILLARS as readonly string[]).includes(pillar));
  if (unknown.length)
    throw new Error(
      `unknown index pillar ${unknown.join(', ')} in index.weights (the pillars are ${PILLARS.join(', ')}; "breadth" was merged into erasmus in index v2)`,
    );
  const total = Object.values(config.index.weights).reduce((sum, weight) => sum + weight, 0);
  if (Math.abs(total - 1) > 1e-9) throw new Error(`index weights must add up to 1 (they add up to ${total})`);
  if (config.years.to < config.years.from) throw new Error('years.to must not come before years.from');
  return config;
}
