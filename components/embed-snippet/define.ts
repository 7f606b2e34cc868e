/** Registers <embed-snippet> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { EmbedSnippet } from './embed-snippet.js';

export { EmbedSnippet };

defineElement('embed-snippet', EmbedSnippet);

declare global {
  interface HTMLElementTagNameMap {
    'embed-snippet': EmbedSnippet;
  }
}
