/**
 * The SVG of a time chart from its model: grid and y ticks, provisional years
 * hatched, programme periods and events under the axis, lines (final solid,
 * provisional dashed) with the bands of their 95% intervals, or stacked bands,
 * markers, direct labels and the focus and selected-year rules; one line in
 * emphasis with its band, the others faded without theirs. Strings from data
 * go in as text nodes only; series colours through classes (`seriesStyle`), no inline style, which a strict
 * Content-Security-Policy would block; the series of one colour drawn as one
 * group of three paths (final, provisional, markers).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import {
  anchoredExtent,
  brokenRule,
  spreadLabels,
  TICK_ROOM,
  yearLabels,
  type ChartModel,
  type TextBox,
  type YearLabel,
} from '../../src/timeline/chart-model.js';
import { annotationLines } from '../../src/timeline/annotation-lines.js';
import { markersPath, seriesStyle } from '../../src/timeline/series-style.js';

/**
 * The chart's text is set at the notes' size (0.875em, 14 px at the reader's
 * default): one type size for the whole element, so the first paint looks up
 * one font, not one per size.
 */
export const CHART_TEXT_SIZE = 14;

/**
 * The chart's text geometry in px for its text's size on screen (`size`: 14
 * at the reader's default), all of it growing with the text: with the text
 * enlarged (the reader's default size, `--se-font-size`; WCAG 1.4.4) rows
 * kept 14 px text apart, and at 28 px the year labels ran into the
 * annotations and the lines' names into one another.
 */
export function textGeometry(size = CHART_TEXT_SIZE) {
  const s = size / CHART_TEXT_SIZE;
  return {
    /** The text's size over the default's. */
    scale: s,
    /** Rows of text under the axis are this far apart. */
    row: 18 * s,
    /** Where the first annotation row starts under the plot, below the year labels. */
    annotationsTop: 30 * s,
    /** Where an annotation's text sits in its row: its baseline this far below the row's line. */
    baseline: 14 * s,
    /** How far a line of text reaches above its baseline and below it (the font's ascent and descent, 13 and 4 px, and 2 px clear of them). */
    above: 15 * s,
    below: 6 * s,
    /** A line's name at its end starts this far right of its last point. */
    gap: 9 * s,
    /** A generous width of one character (in Titillium or a wider fallback), to keep labels inside the chart. */
    character: 8 * s,
    /** Room for one year label ("2014/15"). */
    yearLabel: 64 * s,
    /** Above the plot: half its top tick label's height, and clear of it. */
    top: 12 * s,
    /** The value axis's ticks at least this far apart (at twice the size, labels 20 px apart ran into one another). */
    tickRoom: TICK_ROOM * s,
  };
}

export type TextGeometry = ReturnType<typeof textGeometry>;

/**
 * The width an annotation's character is placed and broken by: as measured on screen where that is wider than the
 * text geometry's guess (the reader's text spacing), else the guess. One rule for the chart's rows and its labels.
 */
export const annotationCharacter = (measured: number | undefined, text: TextGeometry) => Math.max(measured ?? 0, text.character);

export interface ChartLabels {
  /** Series labels (for direct labels). */
  series: readonly string[];
  yearLabels: readonly string[];
  formatTick: (value: number) => string;
  /** Per year: some shown series is provisional there. */
  provisional: readonly boolean[];
  provisionalLabel: string;
  /** Periods and events, `from`/`to` as year indices already clipped to the chart. */
  annotations: readonly { kind: 'period' | 'event'; from: number; to: number; label: string }[];
  stacked: boolean;
  /** Grid, ticks and year labels (off for sparklines and small multiples). */
  axes: boolean;
  directLabels: boolean;
  markers: boolean;
  focus: number | null;
  selected: number | null;
  /** The series that a later one has the values of every year and is drawn over (`SeriesView.sameAs`), by index. */
  under?: ReadonlySet<number | undefined>;
  /**
   * The series a reader points at or picks with the keyboard (src/timeline/nearest-series.ts): drawn last, wider,
   * with its band; the others faded, without theirs. None by default.
   */
  emphasis?: number | null;
  /** The width a year label takes, as measured on screen (the reader's text spacing widens it); the text geometry's by default. */
  yearLabelWidth?: number;
  /** The width of one character of an annotation's label, as measured on screen (the reader's text spacing widens it); the text geometry's by default. */
  annotationCharWidth?: number;
  /** The chart's text geometry for its text's size on screen (the model's: `chartFor`); 14 px text by default. */
  text?: TextGeometry;
}

/** Keeps an x inside the plot, between its left and right margins. */
const clampToPlot =
  ({ box }: ChartModel) =>
  (x: number) =>
    Math.min(box.width - box.right, Math.max(box.left, x));

