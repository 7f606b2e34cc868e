/**
 * Notes under an element's caption or title, one paragraph each (`.note`,
 * src/styles/chrome.styles.ts): what it shows other than its page asked
 * (src/i18n/ignored-attribute.ts). Empty entries are left out, so that a
 * caller lists its conditions in place.
 */
import { html, type TemplateResult } from 'lit';

export function renderNotes(texts: readonly (string | null | false | undefined)[]): TemplateResult[] {
  return texts.filter((text): text is string => Boolean(text)).map((text) => html`<p class="note">${text}</p>`);
}
