/**
 * The geometry of a time chart, as plain numbers and SVG path strings, with no
 * DOM: the element renders it, the tests read it. Years are evenly spaced on x;
 * y starts at zero (counts and euros) and ends at a round number.
 *
 * Lines are split in two paths: the final years solid and the provisional ones
 * (joined to the last final point) dashed. `null` values are gaps: d3-shape's
 * `defined` breaks the line there, and a year with no neighbours is still shown
 * by its marker.
 */
import { ticks } from 'd3-array';
import { area as d3Area, line as d3Line } from 'd3-shape';

export interface SeriesInput {
  values: readonly (number | null)[];
  /** Per year: the figure is provisional. */
  provisional: readonly boolean[];
  /** Per year: the value's 95% interval (a share's or a rate's), drawn as a band around the line. */
  intervals?: readonly (readonly [number, number] | null)[];
}

export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface PointGeometry {
  x: number;
  y: number;
  yearIndex: number;
  value: number;
}

export interface SeriesGeometry {
  final: string;
  provisional: string;
  /** Stacked view only: the band between this layer and the one below. */
  band: string;
  /** Lines only: the band of the values' 95% intervals, where the series has them. */
  interval: string;
  points: PointGeometry[];
  /** The last point with data, where a direct label goes. */
  last: PointGeometry | null;
}

export interface ChartModel {
  box: ChartBox;
  x: (yearIndex: number) => number;
  y: (value: number) => number;
  yTicks: number[];
  max: number;
  series: SeriesGeometry[];
}

/** Values that pile up in the stacked view: a year with any gap is a gap for all layers above it. */
export function stackValues(series: readonly SeriesInput[]): { low: (number | null)[]; high: (number | null)[] }[] {
  const years = series[0]?.values.length ?? 0;
  const base: (number | null)[] = Array.from({ length: years }, () => 0);
  return series.map((s) => {
    const low = base.slice();
    for (let i = 0; i < years; i++) {
      const value = s.values[i];
      base[i] = base[i] === null || value === null || value === undefined ? null : base[i]! + value;
    }
    return { low, high: base.slice() };
  });
}

type Layer = { low: readonly (number | null)[]; high: readonly (number | null)[]; top?: readonly (number | null)[] };

// Lines need only the values, and the tops of their intervals to fit them; the stacked view the bottom of each band.
const layersOf = (series: readonly SeriesInput[], stacked: boolean): Layer[] =>
  stacked ? stackValues(series) : series.map((s) => ({ low: [], high: s.values, top: s.intervals?.map((i) => i?.[1] ?? null) }));

/** Room for a tick at the chart's usual text size: its label (13 px of ink) and as much again between two. */
export const TICK_ROOM = 28;

/**
 * The value axis of a plot `plotHeight` pixels tall: round ticks from zero,
 * ending on the round step at or above the highest value, at least
 * `tickRoom` px apart (more with the text enlarged: at twice the size, the
 * labels of ticks 20 px apart ran into one another).
 * It depends on the height only, so a chart can size its labels' margin first.
 */
export function valueAxis(
  series: readonly SeriesInput[],
  stacked: boolean,
  plotHeight: number,
  fixedMax?: number,
  tickRoom = TICK_ROOM,
): { ticks: number[]; top: number } {
  return axisOf(layersOf(series, stacked), plotHeight, fixedMax, tickRoom);
}

function axisOf(
  layers: readonly Layer[],
  plotHeight: number,
  fixedMax: number | undefined,
  tickRoom: number,
): { ticks: number[]; top: number } {
  let max = 0;
  for (const layer of layers)
    for (const values of [layer.high, layer.top ?? []]) for (const v of values) if (v !== null && Number.isFinite(v) && v > max) max = v;
  if (fixedMax !== undefined) max = Math.max(max, fixedMax);
  const tickCount = Math.max(2, Math.min(6, Math.floor(Math.max(1, plotHeight) / tickRoom)));
  const yTicks = max > 0 ? ticks(0, max, tickCount) : [0];
  // The top tick may fall short of the data: end on the next round step.
  const step = yTicks.length > 1 ? yTicks[1]! - yTicks[0]! : 1;
  // Rounded to 12 digits: 6 × 0.05 is 0.30000000000000004 in floating point, and the label would say so.
  const top = max > 0 ? Math.max(yTicks.at(-1)!, Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12))) : 1;
  if (top > yTicks.at(-1)!) yTicks.push(top);
  return { ticks: yTicks, top };
}

/**
 * A year whose neighbours have no interval makes an area of no width: it gets
 * a bar 6 px wide instead, so that its interval shows as the others do.
 */
function loneIntervals(
  intervals: readonly (readonly [number, number] | null)[],
  x: (i: number) => number,
  y: (v: number) => number,
): string {
  let path = '';
  intervals.forEach((interval, i) => {
    if (interval && !intervals[i - 1] && !intervals[i + 1])
      path += `M${x(i) - 3},${y(interval[1])}H${x(i) + 3}V${y(interval[0])}H${x(i) - 3}Z`;
  });
  return path;
}

