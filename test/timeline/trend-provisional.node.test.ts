/**
 * A trend sentence over years still being reported: Erasmus+ figures stay
 * provisional for the current year and the two before it, and a year half
 * reported reads low. Calibrated on series where nothing changes but the last
 * three years are reported at 60%: judged on every year, the test calls a
 * third of them falling; judged on the final years, about 5 in 100 a trend. And a
 * rise planted in the final years is still found under the same low tail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.js';
import { summaryOf, trendSentence } from '../../components/trend-timeline/trend-timeline.text.js';
import { Random } from '../../data-adapters/stats/random.ts';
import type { TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { trendOf, type Direction } from '../../src/timeline/trend.js';

const YEARS = Array.from({ length: 12 }, (_, i) => 2014 + i);
/** The last three years provisional, as Erasmus+'s are in the data tools (data-adapters/stages/programmes.ts). */
const PROVISIONAL = YEARS.map((_, i) => i >= YEARS.length - 3);
const REPORTED = 0.6;
const RUNS = 3000;

/** The share of `RUNS` series from `draw`, their provisional years reported at 60%, that `judge` calls each direction. */
function verdicts(seed: number, draw: (random: Random, year: number) => number, judge: (values: number[]) => Direction) {
  const random = new Random(seed);
  const counts = { rising: 0, falling: 0 };
  for (let run = 0; run < RUNS; run++) {
    const values = YEARS.map((_, i) => draw(random, i) * (PROVISIONAL[i] ? REPORTED : 1));
    const direction = judge(values);
    if (direction === 'rising' || direction === 'falling') counts[direction]++;
  }
  return { rising: counts.rising / RUNS, falling: counts.falling / RUNS };
}

const everyYear = (values: number[]) => trendOf(values, YEARS).direction;
const finalYears = (values: number[]) => trendOf(values, YEARS, PROVISIONAL).direction;
const steady = (random: Random) => 50 + 10 * random.normal();

