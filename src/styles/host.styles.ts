import { css } from 'lit';

/**
 * What every element sets on itself so that a host page's CSS stays out:
 * its own text size (the reader's default, `medium`, not the page's root size:
 * a common `html { font-size: 62.5% }` would make every text 10 px; sizes
 * inside are in `em`), and the inherited text properties a page sets for its
 * own prose (line height, transform, spacing, indent, alignment). A host
 * scales the elements on purpose with `--se-font-size`; styles set on the
 * element itself (a reader's text-spacing, WCAG 1.4.12) still apply. Text from
 * data wraps wherever it must: a long unbroken name never widens the page.
 */
export const hostStyles = css`
  :host {
    font-size: var(--se-font-size, medium);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }
`;