/** The chart of `series` over `years` years in a box; `stacked` piles them up; its ticks at least `tickRoom` px apart. */
export function chartModel(
  series: readonly SeriesInput[],
  years: number,
  box: ChartBox,
  stacked = false,
  fixedMax?: number,
  tickRoom = TICK_ROOM,
): ChartModel {
  const layers = layersOf(series, stacked);
  const plotHeight = Math.max(1, box.height - box.top - box.bottom);
  const plotWidth = Math.max(1, box.width - box.left - box.right);
  const { ticks: yTicks, top } = axisOf(layers, plotHeight, fixedMax, tickRoom);
  const x = (i: number) => box.left + (years > 1 ? (i * plotWidth) / (years - 1) : plotWidth / 2);
  const y = (v: number) => box.top + plotHeight - (v / top) * plotHeight;

  const geometry = layers.map((layer, s): SeriesGeometry => {
    const flags = series[s]!.provisional;
    const high = layer.high;
    const has = (i: number) => high[i] !== null && high[i] !== undefined && Number.isFinite(high[i]!);
    const indices = high.map((_, i) => i);
    const path = (keep: (i: number) => boolean) =>
      d3Line<number>()
        .defined((i) => has(i) && keep(i))
        .x(x)
        .y((i) => y(high[i]!))(indices) ?? '';
    const isProvisional = (i: number) => Boolean(flags[i]);
    const points = indices.filter(has).map((i) => ({ x: x(i), y: y(high[i]!), yearIndex: i, value: series[s]!.values[i] ?? 0 }));
    const band = stacked
      ? (d3Area<number>()
          .defined((i) => has(i) && layer.low[i] !== null)
          .x(x)
          .y0((i) => y(layer.low[i]!))
          .y1((i) => y(high[i]!))(indices) ?? '')
      : '';
    const intervals = stacked ? undefined : series[s]!.intervals;
    const interval = intervals
      ? (d3Area<number>()
          .defined((i) => Boolean(intervals[i]))
          .x(x)
          .y0((i) => y(intervals[i]![0]))
          .y1((i) => y(intervals[i]![1]))(indices) ?? '') + loneIntervals(intervals, x, y)
      : '';
    return {
      final: path((i) => !isProvisional(i)),
      // The dashed part starts at the final year just before a provisional one, so the line does not break.
      provisional: path((i) => isProvisional(i) || isProvisional(i + 1)),
      band,
      interval,
      points,
      last: points.at(-1) ?? null,
    };
  });
  return { box, x, y, yTicks, max: top, series: geometry };
}

/**
 * Vertical positions for direct labels at the end of the lines, moved apart so
 * that no two are closer than `gap`, kept inside [min, max].
 */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  // Each at its least place first, then apart: a label moved down to it afterwards would land on the next one.
  const placed = order.map((o) => Math.max(min, o.y));
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k]!, placed[k - 1]! + gap);
  // Pushed past the bottom: shift the whole column up, then keep the top in bounds.
  const overflow = (placed.at(-1) ?? 0) - max;
  if (overflow > 0)
    for (let k = placed.length - 1; k >= 0; k--)
      placed[k] = Math.min(placed[k]! - overflow, k < placed.length - 1 ? placed[k + 1]! - gap : Infinity);
  const result = new Array<number>(ys.length);
  order.forEach((o, k) => (result[o.i] = Math.max(min, placed[k]!)));
  return result;
}

/** A year label placed on the time axis: which year, where, and which way its text reads from there. */
export interface YearLabel {
  index: number;
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * The year labels to print at `xs` (each year's x) in a chart `width` pixels
 * wide: every k-th, always the last year, k the smallest for which no two
 * labels `labelWidth` wide (their padding included) overlap. A label that would cross
 * an edge of the chart reads inwards from its year (reflow at 320 px), which
 * moves it half a label towards its neighbour: the check uses where each one
 * really is, not the spacing of the years alone.
 */
export function yearLabels(xs: readonly number[], width: number, labelWidth: number): YearLabel[] {
  const place = (index: number): YearLabel => {
    const x = xs[index]!;
    return { index, x, anchor: x + labelWidth / 2 > width ? 'end' : x - labelWidth / 2 < 0 ? 'start' : 'middle' };
  };
  const extent = ({ x, anchor }: YearLabel) => anchoredExtent(x, labelWidth, anchor);
  for (let every = 1; every <= xs.length; every++) {
    const shown: YearLabel[] = [];
    for (let i = xs.length - 1; i >= 0; i -= every) shown.unshift(place(i));
    if (shown.every((label, k) => k === 0 || extent(shown[k - 1]!)[1]! <= extent(label)[0]!)) return shown;
  }
  return xs.length > 0 ? [place(xs.length - 1)] : [];
}

/** Where a text `width` wide, anchored at `x` as SVG's `text-anchor` says, starts and ends. */
export function anchoredExtent(x: number, width: number, anchor: 'start' | 'middle' | 'end'): [number, number] {
  return anchor === 'end' ? [x - width, x] : anchor === 'start' ? [x, x + width] : [x - width / 2, x + width / 2];
}

/** A rectangle of text on the chart, in its pixels: `x0`–`x1` across, `y0`–`y1` down. */
export interface TextBox {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The path of a vertical rule at `x` from `top` down to `end`, broken where it
 * would cross a text (an event's line drawn through a year label or another
 * annotation's label, as on a phone, strikes the text through).
 */
export function brokenRule(x: number, top: number, end: number, texts: readonly TextBox[]): string {
  let d = '';
  let from = top;
  for (const t of texts.filter((t) => t.x0 <= x && x <= t.x1).sort((a, b) => a.y0 - b.y0)) {
    if (t.y0 > from) d += `M${x},${from}V${Math.min(t.y0, end)}`;
    from = Math.max(from, t.y1);
  }
  return end > from ? `${d}M${x},${from}V${end}` : d;
}
