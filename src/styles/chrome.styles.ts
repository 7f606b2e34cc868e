import { css } from 'lit';
import { hostStyles } from './host.styles.js';
import { inkStyles } from './ink.styles.js';
import { paperTablesStyles } from './paper-tables.styles.js';
import { statusStyles } from './status.styles.js';

/**
 * The chrome every element shares: toolbar and buttons, focus rings, tooltip,
 * notes, the error box, tables and the visually-hidden helper. It reads private
 * variables (`--_text`, `--_muted`, `--_background`, `--_accent`, `--_focus`,
 * `--_rule`, `--_radius`, `--_font`) that each element maps from its own public
 * custom properties, so a theme sets `--region-map-accent` or
 * `--trend-timeline-accent`, or the global `--se-*` tokens, never these.
 */
export const chromeStyles = [
  hostStyles,
  statusStyles,
  inkStyles,
  css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_background);
    container-type: inline-size;
    /* A size container measures as empty where its box shrinks to its content (a flex row, an inline-block, a float,
       an auto grid column): it was 0 wide there, its content spilling out. It measures this wide instead, never wider
       than its container, and may still shrink below it to fit. */
    contain-intrinsic-inline-size: var(--_intrinsic-width, 40em);
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  /* One column that never grows past the element: what is wider (a long word, a select) wraps or scrolls inside it. */
  [part~='base'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-size: 0.875em;
  }
  /* «Scarica:» and its buttons (src/element/download-buttons.ts): one item of the toolbar, wrapping inside itself only where a row cannot hold it. */
  .downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  button,
  input,
  select {
    font: inherit;
  }
  /* No wider than what holds it: a select is as wide as its longest option, and with the reader's text twice the
     size, the breakdown's («Aree interne (ISTAT 2020)») made the element 150 px wider than a phone's column. */
  select,
  .toolbar label {
    max-inline-size: 100%;
  }
  button {
    border: 1px solid var(--_ink);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_ink);
    padding: 0.25em 0.6em;
    cursor: pointer;
  }
  /* Unavailable, yet focusable (a button that disables itself as it is pressed would drop the focus): shown faded. */
  button[aria-disabled='true'] {
    opacity: 0.5;
    cursor: default;
  }
  button[aria-pressed='true'] {
    background: var(--_ink);
    color: var(--_background);
  }
  /* Two tones, so that the ring reaches 3:1 on any background (WCAG 1.4.11): the light outline on dark, the dark inner ring on light. */
  :is(button, input, select, a, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--se-color-focus-inner, #0b0c0c);
  }
  [part~='tooltip'] {
    position: absolute;
    pointer-events: none;
    box-sizing: border-box;
    max-width: min(18em, 100%);
    padding: 0.4em 0.6em;
    border-radius: var(--_radius);
    background: var(--_text);
    color: var(--_background);
    font-size: 0.875em;
    line-height: 1.3;
    z-index: 1;
  }
  [part~='tooltip'] p {
    margin: 0;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .note {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* The last view, kept while the next data loads (src/element/data-view.ts): dimmed, as a busy control is, only
     when the wait is long enough to notice (a cached shard comes in a few milliseconds and nothing blinks). */
  [data-stale] {
    cursor: progress;
    opacity: 0.55;
    transition: opacity 0.15s 0.3s;
  }
  [part~='table'] {
    overflow-x: auto;
  }
  /* Separate borders, no space between: each cell draws its own, so that a column that sticks as the table scrolls
     sideways carries its rule (the table draws collapsed borders where the cells were, and it scrolled away). */
  table {
    border-collapse: separate;
    border-spacing: 0;
    inline-size: 100%;
    font-size: 0.875em;
  }
  /* In a table a word breaks only where it alone is wider than the cell, and a number never (a wrapped "179" read as 17
     and 9): a narrow table scrolls sideways, as WCAG 1.4.10 lets a data table, rather than squeeze them (the host's
     "anywhere" let the layout break them at 320 px). */
  th,
  td {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--_rule);
    text-align: start;
    overflow-wrap: break-word;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  /* Forced colours: a pressed toggle in the system's selection colours (the browser would paint it as an unpressed one, its label in the background's colour), the tooltip in the page's. */
  @media (forced-colors: active) {
    button {
      forced-color-adjust: none;
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    button[aria-pressed='true'] {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
    button:is(:disabled, [aria-disabled='true']) {
      border-color: GrayText;
      color: GrayText;
    }
    [part~='tooltip'] {
      forced-color-adjust: none;
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
  /* On paper a toolbar's buttons (views, downloads, show all) do nothing: what they chose, the title and captions say. Its pickers stay, as labels of what is shown. */
  @media print {
    /* The backgrounds that carry data (a legend's swatches and hatching, the bars, a note's tint) printed: a browser
       leaves backgrounds off paper unless asked, and the map's legend printed as empty squares. The colours on paper
       are the light scheme's (the dark scheme's rules are for screens), so no dark box costs the reader's ink. */
    :host {
      print-color-adjust: exact;
    }
    .toolbar button,
    .downloads {
      display: none;
    }
  }
`,
  paperTablesStyles,
];
