/**
 * A source of the contract in the page's language. Its own module, apart from
 * the downloads' provenance (./provenance.ts): the lists name their sources as
 * they render, and should not carry the downloads' words with them.
 */
import type { NationalIndex, Source } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';
import { localize } from '../i18n/lang.js';

/** A source's name, licence or attribution in a language: its localized text where the contract gives one (older contracts do not), else its one text. */
export function sourceText(source: Source, field: 'name' | 'licence' | 'attribution', lang: Language): string {
  return source.localized ? localize(source.localized[field], lang) : source[field];
}

/** Each source as a list's download names it: its name and licence in a language, a star when synthetic. */
export const sourceLines = (index: NationalIndex, lang: Language): string[] =>
  index.sources.map((s) => `${sourceText(s, 'name', lang)} (${sourceText(s, 'licence', lang)})${s.synthetic ? ' *' : ''}`);