const half = (model: ChartModel, years: number) =>
  years > 1 ? (model.x(1) - model.x(0)) / 2 : (model.box.width - model.box.left - model.box.right) / 2;

const textBox = ([x0, x1]: readonly [number, number], baseline: number, text: TextGeometry): TextBox => ({
  x0,
  x1,
  y0: baseline - text.above,
  y1: baseline + text.below,
});

function axes(model: ChartModel, labels: ChartLabels, shown: readonly YearLabel[], text: TextGeometry): SVGTemplateResult {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  return svg`
    <g class="grid">
      <path d=${model.yTicks.map((t) => `M${box.left},${model.y(t)}H${right}`).join('')}></path>
      ${model.yTicks.map((t) => svg`<text class="tick" x=${box.left - 6} y=${model.y(t)} dy="0.32em" text-anchor="end">${labels.formatTick(t)}</text>`)}
    </g>
    ${shown.map(
      ({ index, x, anchor }) =>
        svg`<text class="tick year" x=${x} y=${bottom + text.row} text-anchor=${anchor}>${labels.yearLabels[index]}</text>`,
    )}
  `;
}

/**
 * Each period and event in its rows under the axis (`y`, its line's), its
 * label kept inside the chart (reflow at 320 px) by an estimate of its width
 * (its characters at the width measured on screen, where wider than guessed),
 * in as many lines as that takes (src/timeline/annotation-lines.ts), and the
 * box that label takes.
 */
function placeAnnotations(model: ChartModel, labels: ChartLabels, step: number, text: TextGeometry) {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const clampX = clampToPlot(model);
  const characterWidth = annotationCharacter(labels.annotationCharWidth, text);
  let row = 0;
  return labels.annotations.map((a) => {
    const y = bottom + text.annotationsTop + row * text.row;
    const lines = annotationLines(a.label, characterWidth, box.width);
    row += lines.length;
    const width = Math.max(...lines.map((line) => line.length)) * characterWidth;
    let x0 = model.x(a.from);
    let x1 = x0;
    let at: number;
    let anchor: 'start' | 'middle' | 'end' = 'start';
    if (a.kind === 'event') {
      // The label reads from its line towards the middle of the chart, else towards the other side when only
      // that one has room for it, else as near its line as the chart's edges allow (a phone).
      const rightwards = x0 + 3 + width <= box.width;
      const leftwards = x0 - 3 - width >= 0;
      if (rightwards && (!leftwards || x0 <= (box.left + right) / 2)) at = x0 + 3;
      else if (leftwards) [at, anchor] = [x0 - 3, 'end'];
      else at = Math.max(0, Math.min(box.width - width, x0 - width / 2));
    } else {
      x0 = clampX(x0 - step);
      x1 = clampX(model.x(a.to) + step);
      // Under its period, inside the plot where it fits, else inside the chart.
      const [from, to] = width <= right - box.left ? [box.left, right] : [0, box.width];
      at = Math.min(to - width / 2, Math.max(from + width / 2, (x0 + x1) / 2));
      anchor = 'middle';
    }
    const first = textBox(anchoredExtent(at, width, anchor), y + text.baseline, text);
    return { ...a, lines, y, x0, x1, at, anchor, box: { ...first, y1: first.y1 + (lines.length - 1) * text.row } };
  });
}

/**
 * The annotations' lines and labels. An event's line runs from the top of the
 * plot down to its own row, broken where a year label or another annotation's
 * label lies across it (on a phone it struck "2020/21" through).
 */
function annotationsSvg(
  model: ChartModel,
  placed: ReturnType<typeof placeAnnotations>,
  yearBoxes: readonly TextBox[],
  { row, baseline }: TextGeometry,
) {
  return placed.map((a, k) => {
    // One line as a text, more a tspan each, the words' space kept at the end of each but the last (copied whole).
    const lines =
      a.lines.length === 1
        ? a.lines[0]
        : a.lines.map((line, i) => svg`<tspan x=${a.at} dy=${i === 0 ? 0 : row}>${i < a.lines.length - 1 ? `${line} ` : line}</tspan>`);
    const text = svg`<text text-anchor=${a.anchor} x=${a.at} y=${a.y + baseline}>${lines}</text>`;
    if (a.kind === 'event') {
      const others = [...yearBoxes, ...placed.filter((_, j) => j !== k).map((o) => o.box)];
      return svg`<g class="annotation event"><path d=${brokenRule(a.x0, model.box.top, a.y, others)}></path>${text}</g>`;
    }
    return svg`<g class="annotation period"><line x1=${a.x0} x2=${a.x1} y1=${a.y} y2=${a.y}></line>${text}</g>`;
  });
}

