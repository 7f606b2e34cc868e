import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { stickyHeadsStyles } from '../../src/styles/sticky-heads.styles.js';
import { tableCardsStyles } from '../../src/styles/table-cards.styles.js';

/**
 * Three layers of theme: global tokens (--se-*, defaulting to Bootstrap Italia),
 * the element's own custom properties defaulting to them, and a few parts.
 */
export const regionMapStyles = [
  chromeStyles,
  scrollCueStyles,
  stickyHeadsStyles,
  css`
  :host {
    --region-map-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
    --region-map-text: var(--se-color-text, #1a1a1a);
    --region-map-muted: var(--se-color-muted, #5c6f82);
    --region-map-background: var(--se-color-background, #ffffff);
    --region-map-accent: var(--se-color-primary, #0066cc);
    --region-map-focus: var(--se-color-focus, #ffbf47);
    --region-map-stroke: var(--se-color-border, #ffffff);
    --region-map-no-data: var(--se-color-no-data, #d9dadb);
    --region-map-shadow-outline: var(--se-color-shadow-zone, #1a1a1a);
    --region-map-point: var(--se-color-primary, #0066cc);
    --region-map-edge: var(--se-color-muted, #5c6f82);
    --region-map-radius: var(--se-radius, 4px);
    --_font: var(--region-map-font);
    --_text: var(--region-map-text);
    --_muted: var(--region-map-muted);
    --_background: var(--region-map-background);
    --_accent: var(--region-map-accent);
    --_focus: var(--region-map-focus);
    --_rule: var(--region-map-no-data);
    --_radius: var(--region-map-radius);
  }
  /* Its steps wrap, never their words (a word breaks only where it alone is wider than the element; a bilingual name
     after its slash): with the reader's text twice the size in a phone's column, the steps shrank to a letter's width
     and read «I t a l i a», «Trentino-Alto Adige/S üdtirol», «Bolz ano/ Boze n». */
  .breadcrumb {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb :is(li, button) {
    overflow-wrap: break-word;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--region-map-muted);
  }
  /* The map and its legend: stacked in a narrow box, side by side in a wide one. */
  .body {
    display: grid;
    gap: 0.5em;
  }
  @container (min-width: 40em) {
    .body {
      grid-template-columns: minmax(0, 1fr) minmax(9em, max-content);
      align-items: start;
    }
    .body [part~='legend'] {
      grid-area: 1 / 2;
      flex-direction: column;
      align-items: start;
    }
    /* Beside the map or the table, whichever comes first in the element (the legend comes first with the table). */
    .map-box {
      grid-area: 1 / 1;
    }
  }
  /* A survey's pickers of waves and answers, named by their long titles: within a 320 px column (WCAG 1.4.10), its toolbar no wider
     than the element's grid (whose column grew to the picker's longest title). */
  .toolbar {
    min-inline-size: 0;
  }
  .survey-picker {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .survey-picker select {
    min-inline-size: 0;
  }
  /* Out of the toolbar's flow while empty (no gap for it), still there for the live announcement when it fills. */
  .pending:empty {
    position: absolute;
  }
  .map-box {
    min-inline-size: 0;
  }
  /* The search by name above the map or the table, a toolbar: its box wraps under its label in a 320 px column, the count beside or under it. */
  .name-find {
    margin-block-end: 0.5em;
  }
  /* Its text 16 px at least: a phone's browser (Safari on iOS) zooms the page into a smaller text box as it is tapped. */
  .name-find input {
    max-inline-size: 100%;
    font-size: max(1em, 16px);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  /* The greatest height of the drawn map, read by the element (a ResizeObserver on the ruler). */
  .measure {
    block-size: 0;
    overflow: hidden;
  }
  /* While the data loads, the box already holds the map's greatest height: the page under it does not jump when the
     map comes (the dashboard moved 700 px, a layout shift of 0.31). */
  .ruler,
  [aria-busy='true'].map-box {
    block-size: var(--region-map-height, clamp(15em, 70svh, 45em));
  }
  .map {
    position: relative;
  }
  .frame {
    overflow: hidden;
  }
  .layers {
    position: relative;
    transform-origin: 0 0;
  }
  /* The table's area names (its row headings, after the rank) stay at the box's start as it scrolls sideways
     (sticky-heads.styles.ts): at 320 px it shows the rank, the name and half a value, and scrolled to the institutions
     and the status, they stood beside no name; the rank passes under them. Where the element is narrow enough for the
     table to scroll, the names' column is 9em of the table's text, the shade drawn where it ends; wider, it is as its
     names make it, and sticks only where a long legend beside it leaves it too little room. */
  @container (max-width: 34em) {
    [part~='table'] {
      --_heads: 9em;
    }
  }
  /* The points' columns are headed by the legend's keys, the years with them: the heading wraps at 8em rather than
     squeezing the values and their intervals into three lines. */
  th.points {
    width: 8em;
  }
  /* What paper alone needs said (a map printed zoomed in, without the buttons that show it). */
  .on-paper {
    display: none;
  }
  /* Its height follows its bitmap's proportions: a print layout of another width scales the map, never stretches it. */
  canvas {
    display: block;
    width: 100%;
    height: auto;
  }
  /* Its buttons wrap, never their words (at 232 px with the reader's text twice the size, «Vista intera» read «Vist a inte ra»). */
  .zoom {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .zoom button:first-child,
  .zoom button:nth-child(2) {
    min-inline-size: 2.25em;
    font-weight: 700;
  }
  canvas.highlight {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  /* Whose classes every year shares: on a line of its own, as wide as the legend's keys make it (its words never widen the legend beside the map). */
  .about {
    inline-size: 100%;
    contain: inline-size;
    color: var(--region-map-muted);
  }
  /* A class of a drawn map's legend, a toggle that sets its areas apart: read as a legend's entry, pressed with a frame
     and a tint that take no room (a bolder label would widen the legend and shrink the map beside it), 24 px high to
     be tapped (WCAG 2.5.8). */
  [part~='legend'] button.key {
    display: flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 24px;
    padding: 0.1em 0.35em;
    /* Its swatch in line with the other entries' (the shadow zones', the points'), which are not keys. */
    margin-inline-start: calc(-0.35em - 1px);
    border-color: transparent;
    color: inherit;
    text-align: start;
  }
  /* The keys' own 24 px hold their rows apart: the rows' gap would make the legend taller (a phone's map and legend fit its screen). */
  .keys {
    row-gap: 0;
  }
  .keys > li:not(.about) {
    padding-inline-start: calc(0.35em + 1px);
  }
  [part~='legend'] button.key[aria-pressed='true'] {
    border-color: currentColor;
    /* Where color-mix() is unknown (before Safari 16.2, Firefox 113), no tint: not the chrome's pressed ink behind text of the same colour. */
    background: transparent;
    background: color-mix(in srgb, currentColor 12%, transparent);
    color: inherit;
  }
  .swatch {
    inline-size: 1em;
    block-size: 1em;
    border: 1px solid var(--region-map-muted);
    forced-color-adjust: none;
  }
  .swatch.no-data {
    background: repeating-linear-gradient(45deg, var(--region-map-no-data) 0 3px, var(--region-map-background) 3px 6px);
  }
  .swatch.shadow {
    background: repeating-linear-gradient(-45deg, var(--region-map-shadow-outline) 0 1px, transparent 1px 5px);
    border: 2px solid var(--region-map-shadow-outline);
  }
  .point {
    inline-size: 0.75em;
    block-size: 0.75em;
    forced-color-adjust: none;
  }
  .point.active {
    border-radius: 50%;
    background: var(--region-map-point);
  }
  .point.role-model {
    transform: rotate(45deg);
    background: var(--region-map-shadow-outline);
  }
  .gradient {
    inline-size: 8em;
    block-size: 0.75em;
    border: 1px solid var(--region-map-muted);
    forced-color-adjust: none;
  }
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --region-map-text: var(--se-color-text, #f2f2f2);
      --region-map-background: var(--se-color-background, #17191c);
      --region-map-accent: var(--se-color-primary, #7fb2e5);
      --region-map-stroke: var(--se-color-border, #17191c);
      --region-map-no-data: var(--se-color-no-data, #4a4f55);
      --region-map-shadow-outline: var(--se-color-shadow-zone, #f2f2f2);
      --region-map-muted: var(--se-color-muted, #aab4be);
      --region-map-edge: var(--se-color-muted, #aab4be);
    }
  }
  /* A column narrower than 14em of its text (a phone's with the reader's text a third larger or more, as the tables'
     cards): the tooltip under the map, in the page's flow, not over it. Floating, at twice the size, a comune's was
     750 px tall on an 800 px screen, over the map and past the screen's end. Its place beside the point is written on
     it (region-map.tooltip.ts): set aside here. */
  @container (max-width: 14em) {
    [part~='tooltip'] {
      position: static !important;
      transform: none !important;
      width: auto !important;
      max-width: none;
      margin-block-start: 0.5em;
    }
  }
  /* On paper: the map whole on one page with its legend and notes, no controls. */
  @media print {
    .toolbar,
    .zoom,
    canvas.highlight,
    [part~='tooltip'] {
      display: none;
    }
    /* Paper shows every area (the class set apart is on the highlight canvas, not printed): no key reads as chosen. */
    [part~='legend'] button.key[aria-pressed='true'] {
      border-color: transparent;
      background: none;
    }
    /* A table searched by name holds the rows found alone: paper says which, without the box; a long table's page of
       rows is said too, without the buttons that turn it or show the others. */
    .toolbar.name-find.above-table {
      display: block;
    }
    .name-find label,
    .show-all,
    .page,
    .pager {
      display: none;
    }
    [part~='base'] {
      break-inside: avoid;
    }
    .on-paper {
      display: block;
    }
    /* Drawn again for paper (src/util/box-controller.ts): no taller than a page's half, so that it stays on the first
       page of a dashboard, under the page's heading, with its legend and notes; a page's own height still rules. */
    .ruler {
      block-size: var(--region-map-height, 13cm);
    }
    canvas.areas {
      inline-size: auto;
      max-inline-size: 100%;
      max-block-size: 17cm;
    }
  }
  /* Forced colours: outlines, hatching, focus and points take the user's system colours (the canvas reads them resolved); the classes of the choropleth keep their palette, as its legend does. */
  /* Last, so that it wins over the dark theme. */
  @media (forced-colors: active) {
    :host {
      --region-map-stroke: Canvas;
      --region-map-background: Canvas;
      --region-map-text: CanvasText;
      --region-map-no-data: GrayText;
      --region-map-shadow-outline: CanvasText;
      --region-map-point: LinkText;
      --region-map-focus: Highlight;
      --region-map-edge: CanvasText;
    }
  }
`,
  tableCardsStyles,
];
