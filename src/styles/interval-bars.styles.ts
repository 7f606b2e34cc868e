import { css } from 'lit';

/**
 * Bars of an estimate with its interval and the marks of its references (the
 * region's, the nation's), as <participation-breakdown> and <survey-results>
 * draw them: a track, the bar, a thin line for the interval, a solid mark for
 * the first reference and a dotted one for the second, and the legend's keys.
 * Each row a label, the track and the value, on columns of the same widths in
 * every row, so that every bar is drawn on one scale.
 * Drawn only (aria-hidden): the text beside each bar says the same. Reads
 * `--_reference`, which each element maps from its own custom property.
 */
export const intervalBarStyles = css`
  .chart {
    display: grid;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Label, track and value side by side where there is room; stacked in a narrow column (320 px). */
  .chart > li:not(.note),
  .mean {
    display: grid;
    /* Fractions, not auto: every row's track starts and ends at the same place, whatever its text (one scale for all bars). */
    grid-template-columns: minmax(7em, 1fr) minmax(5em, 2fr) minmax(9em, 1.2fr);
    gap: 0.25em 0.5em;
    align-items: center;
    font-size: 0.875em;
  }
  @container (max-width: 30em) {
    .chart > li:not(.note),
    .mean {
      grid-template-columns: 1fr;
    }
  }
  .label,
  .value {
    overflow-wrap: anywhere;
  }
  .track {
    position: relative;
    block-size: 1em;
    background: var(--_rule);
  }
  .bar {
    position: absolute;
    inset-block: 0;
    background: var(--_ink);
    forced-color-adjust: none;
  }
  .interval {
    position: absolute;
    inset-block-start: 45%;
    block-size: 10%;
    background: var(--_text);
  }
  .ref {
    position: absolute;
    inset-block: -0.2em;
    inline-size: 3px;
    background: var(--_reference);
  }
  .ref-1 {
    inline-size: 0;
    border-inline-start: 3px dotted var(--_reference);
    background: none;
  }
  .key {
    display: inline-block;
    position: static;
    inline-size: 1em;
    block-size: 0.75em;
    border-inline-start: 3px solid var(--_reference);
  }
  .key.ref-1 {
    border-inline-start-style: dotted;
  }
  @media (forced-colors: active) {
    .bar {
      background: Highlight;
    }
    .track {
      border: 1px solid CanvasText;
    }
    /* Their background was forced to the track's Canvas: an interval seemed to end where its bar does, and the first
       reference's mark was gone. The text's colour, edged with the page's so that it shows on the bar as well. */
    .interval,
    .ref:not(.ref-1) {
      forced-color-adjust: none;
      background: CanvasText;
      box-shadow: 0 0 0 1px Canvas;
    }
  }
`;
