import { css } from 'lit';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { stickyHeadsStyles } from '../../src/styles/sticky-heads.styles.js';
import { tableCardsStyles } from '../../src/styles/table-cards.styles.js';
import { paperTablesStyles } from '../../src/styles/paper-tables.styles.js';

/** Styles of the card and full variants, added to the element when their module loads. */
export const detailsStyles = css`
  ${scrollCueStyles}
  ${stickyHeadsStyles}
  /* A card or a full profile measures 40em where its box shrinks to its content (a badge, 24em). Its tables' shades
     (scroll-cue.styles.ts) and cards' labels (table-cards.styles.ts) read the profile's colours. */
  :host {
    contain-intrinsic-inline-size: 40em;
    --_background: var(--school-profile-background);
    --_text: var(--school-profile-text);
    --_rule: var(--school-profile-rule);
    --_muted: var(--school-profile-muted);
  }
  .details {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1em;
  }
  /* A school code, in a size of its own: the browser's «monospace» alone is drawn at 13/16 of the text where the size
     comes from the reader's default, and at the full size where a host sets one (--se-font-size), so that the codes
     did not grow with the rest. */
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .details [part~='badge'] {
    max-inline-size: none;
    border: 0;
    padding: 0;
  }
  /* One column no wider than the element: a grid's own column grows to its widest item's content, and the values by
     year, once opened, made the whole profile 800 px wide at 320 (the table scrolls inside its box instead). */
  [part~='section'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--school-profile-rule);
  }
  .heading {
    font-size: 1em;
    font-weight: 700;
  }
  /* A button that reads as a link: it opens another institution's profile. */
  .open {
    border: 0;
    padding: 0;
    background: none;
    font: inherit;
    font-weight: 600;
    color: var(--_ink);
    text-decoration: underline;
    cursor: pointer;
  }
  /* The tables are tab stops, so that a keyboard scrolls them where they are wider than the profile. */
  :is(.open, .scroll):focus-visible {
    outline: 3px solid var(--school-profile-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--se-color-focus-inner, #0b0c0c);
  }
  /* Columns of 14em, one where the profile is narrower (with the reader's text twice the size, 14em was 448 px in a
     phone's 232 px column). */
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(14em, 100%), 1fr));
    gap: 0.5em 1em;
    margin: 0;
  }
  dt {
    font-size: 0.8125em;
    color: var(--school-profile-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  /* One grid for the whole list, each item on its columns (subgrid): the sparklines and bars line up whatever
     the width of each row's value ("0 nel 2025/26", "35 nel 2025/26"). */
  .metrics,
  .pillars {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) auto minmax(6em, auto);
    gap: 0.35em 0.75em;
    padding: 0;
    list-style: none;
  }
  .metrics li,
  .pillars li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .pillars li > .muted {
    grid-column: 2 / -1;
  }
  /* Each table's row headings (an indicator, a year) stay at its box's start as it scrolls sideways
     (sticky-heads.styles.ts): at 375 px the comparison shows three of its five columns, and scrolled, its values stood
     beside no indicator; the values by year, as wide as their metrics make them, scroll in a profile of any width.
     Where a table scrolls, that column is --_heads of the table's text (a year, 5.5em; where the profile is narrow, an
     indicator 8.5em: «Finanziamenti:», in bold, fits). Without it (a wide profile's comparison, which fits), the
     column is as its words make it. */
  [part~='table'].by-year {
    --_heads: 5.5em;
  }
  @container (max-width: 34em) {
    [part~='table']:not(.by-year) {
      --_heads: 8.5em;
    }
  }
  /* A 320 px column (WCAG 1.4.10): label and value on a line, the sparkline under them. The value wraps
     between its words before the label is squeezed ("72.561 € nel 2025/26" left the label 72 px, and
     "Docenti registrati eTwinning" broke as "registrat-i eTwinnin-g"). */
  @container (max-width: 26em) {
    .metrics,
    .pillars {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .metrics {
      grid-template-columns: minmax(0, 3fr) minmax(min-content, 2fr);
    }
    [part~='sparkline'] {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
  /* Narrower still (a phone's column with the reader's text twice the size: 296 px at 32 px), the label, its value and
     the sparkline each on a line of their own: beside a value as wide as «(provvisorio)», the label's column was 70 px
     and «Progetti eTwinning» read «Pro gett i eTwi nnin g»; an index pillar's name on a line of its own, its meter and
     score, or «non calcolato», under it (beside «non calcolato» it read «Inda gine dell' osse rvato rio»). */
  @container (max-width: 16em) {
    .pillars li > :is(:first-child, .muted) {
      grid-column: 1 / -1;
    }
    .metrics {
      grid-template-columns: minmax(0, 1fr);
    }
    .metrics .value {
      grid-row: 2;
    }
    .metrics [part~='sparkline'] {
      grid-row: 3;
    }
  }
  [part~='sparkline'] path {
    stroke: var(--school-profile-gauge);
  }
  /* A number and a year never break inside (the host's "anywhere" would let the layout cut "2025/26"). */
  .value {
    font-variant-numeric: tabular-nums;
    overflow-wrap: normal;
  }
  .scroll {
    overflow-x: auto;
  }
  /* Tables as in the other elements' table views (chrome.styles.ts), with this element's rule colour. */
  table {
    border-collapse: separate;
    border-spacing: 0;
    inline-size: 100%;
    font-size: 0.875em;
  }
  /* A word breaks only where it alone is wider than its cell, a number never ("134.789 €" read as two values at 800 px):
     the table scrolls sideways instead (chrome.styles.ts). */
  :is(th, td) {
    padding: 0.25em 0.5em;
    border-block-end: 1px solid var(--school-profile-rule);
    text-align: start;
    overflow-wrap: break-word;
  }
  /* Numbers read down their right edge, their headings over it; text (a programme's name) reads from the start. */
  td,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td:not(.text) {
    overflow-wrap: normal;
  }
  td.text {
    text-align: start;
  }
  summary {
    cursor: pointer;
    color: var(--_ink);
  }
  .banner {
    font-size: 0.875em;
  }
  /* The banner at the top says the data is synthetic: the badge inside does not say it again (hidden here, so that
     the badge's own bundle carries no option for it). */
  .banner ~ [part~='badge'] > [part~='notice'] {
    display: none;
  }
  @media (forced-colors: active) {
    [part~='sparkline'] path {
      stroke: CanvasText;
    }
  }
  @media print {
    /* A section breaks between its items, never inside one, its heading kept with what follows: kept whole, a school's
       details (two thirds of a page) left the page above them half empty. */
    [part~='section'] > .heading {
      break-after: avoid;
    }
    [part~='section'] :is(li, tr, dl > div, p) {
      break-inside: avoid;
    }
    /* Every year's values on paper, without opening the disclosure. */
    details::details-content {
      display: block;
      content-visibility: visible;
    }
    summary {
      display: none;
    }
  }
  ${tableCardsStyles}
  ${paperTablesStyles}
`;
