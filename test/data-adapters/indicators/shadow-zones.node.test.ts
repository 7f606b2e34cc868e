/**
 * The statistical properties the shadow-zone method must keep: no flags where
 * no area differs (a null), most planted low areas found with few flags outside
 * them, small areas not judged, and an area's counts from one allocation.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AreaKey } from '../../../data-adapters/aggregate/allocation.ts';
import { fitParticipationModel, type ModelInstitution } from '../../../data-adapters/indicators/participation-model.ts';
import { nullCalibration, plantedCalibration } from '../../../data-adapters/indicators/shadow-calibration.ts';
import { bayesianFdr, judgeLevel, shadowZoneOf, tallyAreas, type ShadowUnit } from '../../../data-adapters/indicators/shadow-zones.ts';
import { Random } from '../../../data-adapters/stats/random.ts';

const settings = { minInstitutions: 5, fdr: 0.1, nullPermutations: 10 };
/** The reference years an institution is active in any of. */
const YEARS = [2023, 2024, 2025];
const GRADES = ['comprensivo', 'secondaria-secondo-grado', 'infanzia'];

/** 8 regions × 6 provinces × 90 institutions (enough to tell a shortfall from chance); participation by region and grade only, unless `low` provinces are planted. */
function world(seed: number, low: ReadonlySet<string> = new Set(), lambda = 0.2) {
  const rng = new Random(seed);
  const institutions: ModelInstitution[] = [];
  const provinces: string[] = [];
  const y: number[] = [];
  for (let r = 1; r <= 8; r++) {
    const regionEffect = (r - 4.5) * 0.12;
    for (let p = 0; p < 6; p++) {
      const province = `${String(r).padStart(2, '0')}${p}`;
      for (let k = 0; k < 90; k++) {
        const grade = GRADES[k % 3]!;
        const logit = -0.9 + regionEffect + (grade === 'infanzia' ? -1 : grade === 'comprensivo' ? 0.3 : 0);
        const probability = (1 / (1 + Math.exp(-logit))) * (low.has(province) ? lambda : 1);
        institutions.push({ code: `${province}-${k}`, region: String(r), gradeGroup: grade, size: 300 + k * 10, innerArea: null });
        provinces.push(province);
        y.push(rng.next() < probability ? 1 : 0);
      }
    }
  }
  const model = fitParticipationModel(institutions, y);
  const units: ShadowUnit[] = institutions.map((_, i) => ({
    shares: new Map<AreaKey, number>([[`province:${provinces[i]}`, 1]]),
    expected: model.expected[i]!,
  }));
  const input = {
    units,
    y,
    strata: institutions.map((i) => `${i.region}|${i.gradeGroup}`),
    refit: (other: readonly number[]) => fitParticipationModel(institutions, other).expected,
  };
  return { institutions, units, y, input };
}

describe('shadow zones: calibration', () => {
  it('flags no more than the FDR level of areas when no area differs (permutation null)', () => {
    const { input } = world(3);
    const result = nullCalibration(input, ['province:'], settings, new Random(5))['province:']!;
    assert.equal(result.judged, 48);
    const worst = Math.max(...result.flags);
    assert.ok(worst / result.judged <= settings.fdr, `flags under the null: ${result.flags.join(', ')}`);
  });

  it('flags nothing on data drawn with no area effect at all', () => {
    for (const seed of [11, 12, 13]) {
      const { units, y } = world(seed);
      assert.equal(judgeLevel(units, y, 'province:', settings).flagged.size, 0, `seed ${seed}`);
    }
  });

  it('finds at least 80% of planted low areas with at most 10% of flags outside them', () => {
    const planted = new Set(['011', '023', '035', '042', '054', '065', '073', '081']);
    const { units, y } = world(21, planted);
    const { flagged } = judgeLevel(units, y, 'province:', settings);
    const hits = [...planted].filter((p) => flagged.has(`province:${p}`)).length;
    const outside = [...flagged].filter((key) => !planted.has(key.slice('province:'.length))).length;
    assert.ok(hits / planted.size >= 0.8, `recall ${hits}/${planted.size}`);
    assert.ok(outside / Math.max(1, flagged.size) <= 0.1, `${outside} of ${flagged.size} flags outside the planted areas`);
  });

  it('measures recall of planted areas on the data it has (the build report)', () => {
    const { input } = world(8);
    const result = plantedCalibration(input, 'province:', settings, new Random(9), {
      share: 0.2,
      minInstitutions: 20,
      removed: 0.8,
      rounds: 3,
    });
    // 48 provinces, a fifth planted in each of 3 rounds, each round drawing its own.
    assert.equal(result.rounds, 3);
    assert.ok(result.planted >= 24 && result.planted % 3 === 0, `${result.planted} planted`);
    assert.ok(result.recall >= 0.8, `recall ${result.recall}`);
    assert.ok(result.outsideShare <= 0.1, `outside ${result.outsideShare}`);
    // Each share with its 95% interval, around it; pooled over the rounds, the recall's is narrower than one round's.
    const [low, high] = result.recallInterval;
    assert.ok(low <= result.recall && result.recall <= high && high - low < 0.35, `recall interval ${low}–${high}`);
    assert.ok(result.outsideInterval[0] <= result.outsideShare && result.outsideShare <= result.outsideInterval[1]);
    const one = plantedCalibration(input, 'province:', settings, new Random(9), {
      share: 0.2,
      minInstitutions: 20,
      removed: 0.8,
      rounds: 1,
    });
    assert.equal(one.planted * 3, result.planted);
    assert.ok(one.recallInterval[1] - one.recallInterval[0] > high - low);
  });
});

