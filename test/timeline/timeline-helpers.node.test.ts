import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PARTICIPATION_READERS, participationByYear, isActiveYear } from '../../src/contract/participation.js';
import {
  anchoredExtent,
  brokenRule,
  chartModel,
  spreadLabels,
  stackValues,
  valueAxis,
  yearLabels,
} from '../../src/timeline/chart-model.js';
import { tickFormat, trendSentence } from '../../components/trend-timeline/trend-timeline.text.js';
import { MESSAGES } from '../../components/trend-timeline/trend-timeline.messages.js';
import type { TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { parseScope, scopeKey } from '../../src/timeline/scopes.js';
import { seriesStyle } from '../../src/timeline/series-style.js';
import { trendOf } from '../../src/timeline/trend.js';
import { schoolFixture } from '../fixtures/contract.fixture.js';

const box = { width: 320, height: 140, top: 10, right: 10, bottom: 30, left: 30 };
const round = (path: string) => path.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

describe('chart model', () => {
  it('draws a line with a gap, a dashed provisional tail joined to the last final year, and a round top', () => {
    const model = chartModel([{ values: [3, 4, null, 6, 7], provisional: [false, false, false, true, true] }], 5, box);
    assert.deepEqual(model.yTicks, [0, 2, 4, 6, 8]);
    assert.equal(model.max, 8);
    // Years 0-1 solid; year 2 is missing (a gap, not a zero); 3-4 provisional.
    assert.equal(round(model.series[0]!.final), 'M30,72.5L100,60');
    assert.equal(round(model.series[0]!.provisional), 'M240,35L310,22.5');
    assert.deepEqual(
      model.series[0]!.points.map((p) => p.yearIndex),
      [0, 1, 3, 4],
    );
    assert.equal(model.series[0]!.last!.value, 7);
  });

  it('draws a band of the intervals around the line, gaps kept, and makes room on the axis for its top', () => {
    const series = {
      values: [0.2, 0.3, null],
      provisional: [false, false, false],
      intervals: [[0.1, 0.35], [0.15, 0.62], null] as [number, number][],
    };
    const model = chartModel([series], 3, box);
    assert.equal(model.max, 0.8, 'up to the highest interval (0.62), not to the highest value (0.3)');
    // Years 0-1 between their lows and highs; year 2 has none.
    assert.equal(round(model.series[0]!.interval), 'M30,66.3L170,32.5L170,91.3L30,97.5Z');
    const lines = chartModel([{ ...series, intervals: undefined }], 3, box);
    assert.equal(lines.series[0]!.interval, '');
    assert.equal(lines.max, 0.3);
    assert.equal(chartModel([series], 3, box, true).series[0]!.interval, '', 'stacked: no interval bands');
    // A year alone between gaps: a bar 6 px wide, not an area of no width.
    const lone = chartModel([{ ...series, intervals: [null, [0.15, 0.62], null] as [number, number][] }], 3, box);
    assert.equal(round(lone.series[0]!.interval), 'M170,32.5L170,91.3ZM167,32.5H173V91.3H167Z');
  });

  it('joins the provisional part to the final year before it', () => {
    const model = chartModel([{ values: [2, 4, 6], provisional: [false, false, true] }], 3, box);
    assert.equal(round(model.series[0]!.final), 'M30,76.7L170,43.3');
    assert.equal(round(model.series[0]!.provisional), 'M170,43.3L310,10');
  });

  it('shows a single year as a point (a marker, no line)', () => {
    const model = chartModel([{ values: [null, 5, null], provisional: [false, false, false] }], 3, box);
    assert.equal(model.series[0]!.points.length, 1);
    assert.equal(model.series[0]!.points[0]!.x, 170);
  });

  it('keeps a sensible axis when every value is zero or missing', () => {
    const zero = chartModel([{ values: [0, 0], provisional: [false, false] }], 2, box);
    assert.deepEqual(zero.yTicks, [0, 1]);
    assert.equal(zero.y(0), 110);
    const empty = chartModel([{ values: [null, null], provisional: [false, false] }], 2, box);
    assert.deepEqual(empty.series[0]!.points, []);
    assert.equal(empty.series[0]!.final, '');
  });

  it('stacks layers, and a gap in a lower layer is a gap above it', () => {
    const stacked = stackValues([
      { values: [1, 2, null], provisional: [] },
      { values: [3, 4, 5], provisional: [] },
    ]);
    assert.deepEqual(stacked[1], { low: [1, 2, null], high: [4, 6, null] });
    const model = chartModel(
      [
        { values: [1, 2], provisional: [false, false] },
        { values: [3, 4], provisional: [false, false] },
      ],
      2,
      box,
      true,
    );
    assert.equal(model.max, 6);
    assert.match(model.series[1]!.band, /^M30,43\.3.*Z$/);
  });

  it('moves direct labels apart and keeps them in bounds', () => {
    assert.deepEqual(spreadLabels([50, 52, 51], 10, 0, 200), [50, 70, 60]);
    assert.deepEqual(spreadLabels([195, 196], 10, 0, 200), [190, 200]);
    // Lines ending at the top of the plot, above the least place for a label: moved down to it, then apart (the first
    // was moved down after the second had been placed from where it was, 12 px apart where 16 keep them clear).
    assert.deepEqual(spreadLabels([12, 12], 16, 16, 200), [16, 32]);
  });

  const evenly = (years: number, from: number, to: number) =>
    Array.from({ length: years }, (_, i) => from + ((to - from) * i) / (years - 1));
  const extent = ({ x, anchor }: { x: number; anchor: string }, w: number) =>
    anchor === 'end' ? [x - w, x] : anchor === 'start' ? [x, x + w] : [x - w / 2, x + w / 2];

  it('thins year labels to fit, always keeping the last year', () => {
    assert.deepEqual(
      yearLabels(evenly(12, 40, 960), 1000, 64).map((l) => l.index),
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    assert.deepEqual(
      yearLabels(evenly(12, 40, 300), 340, 64).map((l) => l.index),
      [2, 5, 8, 11],
    );
  });

  it('spaces year labels by where they really are: an edge label reads inwards, towards its neighbour', () => {
    // A phone: 12 years from 46 to 313 px in a chart 327 px wide. Every third year fitted the years' spacing
    // (73 px), but the last label, read from its year leftwards, came within 41 px of the one before and overlapped it.
    const labels = yearLabels(evenly(12, 46, 313), 327, 64);
    assert.equal(labels.at(-1)!.index, 11);
    assert.equal(labels.at(-1)!.anchor, 'end');
    assert.deepEqual(
      labels.map((l) => l.index),
      [3, 7, 11],
    );
    for (let width = 200; width <= 1400; width += 7)
      for (const years of [2, 5, 12, 20]) {
        const shown = yearLabels(evenly(years, 40, width - 14), width, 64);
        assert.equal(shown.at(-1)!.index, years - 1);
        for (const label of shown) {
          const [a, b] = extent(label, 64);
          assert.ok(a! >= -1e-9 || shown.length === 1, `label inside the chart at ${width}`);
          assert.ok(b! <= width + 1e-9 || shown.length === 1, `label inside the chart at ${width}`);
        }
        for (let k = 1; k < shown.length; k++)
          assert.ok(extent(shown[k - 1]!, 64)[1]! <= extent(shown[k]!, 64)[0]!, `labels overlap at ${width} px, ${years} years`);
      }
  });
});

describe('a rule broken around texts', () => {
  it('leaves a gap where a text lies across the line, and none beside it', () => {
    const label = { x0: 40, x1: 100, y0: 50, y1: 66 };
    assert.equal(brokenRule(70, 10, 120, [label]), 'M70,10V50M70,66V120');
    assert.equal(brokenRule(30, 10, 120, [label]), 'M30,10V120');
    assert.equal(brokenRule(101, 10, 120, [label]), 'M101,10V120');
  });

  it('merges overlapping gaps, in any order, and draws nothing where texts cover it all', () => {
    const a = { x0: 0, x1: 100, y0: 60, y1: 80 };
    const b = { x0: 0, x1: 100, y0: 30, y1: 70 };
    assert.equal(brokenRule(50, 10, 120, [a, b]), 'M50,10V30M50,80V120');
    assert.equal(brokenRule(50, 10, 120, [{ x0: 0, x1: 100, y0: 0, y1: 200 }]), '');
  });

  it('ignores texts above or below its ends and clips a text that reaches past its end', () => {
    assert.equal(brokenRule(50, 10, 120, [{ x0: 0, x1: 100, y0: 130, y1: 150 }]), 'M50,10V120');
    assert.equal(brokenRule(50, 10, 120, [{ x0: 0, x1: 100, y0: 110, y1: 130 }]), 'M50,10V110');
    assert.equal(brokenRule(50, 10, 120, [{ x0: 0, x1: 100, y0: 0, y1: 20 }]), 'M50,20V120');
  });

  it('places a text by its anchor as SVG does', () => {
    assert.deepEqual(anchoredExtent(100, 40, 'start'), [100, 140]);
    assert.deepEqual(anchoredExtent(100, 40, 'middle'), [80, 120]);
    assert.deepEqual(anchoredExtent(100, 40, 'end'), [60, 100]);
  });
});

describe('trend in words', () => {
  it('finds direction, change, peak and gaps', () => {
    // Three years that rise: too few to tell a trend from chance (src/util/mann-kendall.ts).
    const trend = trendOf([3, 4, null, 6], [2021, 2022, 2023, 2024]);
    assert.equal(trend.direction, 'unclear');
    assert.equal(trend.change, 1);
    assert.deepEqual(trend.peak, { year: 2024, value: 6 });
    assert.equal(trend.gaps, 1);
    // Too few for the test to call any trend: the sentence may judge the change's interval instead.
    assert.deepEqual([trend.count, trend.testable], [3, false]);
    const years = Array.from({ length: 12 }, (_, i) => 2014 + i);
    assert.equal(trendOf([14, 16, 17, 18, 19, 22, 22.6, 19.5, 19.7, 20, 22, 20.1], years).direction, 'rising');
    assert.equal(trendOf([14, 16, 17, 18, 19, 22, 22.6, 19.5, 19.7, 20, 22, 20.1], years).testable, true);
    assert.equal(trendOf([1, 2, 3, 4, 5], years.slice(0, 5)).testable, true);
    assert.equal(trendOf([9, 8, 8.5, 7, 6, 6.2, 5, 4, 4.5, 3, 2, 2.5], years).direction, 'falling');
    // A comune whose one or two active institutions come and go, ending higher than it began: no trend shown.
    assert.equal(trendOf([0, 1, 0, 0, 2, 1, 0, 1, 0, 0, 1, 1], years).direction, 'unclear');
    assert.equal(trendOf([10, 5], [1, 2]).direction, 'unclear');
    assert.equal(trendOf([0, 5], [1, 2]).change, null);
    assert.equal(trendOf([null, 5], [1, 2]).direction, 'single');
    assert.equal(trendOf([null, null], [1, 2]).direction, 'none');
    // The same value every year: no peak, no change to speak of (a school never active read "massimo 0 nel 2014/15").
    const flat = trendOf([0, 0, null, 0], [2021, 2022, 2023, 2024]);
    assert.equal(flat.direction, 'constant');
    assert.equal(flat.gaps, 1);
    assert.equal(trendOf([0.25, 0.25], [1, 2]).direction, 'constant');
    assert.equal(trendOf([0.25, 0.2500001], [1, 2]).direction, 'unclear');
  });

  it('says a constant series in one phrase, in both languages', () => {
    const view = { years: [2021, 2022, 2023, 2024], unit: 'count', mode: 'absolute', share: false } as unknown as TimelineViewModel;
    const series = { label: 'DINO CAMPANA', values: [0, 0, null, 0], provisional: [false, false, false, false] };
    assert.equal(trendSentence(series, view, MESSAGES.it, 'it'), 'DINO CAMPANA: 0 ogni anno, dal 2021/22 al 2024/25. Manca un anno.');
    assert.equal(
      trendSentence(series, view, MESSAGES.en, 'en'),
      'DINO CAMPANA: 0 every year, from 2021/22 to 2024/25. One year is missing.',
    );
  });
});

describe('scopes', () => {
  it('parses every level and refuses malformed ones', () => {
    assert.deepEqual(parseScope('nation'), { level: 'nation', code: 'IT' });
    assert.deepEqual(parseScope('region:09'), { level: 'region', code: '09' });
    assert.deepEqual(parseScope('province:048'), { level: 'province', code: '048' });
    assert.deepEqual(parseScope('comune:048017'), { level: 'comune', code: '048017' });
    assert.deepEqual(parseScope('school:fiic81200a'), { level: 'school', code: 'FIIC81200A' });
    for (const bad of ['region:9', 'regione:09', 'province:48', 'school:', 'planet:3']) assert.equal(parseScope(bad), null, bad);
    assert.equal(scopeKey({ level: 'region', code: '09' }), 'region:09');
  });
});

describe('participation readers', () => {
  it('read a school shard year by year, with years without rows as zero', () => {
    const years = participationByYear(schoolFixture(), [2021, 2022, 2023]);
    assert.deepEqual(
      years.map((y) => PARTICIPATION_READERS['etwinning.projects']!(y)),
      [3, 3, 0],
    );
    assert.deepEqual(
      years.map((y) => PARTICIPATION_READERS['erasmus.grant']!(y)),
      [0, 25000, 0],
    );
    assert.deepEqual(
      years.map((y) => PARTICIPATION_READERS['funding.amount']!(y)),
      [0, 7301, 0],
    );
    assert.deepEqual(years.map(isActiveYear), [true, true, false]);
  });
});

describe('series style', () => {
  it('gives 21 series distinct colour and marker pairs', () => {
    const pairs = new Set(Array.from({ length: 36 }, (_, i) => `${seriesStyle(i).colour}/${seriesStyle(i).marker}`));
    assert.equal(pairs.size, 36);
  });
});

describe('value axis labels', () => {
  const lines = (values: (number | null)[]) => [{ values, provisional: values.map(() => false) }];
  const labelsOf = (
    values: (number | null)[],
    view: { unit: 'count' | 'eur' | 'score' | 'percent'; mode: 'absolute' | 'perSchool'; share?: boolean },
    lang: 'it' | 'en' = 'it',
  ) => {
    const { ticks } = valueAxis(lines(values), false, 200);
    return ticks.map(tickFormat({ share: false, ...view }, lang, ticks));
  };

  it('gives ticks 0.05 apart two decimals: every label distinct, each the tick it stands for', () => {
    // The dashboard's share of active institutions (0.18 to 0.27) once read "0,3, 0,3, 0,2, 0,2, 0,1, 0,1, 0".
    const { ticks } = valueAxis(lines([0.18, 0.27, 0.21]), false, 200);
    assert.deepEqual(ticks, [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3]);
    const labels = labelsOf([0.18, 0.27, 0.21], { unit: 'count', mode: 'perSchool' });
    assert.deepEqual(labels, ['0', '0,05', '0,1', '0,15', '0,2', '0,25', '0,3']);
    assert.deepEqual(
      labels.map((l) => Number(l.replace(',', '.'))),
      ticks,
    );
  });

  it('writes whole steps without decimals, in the page language, and shares as percent', () => {
    assert.deepEqual(labelsOf([1200, 5400], { unit: 'count', mode: 'absolute' }, 'en'), [
      '0',
      '1,000',
      '2,000',
      '3,000',
      '4,000',
      '5,000',
      '6,000',
    ]);
    assert.deepEqual(labelsOf([0.5, 2.5], { unit: 'count', mode: 'perSchool' }), ['0', '0,5', '1', '1,5', '2', '2,5']);
    // A share 0.05 apart is 5 percentage points: whole percents.
    assert.deepEqual(labelsOf([0.12, 0.27], { unit: 'percent', mode: 'absolute' }, 'en'), ['0%', '5%', '10%', '15%', '20%', '25%', '30%']);
    assert.deepEqual(labelsOf([0.012, 0.027], { unit: 'percent', mode: 'absolute' }, 'en'), [
      '0%',
      '0.5%',
      '1%',
      '1.5%',
      '2%',
      '2.5%',
      '3%',
    ]);
  });

  it('labels an axis without data 0 to 1', () => {
    assert.deepEqual(labelsOf([null, 0], { unit: 'count', mode: 'absolute' }), ['0', '1']);
  });
});
