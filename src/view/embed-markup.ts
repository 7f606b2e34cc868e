/**
 * The snippet that reproduces a view on another site: one script tag (with its
 * integrity hash when known, and an import map with the hashes of the modules
 * the bundle imports from beside itself, which the tag's hash does not cover)
 * and the elements' markup inside a <linked-view> that carries the data URL and
 * the state. No iframe and no fixed height: the elements size themselves to the
 * host's column.
 */
import { VIEW_KEYS, type ViewState } from './view-state.js';

export interface EmbedOptions {
  /** Absolute URL of the single-file bundle. */
  script: string;
  /** `sha384-…` for `<script integrity>`, when known. */
  integrity?: string;
  /** The hashes of the modules the bundle imports on demand (absolute URL → `sha384-…`: the XLSX writer), for an import map. */
  modules?: Readonly<Record<string, string>>;
  /** Absolute URL of the data (the release's own URL when the embed is pinned). */
  src: string;
  state: ViewState;
  /** The elements to reproduce, in page order. */
  elements: readonly Element[];
  /**
   * An element's own data URL (absolute), when it reads other data than the
   * view; null when it takes the view's, which the snippet's <linked-view>
   * gives it again.
   */
  ownSrc?: (element: Element) => string | null;
  /**
   * The attributes the view has set on an element from choices made in it (a survey's `question`): left out, the
   * snippet's state sets them again, and takes them away when it names none.
   */
  viewChosen?: (element: Element) => ReadonlyMap<string, unknown> | undefined;
}

/** Attributes that belong to the page that hosts the view, not to the view (an element's own `src` comes back through `ownSrc`, absolute). */
const PAGE_ATTRIBUTES = new Set(['class', 'style', 'hidden', 'src', 'slot', 'tabindex']);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function attributes(pairs: Iterable<[string, string]>): string {
  return [...pairs].map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
}

function elementMarkup(element: Element, ownSrc: string | null, chosen?: ReadonlyMap<string, unknown>): string {
  const pairs = [...element.attributes]
    .filter((a) => !PAGE_ATTRIBUTES.has(a.name) && !a.name.startsWith('aria-') && !chosen?.has(a.name))
    .map((a): [string, string] => [a.name, a.value]);
  if (ownSrc) pairs.unshift(['src', ownSrc]);
  // A search that opens a profile needs its target's id, which is kept above; other ids are harmless.
  return `  <${element.localName}${attributes(pairs)}></${element.localName}>`;
}

export function embedMarkup(options: EmbedOptions): string {
  const script = [
    ['type', 'module'],
    ['src', options.script],
  ] as [string, string][];
  if (options.integrity) script.push(['integrity', options.integrity], ['crossorigin', 'anonymous']);
  const view: [string, string][] = [['src', options.src]];
  for (const key of VIEW_KEYS) {
    const value = options.state[key];
    if (value !== '' && value !== null) view.push([key, String(value)]);
  }
  const modules = options.integrity && options.modules && Object.keys(options.modules).length ? options.modules : null;
  return [
    // JSON inside a script element: a `<` written as \u003c can never close it or open a comment.
    ...(modules ? [`<script type="importmap">${JSON.stringify({ integrity: modules }).replace(/</g, '\\u003c')}</script>`] : []),
    `<script${attributes(script)}></script>`,
    `<linked-view${attributes(view)}>`,
    ...options.elements.map((element) => elementMarkup(element, options.ownSrc?.(element) ?? null, options.viewChosen?.(element))),
    '</linked-view>',
  ].join('\n');
}