describe('trend over provisional years', () => {
  it('calls a steady series with a half-reported tail falling when it counts that tail, and about 5 in 100 a trend when it does not', () => {
    const counted = verdicts(3, steady, everyYear);
    assert.ok(counted.falling >= 0.25, `every year: ${(100 * counted.falling).toFixed(1)}% falling`);
    const judged = verdicts(3, steady, finalYears);
    assert.ok(judged.rising + judged.falling <= 0.06, `final years: ${JSON.stringify(judged)}`);
    assert.ok(Math.abs(judged.rising - judged.falling) < 0.02, `final years, as often rising as falling: ${JSON.stringify(judged)}`);
  });

  it('finds a rise and a fall planted in the final years under the same low tail', () => {
    const rise = (random: Random, year: number) => 50 + 5 * year + 10 * random.normal();
    const up = verdicts(4, rise, finalYears);
    assert.ok(up.rising >= 0.8 && up.falling < 0.002, JSON.stringify(up));
    // Counting the tail hides it: about 3 in 100 found.
    assert.ok(verdicts(4, rise, everyYear).rising <= 0.2);
    const down = verdicts(5, (random, year) => 100 - 5 * year + 10 * random.normal(), finalYears);
    assert.ok(down.falling >= 0.8 && down.rising < 0.002, JSON.stringify(down));
  });

  it('gives a steady series no change, and a planted one its size, where the change to a half-reported last year reads a fall', () => {
    /** The median of the changes `trendOf` says over `RUNS` series from `draw`, their provisional years reported at 60%. */
    const medianChange = (seed: number, draw: (random: Random, year: number) => number, provisional: boolean[]) => {
      const random = new Random(seed);
      const changes = Array.from({ length: RUNS }, () => {
        const values = YEARS.map((_, i) => draw(random, i) * (PROVISIONAL[i] ? REPORTED : 1));
        return trendOf(values, YEARS, provisional).change!;
      }).sort((a, b) => a - b);
      return changes[RUNS >> 1]!;
    };
    // The null: nothing changes, and the change said is about none (to the half-reported last year: about -40%).
    assert.ok(Math.abs(medianChange(6, steady, PROVISIONAL)) < 0.02, `steady: ${medianChange(6, steady, PROVISIONAL)}`);
    assert.ok(
      medianChange(
        6,
        steady,
        YEARS.map(() => false),
      ) < -0.35,
    );
    // Planted: from 50 to 90 by the last final year (+80%), found as such.
    const rise = (random: Random, year: number) => 50 + 5 * Math.min(year, 8) + 5 * random.normal();
    const found = medianChange(7, rise, PROVISIONAL);
    assert.ok(Math.abs(found - 0.8) < 0.05, `planted +80%: ${found}`);
  });

  it('names the provisional years and the last year judged; tests every year where all are provisional', () => {
    const values = [14, 16, 17, 18, 19, 22, 22.6, 23, 24, 12, 11, 8];
    const trend = trendOf(values, YEARS, PROVISIONAL);
    assert.equal(trend.direction, 'rising');
    assert.deepEqual(trend.provisional, [2023, 2024, 2025]);
    assert.equal(trend.testedThrough, 2022);
    // The values said are the chart's, from the first year to the last; the change runs to the last final year.
    assert.deepEqual(
      [trend.first, trend.to, trend.last],
      [
        { year: 2014, value: 14 },
        { year: 2022, value: 24 },
        { year: 2025, value: 8 },
      ],
    );
    assert.equal(trend.change, (24 - 14) / 14);
    // Nothing final after the first year: no change to say; the last final value is the last: the change runs to it.
    const onlyFirstFinal = trendOf([10, 4, 3], [1, 2, 3], [false, true, true]);
    assert.deepEqual([onlyFirstFinal.to, onlyFirstFinal.change], [null, null]);
    assert.equal(trendOf([10, 12, 15], [1, 2, 3], [false, false, false]).to?.value, 15);
    assert.equal(trendOf(values, YEARS).direction, 'unclear');
    const allProvisional = trendOf(
      [9, 8, 8.5, 7, 6, 6.2, 5, 4, 4.5, 3, 2, 2.5],
      YEARS,
      YEARS.map(() => true),
    );
    assert.equal(allProvisional.direction, 'falling');
    assert.equal(allProvisional.testedThrough, null);
    assert.equal(allProvisional.provisional.length, 12);
    // Every value provisional: they are compared among themselves.
    assert.equal(allProvisional.to, allProvisional.last);
    // A provisional year without a value is not said.
    assert.deepEqual(trendOf([1, 2, null], [1, 2, 3], [false, true, true]).provisional, [2]);
  });

  it('says so in both languages', () => {
    const view = { years: YEARS, unit: 'count', mode: 'absolute', share: false } as unknown as TimelineViewModel;
    const series = { label: 'Italia', values: [14, 16, 17, 18, 19, 22, 22.6, 23, 24, 12, 11, 8], provisional: PROVISIONAL };
    assert.equal(
      trendSentence(series, view, MESSAGES.it, 'it'),
      'Italia: in crescita, da 14 nel 2014/15 a 24 nel 2022/23 (+71%), poi 8 nel 2025/26 (provvisorio); massimo 24 nel 2022/23. ' +
        'I dati del 2023/24, 2024/25 e 2025/26 sono provvisori: la tendenza e la variazione sono valutate sugli anni fino al 2022/23, con dati definitivi.',
    );
    assert.equal(
      trendSentence(series, view, MESSAGES.en, 'en'),
      'Italia: rising, from 14 in 2014/15 to 24 in 2022/23 (+71%), then 8 in 2025/26 (provisional); peak 24 in 2022/23. ' +
        'The figures of 2023/24, 2024/25 and 2025/26 are provisional: the trend and the change are judged on the years up to 2022/23, with final figures.',
    );
    const single = { ...series, values: [...YEARS.map(() => null).slice(1), 5] };
    assert.equal(
      trendSentence(single, view, MESSAGES.en, 'en'),
      'Italia: 5 in 2025/26, one year of data. The 2025/26 figure is provisional.',
    );
  });

  it('says a note every series shares once, after them all, and each its own otherwise', () => {
    const view = { years: [2021, 2022, 2023, 2024], unit: 'count', mode: 'absolute', share: false } as unknown as TimelineViewModel;
    const tail = [false, false, true, true];
    const school = { label: 'Scuola', values: [1, 2, 3, 4], provisional: tail };
    const comune = { label: 'Comune', values: [2, 3, 4, 5], provisional: tail };
    const shared = summaryOf({ ...view, series: [school, comune] }, MESSAGES.it, 'it');
    assert.equal(shared.split('sono provvisori').length, 2, shared);
    assert.ok(shared.indexOf('Comune:') < shared.indexOf('sono provvisori'), shared);
    const own = summaryOf({ ...view, series: [school, { ...comune, provisional: [false, false, false, false] }] }, MESSAGES.it, 'it');
    assert.ok(own.indexOf('sono provvisori') < own.indexOf('Comune:'), own);
    assert.equal(own.split('sono provvisori').length, 2, own);
    // A series without values says nothing of provisional years and does not stop the others sharing one note.
    const empty = { label: 'Plesso', values: [null, null, null, null], provisional: tail };
    const beside = summaryOf({ ...view, series: [school, empty, comune] }, MESSAGES.it, 'it');
    assert.ok(
      beside.endsWith(
        'Comune: senza una crescita né un calo costanti, da 2 nel 2021/22 a 3 nel 2022/23 (+50%), poi 5 nel 2024/25 (provvisorio); massimo 5 nel 2024/25. ' +
          'I dati del 2023/24 e 2024/25 sono provvisori: la tendenza e la variazione sono valutate sugli anni fino al 2022/23, con dati definitivi.',
      ),
      beside,
    );
    assert.ok(beside.includes('Plesso: nessun dato.'), beside);
  });
});
