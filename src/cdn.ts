/**
 * The single-file bundle for CDN use: the core and every element class, with
 * every tag registered. Loading it twice on a page is harmless.
 */
import './define-all.js';

export * from './classes.js';
