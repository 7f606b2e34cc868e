/** The library's version, written into embed snippets (kept equal to package.json's by test/package.node.test.ts). */
export const VERSION = '0.1.0';

/** Where the single-file bundle of this version lives on a public CDN. */
export const CDN_BUNDLE = `https://cdn.jsdelivr.net/npm/scuole-europa@${VERSION}/dist/cdn/scuole-europa.min.js`;
