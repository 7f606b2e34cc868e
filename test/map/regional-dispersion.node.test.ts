/**
 * A rate's interval takes its region's dispersion where that is larger than the
 * nation's (src/map/value-interval.ts dispersionOf). Regions differ: where an
 * institution's projects are concentrated in a few of them, the nation's φ
 * makes intervals too narrow, that cover the true rate less than 95 times in
 * 100 and put areas of one rate in an order; the region's does not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../data-adapters/stats/random.ts';
import type { MetricDefinition } from '../../src/contract/contract.types.ts';
import { dispersionOf, valueInterval, type RegionDispersions } from '../../src/map/value-interval.ts';

const metric = (dispersion: (number | null)[]) => ({ id: 'etwinning.projects', dispersion }) as unknown as MetricDefinition;
const region = (dispersion: (number | null)[]): RegionDispersions => ({ dispersion: { 'etwinning.projects': dispersion } });

describe("a region's dispersion", () => {
  it('is taken where it is larger than the nation’s, never below it; none where the nation has none', () => {
    assert.equal(dispersionOf(metric([2, 3]), 1, region([1, 5])), 5);
    assert.equal(dispersionOf(metric([2, 3]), 1, region([1, 1.5])), 3, 'a region of few institutions is noisy: never narrower');
    assert.equal(dispersionOf(metric([2, 3]), 0, region([null, 5])), 2);
    assert.equal(dispersionOf(metric([2, 3]), 1, undefined), 3, 'an older contract: the nation’s');
    assert.equal(dispersionOf(metric([null, 3]), 0, region([4, 4])), null, 'no data that year');
    assert.equal(dispersionOf({ ...metric([2]), id: 'other' }, 0, region([9])), 2, 'another metric’s');
  });

  describe('calibration: two regions, projects concentrated in one (1 institution in 5 active, at 5) and spread in the other (4 in 5, at 1.25)', () => {
    const random = new Random(11);
    const projects = (concentrated: boolean) =>
      concentrated ? (random.next() < 0.2 ? random.poisson(5) : 0) : random.next() < 0.8 ? random.poisson(1.25) : 0;
    const dispersion = (counts: number[]) => {
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      return counts.reduce((a, b) => a + (b - mean) ** 2, 0) / counts.length / mean;
    };
    /** 200 maps of 40 areas of `size` institutions per region, all at 1 project per institution; each area's interval. */
    const maps = (size: number) =>
      Array.from({ length: 200 }, () => {
        const areas = (concentrated: boolean) =>
          Array.from({ length: 40 }, () => Array.from({ length: size }, () => projects(concentrated)));
        const [many, few] = [areas(true), areas(false)];
        const nation = metric([dispersion([...many.flat(), ...few.flat()])]);
        const intervals = (own: number[][], by: RegionDispersions | undefined) =>
          own.map((counts) => {
            const raw = counts.reduce((a, b) => a + b, 0);
            return valueInterval(
              { value: raw / size, raw, denominator: { kind: 'institutions', count: size } },
              nation,
              'perSchool',
              0,
              by,
            )!;
          });
        return {
          national: intervals(many, undefined),
          regional: intervals(many, region([dispersion(many.flat())])),
          spread: intervals(few, region([dispersion(few.flat())])),
        };
      });
    const coverage = (all: [number, number][][]) => all.flat().filter(([low, high]) => low <= 1 && 1 <= high).length / all.flat().length;
    const ordered = (all: [number, number][][]) => {
      let pairs = 0;
      let apart = 0;
      for (const intervals of all)
        for (const a of intervals)
          for (const b of intervals) {
            if (a === b) continue;
            pairs++;
            if (a[0] > b[1]) apart++;
          }
      return apart / pairs;
    };
    const provinces = maps(30);

    it('the nation’s φ covers the true rate of the concentrated region’s areas less than 93 times in 100, the region’s at least 95', () => {
      const national = coverage(provinces.map((m) => m.national));
      const regional = coverage(provinces.map((m) => m.regional));
      assert.ok(national < 0.93, `national ${national}`);
      assert.ok(regional >= 0.95, `regional ${regional}`);
      assert.ok(coverage(maps(10).map((m) => m.regional)) >= 0.95, 'areas of 10 institutions too');
    });

    it('finds nothing where nothing is: the nation’s φ orders over 1 in 100 pairs of areas of one rate, the region’s under 1 in 200', () => {
      const national = ordered(provinces.map((m) => m.national));
      const regional = ordered(provinces.map((m) => m.regional));
      assert.ok(national > 0.01, `national ${national}`);
      assert.ok(regional < 0.005, `regional ${regional}`);
    });

    it('keeps the nation’s where the region varies less: the spread region’s intervals stay wide, covering at least 95 in 100', () => {
      assert.ok(coverage(provinces.map((m) => m.spread)) >= 0.95);
    });
  });
});
