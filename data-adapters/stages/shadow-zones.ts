/**
 * Stage 4, shadow zones: the participation model fitted on the institutions
 * (region, grade group, size, inner-areas class of the seat's comune), every
 * comune and province judged against its expectation with Bayesian FDR control
 * (indicators/shadow-zones.ts), and the method calibrated on the same data: a
 * permutation null and planted low areas (indicators/shadow-calibration.ts).
 */
import type { ShadowZone } from '../../src/contract/contract.types.js';
import type { AreaKey } from '../aggregate/allocation.js';
import type { Institution } from '../aggregate/institutions.js';
import type { BuildConfig } from '../config.js';
import { fitParticipationModel, type ModelInstitution, type ParticipationModel } from '../indicators/participation-model.js';
import { nullCalibration, plantedCalibration, type NullCalibration, type PlantedCalibration } from '../indicators/shadow-calibration.js';
import { judgeLevel, shadowZoneOf, type ShadowUnit } from '../indicators/shadow-zones.js';
import type { ComuneContext } from '../readers/inner-areas.js';
import type { Limits } from '../readers/limits.js';
import { Random } from '../stats/random.js';

const LEVELS = { comuni: 'comune:', provinces: 'province:' } as const;
type Level = keyof typeof LEVELS;

export interface ShadowZones {
  zones: Map<AreaKey, ShadowZone>;
  model: ParticipationModel['description'];
  /** Per level: the estimated share of low areas and their λ, the areas judged and flagged. */
  levels: Record<Level, { lowShare: number; lambda: number; judged: number; flagged: number }>;
  calibration: Record<Level, { null: NullCalibration; planted: PlantedCalibration }> | null;
}

export interface ShadowInput {
  institutions: readonly Institution[];
  active: ReadonlySet<string>;
  /** Each institution's share of each area, by code (the roll-up's allocation). */
  allocations: ReadonlyMap<string, ReadonlyMap<AreaKey, number>>;
  limits: Pick<Limits, 'comuni' | 'provinces'>;
  /** The inner-areas map of the comuni, when the config gives it. */
  context: ReadonlyMap<string, ComuneContext> | null;
  /** Each institution's students, imputed where missing (the index context's size). */
  size: (institution: Institution) => number;
  /** The reference years: `active` holds the institutions active in any of them. */
  years: readonly number[];
}

export function findShadowZones(input: ShadowInput, config: BuildConfig): ShadowZones {
  const modelled: ModelInstitution[] = input.institutions.map((institution) => ({
    code: institution.code,
    region: institution.location.region,
    gradeGroup: institution.gradeGroup,
    size: input.size(institution),
    innerArea: institution.location.comune ? (input.context?.get(institution.location.comune)?.innerArea ?? null) : null,
  }));
  const y = input.institutions.map((institution) => (input.active.has(institution.code) ? 1 : 0));
  const model = fitParticipationModel(modelled, y);
  const shares = input.institutions.map((institution) => input.allocations.get(institution.code)!);
  const units: ShadowUnit[] = shares.map((s, i) => ({ shares: s, expected: model.expected[i]! }));
  const settings = config.shadowZones;

  const zones = new Map<AreaKey, ShadowZone>();
  const levels = {} as ShadowZones['levels'];
  const keysOf: Record<Level, AreaKey[]> = {
    comuni: [...input.limits.comuni.keys()].map((code) => `comune:${code}` as AreaKey),
    provinces: [...input.limits.provinces.keys()].map((code) => `province:${code}` as AreaKey),
  };
  for (const level of Object.keys(LEVELS) as Level[]) {
    const judgement = judgeLevel(units, y, LEVELS[level], settings);
    for (const key of keysOf[level])
      zones.set(
        key,
        shadowZoneOf(
          judgement.tallies.get(key),
          judgement.probabilities.get(key),
          judgement.flagged.has(key),
          judgement.group,
          settings,
          input.years,
        ),
      );
    levels[level] = {
      lowShare: Math.round(judgement.group.share * 1e5) / 1e5,
      lambda: Math.round(judgement.group.lambda * 1e4) / 1e4,
      judged: judgement.probabilities.size,
      flagged: judgement.flagged.size,
    };
  }

  let calibration: ShadowZones['calibration'] = null;
  if (settings.nullPermutations > 0) {
    const rng = new Random(config.seed * 7919 + 17);
    const calibrationInput = {
      units,
      y,
      strata: modelled.map((i) => `${i.region}|${i.gradeGroup}`),
      refit: (other: readonly number[]) => fitParticipationModel(modelled, other).expected,
    };
    const nulls = nullCalibration(calibrationInput, Object.values(LEVELS), settings, rng);
    calibration = {
      comuni: { null: nulls[LEVELS.comuni]!, planted: plantedCalibration(calibrationInput, LEVELS.comuni, settings, rng) },
      provinces: { null: nulls[LEVELS.provinces]!, planted: plantedCalibration(calibrationInput, LEVELS.provinces, settings, rng) },
    };
  }
  return { zones, model: model.description, levels, calibration };
}

/** How many comuni or provinces (by key prefix) have each status. */
export function shadowTally(zones: ReadonlyMap<AreaKey, ShadowZone>, prefix: 'comune:' | 'province:'): Record<string, number> {
  const tally: Record<string, number> = { shadow: 0, ok: 0, insufficient: 0, nodata: 0 };
  for (const [key, zone] of zones) if (key.startsWith(prefix)) tally[zone.status]!++;
  return tally;
}
