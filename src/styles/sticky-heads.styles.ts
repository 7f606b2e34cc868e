import { css } from 'lit';

/**
 * A table's (or the institutions' grid's) row headings stay at its box's start
 * as it scrolls sideways (WCAG 1.4.10 lets a data table scroll; scrolled, its
 * values stood beside no heading): the cells marked `sticky`, each row's
 * heading and its column's, drawn over what passes under them in the
 * element's background, with a rule at their end (a rule, not a shadow:
 * forced colours keep borders; the tables draw separate borders, so that it
 * goes with them). Where an element sets
 * `--_heads`, the column is that wide of the table's text (at least: a longer
 * word widens it, never breaks), and the shade saying more lies to the left
 * (scroll-cue.styles.ts) is drawn where it ends: the table's text is 0.875em
 * of the box's, its cells' padding 0.5em each side, its rule 1 px. Without
 * it, the column is as its words make it. It reads `--_background` and
 * `--_rule`.
 */
export const stickyHeadsStyles = css`
  [part~='table'] {
    --_cue-start: calc(0.875 * (var(--_heads) + 1em) + 1px);
  }
  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: var(--_heads, auto);
    min-inline-size: var(--_heads, auto);
    background: var(--_background);
    border-inline-end: 1px solid var(--_rule);
  }
`;
