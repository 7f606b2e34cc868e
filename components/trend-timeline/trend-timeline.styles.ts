import { css, unsafeCSS } from 'lit';
import { MARKER_SHAPE_RULES, SERIES_COLOUR_RULES } from '../../src/timeline/series-style.js';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { stickyHeadsStyles } from '../../src/styles/sticky-heads.styles.js';
import { tableCardsStyles } from '../../src/styles/table-cards.styles.js';

/**
 * Three layers of theme: global tokens (--se-*, defaulting to Bootstrap Italia),
 * the element's own custom properties defaulting to them, and parts.
 */
export const trendTimelineStyles = [
  chromeStyles,
  scrollCueStyles,
  stickyHeadsStyles,
  css`
    :host {
      --trend-timeline-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --trend-timeline-text: var(--se-color-text, #1a1a1a);
      --trend-timeline-muted: var(--se-color-muted, #5c6f82);
      --trend-timeline-grid: var(--se-color-rule, #d9dadb);
      --trend-timeline-background: var(--se-color-background, #ffffff);
      --trend-timeline-accent: var(--se-color-primary, #0066cc);
      --trend-timeline-focus: var(--se-color-focus, #ffbf47);
      --trend-timeline-provisional: var(--se-color-provisional, #c5c7c9);
      --trend-timeline-radius: var(--se-radius, 4px);
      --_font: var(--trend-timeline-font);
      --_text: var(--trend-timeline-text);
      --_muted: var(--trend-timeline-muted);
      --_background: var(--trend-timeline-background);
      --_accent: var(--trend-timeline-accent);
      --_focus: var(--trend-timeline-focus);
      --_rule: var(--trend-timeline-grid);
      --_radius: var(--trend-timeline-radius);
    }
    /* A sparkline sits in a sentence: a box of its own width (the host is a size container, which an inline box
       sized by its content would make 0 wide, its value then wrapped a digit per line). */
    :host([variant='sparkline']) {
      display: inline-block;
      vertical-align: middle;
      inline-size: var(--trend-timeline-sparkline-width, 10em);
    }
    /* While the data loads, the box already holds the chart's height (chartSize: half its width, 220 to 380 px): the
       page under it does not jump when the chart comes. */
    [aria-busy='true'].chart-box {
      block-size: clamp(220px, 50cqi, 380px);
    }
    .chart {
      position: relative;
      touch-action: manipulation;
    }
    /* The table's years stay at its box's start as it scrolls sideways (sticky-heads.styles.ts): four lines (two
       metrics, compared with Italy) scroll in a 320 px column, and scrolled, their values stood beside no year. Its
       column is 4.75em of the table's text: a school year on one line («2014/15» broke at 4.5em in the profile), under
       «Anno» (as «Anno scolastico», 5.6em, a region compared with Italy scrolled at 320 px). */
    [part~='table'] {
      --_heads: 4.75em;
    }
    /* A time axis reads left to right in every page: in a right-to-left page the labels at the lines' ends stay after them, not over the plot (labels from data are isolated). */
    svg {
      direction: ltr;
    }
    svg[part~='chart'] {
      display: block;
      max-inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    .grid path {
      stroke: var(--trend-timeline-grid);
      stroke-width: 1;
    }
    /*
     * One type size for the whole chart, the notes' (0.875em): each further size
     * or weight is another font the browser must look up before the first paint
     * (2-4 ms each on a cold page; see CHART_TEXT_SIZE).
     */
    svg text {
      font-size: 0.875em;
    }
    .title {
      color: var(--_text);
    }
    .tick,
    .annotation text {
      fill: var(--trend-timeline-muted);
    }
    .annotation line,
    .annotation path {
      stroke: var(--trend-timeline-muted);
      stroke-width: 2;
    }
    .annotation path {
      fill: none;
    }
    .annotation.event path {
      stroke-width: 1;
      stroke-dasharray: 2 3;
    }
    .provisional-band {
      fill: url(#provisional-hatch);
    }
    .hatch {
      stroke: var(--trend-timeline-provisional);
      stroke-width: 1.5;
    }
    .line {
      fill: none;
      stroke-width: 2.25;
      stroke-linejoin: round;
      stroke-linecap: round;
      vector-effect: non-scaling-stroke;
    }
    .line.provisional {
      stroke-dasharray: 5 4;
    }
    .band {
      fill: var(--_series);
      fill-opacity: 0.35;
      stroke: none;
    }
    /* A value's 95% interval: light enough that lines and the other series' bands show through. */
    .interval {
      fill-opacity: 0.14;
      stroke: none;
    }
    ${unsafeCSS(SERIES_COLOUR_RULES)}
    .series {
      stroke: var(--_series);
      fill: var(--_series);
    }
    .marker {
      fill: var(--_series);
      stroke: var(--trend-timeline-background);
      stroke-width: 1;
    }
    /* A series that a later one hides (the same values every year) is drawn wider beneath it: both colours show. */
    .under .line {
      stroke-width: 7;
      stroke-linecap: butt;
    }
    .under .marker {
      stroke: var(--_series);
      stroke-width: 6;
    }
    .direct-label {
      fill: var(--_series);
    }
    /* One line in emphasis (pointed at, picked with the arrow keys or a tap): wider, with its band; the others faded. */
    .faded {
      opacity: 0.3;
    }
    .emphasis .line {
      stroke-width: 3.5;
    }
    .emphasis .interval {
      fill-opacity: 0.3;
    }
    .direct-label.emphasis {
      font-weight: 600;
    }
    .rule {
      stroke-width: 1.5;
    }
    .rule.selected {
      stroke: var(--trend-timeline-text);
    }
    .rule.focus {
      stroke: var(--trend-timeline-muted);
      stroke-dasharray: 3 3;
    }
    /*
     * A legend entry is one element: its line (::before) and, over it, its
     * marker (::after: the chart's very outlines, MARKER_SHAPES, clipped out of
     * a square of the series' colour) share the first grid cell.
     */
    [part~='legend'] li {
      display: grid;
      grid-template-columns: 1.25em auto;
    }
    [part~='legend'] li::before,
    [part~='legend'] li::after {
      content: '';
      grid-area: 1 / 1;
      place-self: center;
      forced-color-adjust: none;
    }
    [part~='legend'] li::before {
      inline-size: 100%;
      block-size: 2px;
      background: var(--_series);
    }
    [part~='legend'] li::after {
      inline-size: 11px;
      block-size: 11px;
      background: var(--_series);
    }
    ${unsafeCSS(MARKER_SHAPE_RULES)}
    .sparkline {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
    }
    .sparkline svg {
      overflow: visible;
    }
    .last {
      fill: var(--trend-timeline-series-1, #0072b2);
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-size: 0.875em;
    }
    .sparkline .value {
      white-space: nowrap;
    }
    /* Columns of 9.5em, one where the element is narrower (with the reader's text twice the size, 9.5em was 304 px). */
    .multiples {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(9.5em, 100%), 1fr));
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Each card as tall as its row, its name on top and its chart at the foot: a name on two or three lines
       (Valle d'Aosta/Vallée d'Aoste) pushed its chart below its neighbours', whose lines no longer compared. */
    [part~='multiple'] {
      display: grid;
      grid-template-rows: 1fr auto auto;
      align-items: start;
      inline-size: 100%;
      block-size: 100%;
      gap: 0.15em;
      text-align: start;
      color: var(--trend-timeline-text);
      border-color: var(--trend-timeline-grid);
    }
    [part~='multiple'] svg {
      inline-size: 100%;
      block-size: 3em;
    }
    .name {
      font-weight: 600;
      font-size: 0.875em;
    }
    @media (forced-colors: active) {
      .series,
      .band,
      .last {
        forced-color-adjust: none;
      }
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --trend-timeline-text: var(--se-color-text, #f2f2f2);
        --trend-timeline-background: var(--se-color-background, #17191c);
        --trend-timeline-accent: var(--se-color-primary, #7fb2e5);
        --trend-timeline-grid: var(--se-color-rule, #3a3f45);
        --trend-timeline-muted: var(--se-color-muted, #aab4be);
        --trend-timeline-provisional: var(--se-color-provisional, #5a6068);
        --trend-timeline-series-1: #56b4e9;
        --trend-timeline-series-2: #f28c38;
        --trend-timeline-series-3: #3ccf9f;
        --trend-timeline-series-4: #e39ad0;
        --trend-timeline-series-5: #f0e442;
        --trend-timeline-series-6: #f2f2f2;
      }
    }
  `,
  tableCardsStyles,
];
