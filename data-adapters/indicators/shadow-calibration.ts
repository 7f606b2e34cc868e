/**
 * The shadow-zone method checked on the build's own data, as a statistician
 * would before trusting a flag:
 *  - under a permutation null: activity shuffled among the institutions of the
 *    same region and grade group (so no area differs from another beyond what
 *    the model explains), the model refitted and the areas judged again: the
 *    flags it raises are all false, and should be (almost) none;
 *  - with planted low areas: in a share of the judged areas with enough
 *    institutions, most active institutions are made inactive; the recall is the
 *    share of planted areas flagged, and the flags outside them are reported.
 *    A level has few such areas (about 30 comuni of 20 institutions or more), so
 *    one planting is a handful of areas and its recall a coin toss (1 of 3):
 *    the planting is repeated in several rounds, each drawing its own areas,
 *    and the shares are pooled over them, each with its 95% interval.
 */
import { group } from 'd3-array';
import type { AreaKey } from '../aggregate/allocation.js';
import { wilson } from '../../src/util/wilson.js';
import type { Random } from '../stats/random.js';
import { judgeLevel, type ShadowUnit } from './shadow-zones.js';

export interface NullCalibration {
  permutations: number;
  /** Flags per permutation (all false by construction). */
  flags: number[];
  /** Areas judged at this level. */
  judged: number;
}

export interface PlantedCalibration {
  /** Plantings, each of its own areas drawn among the candidates. */
  rounds: number;
  /** Areas planted in all the rounds. */
  planted: number;
  /** Planted areas have at least this many institutions. */
  minInstitutions: number;
  /** Share of the planted areas flagged, over all the rounds, and its 95% interval (Wilson). */
  recall: number;
  recallInterval: [number, number];
  /** Flags raised in all the rounds. */
  flags: number;
  /** Share of the flags outside the planted areas that were not flagged before planting (false flags the planting caused), and its 95% interval. */
  outsideShare: number;
  outsideInterval: [number, number];
  /** Areas flagged before planting (real low areas in the data), left out of the candidates. */
  alreadyFlagged: number;
  /** How much activity was removed in a planted area. */
  removedShare: number;
}

export interface CalibrationInput {
  units: readonly ShadowUnit[];
  y: readonly number[];
  /** Region × grade group of each unit: the strata of the permutation. */
  strata: readonly string[];
  /** Refits the participation model on other statuses: each unit's expected probability. */
  refit: (y: readonly number[]) => ArrayLike<number>;
}

function shuffleWithin(y: readonly number[], strata: readonly string[], rng: Random): number[] {
  const groups = group(
    strata.map((_, i) => i),
    (i) => strata[i]!,
  );
  const out = [...y];
  for (const members of groups.values()) {
    const values = members.map((i) => y[i]!);
    for (let k = values.length - 1; k > 0; k--) {
      const j = Math.floor(rng.next() * (k + 1));
      [values[k], values[j]] = [values[j]!, values[k]!];
    }
    members.forEach((i, k) => (out[i] = values[k]!));
  }
  return out;
}

const withExpected = (units: readonly ShadowUnit[], expected: ArrayLike<number>): ShadowUnit[] =>
  units.map((unit, i) => ({ shares: unit.shares, expected: expected[i]! }));

export function nullCalibration(
  input: CalibrationInput,
  prefixes: readonly string[],
  config: { minInstitutions: number; fdr: number; nullPermutations: number },
  rng: Random,
): Record<string, NullCalibration> {
  const out = Object.fromEntries(prefixes.map((prefix) => [prefix, { permutations: 0, flags: [] as number[], judged: 0 }]));
  for (let run = 0; run < config.nullPermutations; run++) {
    const y = shuffleWithin(input.y, input.strata, rng);
    const units = withExpected(input.units, input.refit(y));
    for (const prefix of prefixes) {
      const judgement = judgeLevel(units, y, prefix, config);
      out[prefix]!.permutations++;
      out[prefix]!.flags.push(judgement.flagged.size);
      out[prefix]!.judged = judgement.probabilities.size;
    }
  }
  return out;
}

/** The area where a unit has its largest share, at a level. */
function mainArea(unit: ShadowUnit, prefix: string): AreaKey | null {
  let best: AreaKey | null = null;
  let share = 0;
  for (const [key, s] of unit.shares)
    if (key.startsWith(prefix) && s > share) {
      best = key;
      share = s;
    }
  return best;
}

export function plantedCalibration(
  input: CalibrationInput,
  prefix: string,
  config: { minInstitutions: number; fdr: number },
  rng: Random,
  // Areas of 20 institutions or more: in smaller ones a shortfall cannot be told from chance at these rates.
  plant: { share: number; minInstitutions: number; removed: number; rounds: number } = {
    share: 0.1,
    minInstitutions: 20,
    removed: 0.8,
    rounds: 10,
  },
): PlantedCalibration {
  const baseline = judgeLevel(input.units, input.y, prefix, config);
  const candidates = [...baseline.tallies]
    .filter(([key, t]) => t.count >= plant.minInstitutions && t.x > 0 && !baseline.flagged.has(key))
    .map(([key]) => key)
    .sort();
  const count = Math.min(Math.max(1, Math.round(plant.share * candidates.length)), candidates.length);
  let planted = 0;
  let hits = 0;
  let flags = 0;
  let outside = 0;
  for (let round = 0; round < plant.rounds; round++) {
    const chosen = new Set<AreaKey>();
    while (chosen.size < count) chosen.add(candidates[Math.floor(rng.next() * candidates.length)]!);
    const y = input.y.map((value, i) => {
      const area = mainArea(input.units[i]!, prefix);
      return value === 1 && area && chosen.has(area) && rng.next() < plant.removed ? 0 : value;
    });
    const judgement = judgeLevel(withExpected(input.units, input.refit(y)), y, prefix, config);
    planted += chosen.size;
    hits += [...chosen].filter((key) => judgement.flagged.has(key)).length;
    flags += judgement.flagged.size;
    // Areas flagged before planting are real low areas, not false flags: only new flags outside the planted areas count.
    outside += [...judgement.flagged].filter((key) => !chosen.has(key) && !baseline.flagged.has(key)).length;
  }
  return {
    rounds: plant.rounds,
    planted,
    minInstitutions: plant.minInstitutions,
    recall: planted ? hits / planted : 0,
    recallInterval: wilson(hits, planted),
    flags,
    outsideShare: flags ? outside / flags : 0,
    outsideInterval: wilson(outside, flags),
    alreadyFlagged: baseline.flagged.size,
    removedShare: plant.removed,
  };
}
