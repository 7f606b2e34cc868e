/**
 * The map's places: exact for counts, a range where values have intervals
 * (shares, rates of counts, survey estimates). The ranges are calibrated:
 * where every area has the same share or rate they almost never put one ahead
 * of another, they hold each area's true place, and they separate areas
 * planted apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../data-adapters/stats/random.ts';
import { countRateInterval } from '../../src/map/count-rates.ts';
import { placeRanges, rankingOf, type RankedArea } from '../../src/map/map-ranking.ts';
import { countInterval, shareInterval } from '../../src/map/value-interval.ts';
import type { MetricDefinition } from '../../src/contract/contract.types.ts';

const area = (code: string, value: number | null, interval: [number, number] | null = null, institutions = 10): RankedArea => ({
  code,
  value,
  interval,
  institutions,
});

describe('map ranking', () => {
  it('ranks a count exactly: ties share a place, no data is unranked, lower can be better', () => {
    const areas = [area('a', 3), area('b', 5), area('c', 3), area('d', null)];
    const { places, ranges, minInstitutions } = rankingOf(areas, true, false);
    assert.deepEqual(
      [...places],
      [
        ['b', 1],
        ['a', 2],
        ['c', 2],
      ],
    );
    assert.equal(ranges, null);
    assert.equal(minInstitutions, 0);
    assert.equal(rankingOf(areas, false, false).places.get('a'), 1);
  });

  it('ranks a rate without intervals (an older contract) only among the areas with enough institutions', () => {
    const areas = [area('one', 4, null, 1), area('big', 2, null, 30), area('mid', 1, null, 5), area('four', 9, null, 4)];
    const { places, minInstitutions } = rankingOf(areas, true, false, 5);
    assert.deepEqual(
      [...places],
      [
        ['big', 1],
        ['mid', 2],
      ],
    );
    assert.equal(minInstitutions, 5);
  });

  it('gives a range of places from the intervals: surely behind those wholly above, surely ahead of those wholly below', () => {
    const bounds = new Map<string, [number, number]>([
      ['top', [0.8, 0.9]],
      ['wide', [0.1, 0.85]],
      ['mid', [0.5, 0.6]],
      ['low', [0.05, 0.2]],
    ]);
    const ranges = placeRanges(bounds, true);
    assert.deepEqual(ranges.get('top'), [1, 2], 'only the wide one can be ahead');
    assert.deepEqual(ranges.get('wide'), [1, 4]);
    assert.deepEqual(ranges.get('mid'), [2, 3], 'behind the top one, ahead of the low one');
    assert.deepEqual(ranges.get('low'), [3, 4]);
    assert.deepEqual(placeRanges(bounds, false).get('top'), [3, 4], 'lower is better: the order turns');
  });

  it('gives a share the range of its Wilson interval over its institutions; a value without an interval the whole field', () => {
    // One institution of one active ranks first at 100%, yet it may be behind 40 of 200 (20%); it is surely ahead of 0 of 150.
    const shares = [area('one', 1, shareInterval(1, 1)), area('big', 0.2, shareInterval(0.2, 200)), area('none', 0, shareInterval(0, 150))];
    const ranking = rankingOf(shares, true, true);
    assert.equal(ranking.places.get('one'), 1);
    assert.deepEqual(ranking.ranges!.get('one'), [1, 2]);
    assert.deepEqual(ranking.ranges!.get('big'), [1, 2], '40 of 200 is surely ahead of 0 of 150');
    assert.deepEqual(ranking.ranges!.get('none'), [3, 3], 'surely behind both');
    assert.equal(shareInterval(1.5, 2), null, 'a share above 100% has no interval');
    const unknown = rankingOf([area('a', 0.9, [0.85, 0.95]), area('b', 0.1, [0.05, 0.15]), area('c', 0.5)], true, true);
    assert.deepEqual(unknown.ranges!.get('c'), [1, 3]);
    assert.deepEqual(unknown.ranges!.get('a'), [1, 2]);
  });

  it('gives a rate of counts the quasi-Poisson score interval: not empty at 0, scaled per 1,000 students, wider as φ grows', () => {
    const [low0, high0] = countRateInterval(0, 10, 1)!;
    assert.equal(low0, 0);
    // λ ≤ z²φ: 3.84 projects over 10 institutions.
    assert.ok(Math.abs(high0 - 0.3841) < 1e-3, String(high0));
    const [low, high] = countRateInterval(20, 10, 1)!;
    // (20 − λ)² = 3.84 λ: λ from 13.0 to 30.9.
    assert.ok(Math.abs(low - 1.295) < 1e-3 && Math.abs(high - 3.089) < 1e-3, `${low} ${high}`);
    const [perLow, perHigh] = countRateInterval(20, 2000, 1, 1000)!;
    assert.ok(Math.abs(perLow - low * 5) < 1e-9 && Math.abs(perHigh - high * 5) < 1e-9, 'per 1,000 of 2,000 students');
    const [wideLow, wideHigh] = countRateInterval(20, 10, 4)!;
    assert.ok(wideLow < low && wideHigh > high);
    assert.equal(countRateInterval(3, 0, 1), null, 'no exposure, no interval');
  });

  describe('calibration (simulated comuni)', () => {
    const random = new Random(7);
    // Comuni as they are: most with one to three institutions, some towns with tens.
    const institutions = () => (random.next() < 0.8 ? 1 + random.poisson(1.5) : 5 + random.poisson(15));
    const binomial = (n: number, p: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (random.next() < p) k++;
      return k;
    };
    /** Projects of n institutions at μ each on average, clustered: an institution's own rate is μ·Z² (mean μ, variance 2μ²). */
    const projects = (n: number, mu: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) k += random.poisson(mu * random.normal() ** 2);
      return k;
    };
    type Simulated = RankedArea & { truth: number; value: number; interval: readonly [number, number] | null };
    /**
     * Each area's projects, at μ = `truths[i]` per institution, and φ as the build finds it: one institution's variance
     * over its mean, across every institution of the map.
     */
    const projectCounts = (truths: number[], sizes: number[]) => {
      const counts = truths.map((mu, i) => Array.from({ length: sizes[i]! }, () => projects(1, mu)));
      const all = counts.flat();
      const mean = all.reduce((a, b) => a + b, 0) / all.length;
      const dispersion = all.reduce((a, b) => a + (b - mean) ** 2, 0) / all.length / mean;
      return { counts: counts.map((own) => own.reduce((a, b) => a + b, 0)), dispersion };
    };
    /** The metric as a map's contract defines it, as far as a count's interval reads it. */
    const metricOf = (counts: 'institutions' | undefined, dispersion: number | null) =>
      ({ counts, dispersion: [dispersion] }) as unknown as MetricDefinition;
    /**
     * One map of areas of `sizes` institutions with true values `truths` (a share or a rate per institution), its
     * values and intervals as the map makes them. A count's truth is its expected count, the rate times the institutions.
     */
    const MODELS: Record<string, (truths: number[], sizes: number[]) => Simulated[]> = {
      'shares of active institutions (Wilson)': (truths, sizes) =>
        truths.map((p, i) => {
          const value = binomial(sizes[i]!, p) / sizes[i]!;
          return { code: String(i), truth: p, value, interval: shareInterval(value, sizes[i]!), institutions: sizes[i]! };
        }),
      'projects per institution (quasi-Poisson)': (truths, sizes) => {
        const { counts, dispersion } = projectCounts(truths, sizes);
        return counts.map((count, i) => ({
          code: String(i),
          truth: truths[i]!,
          value: count / sizes[i]!,
          interval: countRateInterval(count, sizes[i]!, dispersion),
          institutions: sizes[i]!,
        }));
      },
      'counts of active institutions (Wilson, times the institutions)': (truths, sizes) =>
        truths.map((p, i) => {
          const value = binomial(sizes[i]!, p);
          const interval = countInterval(value, sizes[i]!, metricOf('institutions', null), 0);
          return { code: String(i), truth: p * sizes[i]!, value, interval, institutions: sizes[i]! };
        }),
      'counts of projects (quasi-Poisson)': (truths, sizes) => {
        const { counts, dispersion } = projectCounts(truths, sizes);
        return counts.map((count, i) => ({
          code: String(i),
          truth: truths[i]! * sizes[i]!,
          value: count,
          interval: countInterval(count, sizes[i]!, metricOf(undefined, dispersion), 0),
          institutions: sizes[i]!,
        }));
      },
    };
    /**
     * `none`: one rate everywhere, over areas of `noneSizes` institutions (as comuni are; for a count, all of one size,
     * so that every area's expected count is the same). `gradient`: rates that differ, over comuni as they are.
     * `planted`: half the areas at one rate, half at another, all of `plantedSize` institutions.
     */
    interface Truths {
      none: number;
      noneSizes: () => number;
      gradient: (i: number) => number;
      planted: [number, number];
      plantedSize: number;
    }
    const shares = { none: 0.3, gradient: (i: number) => 0.1 + (0.6 * i) / 60, planted: [0.6, 0.15] as [number, number], plantedSize: 50 };
    const rates = {
      none: 1,
      gradient: (i: number) => 0.2 + (2 * i) / 60,
      planted: [3, 0.5] as [number, number],
      // Projects clustered in a few institutions (one's rate varies as much as its mean) need a province's 100 to be told apart.
      plantedSize: 100,
    };
    const TRUTHS: Record<string, Truths> = {
      'shares of active institutions (Wilson)': { ...shares, noneSizes: institutions },
      'projects per institution (quasi-Poisson)': { ...rates, noneSizes: institutions },
      'counts of active institutions (Wilson, times the institutions)': { ...shares, noneSizes: () => 3 },
      'counts of projects (quasi-Poisson)': { ...rates, noneSizes: () => 3 },
    };
    const maps = (model: string, runs: number, count: number, truth: (i: number) => number, size: () => number) =>
      Array.from({ length: runs }, () => {
        const areas = MODELS[model]!(
          Array.from({ length: count }, (_, i) => truth(i)),
          Array.from({ length: count }, size),
        );
        return { areas, ranking: rankingOf(areas, true, true) };
      });

    for (const model of Object.keys(MODELS)) {
      const truths = TRUTHS[model]!;
      describe(model, () => {
        it('finds nothing where nothing is: with one value everywhere, under 1 in 100 pairs are ordered, most ranges are the whole field', () => {
          let pairs = 0;
          let ordered = 0;
          let whole = 0;
          let count = 0;
          for (const { areas, ranking } of maps(model, 200, 60, () => truths.none, truths.noneSizes)) {
            for (const a of areas)
              for (const b of areas) {
                if (a === b) continue;
                pairs++;
                if (a.interval![0] > b.interval![1]) ordered++;
              }
            for (const a of areas) {
              const [low, high] = ranking.ranges!.get(a.code)!;
              count++;
              if (low === 1 && high === ranking.places.size) whole++;
            }
          }
          assert.ok(ordered / pairs < 0.01, `${((100 * ordered) / pairs).toFixed(2)}% of pairs ordered`);
          assert.ok(whole / count > 0.8, `${((100 * whole) / count).toFixed(1)}% of ranges whole`);
        });

        it('holds each area’s true place where values differ, at least 95 times in 100', () => {
          let held = 0;
          let count = 0;
          for (const { areas, ranking } of maps(model, 200, 60, truths.gradient, institutions)) {
            for (const a of areas) {
              const truePlace = 1 + areas.filter((b) => b.truth > a.truth).length;
              const [low, high] = ranking.ranges!.get(a.code)!;
              count++;
              if (low <= truePlace && truePlace <= high) held++;
            }
          }
          assert.ok(held / count >= 0.95, `${((100 * held) / count).toFixed(1)}% held`);
        });

        it(`finds what was planted: areas of ${truths.plantedSize} institutions at ${truths.planted.join(' and ')} fall in their own halves at least 3 times in 4, never in the wrong one`, () => {
          let separated = 0;
          let wrong = 0;
          let count = 0;
          for (const { areas, ranking } of maps(
            model,
            200,
            40,
            (i) => truths.planted[i < 20 ? 0 : 1],
            () => truths.plantedSize,
          )) {
            for (const a of areas) {
              const [first, last] = ranking.ranges!.get(a.code)!;
              count++;
              const high = Number(a.code) < 20;
              if (high ? last <= 20 : first >= 21) separated++;
              if (high ? first > 20 : last <= 20) wrong++;
            }
          }
          assert.ok(separated / count >= 0.75, `${((100 * separated) / count).toFixed(1)}% separated`);
          assert.equal(wrong, 0);
        });
      });
    }
  });
});
