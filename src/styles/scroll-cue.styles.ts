import { css } from 'lit';

/**
 * A table wider than its box scrolls sideways (as WCAG 1.4.10 lets a data
 * table), and a phone shows no scroll bar until it moves: a shade at each edge
 * where more of the table lies says so. The shades stay at the box's edges
 * ("scroll"); above them, two covers in the background's colour move with the
 * table ("local") and hide the shade of an edge the table ends at, so a table
 * that fits shows none. For the tables (`part="table"`) and any box marked
 * `sideways`, in the elements that have them (the others do not carry it);
 * it reads the element's `--_background` and `--_text`, and `--_cue-start`,
 * where what scrolls begins (a column that sticks at the box's start ends).
 * Forced colours draw no background images: the scroll bar is the cue there.
 */
export const scrollCueStyles = css`
  :is([part~='table'], .sideways) {
    --_shade: color-mix(in srgb, var(--_text) 30%, transparent);
    background:
      linear-gradient(to right, var(--_background) 40%, transparent) var(--_cue-start, 0px) 0 / 2em 100% no-repeat local,
      linear-gradient(to left, var(--_background) 40%, transparent) right / 2em 100% no-repeat local,
      linear-gradient(to right, var(--_shade), transparent) var(--_cue-start, 0px) 0 / 0.75em 100% no-repeat scroll,
      linear-gradient(to left, var(--_shade), transparent) right / 0.75em 100% no-repeat scroll;
  }
`;
