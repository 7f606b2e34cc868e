/**
 * The demo pages are what a webmaster copies first: each says its language, fits
 * a phone's width, has a title, one heading to start from and one main landmark
 * (axe's landmark rules flagged the map's and the timeline's pages, whose
 * elements stood outside any landmark).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pages = readdirSync('demo').filter((name) => name.endsWith('.html'));
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('the demo pages', () => {
  it('are there', () => assert.ok(pages.length >= 6, pages.join(', ')));
  for (const name of pages) {
    it(`${name}: a language, a viewport, a title, an h1 and one main landmark`, () => {
      const html = readFileSync(`demo/${name}`, 'utf8');
      assert.match(html, /<html lang="(it|en)">/);
      assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1" \/>/);
      assert.match(html, /<title>[^<]+<\/title>/);
      assert.equal(count(html, /<h1[\s>]/), 1, 'one h1');
      assert.equal(count(html, /<main[\s>]/), 1, 'one main landmark');
    });
  }
});
