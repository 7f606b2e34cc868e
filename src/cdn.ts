/**
 * The single-file bundle for CDN use: the core and every element class, with
 * every tag registered. Loading it twice on a page is harmless.
 */
// First: Lit creates its Trusted Types policy as it loads (src/util/trusted-types-guard.ts).
import './util/trusted-types-guard.js';
import './define-all.js';

export * from './classes.js';
