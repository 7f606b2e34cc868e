/**
 * The language of an element follows its host page: `lang` on the element or its
 * closest ancestor (crossing shadow roots), else the document's; Italian unless
 * that language is English.
 */
import type { LocalizedText } from '../contract/contract.types.js';
import type { Language } from '../contract/vocabulary.js';

export type { Language };

/** Maps any BCP 47 tag to a supported language: "en-GB" → "en", "fr" or "" → "it". */
export function toLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split('-')[0];
  return primary === 'en' ? 'en' : 'it';
}

/** The language in effect for `element`. */
export function resolveLanguage(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return toLanguage(tag);
    const parent: Element | null = node.parentElement;
    if (parent) {
      node = parent;
      continue;
    }
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return toLanguage(element.ownerDocument?.documentElement.getAttribute('lang'));
}

/** The text of a label in a language. */
export function localize(text: LocalizedText, lang: Language): string {
  return lang === 'en' ? text.en : text.it;
}
