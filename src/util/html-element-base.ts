/**
 * The page's `HTMLElement`, or an empty class where there is none: a module
 * that defines an element without Lit (whose server build does the same) can
 * then be imported on a server (Next.js, Astro, Nuxt rendering in Node) without
 * throwing. In a browser it is `HTMLElement` itself.
 */
export const HTMLElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);
