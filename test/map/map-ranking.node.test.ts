/**
 * The map's places: exact for counts, a range for shares and survey estimates,
 * among the areas with enough institutions for other rates. The ranges are
 * calibrated: where every area has the same share they almost never put one
 * ahead of another, they hold each area's true place, and they separate
 * shares planted apart.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Random } from '../../data-adapters/stats/random.ts';
import { placeRanges, rankingOf, type RankedArea } from '../../src/map/map-ranking.ts';
import { wilson } from '../../src/util/wilson.ts';

const area = (code: string, value: number | null, institutions = 10, interval?: { low: number; high: number }): RankedArea => ({
  code,
  value,
  institutions,
  ...(interval && { interval }),
});

describe('map ranking', () => {
  it('ranks a count exactly: ties share a place, no data is unranked, lower can be better', () => {
    const areas = [area('a', 3), area('b', 5), area('c', 3), area('d', null)];
    const { places, ranges, minInstitutions } = rankingOf(areas, true, { kind: 'plain' });
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
    assert.equal(rankingOf(areas, false, { kind: 'plain' }).places.get('a'), 1);
  });

  it('ranks a rate without intervals only among the areas with enough institutions', () => {
    const areas = [area('one', 4, 1), area('big', 2, 30), area('mid', 1, 5), area('four', 9, 4)];
    const { places, minInstitutions } = rankingOf(areas, true, { kind: 'among', minInstitutions: 5 });
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

  it('gives a share the range of its Wilson interval over its institutions, and a survey estimate its own', () => {
    // One institution of one active ranks first at 100%, yet it may be behind 40 of 200 (20%); it is surely ahead of 0 of 150.
    const share = rankingOf([area('one', 1, 1), area('big', 0.2, 200), area('none', 0, 150)], true, { kind: 'share' });
    assert.equal(share.places.get('one'), 1);
    assert.deepEqual(share.ranges!.get('one'), [1, 2]);
    assert.deepEqual(share.ranges!.get('big'), [1, 2], '40 of 200 is surely ahead of 0 of 150');
    assert.deepEqual(share.ranges!.get('none'), [3, 3], 'surely behind both');
    const estimate = rankingOf(
      [area('a', 0.7, 0, { low: 0.6, high: 0.8 }), area('b', 0.3, 0, { low: 0.2, high: 0.4 }), area('c', 0.5, 0, { low: 0.1, high: 0.9 })],
      true,
      { kind: 'estimate' },
    );
    assert.deepEqual(
      [...estimate.ranges!],
      [
        ['a', [1, 2]],
        ['b', [2, 3]],
        ['c', [1, 3]],
      ],
    );
  });

  describe('calibration (shares of active institutions, simulated)', () => {
    const random = new Random(7);
    // Comuni as they are: most with one to three institutions, some towns with tens.
    const institutions = () => (random.next() < 0.8 ? 1 + random.poisson(1.5) : 5 + random.poisson(15));
    const binomial = (n: number, p: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (random.next() < p) k++;
      return k;
    };
    /** `runs` maps of `count` areas whose true share is `share(i)`. */
    const maps = (runs: number, count: number, share: (i: number) => number, size: () => number) =>
      Array.from({ length: runs }, () => {
        const areas = Array.from({ length: count }, (_, i) => {
          const n = size();
          const p = share(i);
          return { code: String(i), p, n, value: binomial(n, p) / n, institutions: n };
        });
        return { areas, ranking: rankingOf(areas, true, { kind: 'share' }) };
      });

    it('finds nothing where nothing is: with one share everywhere, under 1 in 200 pairs are ordered, most ranges are the whole field', () => {
      let pairs = 0;
      let ordered = 0;
      let whole = 0;
      let count = 0;
      for (const { areas, ranking } of maps(200, 60, () => 0.3, institutions)) {
        const bounds = areas.map((a) => wilson(a.value * a.n, a.n));
        for (const [i, a] of bounds.entries())
          for (const [j, b] of bounds.entries()) {
            if (i === j) continue;
            pairs++;
            if (a[0] > b[1]) ordered++;
          }
        for (const a of areas) {
          const [low, high] = ranking.ranges!.get(a.code)!;
          count++;
          if (low === 1 && high === ranking.places.size) whole++;
        }
      }
      assert.ok(ordered / pairs < 0.005, `${((100 * ordered) / pairs).toFixed(2)}% of pairs ordered`);
      assert.ok(whole / count > 0.9, `${((100 * whole) / count).toFixed(1)}% of ranges whole`);
    });

    it('holds each area’s true place where shares differ, at least 95 times in 100', () => {
      let held = 0;
      let count = 0;
      for (const { areas, ranking } of maps(200, 60, (i) => 0.1 + (0.6 * i) / 60, institutions)) {
        for (const a of areas) {
          const truePlace = 1 + areas.filter((b) => b.p > a.p).length;
          const [low, high] = ranking.ranges!.get(a.code)!;
          count++;
          if (low <= truePlace && truePlace <= high) held++;
        }
      }
      assert.ok(held / count >= 0.95, `${((100 * held) / count).toFixed(1)}% held`);
    });

    it('finds what was planted: areas of 50 institutions at 60% and at 15% active fall in their own halves, never the wrong one', () => {
      let separated = 0;
      let wrong = 0;
      let count = 0;
      for (const { areas, ranking } of maps(
        200,
        40,
        (i) => (i < 20 ? 0.6 : 0.15),
        () => 50,
      )) {
        for (const a of areas) {
          const [low, high] = ranking.ranges!.get(a.code)!;
          const high60 = a.p === 0.6;
          count++;
          if (high60 ? high <= 20 : low >= 21) separated++;
          if (high60 ? low > 20 : high <= 20) wrong++;
        }
      }
      assert.ok(separated / count >= 0.75, `${((100 * separated) / count).toFixed(1)}% separated`);
      assert.equal(wrong, 0);
    });
  });
});
