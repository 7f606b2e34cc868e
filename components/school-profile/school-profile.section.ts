/**
 * A section of the profile's card and full variants: a `part` to style it by, and a heading whose level follows the
 * host page's outline (the element's `heading-level`), written as a role so that no `<h*>` style of the host applies.
 */
import { html } from 'lit';

export const heading = (level: number, text: string) =>
  html`<div class="heading" role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;

export function section(part: string, level: number, title: string, body: unknown) {
  return html`<section part="section ${part}">${heading(level, title)}${body}</section>`;
}
