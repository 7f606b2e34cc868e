/**
 * The role-model flag is calibrated (DESIGN.md, "what a statistician will check"): on institutions that all share one
 * propensity to take part (no school effect: their projects Poisson around their group's rate times their students,
 * their labels and accreditations drawn alike), it flags almost none; among such institutions, those planted with four
 * times the activity are found. A top share of any index exists whatever the data: on such institutions the rule
 * without its test of projects beyond chance (data-adapters/indicators/above-expectation.ts) named about 8 in 1,000
 * of them role models.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
import { DEFAULT_CONFIG, type BuildConfig } from '../../../data-adapters/config.ts';
import { aboveExpectation, benjaminiHochberg, poissonUpperTail } from '../../../data-adapters/indicators/above-expectation.ts';
import { calibrateBeyondChance } from '../../../data-adapters/indicators/above-expectation-calibration.ts';
import { indexContext } from '../../../data-adapters/indicators/internationalisation-index.ts';
import { scoreInstitutions } from '../../../data-adapters/stages/score-institutions.ts';
import { Random } from '../../../data-adapters/stats/random.ts';
import { institution } from './institution.ts';

const LAST_YEAR = 2025;
const YEARS = [2021, 2022, 2023, 2024, 2025];
const REGIONS = ['01', '03', '09', '12'];

/** `n` institutions of 300 to 1,500 students in four regions, every one with the same rates; `planted` with `boost` times them. */
function population(n: number, seed: number, planted: ReadonlySet<number> = new Set(), boost = 4): Institution[] {
  const rng = new Random(seed);
  return Array.from({ length: n }, (_, k) => {
    const students = 300 + Math.floor(rng.next() * 1200);
    const times = planted.has(k) ? boost : 1;
    const per = (rate: number) => rng.poisson(rate * times * students);
    const years = YEARS.map((year): [number, Parameters<typeof institution>[1][number][1]] => [
      year,
      {
        etwinning: {
          registeredTeachers: per(0.02),
          projects: per(0.003),
          qualityLabels: per(0.0004),
          schoolLabel: rng.next() < 0.05 * times,
        },
        erasmus: {
          accredited: rng.next() < 0.1 * times,
          ka1Projects: per(0.0008),
          ka2Projects: per(0.0003),
          participants: per(0.01),
          grantEur: 0,
          partnerCountries: [],
        },
      },
    ]);
    const made = institution(`XX${String(k).padStart(6, '0')}`, years);
    const region = REGIONS[k % REGIONS.length]!;
    return { ...made, students, location: { comune: `${region}0001`, province: `${region}0`, region } };
  });
}

// Fewer Monte Carlo runs than a build's 500, for the test's time: the robust share is read the same way.
const CONFIG = { ...DEFAULT_CONFIG, uncertainty: { ...DEFAULT_CONFIG.uncertainty, runs: 200 } } as BuildConfig;
const LIMITS = { regions: new Map(REGIONS.map((code) => [code, code])) } as never;
const AVAILABLE = new Set(['etwinning', 'erasmus', 'continuity'] as const);

const roleModels = (institutions: Institution[], config = CONFIG) =>
  scoreInstitutions(institutions, new Set(AVAILABLE), LIMITS, LAST_YEAR, config).roleModels;
/** The rule without its test: at a false-discovery rate of 1, Benjamini–Hochberg keeps every institution. */
const UNTESTED = { ...CONFIG, roleModels: { ...CONFIG.roleModels, fdr: 1 } };

