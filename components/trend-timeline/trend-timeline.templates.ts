/**
 * The parts of <trend-timeline> that are pure templates of its view: the chart
 * model for a size, the legend, the table, the tooltip, the sparkline and the
 * small multiples. The element keeps what reacts to the user (the chart's
 * keyboard and pointer, the toolbar) and puts these together.
 */
import { html, nothing, svg } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { annotationRows } from '../../src/timeline/annotation-lines.js';
import { chartModel, valueAxis, type ChartModel } from '../../src/timeline/chart-model.js';
import type { TimelineData } from '../../src/timeline/load-timeline.js';
import { seriesStyle } from '../../src/timeline/series-style.js';
import { provisionalFlags } from '../../src/contract/provisional-years.js';
import { intervalsOf, seriesValues, undividedIn, type TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { besidePoint } from '../../src/util/beside-point.js';
import type { TrendTimelineMessages } from './trend-timeline.messages.js';
import { annotationCharacter, chartSvg, textGeometry, type ChartLabels, type TextGeometry } from './trend-timeline.svg.js';
import { formatFor, missingText, summaryOf, tableValue, tickFormat, trendSentence, valuesAt } from './trend-timeline.text.js';

/** Above this many lines, the legend and the markers name them (see `directLabels`). */
const MAX_DIRECT_LABELS = 10;

/** A line's name as its end shows it: 21 characters at most. */
export const shortLabel = (label: string) => (label.length > 21 ? `${label.slice(0, 20)}…` : label);

/** A line's name starts the text's gap right of its last point, and keeps 4 px from the chart's edge. */
const labelRoomExtra = (text: TextGeometry) => text.gap + 4;

/**
 * The room beside the plot for the lines' names, guessed at the text's width
 * of a character (8 px of the chart's 14 px text); the element measures the
 * drawn names and widens it where they need more (capitals, a host's wider
 * font, text spacing).
 */
export const labelRoomGuess = (series: readonly { label: string }[], text = textGeometry()) =>
  labelRoomExtra(text) + text.character * Math.max(0, ...series.map((s) => shortLabel(s.label).length));

/** The room the drawn names take, measured: their widest, with its gap and margin. */
export const labelRoomOf = (widths: readonly number[], text = textGeometry()) => Math.ceil(labelRoomExtra(text) + Math.max(0, ...widths));

/**
 * Lines are named at their ends when there is room beside the chart (their
 * names in at most 30% of its width: they were cut off at its edge), few
 * enough of them, and their shortened names still tell them apart: beyond
 * MAX_DIRECT_LABELS the labels, kept a text row apart, land far from their
 * lines, and "Progetti eTwinning ·…" twice (Toscana's and Italy's) names
 * neither; the legend with its markers names them instead.
 */
export function directLabels(width: number, series: readonly { label: string }[], room = labelRoomGuess(series)): boolean {
  return (
    width >= 480 &&
    room <= width * 0.3 &&
    series.length <= MAX_DIRECT_LABELS &&
    new Set(series.map((s) => shortLabel(s.label))).size === series.length
  );
}

/** The full chart's size for the element's width. */
export function chartSize(boxWidth: number): { width: number; height: number } {
  const width = Math.max(240, boxWidth || 640);
  return { width, height: Math.round(Math.min(380, Math.max(220, width * 0.5))) };
}

/** What a full chart's layout reads besides its view and size: what the element measured on screen. */
export interface ChartText {
  /** Room for the lines' names, when they are drawn (guessed from their length by default). */
  room?: number;
  /** An annotation's character, as drawn (the text geometry's by default). */
  characterWidth?: number;
  /** The text geometry for the chart's text's size on screen (14 px by default). */
  text?: TextGeometry;
}

/**
 * The chart's scales and shapes for a size; `compact` for a sparkline (no axes, labels or annotations). Its text
 * broken into more lines or enlarged makes it taller by what that takes beyond one row per annotation at the
 * default size, not its plot shorter.
 */
export function chartFor(
  view: TimelineViewModel,
  width: number,
  height: number,
  compact: boolean,
  lang: Language,
  measured: ChartText = {},
): ChartModel {
  const text = measured.text ?? textGeometry();
  const room = measured.room ?? labelRoomGuess(view.series, text);
  const right = compact ? 8 : directLabels(width, view.series, room) ? room : 14;
  const labels = compact ? [] : view.annotations.map((a) => a.label);
  const rows = annotationRows(labels, annotationCharacter(measured.characterWidth, text), width);
  const top = compact ? 4 : text.top;
  const bottom = compact ? 4 : text.annotationsTop + rows * text.row;
  const usual = textGeometry();
  const tall = compact ? height : height + top + bottom - (usual.top + usual.annotationsTop + labels.length * usual.row);
  const left = compact ? 2 : tickMargin(view, tall - top - bottom, lang, text);
  const box = { width, height: tall, top, right, bottom, left };
  return chartModel(view.series, view.years.length, box, view.stacked, view.valueMax, text.tickRoom);
}

/** Room on the left for the longest tick label (the ticks depend on the plot's height only). */
function tickMargin(view: TimelineViewModel, plotHeight: number, lang: Language, text: TextGeometry): number {
  // The page's value-max too: its ticks may be longer than the data's ("2.000" beside "6").
  const { ticks } = valueAxis(view.series, view.stacked, plotHeight, view.valueMax, text.tickRoom);
  const format = tickFormat(view, lang, ticks);
  return Math.min(100, 12 + Math.max(...ticks.map((t) => format(t).length)) * 8.5) * text.scale;
}

/** What a sparkline or a small multiple draws: the line alone, and the chosen year. */
export const bareLabels = (selected: number | null): ChartLabels => ({
  series: [],
  yearLabels: [],
  formatTick: String,
  provisional: [],
  provisionalLabel: '',
  annotations: [],
  stacked: false,
  axes: false,
  directLabels: false,
  markers: false,
  focus: null,
  selected,
});

/**
 * The legend; `point` is told which entry the mouse is over (and `null` when it leaves): its line is drawn with its
 * band. The keyboard reaches the same lines in the chart, with the up and down arrows.
 */
export function renderLegend(view: TimelineViewModel, t: TrendTimelineMessages, point?: (series: number | null) => void) {
  // One element per entry, its line and marker drawn by CSS: not one small SVG each, which would be 21 more SVG roots to lay out.
  const leave = point && (() => point(null));
  return html`<ul part="legend" aria-label=${t.legend}>
    ${view.series.map((s, i) => {
      const style = seriesStyle(i);
      return html`<li class=${`${style.className} m${style.marker}`} @pointerenter=${point && (() => point(i))} @pointerleave=${leave}>${s.label}</li>`;
    })}
  </ul>`;
}

export function renderTable(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language) {
  return html`<div part="table" tabindex="0" role="region" aria-label=${view.title}>
    <table>
      <caption class="visually-hidden">${view.title}</caption>
      <thead>
        <tr>
          <th scope="col" class="sticky">${t.yearHeading}</th>
          ${view.series.map((s) => html`<th scope="col">${s.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.years.map(
          (year, i) => html`<tr>
            <th scope="row" class="sticky">${formatSchoolYear(year)}</th>
            ${view.series.map((s) => html`<td class="num" data-label=${s.label}>${tableValue(s, i, view, lang)}${s.provisional[i] && s.values[i] !== null ? html` <abbr title=${t.provisional}>*</abbr>` : nothing}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * The values a year's tooltip and announcement give: every line's, or the line in emphasis's alone (twelve lines' values
 * covered half the chart while one was being read).
 */
function valuesShown(view: TimelineViewModel, i: number, t: TrendTimelineMessages, lang: Language, emphasis: number | null): string[] {
  const values = valuesAt(view, i, t, lang);
  return emphasis === null || values[emphasis] === undefined ? values : [values[emphasis]];
}

export function renderTooltip(
  view: TimelineViewModel,
  model: ChartModel,
  i: number,
  t: TrendTimelineMessages,
  lang: Language,
  /** The line in emphasis: its value alone. */
  emphasis: number | null = null,
) {
  const x = model.x(i);
  const width = model.box.width;
  const side = x > width / 2 ? besidePoint('right', width - x + 10, x - 10) : besidePoint('left', x + 10, width - x - 10);
  return html`<div part="tooltip" style=${cssomStyle({ ...side, top: `${model.box.top}px` })}>
    <p><strong>${formatSchoolYear(view.years[i]!)}</strong></p>
    ${valuesShown(view, i, t, lang, emphasis).map((line) => html`<p>${line}</p>`)}
  </div>`;
}

/** What a screen reader hears when the focus moves to a year: every line's value, or the line in emphasis's alone. */
export function announcementAt(
  view: TimelineViewModel,
  i: number,
  t: TrendTimelineMessages,
  lang: Language,
  emphasis: number | null = null,
): string {
  return `${formatSchoolYear(view.years[i]!)}. ${valuesShown(view, i, t, lang, emphasis).join('. ')}`;
}

export function renderSparkline(
  view: TimelineViewModel,
  boxWidth: number,
  selected: number | null,
  t: TrendTimelineMessages,
  lang: Language,
  /** Said after the summary, in the text alternative and the tooltip: what the line shows other than its page asked. */
  note = '',
) {
  // A line and its last value, without the band of its intervals: 32 px tall has no room to read one. Its words
  // say the trend's change with its interval all the same: "+200%" of 1 project becoming 3 is mostly chance.
  const first = { ...view, series: view.series.slice(0, 1), stacked: false };
  const sparkView = { ...first, series: first.series.map(({ intervals: _, ...s }) => s) };
  const width = Math.max(60, Math.min(boxWidth || 120, 240) - 64);
  const model = chartFor(sparkView, width, 32, true, lang);
  const last = model.series[0]?.last;
  const label = `${view.title}. ${summaryOf(first, t, lang)}${note ? ` ${note}` : ''}`;
  return html`<span part="base" class="sparkline" role="img" aria-label=${label} title=${note || nothing}>
    <svg part="chart" viewBox=${`0 0 ${width} 32`} width=${width} height="32" aria-hidden="true">
      ${chartSvg(model, bareLabels(selected), view.years.length)}
      ${last ? svg`<circle class="last" cx=${last.x} cy=${last.y} r="2.5"></circle>` : nothing}
    </svg>
    <span class="value" aria-hidden="true">${last ? formatFor(last.value, view, lang) : t.noData}</span>
  </span>`;
}

export function renderMultiples(
  view: TimelineViewModel,
  data: TimelineData,
  selected: number | null,
  t: TrendTimelineMessages,
  lang: Language,
  onSelect: (region: { code: string; name: string }) => void,
  note: unknown,
) {
  const metric = view.metrics[0]!;
  const provisional = provisionalFlags(data.index, metric);
  const regions = data.index.regions.map((region) => ({
    region,
    series: {
      label: region.name,
      values: seriesValues(region, metric, view.years.length, view.mode),
      provisional,
      undivided: undividedIn(region, metric, view.years.length, view.mode),
    },
  }));
  // One y scale for all, so that the small multiples compare.
  const max = Math.max(0, view.valueMax ?? 0, ...regions.flatMap((r) => r.series.values.filter((v): v is number => v !== null)));
  return html`<div part="base">
    <p part="title" class="note title">${view.title} · ${formatSchoolYear(view.years[0]!)}–${formatSchoolYear(view.years.at(-1)!)}</p>
    <ul class="multiples">
      ${regions.map(({ region, series }) => {
        const model = chartModel([series], view.years.length, { width: 150, height: 48, top: 3, right: 4, bottom: 3, left: 4 }, false, max);
        const last = model.series[0]!.last;
        // Drawn without the band of its intervals (48 px tall), said with its change's.
        const said = trendSentence({ ...series, ...intervalsOf(region, metric, view.years.length, view.mode, region) }, view, t, lang);
        return html`<li>
          <button part="multiple" aria-describedby=${`trend-${region.code}`} @click=${() => onSelect(region)}>
            <span class="name">${region.name}</span>
            <svg viewBox="0 0 150 48" preserveAspectRatio="none" aria-hidden="true">
              ${chartSvg(model, bareLabels(selected), view.years.length)}
            </svg>
            <span class="value">${last ? formatFor(last.value, view, lang) : missingText(series, t, lang)}</span>
          </button>
          <span id=${`trend-${region.code}`} class="visually-hidden">${said} ${t.multiplesInstructions}</span>
        </li>`;
      })}
    </ul>
    ${note}
  </div>`;
}
