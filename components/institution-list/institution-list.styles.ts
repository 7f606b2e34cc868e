import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { stickyHeadsStyles } from '../../src/styles/sticky-heads.styles.js';

/** Global tokens (--se-*) → the element's custom properties → the private ones the shared chrome reads. */
export const institutionListStyles = [
  chromeStyles,
  scrollCueStyles,
  stickyHeadsStyles,
  css`
    :host {
      --institution-list-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --institution-list-text: var(--se-color-text, #1a1a1a);
      --institution-list-muted: var(--se-color-muted, #5c6f82);
      --institution-list-rule: var(--se-color-rule, #d9dadb);
      --institution-list-background: var(--se-color-background, #ffffff);
      --institution-list-accent: var(--se-color-primary, #0066cc);
      --institution-list-focus: var(--se-color-focus, #ffbf47);
      --institution-list-radius: var(--se-radius, 4px);
      --institution-list-height: 26em;
      --_font: var(--institution-list-font);
      --_text: var(--institution-list-text);
      --_muted: var(--institution-list-muted);
      --_background: var(--institution-list-background);
      --_accent: var(--institution-list-accent);
      --_focus: var(--institution-list-focus);
      --_rule: var(--institution-list-rule);
      --_radius: var(--institution-list-radius);
    }
    /* Never taller than three quarters of the screen: with the reader's text twice the size, 26em was 832 px of a
       phone's 812, its headings' row and its last rows out of sight at once. */
    .scroller {
      max-block-size: min(var(--institution-list-height), 75svh);
      overflow: auto;
      /* The list keeps the row at its top in place itself (institution-list.ts): the browser's anchoring would move it twice. */
      overflow-anchor: none;
      border: 1px solid var(--_rule);
    }
    /* The names' column: 12em, and no more than 45% of a narrow element's width. It stays at the box's start as the
       rest scrolls by it (its cells marked sticky, sticky-heads.styles.ts): a phone shows two of the grid's eight
       columns, and the contacts and mentors were read beside no name; the shade that says more lies to the left is
       drawn where it ends. The grid scrolls only at its least width, where the column is that wide. */
    .scroller {
      --_names: min(12em, 45cqi);
      --_cue-start: var(--_names);
      /* The comune's and the grade group's columns at least as wide as their longest word, counted by the list
         (wordColumns) in letters of 0.62em at the cells' size (a sans serif's lowercase takes 0.5 to 0.6), with their
         padding: «istituto comprensivo» broke as «comprensiv / o» at 6em, «Castelfiorentino» at 7em. In em, the same
         in the header's bold as in the rows. */
      --_comune: max(7em, calc(var(--_comune-letters, 0) * 0.5425em + 0.8em));
      --_grade: max(6em, calc(var(--_grade-letters, 0) * 0.5425em + 0.8em));
    }
    /* The columns' least widths together (below): a narrower box scrolls sideways, every row's rule as wide as its cells. */
    [role='grid'] {
      min-inline-size: calc(44em + var(--_names) + var(--_comune) + var(--_grade));
    }
    [role='row'] {
      display: grid;
      /* The students' column as wide as its heading's one word ("Students" broke into "Student s" at 5em). */
      grid-template-columns:
        minmax(var(--_names), 2.2fr) minmax(var(--_comune), 1.1fr) minmax(var(--_grade), 1fr) 6em 6em 5em minmax(15em, 1.6fr)
        minmax(12em, 1.6fr);
      box-sizing: border-box;
      /* Each row as tall as its text: the list measures the rows it draws (institution-list.ts). */
      border-block-end: 1px solid var(--_rule);
    }
    /* The header's row group sticks, not its row: a sticky box stays inside its parent, and the group is no taller than its row. */
    .head {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
      background: var(--_background);
      font-weight: 600;
    }
    [role='gridcell'],
    [role='columnheader'] {
      padding: 0.35em 0.4em;
      overflow: hidden;
      overflow-wrap: anywhere;
      font-size: 0.875em;
    }
    /* The shared two-tone ring, drawn inside: the cells clip what overflows them. */
    [data-t]:focus-visible {
      outline-offset: -3px;
      box-shadow: inset 0 0 0 5px var(--se-color-focus-inner, #0b0c0c);
    }
    /* No wider than its cell: a button is as wide as its text, and on paper, where words break only where they cannot
       fit (below), a mentor's «COMPRENSIVO» ran past its column and was cut. */
    .open {
      display: block;
      max-inline-size: 100%;
      border: 0;
      padding: 0;
      font-weight: 600;
      text-align: start;
      text-decoration: underline;
    }
    [role='gridcell'] .note {
      display: block;
    }
    .inactive {
      font-weight: 600;
    }
    a {
      color: var(--_ink);
    }
    /* A column narrower than 14em of the element's text (a phone's 296 px with the reader's text a third larger or
       more; 224 px at its usual size), as the other elements' tables (src/styles/table-cards.styles.ts): each
       institution a card, its name over its cells, each cell after its column's heading. The grid's roles are its
       own, so the header row is kept for screen readers, which read a cell's heading from it, and the labels'
       alternative text is empty. The grid's eight columns, its names capped at 45%, broke «ALTIERO SPINELLI» as
       «ALTIER O SPINE LLI» and the codes beside them, with less than a column in sight. */
    @container (max-width: 14em) {
      .scroller {
        --_names: 0px;
      }
      [role='grid'] {
        min-inline-size: 0;
      }
      [role='row'] {
        grid-template-columns: minmax(0, 1fr);
        padding-block: 0.35em;
      }
      /* The shared .visually-hidden's rules (status.styles.ts), here under this query alone: sharing them through an
         interpolated fragment cost 0.01 KB in every element, the badge included. */
      .head {
        position: absolute;
        inline-size: 1px;
        block-size: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .sticky {
        position: static;
        border-inline-end: 0;
      }
      [role='gridcell'] {
        padding-block: 0.1em;
        overflow-wrap: break-word;
      }
      [data-label]::before {
        content: attr(data-label) ': ';
        content: attr(data-label) ': ' / '';
        color: var(--_muted);
      }
    }
    /* On paper every row (institution-list.ts), each as tall as its text, in the page's width; no keyboard hint. */
    @media print {
      .scroller {
        max-block-size: none;
        overflow: visible;
      }
      [role='grid'] {
        min-inline-size: 0;
      }
      /* The table that holds the rows on paper (institution-list.ts): one cell a row, the grid's columns inside it. */
      .paper {
        inline-size: 100%;
        border-collapse: collapse;
      }
      .paper :is(th, td) {
        padding: 0;
        font-weight: inherit;
        text-align: start;
      }
      .paper tr {
        break-inside: avoid;
      }
      /* Smaller, each column no wider than its share, and a word broken only where it cannot fit its column. */
      [role='row'] {
        grid-template-columns:
          minmax(0, 2fr) minmax(0, 1.3fr) minmax(0, 1.3fr) 5em 4.5em 4.5em
          minmax(0, 1.7fr) minmax(0, 1.4fr);
        break-inside: avoid;
        font-size: 0.8em;
      }
      [role='gridcell'],
      [role='columnheader'] {
        overflow-wrap: break-word;
      }
      .head,
      [role='row'] > :first-child {
        position: static;
      }
      #hint {
        display: none;
      }
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --institution-list-text: var(--se-color-text, #f2f2f2);
        --institution-list-background: var(--se-color-background, #17191c);
        --institution-list-accent: var(--se-color-primary, #7fb2e5);
        --institution-list-rule: var(--se-color-rule, #3a3f45);
        --institution-list-muted: var(--se-color-muted, #aab4be);
      }
    }
  `,
];
