/**
 * The numeric settings of a build, checked before anything is read: a share is
 * above 0 and at most 1, a count a whole number from 1, a distance or a size a
 * number above 0. A configuration file that wrote a share as a percentage
 * (`"fdr": 10`), a number as text (`"maxKm": "150"`), or left one null, stopped
 * nothing and changed what the build flags without a word: Benjamini–Hochberg
 * at a "rate" of 10 keeps every candidate; `"maxKm": null` compared every
 * distance with null and gave no institution a mentor. Each is refused, with
 * its place in the configuration and the value found.
 */
import type { BuildConfig } from './config.js';
import { BuildError, type Said } from './report/build-error.js';

type Rule = 'share' | 'whole' | 'positive' | 'weight' | 'integer';

const SETTINGS: readonly (readonly [path: string, rule: Rule])[] = [
  ['seed', 'integer'],
  ['surveyMinRespondents', 'whole'],
  ['index.referenceYears', 'whole'],
  ['index.continuityYears', 'whole'],
  ['uncertainty.runs', 'whole'],
  ['uncertainty.dirichletConcentration', 'positive'],
  ['roleModels.nationalTopShare', 'share'],
  ['roleModels.regionalTopShare', 'share'],
  ['roleModels.minActiveYears', 'whole'],
  ['roleModels.robustShare', 'share'],
  ['roleModels.fdr', 'share'],
  ['shadowZones.minInstitutions', 'whole'],
  ['shadowZones.fdr', 'share'],
  ['shadowZones.nullPermutations', 'whole'],
  ['mentors.count', 'whole'],
  ['mentors.capacity', 'whole'],
  ['mentors.maxSameRegionKm', 'positive'],
  ['mentors.maxKm', 'positive'],
  ['geometry.width', 'positive'],
  ['geometry.height', 'positive'],
  ['geometry.quantization', 'whole'],
  ['geometry.simplify.regions', 'positive'],
  ['geometry.simplify.provinces', 'positive'],
  ['geometry.simplify.comuniNational', 'positive'],
  ['geometry.simplify.comuniRegion', 'positive'],
];

const HOLDS: Record<Rule, (value: unknown) => boolean> = {
  share: (v) => typeof v === 'number' && v > 0 && v <= 1,
  whole: (v) => Number.isInteger(v) && (v as number) >= 1,
  positive: (v) => typeof v === 'number' && Number.isFinite(v) && v > 0,
  weight: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
  integer: (v) => Number.isInteger(v),
};

const WANTED: Record<Rule, Said> = {
  share: { it: 'una quota più di 0 e al massimo 1 (10% si scrive 0.1)', en: 'a share above 0 and at most 1 (10% is written 0.1)' },
  whole: { it: 'un numero intero da 1 in su', en: 'a whole number from 1 up' },
  positive: { it: 'un numero maggiore di 0', en: 'a number above 0' },
  weight: { it: 'un numero da 0 in su', en: 'a number from 0 up' },
  integer: { it: 'un numero intero', en: 'a whole number' },
};

const at = (config: BuildConfig, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      config,
    );

/** Every setting that breaks its rule, and the pairs that contradict each other, in both languages. */
export function settingProblems(config: BuildConfig): Said[] {
  const checked: (readonly [string, Rule])[] = [
    ...SETTINGS,
    ...Object.keys(config.index.weights).map((pillar) => [`index.weights.${pillar}`, 'weight'] as const),
  ];
  const problems = checked.flatMap(([path, rule]): Said[] => {
    const value = at(config, path);
    if (HOLDS[rule](value)) return [];
    const found = value === undefined ? 'nothing' : JSON.stringify(value);
    return [
      {
        it: `${path} è ${WANTED[rule].it} (trovato ${value === undefined ? 'niente' : found})`,
        en: `${path} is ${WANTED[rule].en} (found ${found})`,
      },
    ];
  });
  const { mentors, roleModels, index } = config;
  if (mentors.maxKm < mentors.maxSameRegionKm)
    problems.push({
      it: `mentors.maxKm (${mentors.maxKm}) è meno di mentors.maxSameRegionKm (${mentors.maxSameRegionKm}): nessun mentore è oltre maxKm, e uno di un'altra regione si cerca dove nessuno della regione è entro maxSameRegionKm`,
      en: `mentors.maxKm (${mentors.maxKm}) is less than mentors.maxSameRegionKm (${mentors.maxSameRegionKm}): no mentor is farther than maxKm, and one from another region is looked for where none of the region is within maxSameRegionKm`,
    });
  if (roleModels.minActiveYears > index.continuityYears)
    problems.push({
      it: `roleModels.minActiveYears (${roleModels.minActiveYears}) è al massimo index.continuityYears (${index.continuityYears}): gli anni attivi si contano tra quelli`,
      en: `roleModels.minActiveYears (${roleModels.minActiveYears}) is at most index.continuityYears (${index.continuityYears}): active years are counted among those`,
    });
  if (index.aggregation !== 'arithmetic' && index.aggregation !== 'geometric')
    problems.push({
      it: `index.aggregation è "arithmetic" o "geometric" (trovato ${JSON.stringify(index.aggregation)})`,
      en: `index.aggregation is "arithmetic" or "geometric" (found ${JSON.stringify(index.aggregation)})`,
    });
  return problems;
}

/** Stops the build where a setting breaks its rule, naming every one that does. */
export function checkSettings(config: BuildConfig): void {
  const problems = settingProblems(config);
  if (problems.length > 0)
    throw new BuildError({
      it: `impostazioni non valide: ${problems.map((p) => p.it).join('; ')}`,
      en: `invalid settings: ${problems.map((p) => p.en).join('; ')}`,
    });
}
