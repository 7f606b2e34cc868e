import { css } from 'lit';

/**
 * Three layers of theme: global tokens (--se-*, defaulting to Bootstrap Italia),
 * the element's own custom properties defaulting to them, and a few parts.
 */
export const regionMapStyles = css`
  :host {
    --region-map-font: var(--se-font-family, 'Titillium Web', system-ui, sans-serif);
    --region-map-text: var(--se-color-text, #1a1a1a);
    --region-map-muted: var(--se-color-muted, #5c6f82);
    --region-map-background: var(--se-color-background, #ffffff);
    --region-map-accent: var(--se-color-primary, #0066cc);
    --region-map-focus: var(--se-color-focus, #ffbf47);
    --region-map-stroke: var(--se-color-border, #ffffff);
    --region-map-no-data: var(--se-color-no-data, #d9dadb);
    --region-map-shadow-outline: var(--se-color-shadow-zone, #1a1a1a);
    --region-map-point: var(--se-color-primary, #0066cc);
    --region-map-radius: var(--se-radius, 4px);
    display: block;
    font-family: var(--region-map-font);
    color: var(--region-map-text);
    background: var(--region-map-background);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    display: grid;
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .breadcrumb {
    display: flex;
    gap: 0.25rem;
    align-items: center;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .breadcrumb li + li::before {
    content: '›';
    margin-inline-end: 0.25rem;
    color: var(--region-map-muted);
  }
  button,
  input,
  select {
    font: inherit;
  }
  button {
    border: 1px solid var(--region-map-accent);
    border-radius: var(--region-map-radius);
    background: transparent;
    color: var(--region-map-accent);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--region-map-accent);
    color: var(--region-map-background);
  }
  :is(button, input, [tabindex]):focus-visible {
    outline: 3px solid var(--region-map-focus);
    outline-offset: 2px;
  }
  .map {
    position: relative;
    touch-action: manipulation;
  }
  canvas {
    display: block;
    width: 100%;
  }
  canvas.highlight {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  [part~='tooltip'] {
    position: absolute;
    pointer-events: none;
    max-width: 18rem;
    padding: 0.4rem 0.6rem;
    border-radius: var(--region-map-radius);
    background: var(--region-map-text);
    color: var(--region-map-background);
    font-size: 0.875rem;
    line-height: 1.3;
    z-index: 1;
  }
  [part~='tooltip'] p {
    margin: 0;
  }
  [part~='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .swatch {
    inline-size: 1rem;
    block-size: 1rem;
    border: 1px solid var(--region-map-muted);
    forced-color-adjust: none;
  }
  .swatch.no-data {
    background: repeating-linear-gradient(45deg, var(--region-map-no-data) 0 3px, var(--region-map-background) 3px 6px);
  }
  .swatch.shadow {
    background: repeating-linear-gradient(-45deg, var(--region-map-shadow-outline) 0 1px, transparent 1px 5px);
    border: 2px solid var(--region-map-shadow-outline);
  }
  .point {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    forced-color-adjust: none;
  }
  .point.active {
    border-radius: 50%;
    background: var(--region-map-point);
  }
  .point.role-model {
    transform: rotate(45deg);
    background: var(--region-map-shadow-outline);
  }
  .gradient {
    inline-size: 8rem;
    block-size: 0.75rem;
    border: 1px solid var(--region-map-muted);
    forced-color-adjust: none;
  }
  .note {
    margin: 0;
    font-size: 0.875rem;
    color: var(--region-map-muted);
  }
  [part~='error'] {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid #d9364f;
    background: #fbe9ec;
    color: #1a1a1a;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='table'] {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid var(--region-map-no-data);
    text-align: start;
  }
  td.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --region-map-text: var(--se-color-text, #f2f2f2);
      --region-map-background: var(--se-color-background, #17191c);
      --region-map-accent: var(--se-color-primary, #7fb2e5);
      --region-map-stroke: var(--se-color-border, #17191c);
      --region-map-no-data: var(--se-color-no-data, #4a4f55);
      --region-map-shadow-outline: var(--se-color-shadow-zone, #f2f2f2);
      --region-map-muted: var(--se-color-muted, #aab4be);
    }
  }
`;
