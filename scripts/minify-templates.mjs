/**
 * Minifies the markup and CSS inside the elements' `html` and `css` templates
 * (whitespace, comments), as published: used by the build and by the size check,
 * so that the sizes measured are the sizes shipped. Lit's own plugin, on the
 * JavaScript esbuild gives it; only our sources, never dependencies.
 */
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

export function minifyTemplates() {
  return minifyHTML({
    include: ['**/components/**/*.ts', '**/src/**/*.ts'],
    exclude: ['**/node_modules/**', '**/*.test.ts'],
    failOnError: true,
    // SVG inside a template is parsed as HTML by the minifier, where "/>" closes nothing: without its slash a
    // self-closing <path/> swallowed the next sibling (the badge's gauge lost its fill). Keep every slash.
    // Each template is minified as a document of its own, whose leading and trailing white space goes: html` · <b>…`
    // lost the space that parts it from the text before it (a profile's source read "non dati reali)· sintetica").
    // Keep one space wherever the sources have white space, so the bundle says what the tested sources say
    // (test/embedding/shipped-text.test.ts).
    options: { minifyOptions: { keepClosingSlash: true, conservativeCollapse: true } },
  });
}
