import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';

/** Global tokens (--se-*) → the element's custom properties → the private ones the shared chrome reads. */
export const participationBreakdownStyles = [
  chromeStyles,
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
    }
    [part~='summary'] {
      margin: 0;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .chart {
      display: grid;
      gap: 0.4em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chart li {
      display: grid;
      grid-template-columns: minmax(8em, 1fr) minmax(6em, 2fr) auto;
      gap: 0.5em;
      align-items: center;
      font-size: 0.875em;
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
      background: var(--participation-breakdown-reference);
    }
    .ref-1 {
      inline-size: 0;
      border-inline-start: 3px dotted var(--participation-breakdown-reference);
      background: none;
    }
    .key {
      display: inline-block;
      position: static;
      inline-size: 1em;
      block-size: 0.75em;
      border-inline-start: 3px solid var(--participation-breakdown-reference);
    }
    .key.ref-1 {
      border-inline-start-style: dotted;
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --participation-breakdown-text: var(--se-color-text, #f2f2f2);
        --participation-breakdown-background: var(--se-color-background, #17191c);
        --participation-breakdown-accent: var(--se-color-primary, #7fb2e5);
        --participation-breakdown-rule: var(--se-color-rule, #3a3f45);
        --participation-breakdown-muted: var(--se-color-muted, #aab4be);
      }
    }
    @media (forced-colors: active) {
      .bar {
        background: Highlight;
      }
      .track {
        border: 1px solid CanvasText;
      }
    }
  `,
];
