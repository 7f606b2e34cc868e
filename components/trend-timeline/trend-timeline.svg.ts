/**
 * The SVG of a time chart from its model: grid and y ticks, provisional years
 * hatched, programme periods and events under the axis, lines (final solid,
 * provisional dashed) with the bands of their 95% intervals, or stacked bands, markers, direct labels and the focus
 * and selected-year rules. Strings from data go in as text nodes only; series
 * colours through classes (`seriesStyle`), no inline style, which a strict
 * Content-Security-Policy would block; the series of one colour drawn as one
 * group of three paths (final, provisional, markers).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { spreadLabels, yearLabels, type ChartModel } from '../../src/timeline/chart-model.js';
import { markersPath, seriesStyle } from '../../src/timeline/series-style.js';

/**
 * The chart's text is set at the notes' size (0.875em, 14 px by default): one
 * type size for the whole element, so the first paint looks up one font, not
 * one per size. Rows of text under the axis are this many pixels apart.
 */
export const TEXT_ROW = 18;
/** A generous width of one character of an annotation (the chart's 14 px text, in Titillium or a wider fallback), to keep labels inside the chart. */
const LABEL_CHAR_WIDTH = 8;

/** Where the first annotation row starts under the plot, below the year labels. */
export const ANNOTATIONS_TOP = 30;
/** Room for one year label ("2014/15") at that size. */
const YEAR_LABEL_WIDTH = 64;

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
  /** The width a year label takes, as measured on screen (the reader's text spacing widens it); 64 px by default. */
  yearLabelWidth?: number;
}

const half = (model: ChartModel, years: number) =>
  years > 1 ? (model.x(1) - model.x(0)) / 2 : (model.box.width - model.box.left - model.box.right) / 2;

function axes(model: ChartModel, labels: ChartLabels, years: number): SVGTemplateResult {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  return svg`
    <g class="grid">
      <path d=${model.yTicks.map((t) => `M${box.left},${model.y(t)}H${right}`).join('')}></path>
      ${model.yTicks.map((t) => svg`<text class="tick" x=${box.left - 6} y=${model.y(t)} dy="0.32em" text-anchor="end">${labels.formatTick(t)}</text>`)}
    </g>
    ${yearLabels(
      Array.from({ length: years }, (_, i) => model.x(i)),
      box.width,
      labels.yearLabelWidth ?? YEAR_LABEL_WIDTH,
    ).map(
      ({ index, x, anchor }) =>
        svg`<text class="tick year" x=${x} y=${bottom + TEXT_ROW} text-anchor=${anchor}>${labels.yearLabels[index]}</text>`,
    )}
  `;
}

interface ColourGroup {
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
 * and paint).
 */
function seriesByColour(model: ChartModel, markers: boolean): ColourGroup[] {
  const groups = new Map<string, ColourGroup>();
  model.series.forEach((s, i) => {
    const style = seriesStyle(i);
    let group = groups.get(style.className);
    if (!group)
      groups.set(style.className, (group = { className: style.className, intervals: '', final: '', provisional: '', markers: '' }));
    group.intervals += s.interval;
    group.final += s.final;
    group.provisional += s.provisional;
    if (markers) group.markers += markersPath(s.points, style.marker);
  });
  return [...groups.values()];
}

export function chartSvg(model: ChartModel, labels: ChartLabels, years: number): SVGTemplateResult {
  const { box } = model;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const step = half(model, years);
  const clampX = (x: number) => Math.min(right, Math.max(box.left, x));
  const band = (i: number) => [clampX(model.x(i) - step), clampX(model.x(i) + step)] as const;
  const labelYs = labels.directLabels
    ? spreadLabels(
        model.series.map((s) => s.last?.y ?? bottom),
        TEXT_ROW - 2,
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
    ${labels.axes ? axes(model, labels, years) : nothing}
    ${labels.annotations.map((a, k) => {
      const y = bottom + ANNOTATIONS_TOP + k * TEXT_ROW;
      // Labels stay inside the chart's width (reflow at 320 px): an estimate of their width keeps them off the edges.
      const half = Math.min((a.label.length * LABEL_CHAR_WIDTH) / 2, (right - box.left) / 2);
      if (a.kind === 'event') {
        const x = model.x(a.from);
        // The label reads from its line towards the middle of the chart, else towards the other side when only
        // that one has room for it, else as near its line as the chart's edges allow (a phone).
        const width = a.label.length * LABEL_CHAR_WIDTH;
        const rightwards = x + 3 + width <= box.width;
        const leftwards = x - 3 - width >= 0;
        const [at, anchor] =
          rightwards && (!leftwards || x <= (box.left + right) / 2)
            ? [x + 3, 'start']
            : leftwards
              ? [x - 3, 'end']
              : [Math.max(0, Math.min(box.width - width, x - width / 2)), 'start'];
        return svg`<g class="annotation event"><line x1=${x} x2=${x} y1=${box.top} y2=${y}></line>
          <text x=${at} y=${y + 14} text-anchor=${anchor}>${a.label}</text></g>`;
      }
      const x0 = clampX(model.x(a.from) - step);
      const x1 = clampX(model.x(a.to) + step);
      const centre = Math.min(right - half, Math.max(box.left + half, (x0 + x1) / 2));
      return svg`<g class="annotation period"><line x1=${x0} x2=${x1} y1=${y} y2=${y}></line>
        <text x=${centre} y=${y + 14} text-anchor="middle">${a.label}</text></g>`;
    })}
    ${labels.stacked ? model.series.map((s, i) => svg`<path class=${`band ${seriesStyle(i).className}`} d=${s.band}></path>`) : nothing}
    ${seriesByColour(model, labels.markers).map(
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
              ? svg`<text class=${`direct-label ${seriesStyle(i).className}`} x=${s.last.x + 9} y=${labelYs[i]} dy="0.32em">${labels.series[i]}</text>`
              : nothing,
          )
        : nothing
    }
    ${rule(labels.selected, 'selected')}
    ${rule(labels.focus, 'focus')}
  `;
}
