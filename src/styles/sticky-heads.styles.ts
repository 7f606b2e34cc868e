import { css } from 'lit';

/**
 * A table's (or the institutions' grid's) row headings stay at its box's start
 * as it scrolls sideways (WCAG 1.4.10 lets a data table scroll; scrolled, its
 * values stood beside no heading): the cells marked `sticky`, each row's
 * heading and its column's, drawn over what passes under them in the
 * element's background, with a rule at their end (a rule, not a shadow:
 * forced colours keep borders; the tables draw separate borders, so that it
 * goes with them). Where an element sets `--_heads`, a table's column is that
 * wide of the table's text (a longer word widens it), and the shade saying
 * more lies to the left (scroll-cue.styles.ts) is drawn where it ends: the
 * table's text is 0.875em of the box's, its cells' padding 0.5em each side,
 * its rule 1 px. Without it, the column is as its words make it. Either way
 * it is never wider than 55% of the element: a word longer than that (with
 * text enlarged) breaks. It reads `--_background` and `--_rule`.
 */
export const stickyHeadsStyles = css`
  [part~='table'] {
    --_cue-start: min(calc(0.875 * (var(--_heads) + 1em) + 1px), 55cqi);
  }
  .sticky {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_background);
    border-inline-end: 1px solid var(--_rule);
  }
  /* Never more than 55% of the element, its padding and rule in it: a phone's reader with text twice the size had
     the area names' column 298 px of a 328 px box, and the values passed under it in a strip of 30. At 320 px, the
     longest comuni's one-word names (18 letters, «Pietramontecorvino») fit whole. */
  :is(th, td).sticky {
    --_cap: calc(55cqi - 1em - 1px);
    inline-size: var(--_heads, auto);
    min-inline-size: min(var(--_heads, 0px), var(--_cap));
    max-inline-size: var(--_cap);
  }
`;