describe('role models, calibrated', () => {
  it('flags almost no institution where none differs but by chance', () => {
    const populations = [11, 12, 13].map((seed) => population(1200, seed));
    const flags = populations.map((institutions) => roleModels(institutions).size);
    assert.ok(
      flags.every((count) => count <= 1),
      `flags on data without a school effect: ${flags.join(', ')}`,
    );
    // Without the test of projects beyond chance the rule named 9 to 11 of each 1,200 (about 8 in 1,000).
    const untested = populations.map((institutions) => roleModels(institutions, UNTESTED).size);
    assert.ok(
      untested.every((count) => count >= 6),
      `the rule without its test: ${untested.join(', ')}`,
    );
  });

  it('finds the institutions planted with four times the activity, and flags none of the others', () => {
    const planted = new Set(Array.from({ length: 12 }, (_, k) => k * 97));
    const codes = [...planted].map((k) => `XX${String(k).padStart(6, '0')}`);
    for (const seed of [21, 22, 23]) {
      const institutions = population(1200, seed, planted);
      // The test of projects beyond expectation finds nearly every one of them (one of 300 students may draw too few
      // projects to stand out), and few others: at a false-discovery rate of 10%, about one for a dozen found.
      const context = indexContext(institutions, CONFIG.index, LAST_YEAR);
      const discovered = new Set(
        [...aboveExpectation(institutions, context, CONFIG.roleModels.fdr)].filter(([, a]) => a.discovered).map(([code]) => code),
      );
      const tested = codes.filter((code) => discovered.has(code)).length;
      assert.ok(tested >= 11, `planted and found by the test: ${tested} of 12`);
      assert.ok(discovered.size - tested <= 2, `the test's other discoveries: ${discovered.size - tested}`);
      const found = roleModels(institutions);
      const recall = codes.filter((code) => found.has(code)).length;
      // The misses are the rule's other parts: a planted institution outside the top 5% of its region (three planted
      // per region of 300 compete with each other and the lucky ones), or in it in fewer than 90% of the runs.
      assert.ok(recall >= 9, `planted found: ${recall} of 12`);
      assert.ok(found.size - recall <= 1, `others flagged: ${found.size - recall}`);
    }
  });

  it('reads a Poisson tail and keeps discoveries by Benjamini–Hochberg', () => {
    assert.equal(poissonUpperTail(0, 3), 1);
    assert.ok(Math.abs(poissonUpperTail(1, 1) - (1 - Math.exp(-1))) < 1e-12);
    assert.ok(Math.abs(poissonUpperTail(3, 2) - (1 - 5 * Math.exp(-2))) < 1e-12);
    // A tail far out keeps its digits (1 - cdf would read 0): P(X ≥ 50 | 5) = e^-5 5^50 / 50! (1 + 5/51 + …).
    const far = poissonUpperTail(50, 5);
    assert.ok(Math.abs(far / 2.1810592032e-32 - 1) < 1e-6, String(far));
    assert.equal(poissonUpperTail(4, 0), 0);
    // A count far below a large mean is no discovery (from k up, e^-10000 read the tail as 0).
    assert.equal(poissonUpperTail(100, 10_000), 1);
    assert.ok(Math.abs(poissonUpperTail(10_000, 10_000) - 0.5) < 0.01);
    // Either side of the mean, the two ways of summing agree with the tail's definition.
    for (const [k, mean] of [
      [4, 6],
      [9, 6],
      [6, 6],
    ] as const) {
      let below = 0;
      for (let j = 0; j < k; j++) below += (Math.exp(-mean) * mean ** j) / [1, 1, 2, 6, 24, 120, 720, 5040, 40320][j]!;
      assert.ok(Math.abs(poissonUpperTail(k, mean) - (1 - below)) < 1e-12, `${k} ${mean}`);
    }
    assert.deepEqual([...benjaminiHochberg([0.01, 0.04, 0.03, 0.5], 0.1)].sort(), [0, 1, 2]);
    assert.deepEqual([...benjaminiHochberg([0.2, 0.3], 0.1)], []);
  });

  it('checks its test on the build’s own sizes and groups: none found where none differs, the planted found as their count allows', () => {
    // 2,000 institutions of two groups, 300 to 1,500 students, one project per 200 students in three years.
    const rng = new Random(5);
    const sizes = Array.from({ length: 2000 }, () => 300 + Math.floor(rng.next() * 1200));
    const groups = sizes.map((_, i) => (i % 2 ? '09 comprensivo' : '12 comprensivo'));
    const expected = sizes.map((size) => size / 200);
    const c = calibrateBeyondChance(expected, sizes, groups, 0.1, new Random(6));
    assert.ok(c.nullDiscoveries <= 0.2 && c.nullAny <= 0.15, JSON.stringify(c));
    const [four, ten] = c.boosts;
    assert.equal(four!.boost, 4);
    // Four times 2.5 projects or more mostly stands out (0.89 here); ten times, always.
    assert.ok(four!.recall >= 0.8 && ten!.recall === 1, JSON.stringify(c.boosts));
    for (const boost of c.boosts) assert.ok(boost.othersPerRound <= 1, JSON.stringify(boost));
  });
});
