import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { intervalBarStyles } from '../../src/styles/interval-bars.styles.js';
import { tableCardsStyles } from '../../src/styles/table-cards.styles.js';

/** Global tokens (--se-*) → the element's custom properties → the private ones the shared chrome reads. */
export const participationBreakdownStyles = [
  chromeStyles,
  scrollCueStyles,
  intervalBarStyles,
  css`
    :host {
      --participation-breakdown-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --participation-breakdown-text: var(--se-color-text, #1a1a1a);
      --participation-breakdown-muted: var(--se-color-muted, #5c6f82);
      --participation-breakdown-rule: var(--se-color-rule, #d9dadb);
      --participation-breakdown-background: var(--se-color-background, #ffffff);
      --participation-breakdown-accent: var(--se-color-primary, #0066cc);
      --participation-breakdown-reference: var(--participation-breakdown-text);
      --participation-breakdown-focus: var(--se-color-focus, #ffbf47);
      --participation-breakdown-radius: var(--se-radius, 4px);
      --_font: var(--participation-breakdown-font);
      --_text: var(--participation-breakdown-text);
      --_muted: var(--participation-breakdown-muted);
      --_background: var(--participation-breakdown-background);
      --_accent: var(--participation-breakdown-accent);
      --_focus: var(--participation-breakdown-focus);
      --_rule: var(--participation-breakdown-rule);
      --_radius: var(--participation-breakdown-radius);
      --_reference: var(--participation-breakdown-reference);
    }
    [part~='summary'] {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .show-gap {
      margin: 0;
    }
    .chart > li.note {
      font-size: 0.875em;
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --participation-breakdown-text: var(--se-color-text, #f2f2f2);
        --participation-breakdown-background: var(--se-color-background, #17191c);
        --participation-breakdown-accent: var(--se-color-primary, #7fb2e5);
        --participation-breakdown-rule: var(--se-color-rule, #3a3f45);
        --participation-breakdown-muted: var(--se-color-muted, #aab4be);
      }
    }
  `,
  tableCardsStyles,
];
