/**
 * A golden test computed by hand (see the numbers in the comments), and the
 * properties of the normalisation and ranking.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Institution } from '../../../data-adapters/aggregate/institutions.ts';
import { explainScore } from '../../../data-adapters/indicators/index-explanation.ts';
import { institution } from './institution.ts';
import { DEFAULT_CONFIG, PILLARS } from '../../../data-adapters/config.ts';
import {
  computeIndex,
  indexSizes,
  logMinMax,
  percentileRanks,
  ranks,
} from '../../../data-adapters/indicators/internationalisation-index.ts';
import { Random } from '../../../data-adapters/stats/random.ts';
import { selectRoleModels } from '../../../data-adapters/indicators/role-models.ts';
import { rankCorrelation, sensitivity } from '../../../data-adapters/indicators/sensitivity.ts';
import { school } from '../stages/world.ts';

const et = (registeredTeachers: number, projects: number, qualityLabels = 0) => ({
  etwinning: { registeredTeachers, projects, qualityLabels, schoolLabel: false },
});

// A: 2 projects in 2024, 10 teachers and 1 Quality Label in 2025, accredited with one KA1 project
//    (20 participants, FR and ES) in 2025, 5,000 EUR of funding in 2022: active 2022, 2024, 2025.
// B: 5 teachers and 1 project in 2025: active 2025. C: nothing.
const A = institution('FIIC00000A', [
  [2022, { funding: [{ programme: 'pon-intl', projects: 1, amountEur: 5000, internationalisation: true }] }],
  [2024, et(8, 2)],
  [
    2025,
    {
      ...et(10, 0, 1),
      erasmus: { accredited: true, ka1Projects: 1, ka2Projects: 0, participants: 20, grantEur: 50000, partnerCountries: ['ES', 'FR'] },
    },
  ],
]);
const B = institution('FIIC00000B', [[2025, et(5, 1)]]);
const C = institution('FIIC00000C', []);
const all = new Set(PILLARS);

describe('internationalisation index', () => {
  it('matches the scores computed by hand (current activity in 2023-2025 only)', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, all);
    // eTwinning: projects per 1,000 students A 2, B 1 → mid-rank 100, 50; recognition A 1 → 100. A = 0.6·100 + 0.4·100 = 100; B = 0.6·50 = 30.
    // Erasmus+: A accredited (100) with 1 project per 1,000 (100) → 100. Funding: A's 2022 grant is outside the reference years → 0.
    // Continuity: A active in 2 of the 3 reference years (66.7), B in 1 (33.3).
    // No survey indicator is configured: the survey pillar scores no one.
    assert.deepEqual(run.results.get(A.code)!.pillars, { etwinning: 100, erasmus: 100, funding: 0, continuity: 66.7, survey: null });
    assert.deepEqual(run.results.get(B.code)!.pillars, { etwinning: 30, erasmus: 0, funding: 0, continuity: 33.3, survey: null });
    // A = 0.4·100 + 0.4·100 + 0.1·0 + 0.1·66.7 = 86.67; B = 0.4·30 + 0.1·33.3 = 15.33.
    assert.equal(run.results.get(A.code)!.score, 86.7);
    assert.equal(run.results.get(B.code)!.score, 15.3);
    assert.equal(run.results.get(C.code)!.score, 0);
  });

  it('explains continuity with the noun agreeing with the number of years', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, all);
    const continuity = (code: string) =>
      explainScore(run.results.get(code)!, run.context).find((line) => line.en.startsWith('Continuity'))!;
    assert.match(continuity(A.code).it, /^Continuità: attiva in 2 anni su 3 /);
    assert.match(continuity(B.code).it, /^Continuità: attiva in 1 anno su 3 /);
    assert.match(continuity(B.code).en, /^Continuity: active in 1 year out of 3 /);
  });

  it('aggregates geometrically on scores + 1 when asked', () => {
    const run = computeIndex([A, B, C], { ...DEFAULT_CONFIG.index, aggregation: 'geometric' }, 2025, all);
    // exp(0.8·ln 101 + 0.1·ln 1 + 0.1·ln 67.7) − 1 = 60.2…
    assert.equal(run.results.get(A.code)!.score, Math.round((Math.exp(0.8 * Math.log(101) + 0.1 * Math.log(67.7)) - 1) * 10) / 10);
  });

  it('leaves out pillars without data and rescales the weights', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, new Set(['etwinning', 'continuity']));
    assert.ok(Math.abs(run.weights.etwinning - 0.8) < 1e-12 && Math.abs(run.weights.continuity - 0.2) < 1e-12);
    assert.equal(run.weights.erasmus + run.weights.funding, 0);
    assert.equal(run.results.get(A.code)!.pillars.erasmus, null);
    // B = 0.8·30 + 0.2·33.3 = 30.66.
    assert.equal(run.results.get(B.code)!.score, 30.7);
  });

  it('normalises by mid-rank percentile among positive values: outliers do not squash the rest, ties share their mean rank', () => {
    assert.deepEqual(percentileRanks([0, 1, 2, 3, 1000]), [0, 25, 50, 75, 100]);
    assert.deepEqual(percentileRanks([5, 5, 0]), [75, 75, 0]);
    assert.deepEqual(logMinMax([0, Math.E - 1, Math.E ** 2 - 1]), [0, 50, 100]);
  });

  it('scores no institution above 0 without activity in the reference years (no stock, no context funding, nothing older)', () => {
    const rng = new Random(4);
    const idle = Array.from({ length: 60 }, (_, k) =>
      institution(`RMIC${String(k).padStart(5, '0')}Z`, [
        // A teacher stock and old projects, PNRR-like context funding in the reference years, funding outside them.
        [2025, { etwinning: { registeredTeachers: 1 + Math.floor(rng.next() * 30), projects: 0, qualityLabels: 0, schoolLabel: false } }],
        [2020 + Math.floor(rng.next() * 3), { ...et(5, 1 + Math.floor(rng.next() * 4)) }],
        [2024, { funding: [{ programme: 'pnrr-141', projects: 1, amountEur: 7301, internationalisation: false }] }],
        [2021, { funding: [{ programme: 'pon-intl', projects: 1, amountEur: 9000, internationalisation: true }] }],
      ]),
    );
    for (const aggregation of ['arithmetic', 'geometric'] as const) {
      const run = computeIndex([A, B, C, ...idle], { ...DEFAULT_CONFIG.index, aggregation }, 2025, all);
      for (const i of idle) assert.equal(run.results.get(i.code)!.score, 0, `${i.code} (${aggregation})`);
      assert.ok(run.results.get(A.code)!.score > 0);
    }
  });

  it('ranks with ties sharing the better rank', () => {
    assert.deepEqual(
      [
        ...ranks(
          new Map([
            ['a', 10],
            ['b', 30],
            ['c', 10],
          ]),
        ),
      ].sort(),
      [
        ['a', 2],
        ['b', 1],
        ['c', 2],
      ],
    );
  });

  it('picks role models by the explicit rule, with reasons', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, all);
    const scores = new Map([...run.results].map(([code, r]) => [code, r.score]));
    const { models } = selectRoleModels([A, B, C], run, ranks(scores), ranks(scores), null, DEFAULT_CONFIG.roleModels);
    assert.deepEqual([...models.keys()], [A.code]);
    assert.match(models.get(A.code)!.reasons[0]!.it, /primo 5% nazionale/);
    assert.ok(models.get(A.code)!.reasons.every((reason) => reason.it && reason.en));
  });

  it('says one place where both ends of its interval agree, a range where they do not', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, all);
    const scores = new Map([...run.results].map(([code, r]) => [code, r.score]));
    const uncertainty = {
      runs: 500,
      byCode: new Map([[A.code, { band: 1, nation: [1, 1] as [number, number], region: [1, 3] as [number, number], topShare: 1 }]]),
      medianIntervalWidth: 0,
      top5Stable: 1,
    };
    const { models } = selectRoleModels([A, B, C], run, ranks(scores), ranks(scores), uncertainty, DEFAULT_CONFIG.roleModels);
    const [nation, region] = models.get(A.code)!.reasons;
    // «posizione tra 1 e 1» read as a slip.
    assert.match(nation!.it, /\(posizione 1\)\.$/);
    assert.match(nation!.en, /\(rank 1\)\.$/);
    assert.match(region!.it, /\(posizione tra 1 e 3\)\.$/);
  });

  it('reports how ranks move under other weights', () => {
    const run = computeIndex([A, B, C], DEFAULT_CONFIG.index, 2025, all);
    const scores = new Map([...run.results].map(([code, r]) => [code, r.score]));
    const rows = sensitivity([A, B, C], DEFAULT_CONFIG.index, 2025, all, scores);
    assert.ok(rows.some((row) => row.scenario === 'equal weights'));
    assert.ok(rows.some((row) => row.scenario === 'without etwinning'));
    for (const row of rows) assert.ok(row.spearman >= -1 && row.spearman <= 1);
    assert.equal(rankCorrelation(scores, scores), 1);
    assert.equal(
      rankCorrelation(
        new Map([
          ['a', 1],
          ['b', 2],
          ['c', 3],
        ]),
        new Map([
          ['a', 3],
          ['b', 2],
          ['c', 1],
        ]),
      ),
      -1,
    );
  });
});

describe("the index's students", () => {
  /** An IC with its office row and the plessi given as [code, grade, students or null, the registry's characteristic]. */
  const ic = (code: string, plessi: [string, string, number | null, string?][]): Institution => {
    const records = [[code, 'ISTITUTO COMPRENSIVO', null] as const, ...plessi].map(([c, grade, , characteristic]) => ({
      ...school(c, code, 'D612'),
      grade,
      ...(characteristic && { characteristic }),
    }));
    const counts = new Map(plessi.flatMap(([c, , n]) => (n === null ? [] : [[c, n] as [string, number]])));
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return { ...institution(code, []), plessi: records, counts, students: counts.size > 0 ? total : null };
  };

  it('counts a plesso the students file lacks as the median of the counted plessi of its grade, and flags it', () => {
    const full = ic('FIIC00001A', [
      ['FIEE00001B', 'SCUOLA PRIMARIA', 100],
      ['FIEE00002C', 'SCUOLA PRIMARIA', 300],
      ['FIAA00001D', 'SCUOLA INFANZIA', 60],
    ]);
    // Its primary school is missing from the file: its counted pupils over a whole institution's activity would read
    // too high a rate; the median primary stands in for it.
    const partial = ic('FIIC00002B', [
      ['FIEE00003D', 'SCUOLA PRIMARIA', 500],
      ['FIEE00004E', 'SCUOLA PRIMARIA', null],
      ['FIAA00002F', 'SCUOLA INFANZIA', 80],
    ]);
    const none = ic('FIIC00003C', [['FIEE00005F', 'SCUOLA PRIMARIA', null]]);
    // A hospital section: a kind the file counts none of anywhere adds no pupils (a primary's median would add 300).
    const hospital = ic('FIIC00004D', [
      ['FIEE00006G', 'SCUOLA PRIMARIA', 400],
      ['FIEE00007H', 'SCUOLA PRIMARIA', null, 'C/O IST. OSPEDALIERO'],
    ]);
    const { size, imputed, uncountedKinds } = indexSizes([full, partial, none, hospital]);
    assert.deepEqual(uncountedKinds, ['C/O IST. OSPEDALIERO']);
    assert.equal(size.get('FIIC00004D'), 400);
    assert.equal(size.get('FIIC00001A'), 460, 'all counted: their sum, the office holding none');
    assert.equal(size.get('FIIC00002B'), 580 + 400, 'the median primary of 100, 300, 400 and 500');
    // None counted: the median of its grade group's fully counted institutions (460 and the hospital's 400).
    assert.equal(size.get('FIIC00003C'), 460);
    assert.deepEqual([...imputed].sort(), ['FIIC00002B', 'FIIC00003C']);
    // A null: with every plesso counted, nothing is imputed.
    assert.deepEqual([...indexSizes([full]).imputed], []);
  });
});
