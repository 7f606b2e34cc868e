import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { scrollCueStyles } from '../../src/styles/scroll-cue.styles.js';
import { intervalBarStyles } from '../../src/styles/interval-bars.styles.js';
import { tableCardsStyles } from '../../src/styles/table-cards.styles.js';

/** Global tokens (--se-*) → the element's custom properties → the private ones the shared chrome reads. */
export const surveyResultsStyles = [
  chromeStyles,
  scrollCueStyles,
  intervalBarStyles,
  css`
    :host {
      --survey-results-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --survey-results-text: var(--se-color-text, #1a1a1a);
      --survey-results-muted: var(--se-color-muted, #5c6f82);
      --survey-results-rule: var(--se-color-rule, #d9dadb);
      --survey-results-background: var(--se-color-background, #ffffff);
      --survey-results-accent: var(--se-color-primary, #0066cc);
      --survey-results-reference: var(--survey-results-text);
      --survey-results-focus: var(--se-color-focus, #ffbf47);
      --survey-results-radius: var(--se-radius, 4px);
      --_font: var(--survey-results-font);
      --_text: var(--survey-results-text);
      --_muted: var(--survey-results-muted);
      --_background: var(--survey-results-background);
      --_accent: var(--survey-results-accent);
      --_focus: var(--survey-results-focus);
      --_rule: var(--survey-results-rule);
      --_radius: var(--survey-results-radius);
      --_reference: var(--survey-results-reference);
    }
    p {
      margin: 0;
    }
    /* A long question in the picker wraps under its label (320 px reflow); the element's one column and the label's
       and select's widths are the shared chrome's. */
    .toolbar label {
      display: inline-flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em;
    }
    .title {
      font-weight: 600;
      font-size: 1.125em;
      overflow-wrap: anywhere;
    }
    [part~='summary'] {
      overflow-wrap: anywhere;
    }
    .question {
      display: grid;
      gap: 0.35em;
      margin: 0;
      padding-block: 0.5em;
      border-block-start: 1px solid var(--_rule);
    }
    figcaption {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .refs {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* An estimate's change since an earlier wave (compare): a line of its own under the references. */
    .change {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .not-comparable {
      display: block;
      font-weight: 400;
    }
    .suppressed {
      color: var(--_muted);
      font-style: italic;
    }
    .table {
      overflow-x: auto;
    }
    details summary {
      cursor: pointer;
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --survey-results-text: var(--se-color-text, #f2f2f2);
        --survey-results-background: var(--se-color-background, #17191c);
        --survey-results-accent: var(--se-color-primary, #7fb2e5);
        --survey-results-rule: var(--se-color-rule, #3a3f45);
        --survey-results-muted: var(--se-color-muted, #aab4be);
      }
    }
  `,
  tableCardsStyles,
];