interface ColourGroup {
  /**
   * `c0`…`c5`, and `under` for series that a later one hides: drawn wider, first, so that both colours show;
   * `faded` beside a series in emphasis, which is a group of its own, `emphasis`, drawn last.
   */
  className: string;
  intervals: string;
  final: string;
  provisional: string;
  markers: string;
}

/**
 * The lines and markers of the series that share a colour, as three paths:
 * each series keeps its marker shape inside the markers path, so 21 series
 * become 6 groups of 3 elements instead of 21 (fewer nodes to create, lay out
 * and paint). A series in emphasis is a group of its own, drawn last; the
 * others' groups then lose their bands.
 */
function seriesByColour(
  model: ChartModel,
  markers: boolean,
  under: ReadonlySet<number | undefined> = new Set(),
  emphasis: number | null = null,
): ColourGroup[] {
  const groups = new Map<string, ColourGroup>();
  const emphasised = emphasis !== null && emphasis < model.series.length;
  model.series.forEach((s, i) => {
    const style = seriesStyle(i);
    const className = `${style.className}${under.has(i) ? ' under' : ''}${!emphasised ? '' : i === emphasis ? ' emphasis' : ' faded'}`;
    let group = groups.get(className);
    if (!group) groups.set(className, (group = { className, intervals: '', final: '', provisional: '', markers: '' }));
    if (!emphasised || i === emphasis) group.intervals += s.interval;
    group.final += s.final;
    group.provisional += s.provisional;
    if (markers) group.markers += markersPath(s.points, style.marker);
  });
  const rank = (group: ColourGroup) => (group.className.endsWith('emphasis') ? 1 : group.className.includes('under') ? -1 : 0);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b));
}

export function chartSvg(model: ChartModel, labels: ChartLabels, years: number): SVGTemplateResult {
  const { box } = model;
  const text = labels.text ?? textGeometry();
  const bottom = box.height - box.bottom;
  const step = half(model, years);
  const clampX = clampToPlot(model);
  const band = (i: number) => [clampX(model.x(i) - step), clampX(model.x(i) + step)] as const;
  const yearLabelWidth = Math.max(labels.yearLabelWidth ?? 0, text.yearLabel);
  const shownYears = labels.axes
    ? yearLabels(
        Array.from({ length: years }, (_, i) => model.x(i)),
        box.width,
        yearLabelWidth,
      )
    : [];
  const yearBoxes = shownYears.map(({ x, anchor }) => textBox(anchoredExtent(x, yearLabelWidth, anchor), bottom + text.row, text));
  const labelYs = labels.directLabels
    ? spreadLabels(
        model.series.map((s) => s.last?.y ?? bottom),
        text.row - 2,
        box.top + 4,
        bottom,
      )
    : [];
  const rule = (i: number | null, kind: string) =>
    i === null ? nothing : svg`<line class=${`rule ${kind}`} x1=${model.x(i)} x2=${model.x(i)} y1=${box.top} y2=${bottom}></line>`;
  return svg`
    <defs>
      <pattern id="provisional-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
      </pattern>
    </defs>
    ${labels.provisional.map((p, i) => (p ? svg`<rect class="provisional-band" x=${band(i)[0]} y=${box.top} width=${band(i)[1] - band(i)[0]} height=${bottom - box.top}><title>${labels.provisionalLabel}</title></rect>` : nothing))}
    ${labels.axes ? axes(model, labels, shownYears, text) : nothing}
    ${annotationsSvg(model, placeAnnotations(model, labels, step, text), yearBoxes, text)}
    ${labels.stacked ? model.series.map((s, i) => svg`<path class=${`band ${seriesStyle(i).className}`} d=${s.band}></path>`) : nothing}
    ${seriesByColour(model, labels.markers, labels.under, labels.emphasis).map(
      (g) => svg`<g class=${`series ${g.className}`}>
        ${g.intervals ? svg`<path class="interval" d=${g.intervals}></path>` : nothing}
        <path class="line" d=${g.final}></path>
        <path class="line provisional" d=${g.provisional}></path>
        <path class="marker" d=${g.markers}></path>
      </g>`,
    )}
    ${
      labels.directLabels
        ? model.series.map((s, i) =>
            s.last
              ? svg`<text class=${`direct-label ${seriesStyle(i).className}${labels.emphasis === i ? ' emphasis' : ''}`} x=${s.last.x + text.gap} y=${labelYs[i]} dy="0.32em">${labels.series[i]}</text>`
              : nothing,
          )
        : nothing
    }
    ${rule(labels.selected, 'selected')}
    ${rule(labels.focus, 'focus')}
  `;
}
