import { css } from 'lit';
import { hostStyles } from '../../src/styles/host.styles.js';
import { inkStyles } from '../../src/styles/ink.styles.js';
import { statusStyles } from '../../src/styles/status.styles.js';

/**
 * Styles of the badge and of the shared states. The card and full variants add
 * theirs when their module loads (school-profile.details.styles.ts), so that a
 * badge does not carry them. Global tokens (--se-*) → the element's custom
 * properties → private variables.
 */
export const schoolProfileStyles = [
  hostStyles,
  statusStyles,
  inkStyles,
  css`
  :host {
    --school-profile-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
    --school-profile-text: var(--se-color-text, #1a1a1a);
    --school-profile-muted: var(--se-color-muted, #5c6f82);
    --school-profile-rule: var(--se-color-rule, #d9dadb);
    --school-profile-background: var(--se-color-background, #ffffff);
    --school-profile-accent: var(--se-color-primary, #0066cc);
    --school-profile-focus: var(--se-color-focus, #ffbf47);
    --school-profile-gauge: var(--se-color-primary, #0066cc);
    --school-profile-ribbon: var(--se-color-success, #00805c);
    --school-profile-radius: var(--se-radius, 4px);
    --_accent: var(--school-profile-accent);
    display: block;
    container-type: inline-size;
    /* As every element (src/styles/chrome.styles.ts): in a box that shrinks to its content (a school's flex footer), a
       badge measures as wide as it draws (24em), not 0. */
    contain-intrinsic-inline-size: 24em;
    min-inline-size: 0;
    max-inline-size: 100%;
    font-family: var(--school-profile-font);
    color: var(--school-profile-text);
    background: var(--school-profile-background);
  }
  :host([hidden]) {
    display: none;
  }
  a {
    color: var(--_ink);
  }
  :is(a, button, input, summary):focus-visible {
    outline: 3px solid var(--school-profile-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--se-color-focus-inner, #0b0c0c);
  }
  [part~='badge'] {
    display: grid;
    gap: 0.5em;
    max-inline-size: 24em;
    padding: 0.75em 1em;
    border: 1px solid var(--school-profile-rule);
    border-radius: var(--school-profile-radius);
  }
  .name {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .muted,
  .place {
    margin: 0;
    font-size: 0.875em;
    color: var(--school-profile-muted);
  }
  [part~='ribbon'] {
    justify-self: start;
    margin: 0;
    padding: 0.1em 0.6em;
    border-radius: 999px;
    background: var(--school-profile-ribbon);
    color: #fff;
    font-size: 0.8125em;
    font-weight: 600;
  }
  /* The score under the gauge where the two do not fit on a line, never broken (with the reader's text twice the size,
     a phone's 296 px column read «82,» over «5»). */
  [part~='gauge'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  [part~='gauge'] svg {
    inline-size: 4.5em;
    flex: none;
  }
  .track {
    stroke: var(--school-profile-rule);
  }
  .fill {
    stroke: var(--school-profile-gauge);
  }
  .score {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1;
    white-space: nowrap;
  }
  [part~='programmes'] {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  [part~='programmes'] li::before {
    content: '✓ ';
    font-weight: 700;
  }
  [part~='programmes'] li.off::before {
    content: '– ';
  }
  [part~='programmes'] li.off {
    color: var(--school-profile-muted);
  }
  [part~='notice'] {
    margin: 0;
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid #a66300;
    background: #fff4e0;
    color: #1a1a1a;
    font-size: 0.8125em;
  }
  /* A footer or a narrow sidebar: name and gauge stack, text shrinks a little. */
  @container (max-width: 16em) {
    [part~='badge'] {
      padding: 0.5em 0.75em;
    }
    .name {
      font-size: 1em;
    }
  }
  @media screen and (prefers-color-scheme: dark) {
    :host {
      --school-profile-text: var(--se-color-text, #f2f2f2);
      --school-profile-background: var(--se-color-background, #17191c);
      --school-profile-accent: var(--se-color-primary, #7fb2e5);
      --school-profile-gauge: var(--se-color-primary, #7fb2e5);
      --school-profile-rule: var(--se-color-rule, #3a3f45);
      --school-profile-muted: var(--se-color-muted, #aab4be);
      --school-profile-ribbon: var(--se-color-success, #0a6e50);
    }
  }
  @media (forced-colors: active) {
    .fill {
      stroke: Highlight;
    }
    .track {
      stroke: GrayText;
    }
    [part~='ribbon'] {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    [part~='badge'] {
      break-inside: avoid;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.75em;
    }
  }
`,
];
