/**
 * Stands in for `@lit-labs/ssr-dom-shim` in the CDN bundle, which inlines Lit's
 * server-safe build: that build reads `globalThis.HTMLElement` and
 * `globalThis.customElements` first and falls back to these. In a browser they
 * are never used; on a server the bundle imports without throwing and defines
 * nothing, without the 4.8 KB of the real shim.
 */
export const HTMLElement = class {};
export const customElements = undefined;
