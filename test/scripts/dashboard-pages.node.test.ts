/**
 * The dashboard in two languages (demo/dashboard.html, demo/dashboard.en.html):
 * the same elements with the same attributes, in the same order, so that the
 * two pages never drift apart; only the host's own texts differ, and each page
 * links to the other at the same view.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/** Every tag of a page with its attributes, but the texts a host writes in its language (a label, a title). */
function structure(path: string): string[] {
  const html = readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  return [...html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)].map(([, tag, attributes]) => {
    const kept = [...attributes!.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)]
      .filter(([, name]) => !['label', 'aria-label', 'lang', 'hreflang', 'href'].includes(name!))
      .map(([, name, value]) => `${name}=${value ?? ''}`);
    return `${tag} ${kept.join(' ')}`.trim();
  });
}

describe('the dashboard in two languages', () => {
  it('has the same elements and attributes on both pages, in the same order', () => {
    const it_ = structure('demo/dashboard.html');
    const en = structure('demo/dashboard.en.html');
    assert.ok(it_.filter((tag) => /^[a-z]+-[a-z-]+/.test(tag)).length >= 10, 'the elements are found');
    assert.deepEqual(en, it_);
  });

  it('and the comparison of two regions: the same on both pages, each view under its own names, links carrying both', () => {
    const it_ = structure('demo/confronto.html');
    assert.ok(it_.filter((tag) => /^[a-z]+-[a-z-]+/.test(tag)).length >= 8, 'the elements are found');
    assert.deepEqual(structure('demo/confronto.en.html'), it_);
    const views = it_.filter((tag) => tag.startsWith('linked-view'));
    assert.deepEqual(
      views.map((view) => /url=(\S*)/.exec(view)?.[1]),
      ['a', 'b'],
    );
    // The two maps share their classes and the two charts their axis, or the comparison would compare nothing.
    for (const [tag, attribute] of [
      ['region-map', 'breaks'],
      ['trend-timeline', 'value-max'],
    ]) {
      const values = new Set(
        it_.filter((t) => t.startsWith(`${tag} `)).map((t) => new RegExp(`${attribute}=([^ ]*(?: [^ =]+)*)`).exec(t)?.[1]),
      );
      assert.equal(values.size, 1, `${tag}: one ${attribute}`);
      assert.ok([...values][0], `${tag}: ${attribute} set`);
    }
    assert.match(
      readFileSync('demo/confronto.html', 'utf8'),
      /<a href="\.\/confronto\.en\.html" hreflang="en" lang="en" data-link-view="a b">English<\/a>/,
    );
    assert.match(
      readFileSync('demo/confronto.en.html', 'utf8'),
      /<a href="\.\/confronto\.html" hreflang="it" lang="it" data-link-view="a b">Italiano<\/a>/,
    );
  });

  it('says its language and links to the other page, carrying the view', () => {
    const it_ = readFileSync('demo/dashboard.html', 'utf8');
    const en = readFileSync('demo/dashboard.en.html', 'utf8');
    assert.match(it_, /<html lang="it">/);
    assert.match(en, /<html lang="en">/);
    assert.match(it_, /<a href="\.\/dashboard\.en\.html" hreflang="en" lang="en" data-link-view="view">English<\/a>/);
    assert.match(en, /<a href="\.\/dashboard\.html" hreflang="it" lang="it" data-link-view="view">Italiano<\/a>/);
    assert.match(en, /<linked-view id="view"/);
    assert.match(en, /<school-search label="Find a school">/);
  });
});
