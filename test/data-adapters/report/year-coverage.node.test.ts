import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coverageNote, YearCoverageCounter, type YearCoverage } from '../../../data-adapters/report/year-coverage.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);

/** An export of `rows` rows a year, each unmatched with the year's probability. */
function simulate(random: Random, rows: number, unmatchedShare: (year: number) => number): YearCoverage {
  const counter = new YearCoverageCounter();
  for (const year of YEARS) for (let r = 0; r < rows; r++) counter.count(year, random.next() >= unmatchedShare(year));
  return counter.coverage();
}

/** How many of `runs` simulated exports are flagged uneven. */
function flagged(runs: number, rows: number, unmatchedShare: (year: number) => number, seed: number): number {
  const random = new Random(seed);
  let count = 0;
  for (let run = 0; run < runs; run++) if (simulate(random, rows, unmatchedShare).uneven) count++;
  return count;
}

describe('year coverage of unmatched rows', () => {
  it('flags (almost) nothing where codes are missed alike every year: a null, large exports and a small region', () => {
    // Non-state schools, typos: a tenth of the rows every year.
    assert.ok(flagged(300, 600, () => 0.1, 1) <= 2, 'a national export');
    assert.ok(flagged(300, 40, () => 0.1, 2) <= 2, "a small region's export, whose yearly shares spread by chance");
    assert.equal(
      flagged(50, 6000, () => 0, 3),
      0,
      'no unmatched row at all',
    );
  });

  it('finds the institutions merged since, whose codes take their earlier years with them', () => {
    const merged = (share: number) => (year: number) => (year < 2023 ? share : 0);
    assert.equal(flagged(100, 600, merged(0.1), 4), 100, 'a tenth of the rows before the merger');
    assert.ok(flagged(100, 600, merged(0.04), 5) >= 95, '4% of the rows before it');
    // On top of codes missed alike every year.
    assert.equal(
      flagged(100, 600, (year) => 0.1 + merged(0.1)(year), 6),
      100,
    );
  });

  it('does not flag a difference too small to move a trend, however sure', () => {
    // 1 point more in the early years of a very large export: certain, and a trend moved by 1%.
    assert.equal(
      flagged(20, 200_000, (year) => (year < 2023 ? 0.06 : 0.05), 7),
      0,
    );
  });

  it('says the spread in the report, year by year when it is uneven', () => {
    const counter = new YearCoverageCounter();
    for (const year of [2021, 2022, 2023]) for (let r = 0; r < 100; r++) counter.count(year, !(year < 2023 && r < 20));
    const coverage = counter.coverage();
    assert.deepEqual(coverage.years, [
      { year: 2021, rows: 100, unmatched: 20 },
      { year: 2022, rows: 100, unmatched: 20 },
      { year: 2023, rows: 100, unmatched: 0 },
    ]);
    assert.equal(coverage.uneven, true);
    assert.match(
      coverageNote(coverage)!,
      /not spread evenly over the school years \(2021\/22 20\.0%, 2022\/23 20\.0%, 2023\/24 0\.0% of each year's rows\): .*a trend across them moves by that alone/,
    );

    const even: YearCoverage = {
      years: [
        { year: 2021, rows: 100, unmatched: 10 },
        { year: 2022, rows: 200, unmatched: 22 },
      ],
      uneven: false,
    };
    assert.match(coverageNote(even)!, /spread evenly over the school years \(10\.0% to 11\.0% of each year's rows\)/);
    assert.equal(coverageNote({ years: [{ year: 2021, rows: 100, unmatched: 0 }], uneven: false }), null);
  });
});
