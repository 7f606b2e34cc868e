import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';

export const embedSnippetStyles = [
  chromeStyles,
  css`
    :host {
      --embed-snippet-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --embed-snippet-text: var(--se-color-text, #1a1a1a);
      --embed-snippet-muted: var(--se-color-muted, #5c6f82);
      --embed-snippet-rule: var(--se-color-rule, #d9dadb);
      --embed-snippet-background: var(--se-color-background, #ffffff);
      --embed-snippet-accent: var(--se-color-primary, #0066cc);
      --embed-snippet-focus: var(--se-color-focus, #ffbf47);
      --embed-snippet-radius: var(--se-radius, 4px);
      --_font: var(--embed-snippet-font);
      --_text: var(--embed-snippet-text);
      --_muted: var(--embed-snippet-muted);
      --_background: var(--embed-snippet-background);
      --_accent: var(--embed-snippet-accent);
      --_focus: var(--embed-snippet-focus);
      --_rule: var(--embed-snippet-rule);
      --_radius: var(--embed-snippet-radius);
    }
    [part~='panel'] {
      display: grid;
      gap: 0.5em;
      padding: 0.75em;
      border: 1px solid var(--_rule);
      border-radius: var(--_radius);
    }
    [part~='code'] {
      inline-size: 100%;
      box-sizing: border-box;
      min-block-size: 10em;
      font: 0.8125em/1.4 ui-monospace, monospace;
      color: var(--_text);
      background: var(--_background);
      border: 1px solid var(--_rule);
      border-radius: var(--_radius);
    }
    /* As large as its label's text (a browser draws it 13 px whatever the text's size: beside text twice the size it
       was a speck). */
    input[type='checkbox'] {
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: 0.35em;
      vertical-align: -0.125em;
    }
    textarea:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--se-color-focus-inner, #0b0c0c);
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --embed-snippet-text: var(--se-color-text, #f2f2f2);
        --embed-snippet-background: var(--se-color-background, #17191c);
        --embed-snippet-accent: var(--se-color-primary, #7fb2e5);
        --embed-snippet-rule: var(--se-color-rule, #3a3f45);
        --embed-snippet-muted: var(--se-color-muted, #aab4be);
      }
    }
  `,
];
