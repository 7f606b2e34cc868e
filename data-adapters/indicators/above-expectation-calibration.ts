/**
 * The role models' test of projects beyond chance (./above-expectation.ts), checked on the build's own institutions,
 * as the shadow zones' model is: their sizes and groups kept, their projects drawn again.
 * - the null: every institution's projects Poisson around its group's rate times its size (no institution differs
 *   but by chance): every discovery is false, and Benjamini–Hochberg keeps their chance of any within the FDR;
 * - planted: in each round `planted` institutions of 500 students or more, drawn anew, start four times their
 *   group's rate, then ten times: the share of them the test finds, and its discoveries among the others. A few
 *   projects more than expected can be chance: where a group starts few, four times its rate often is.
 */
import type { Random } from '../stats/random.js';
import { countsBeyondChance } from './above-expectation.js';

export interface BeyondChanceCalibration {
  nullDraws: number;
  /** Mean discoveries per null draw, and the share of draws with any. */
  nullDiscoveries: number;
  nullAny: number;
  rounds: number;
  planted: number;
  /** For each boost of the planted institutions' rate: the share of them found over every round, and the mean discoveries per round among the others. */
  boosts: { boost: number; recall: number; othersPerRound: number }[];
}

const BOOSTS = [4, 10];
const MIN_PLANTED_SIZE = 500;

export function calibrateBeyondChance(
  /** The expectation the test gave each institution on the build's data, its size and its group. */
  expected: readonly number[],
  sizes: readonly number[],
  groups: readonly string[],
  fdr: number,
  rng: Random,
  { nullDraws = 20, rounds = 10, planted = 20 } = {},
): BeyondChanceCalibration {
  let nullTotal = 0;
  let nullWithAny = 0;
  for (let draw = 0; draw < nullDraws; draw++) {
    const counts = expected.map((mean) => rng.poisson(mean));
    const found = countsBeyondChance(counts, sizes, groups, fdr).discovered.size;
    nullTotal += found;
    if (found > 0) nullWithAny++;
  }
  const eligible = sizes.flatMap((size, i) => (size >= MIN_PLANTED_SIZE && expected[i]! > 0 ? [i] : []));
  const plantedCount = Math.min(planted, eligible.length);
  const boosts = BOOSTS.map((boost) => {
    let hits = 0;
    let others = 0;
    for (let round = 0; round < rounds; round++) {
      // A partial Fisher–Yates: `plantedCount` distinct institutions.
      const pool = [...eligible];
      for (let k = 0; k < plantedCount; k++) {
        const j = k + Math.floor(rng.next() * (pool.length - k));
        [pool[k], pool[j]] = [pool[j]!, pool[k]!];
      }
      const chosen = new Set(pool.slice(0, plantedCount));
      const counts = expected.map((mean, i) => rng.poisson(chosen.has(i) ? mean * boost : mean));
      for (const i of countsBeyondChance(counts, sizes, groups, fdr).discovered) {
        if (chosen.has(i)) hits++;
        else others++;
      }
    }
    return { boost, recall: rounds * plantedCount > 0 ? hits / (rounds * plantedCount) : 0, othersPerRound: others / rounds };
  });
  return {
    nullDraws,
    nullDiscoveries: nullTotal / nullDraws,
    nullAny: nullWithAny / nullDraws,
    rounds,
    planted: plantedCount,
    boosts,
  };
}
