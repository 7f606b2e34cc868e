import { css } from 'lit';
import { chromeStyles } from '../../src/styles/chrome.styles.js';
import { downwardCueStyles } from '../../src/styles/downward-cue.styles.js';

/** Global tokens (--se-*) → the element's custom properties → the private ones the shared chrome reads. */
export const territoryListStyles = [
  chromeStyles,
  downwardCueStyles,
  css`
    :host {
      --territory-list-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
      --territory-list-text: var(--se-color-text, #1a1a1a);
      --territory-list-muted: var(--se-color-muted, #5c6f82);
      --territory-list-rule: var(--se-color-rule, #d9dadb);
      --territory-list-background: var(--se-color-background, #ffffff);
      --territory-list-accent: var(--se-color-primary, #0066cc);
      --territory-list-focus: var(--se-color-focus, #ffbf47);
      --territory-list-radius: var(--se-radius, 4px);
      --territory-list-max-height: none;
      --_font: var(--territory-list-font);
      --_text: var(--territory-list-text);
      --_muted: var(--territory-list-muted);
      --_background: var(--territory-list-background);
      --_accent: var(--territory-list-accent);
      --_focus: var(--territory-list-focus);
      --_rule: var(--territory-list-rule);
      --_radius: var(--territory-list-radius);
    }
    [part~='list'] {
      margin: 0;
      padding: 0;
      list-style: none;
      max-block-size: var(--territory-list-max-height);
      overflow-y: auto;
    }
    [part~='item'] {
      border-block-end: 1px solid var(--_rule);
    }
    [part~='item-button'] {
      display: grid;
      gap: 0.1em;
      inline-size: 100%;
      border: 0;
      border-radius: 0;
      padding: 0.45em 0.25em;
      text-align: start;
      color: var(--_text);
    }
    [part~='item-button']:hover {
      background: color-mix(in srgb, var(--_accent) 8%, transparent);
    }
    .name {
      font-weight: 600;
      color: var(--_ink);
    }
    .meta,
    .reason {
      font-size: 0.875em;
      color: var(--_muted);
    }
    /* The regions to choose from are a short, fixed list: shown whole, whatever height a page caps its lists at
       (at 320 px a cap of 28rem cut the last line in half, in a scroll box a phone shows no bar for). */
    .regions {
      max-block-size: none;
      display: flex;
      flex-wrap: wrap;
      gap: 0.35em;
      margin: 0.5em 0 0;
      padding: 0;
      list-style: none;
    }
    @media screen and (prefers-color-scheme: dark) {
      :host {
        --territory-list-text: var(--se-color-text, #f2f2f2);
        --territory-list-background: var(--se-color-background, #17191c);
        --territory-list-accent: var(--se-color-primary, #7fb2e5);
        --territory-list-rule: var(--se-color-rule, #3a3f45);
        --territory-list-muted: var(--se-color-muted, #aab4be);
      }
    }
    @media (forced-colors: active) {
      .name {
        color: LinkText;
      }
    }
  `,
];
