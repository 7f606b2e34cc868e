/**
 * The view's own line of text, above the elements it links, for what it changed
 * of what it was given: an area the data does not hold, shown as the region (or
 * Italy) instead. It lives in a shadow root whose slot keeps the page's elements
 * where they are and as the page styles them; it is a polite status, empty (and
 * out of the layout) until there is something to say.
 */
import type { MissingArea } from '../../src/element/area-missing.js';
import { resolveLanguage } from '../../src/i18n/lang.js';

// No colour of its own: the page's text and a rule in it, readable on any page and in forced colours.
const STYLE = '[part~="notice"]{margin:0 0 1em;padding:.5em .75em;border-inline-start:.25em solid}[part~="notice"]:empty{display:none}';

/** The view's notice line, made with its shadow root the first time (before anything is said, so that it is heard). */
export function noticeOf(view: HTMLElement): HTMLElement {
  const root = view.shadowRoot ?? view.attachShadow({ mode: 'open' });
  if (!root.querySelector('[part~="notice"]')) root.innerHTML = `<style>${STYLE}</style><p part="notice" role="status"></p><slot></slot>`;
  return root.querySelector<HTMLElement>('[part~="notice"]')!;
}

/** What the notice says of an area the data does not hold, in the page's language. */
export function missingAreaText(view: Element, { level, code }: MissingArea, inRegion: boolean): string {
  if (resolveLanguage(view) === 'en')
    return `The data has no ${level} “${code}” (its code may have changed): the view shows ${inRegion ? 'its whole region' : 'all of Italy'}.`;
  const what = level === 'comune' ? 'il comune' : 'la provincia';
  return `Nei dati non c'è ${what} «${code}» (il suo codice può essere cambiato): si vede ${inRegion ? 'tutta la regione' : "tutta l'Italia"}.`;
}
