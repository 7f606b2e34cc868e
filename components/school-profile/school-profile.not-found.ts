/**
 * What a profile shows for a school the data does not know: the sentence, and
 * a <school-search> to find it by name, comune or code (choosing one shows
 * it). Loaded, with the search element, only when it happens.
 */
import { html, type TemplateResult } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import '../school-search/define.js';
import { MESSAGES } from './school-profile.messages.js';

export function renderNotFound(code: string, src: string, lang: Language, choose: (code: string) => void): TemplateResult {
  return html`<div part="base" role="status">
      <p>${MESSAGES[lang].notFound(code)}</p>
      <school-search src=${src} lang=${lang} @school-search-select=${(event: GlobalEventHandlersEventMap['school-search-select']) => choose(event.detail.code)}></school-search>
    </div>
    <slot></slot>`;
}
