/**
 * Stage 3, scoring: the internationalisation index of every institution with
 * the pillars its data allows, its rank in the nation and in its region, the
 * role models, the institutions active in the index's reference years, and how
 * ranks move under other weights (the sensitivity analysis).
 */
import { isActive, type Institution } from '../aggregate/institutions.js';
import type { BuildConfig, PillarId } from '../config.js';
import { aboveExpectation, expectationGroup } from '../indicators/above-expectation.js';
import { calibrateBeyondChance, type BeyondChanceCalibration } from '../indicators/above-expectation-calibration.js';
import { indexDiagnostics, type IndexDiagnostics } from '../indicators/index-diagnostics.js';
import { indexUncertainty, type UncertaintyResult } from '../indicators/index-uncertainty.js';
import { computeIndex, INDICATORS, ranks, type IndexRun } from '../indicators/internationalisation-index.js';
import { surveyIndicators } from '../indicators/survey-indicators.js';
import { selectRoleModels, type RoleModel } from '../indicators/role-models.js';
import { sensitivity } from '../indicators/sensitivity.js';
import type { Limits } from '../readers/limits.js';
import { Random } from '../stats/random.js';
import type { Inputs } from './read-inputs.js';

export interface Scored {
  index: IndexRun;
  /** The pillars the inputs allow (eTwinning needs its export, Erasmus+ its own, funding a line counted as internationalisation). */
  available: Set<PillarId>;
  nationRanks: Map<string, number>;
  regionRanks: Map<string, number>;
  roleModels: Map<string, RoleModel>;
  /**
   * The test a role model passes besides its rank (projects beyond its group's expectation, ./above-expectation.ts):
   * the institutions it found, and the role models the rest of the rule named that it held back; null when not run.
   */
  beyondChance: { discovered: number; heldBack: number; calibration: BeyondChanceCalibration } | null;
  /** Institutions active in any of the index's reference years. */
  active: Set<string>;
  sensitivity: ReturnType<typeof sensitivity>;
  /** The Monte Carlo rank intervals and bands (null when no pillar has data). */
  uncertainty: UncertaintyResult | null;
  diagnostics: IndexDiagnostics | null;
}

/** The pillars the inputs allow (the survey's where the config weighs it: it refines activity, so needs some). */
export function availablePillars(
  inputs: Pick<Inputs, 'etwinning' | 'erasmus' | 'funding'>,
  config?: Pick<BuildConfig, 'index'>,
): Set<PillarId> {
  const available = new Set<PillarId>();
  if (inputs.etwinning) available.add('etwinning');
  if (inputs.erasmus) available.add('erasmus');
  // Only funding the config names as internationalisation makes a pillar; without it, its weight goes to the others.
  if (inputs.funding.some((r) => r.rows.some((row) => row.internationalisation))) available.add('funding');
  if (available.size) available.add('continuity');
  if (available.size && (config?.index.weights.survey ?? 0) > 0) available.add('survey');
  return available;
}

export function scoreInstitutions(
  institutions: readonly Institution[],
  available: Set<PillarId>,
  limits: Pick<Limits, 'regions'>,
  lastYear: number,
  config: BuildConfig,
  surveys: Pick<Inputs, 'surveys'>['surveys'] = [],
): Scored {
  const indicators = available.has('survey') ? [...INDICATORS, ...surveyIndicators(config.index.surveyIndicators, surveys)] : INDICATORS;
  const index = computeIndex(institutions, config.index, lastYear, available, { indicators });
  const scores = new Map([...index.results].map(([code, result]) => [code, result.score]));
  const nationRanks = ranks(scores);
  const regionRanks = new Map<string, number>();
  for (const region of limits.regions.keys()) {
    const inRegion = institutions.filter((i) => i.location.region === region).map((i) => [i.code, scores.get(i.code)!] as const);
    for (const [code, rank] of ranks(new Map(inRegion))) regionRanks.set(code, rank);
  }
  const scored = available.size > 0;
  const uncertainty = scored ? indexUncertainty(institutions, index, available, config, new Random(config.seed * 104_729 + 3)) : null;
  const above = scored ? aboveExpectation(institutions, index.context, config.roleModels.fdr) : null;
  const { models: roleModels, heldBack } = selectRoleModels(
    institutions,
    index,
    nationRanks,
    regionRanks,
    uncertainty,
    config.roleModels,
    above,
  );
  const beyondChance = above && {
    discovered: [...above.values()].filter((a) => a.discovered).length,
    heldBack,
    // The test checked on these institutions, their projects drawn again: none differing, then some planted.
    calibration: calibrateBeyondChance(
      institutions.map((i) => above.get(i.code)!.expected),
      institutions.map(index.context.size),
      institutions.map(expectationGroup),
      config.roleModels.fdr,
      new Random(config.seed * 104_729 + 5),
    ),
  };
  const active = new Set(
    institutions.filter((i) => index.context.referenceYears.some((year) => isActive(i.years.get(year)))).map((i) => i.code),
  );
  return {
    index,
    available,
    nationRanks,
    regionRanks,
    roleModels,
    beyondChance,
    active,
    sensitivity: scored ? sensitivity(institutions, config.index, lastYear, available, scores, index) : [],
    uncertainty,
    diagnostics: scored ? indexDiagnostics(institutions, index) : null,
  };
}