describe('shadow zones: judgements', () => {
  it('counts an area from one allocation: numerator and denominator share the institutions’ shares', () => {
    // Institution A (active) has 30% of its students in comune 1 and 70% in comune 2; B (inactive) is all in comune 2.
    const units: ShadowUnit[] = [
      {
        shares: new Map<AreaKey, number>([
          ['comune:000001', 0.3],
          ['comune:000002', 0.7],
        ]),
        expected: 0.5,
      },
      { shares: new Map<AreaKey, number>([['comune:000002', 1]]), expected: 0.2 },
    ];
    const tallies = tallyAreas(units, [1, 0], 'comune:');
    const one = tallies.get('comune:000001')!;
    const two = tallies.get('comune:000002')!;
    assert.deepEqual([one.count, one.n, one.x, one.e], [1, 0.3, 0.3, 0.15]);
    assert.deepEqual([two.count, two.n, two.x], [2, 1.7, 0.7]);
    assert.ok(Math.abs(two.e - (0.7 * 0.5 + 0.2)) < 1e-12);
  });

  it('says "no data" for an area without institutions and does not judge one with too few', () => {
    const group = { share: 0.1, lambda: 0.3, iterations: 1 };
    assert.equal(shadowZoneOf(undefined, undefined, false, group, settings, YEARS).status, 'nodata');
    const few = shadowZoneOf({ count: 3, n: 3, x: 0, e: 1, sp: 0.5, sp2: 0.2 }, undefined, false, group, settings, YEARS);
    assert.equal(few.status, 'insufficient');
    assert.equal(few.n, 3);
    assert.match(few.reason!.it, /^Troppo poche istituzioni \(3, minimo 5\)/);
  });

  it('writes its reasons with the noun agreeing with the number ("1 istituzione attiva", "2 istituzioni attive")', () => {
    const group = { share: 0.1, lambda: 0.3, iterations: 1 };
    const reason = (x: number) => shadowZoneOf({ count: 6, n: 6, x, e: 2, sp: 1, sp2: 0.5 }, 0.2, false, group, settings, YEARS).reason!;
    assert.match(reason(1).it, /^1 istituzione attiva su 6 \(/);
    assert.match(reason(1).en, /^1 active institution of 6 \(/);
    assert.match(reason(2).it, /^2 istituzioni attive su 6 \(/);
    assert.match(reason(2).en, /^2 active institutions of 6 \(/);
    assert.match(reason(0.5).it, /^0,50 istituzioni attive su 6 \(/);
  });

  it("writes its counts as the map writes an area's institutions: two decimals whenever they have any", () => {
    // The map's tooltip reads "n = 295,35 istituzioni" beside these facts; "su 295,4" there read as another count.
    const group = { share: 0.1, lambda: 0.3, iterations: 1 };
    const tally = { count: 312, n: 295.35, x: 86.666, e: 80, sp: 1, sp2: 0.5 };
    const { reason } = shadowZoneOf(tally, 0.2, false, group, settings, [2025]);
    assert.match(reason!.it, /^86,67 istituzioni attive su 295,35 \(29,3%\) nel 2025\/26; /);
    assert.match(reason!.en, /^86\.67 active institutions of 295\.35 \(29\.3%\) in 2025\/26; /);
  });

  it('says the years its share of active institutions is over (a map gives one year’s share beside it)', () => {
    const group = { share: 0.1, lambda: 0.3, iterations: 1 };
    const reason = (years: number[]) =>
      shadowZoneOf({ count: 6, n: 6, x: 2, e: 2, sp: 1, sp2: 0.5 }, 0.2, false, group, settings, years).reason!;
    assert.match(reason(YEARS).it, /^2 istituzioni attive su 6 \(33,3%\) in almeno un anno dal 2023\/24 al 2025\/26; attese /);
    assert.match(reason(YEARS).en, /^2 active institutions of 6 \(33\.3%\) in at least one year from 2023\/24 to 2025\/26; /);
    assert.match(reason([2025]).it, /^2 istituzioni attive su 6 \(33,3%\) nel 2025\/26; /);
    assert.match(reason([2025]).en, /^2 active institutions of 6 \(33\.3%\) in 2025\/26; /);
  });

  it('controls the Bayesian FDR: stops when the mean probability of a false flag would pass the level', () => {
    const probabilities = new Map<AreaKey, number>([
      ['comune:000001', 0.99],
      ['comune:000002', 0.95],
      ['comune:000003', 0.8],
      ['comune:000004', 0.6],
    ]);
    // Mean (1 − P): 0.01, 0.03, 0.087, 0.165: the first three pass at 10%.
    assert.deepEqual([...bayesianFdr(probabilities, 0.1)], ['comune:000001', 'comune:000002', 'comune:000003']);
    assert.equal(bayesianFdr(probabilities, 0.02).size, 1);
  });
});
