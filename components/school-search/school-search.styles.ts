import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';

/** Global tokens (--se-*), the element's own custom properties, then parts. */
export const schoolSearchStyles = [
  chromeStyles,
  css`
    :host {
      /* The width it measures in a box that shrinks to its content (src/styles/chrome.styles.ts). */
      --_intrinsic-width: 24em;
      --school-search-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --school-search-text: var(--se-color-text, #1a1a1a);
      --school-search-muted: var(--se-color-muted, #5c6f82);
      --school-search-rule: var(--se-color-rule, #d9dadb);
      --school-search-background: var(--se-color-background, #ffffff);
      --school-search-accent: var(--se-color-primary, #0066cc);
      --school-search-focus: var(--se-color-focus, #ffbf47);
      --school-search-active: var(--se-color-highlight, #e6f0fa);
      --school-search-radius: var(--se-radius, 4px);
      --_font: var(--school-search-font);
      --_text: var(--school-search-text);
      --_muted: var(--school-search-muted);
      --_background: var(--school-search-background);
      --_accent: var(--school-search-accent);
      --_focus: var(--school-search-focus);
      --_rule: var(--school-search-rule);
      --_radius: var(--school-search-radius);
      position: relative;
    }
    label {
      font-weight: 600;
    }
    [part~='input'] {
      box-sizing: border-box;
      inline-size: 100%;
      padding: 0.5em 0.75em;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_background);
      color: var(--_text);
    }
    .field {
      position: relative;
    }
    [part~='popup'] {
      position: absolute;
      inset-inline: 0;
      inset-block-start: 100%;
      z-index: 2;
      margin: 0.25em 0 0;
      border: 1px solid var(--_rule);
      border-radius: var(--_radius);
      background: var(--_background);
      box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    }
    [part~='popup'][hidden] {
      display: none;
    }
    [part~='summary'] {
      margin: 0;
      padding: 0.4em 0.75em;
      font-size: 0.875em;
      color: var(--_muted);
      border-block-end: 1px solid var(--_rule);
    }
    [part~='listbox'] {
      max-block-size: 22em;
      overflow-y: auto;
      margin: 0;
      padding: 0.25em 0;
      list-style: none;
    }
    [part~='more'] .name {
      font-weight: 400;
      color: var(--_ink);
      text-decoration: underline;
    }
    [part~='option'] {
      display: grid;
      gap: 0.1em;
      padding: 0.4em 0.75em;
      cursor: pointer;
    }
    [part~='option'][aria-selected='true'] {
      background: var(--school-search-active);
      outline: 2px solid var(--_ink);
      outline-offset: -2px;
    }
    .name {
      font-weight: 600;
    }
    .meta {
      font-size: 0.875em;
      color: var(--_muted);
    }
    /* The muted grey falls just under 4.5:1 on the active background: the active option's details take the text colour. */
    [aria-selected='true'] .meta {
      color: var(--_text);
    }
    code {
      font-family: ui-monospace, monospace;
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --school-search-text: var(--se-color-text, #f2f2f2);
        --school-search-background: var(--se-color-background, #17191c);
        --school-search-accent: var(--se-color-primary, #7fb2e5);
        --school-search-rule: var(--se-color-rule, #3a3f45);
        --school-search-muted: var(--se-color-muted, #aab4be);
        --school-search-active: var(--se-color-highlight, #23364a);
      }
    }
    @media (forced-colors: active) {
      [part~='option'][aria-selected='true'] {
        outline-color: Highlight;
      }
    }
  `,
];
