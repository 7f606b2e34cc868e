/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): the
 * functions of a file that starts with it are compiled while it streams in, off
 * the main thread, instead of on their first call. The CDN bundle carries it
 * because a page loads that file for the elements it shows, which then run most
 * of it at their first render; without it a first timeline spent 5-10 ms
 * compiling between its data and its paint. The ESM entries do not: a host's
 * bundler rewrites them into files of its own.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
