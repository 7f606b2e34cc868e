/**
 * A section of the profile's card and full variants: a `part` to style it by, and a heading whose level follows the
 * host page's outline (the element's `heading-level`), written as a role so that no `<h*>` style of the host applies;
 * and the mark of a provisional value in its tables.
 */
import { html, nothing } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import { DETAILS_MESSAGES } from './school-profile.details.messages.js';

export const heading = (level: number, text: string) =>
  html`<div class="heading" role="heading" aria-level=${Math.min(6, level)}>${text}</div>`;

export function section(part: string, level: number, title: string, body: unknown) {
  return html`<section part="section ${part}">${heading(level, title)}${body}</section>`;
}

/** A provisional value's asterisk in a table, named as the timeline's is; the note under the table says what it means. */
export function provisionalMark(provisional: boolean | undefined, lang: Language) {
  return provisional ? html` <abbr title=${DETAILS_MESSAGES[lang].provisional}>*</abbr>` : nothing;
}
