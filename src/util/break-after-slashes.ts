import { html } from 'lit';

/**
 * A place's name with a line allowed to break after each slash, as text. A
 * bilingual comune's name is one word to a browser, «Fortezza/Franzensfeste»
 * (no break after a slash between letters): in a narrow column it was as wide
 * as the whole name, or broke inside a word. `<wbr>` lets it break after the
 * slash and adds nothing to what is read or copied.
 */
export const breakAfterSlashes = (name: string) => name.split('/').map((part, i) => (i ? html`/<wbr />${part}` : part));
