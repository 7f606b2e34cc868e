/**
 * The table's search by name (region-map.name-search.ts): the rows whose
 * area's name begins with the words typed, among every area or the legend's
 * class kept, how many said beside the box; Enter at once, Escape empties it,
 * the focus kept in the box throughout.
 */
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const box = (el: RegionMap) => shadow(el).querySelector<HTMLInputElement>('.name-find input')!;
const found = (el: RegionMap) => shadow(el).querySelector('#found')!.textContent!.trim();
const rowNames = (el: RegionMap) => [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
const described = (el: RegionMap) => shadow(el).querySelector('[part~="table"]')!.getAttribute('aria-describedby');

/** Toscana's two comuni in 2024: Firenze (5 projects) and Bagno a Ripoli (1), in two classes of the legend. */
async function tableOf(attributes: Record<string, string> = {}) {
  const { src } = await serveContract();
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  const map = document.createElement('region-map');
  const all = { src, metric: 'etwinning.projects', level: 'comuni', region: '09', year: '2024', lang: 'it', view: 'table', ...attributes };
  for (const [name, value] of Object.entries(all)) map.setAttribute(name, value);
  holder.append(map);
  await waitUntil(() => shadow(map).querySelector('tbody th'), 'table not drawn', { timeout: 5000 });
  await elementUpdated(map);
  return map;
}

/** Types `text` in the search box, then Enter, and waits for the render. */
async function search(el: RegionMap, text: string) {
  box(el).focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  await elementUpdated(el);
}

describe('<region-map>’s table, searched by name', () => {
  it('keeps the rows whose name begins with the words typed, says how many beside the box, the focus kept in it', async () => {
    const map = await tableOf();
    expect(rowNames(map)).to.have.members(['Firenze', 'Bagno a Ripoli']);
    expect(found(map), 'nothing said before a search').to.equal('');
    expect(described(map)).to.equal(null);
    const label = box(map).closest('label')!;
    expect(label.textContent!.trim()).to.equal('Cerca per nome');
    expect(box(map).type).to.equal('search');
    expect(parseFloat(getComputedStyle(box(map)).fontSize), 'no zoom into it as a phone’s finger taps it').to.be.at.least(16);
    await search(map, 'RIPOLI');
    expect(rowNames(map)).to.deep.equal(['Bagno a Ripoli']);
    expect(found(map)).to.equal('Nella tabella, con «RIPOLI» nel nome: 1 comune su 2.');
    expect(shadow(map).querySelector('#found')!.getAttribute('role'), 'said politely as it changes').to.equal('status');
    expect(described(map)).to.equal('found');
    expect(shadow(map).activeElement).to.equal(box(map));
    await expect(map).to.be.accessible();
  });

  it('says when no area answers, the words written as text, and Escape brings every row back; a second Escape is the page’s', async () => {
    const map = await tableOf();
    await search(map, '<b>pisa');
    expect(rowNames(map)).to.deep.equal([]);
    expect(found(map)).to.equal('Nessuna area della tabella ha «<b>pisa» nel nome.');
    expect(shadow(map).querySelector('#found b'), 'no markup from what was typed').to.equal(null);
    const heard: string[] = [];
    const listen = (event: KeyboardEvent) => heard.push(event.key);
    document.addEventListener('keydown', listen);
    try {
      await sendKeys({ press: 'Escape' });
      await elementUpdated(map);
      expect(box(map).value).to.equal('');
      expect(rowNames(map)).to.have.members(['Firenze', 'Bagno a Ripoli']);
      expect(found(map)).to.equal('');
      expect(heard, 'the Escape that emptied the box is not the page’s').to.deep.equal([]);
      expect(shadow(map).activeElement).to.equal(box(map));
      await sendKeys({ press: 'Escape' });
      expect(heard, 'the empty box lets the page hear Escape (a dialog closes)').to.deep.equal(['Escape']);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });

  it('follows typing once it pauses, without Enter', async () => {
    const map = await tableOf();
    box(map).focus();
    await sendKeys({ type: 'fir' });
    await waitUntil(() => rowNames(map).length === 1, 'the table did not follow the box', { timeout: 2000 });
    expect(rowNames(map)).to.deep.equal(['Firenze']);
    expect(shadow(map).activeElement).to.equal(box(map));
  });

  it('searches among the legend’s class kept, and says the count among its rows', async () => {
    const map = await tableOf();
    const keys = [...shadow(map).querySelectorAll<HTMLButtonElement>('[part~="legend"] button.key')];
    // The second class holds Firenze (5 projects).
    keys[1]!.click();
    await elementUpdated(map);
    expect(rowNames(map)).to.deep.equal(['Firenze']);
    await search(map, 'bagno');
    expect(rowNames(map)).to.deep.equal([]);
    expect(found(map)).to.equal('Nessuna area della tabella ha «bagno» nel nome.');
    expect(described(map)).to.equal('table-only found');
    keys[1]!.click();
    await elementUpdated(map);
    expect(rowNames(map)).to.deep.equal(['Bagno a Ripoli']);
    expect(found(map)).to.equal('Nella tabella, con «bagno» nel nome: 1 comune su 2.');
  });

  it('keeps the words through another year and back from the map, and forgets them for other areas', async () => {
    const map = await tableOf();
    await search(map, 'firenze');
    map.year = 2022;
    await waitUntil(() => !shadow(map).querySelector('[aria-busy="true"]'), 'the year did not come');
    await elementUpdated(map);
    expect(rowNames(map)).to.deep.equal(['Firenze']);
    map.view = 'map';
    await elementUpdated(map);
    map.view = 'table';
    await elementUpdated(map);
    expect(box(map).value).to.equal('firenze');
    expect(rowNames(map)).to.deep.equal(['Firenze']);
    map.level = 'provinces';
    await waitUntil(() => rowNames(map).length > 0 && found(map) === '', 'the provinces did not come unfiltered', { timeout: 5000 });
    expect(box(map).value).to.equal('');
  });

  it('says on paper which rows a searched table holds, without the box; the map prints whole, without its search', async () => {
    const map = await tableOf();
    await search(map, 'ripoli');
    await emulateMedia({ media: 'print' });
    try {
      const row = shadow(map).querySelector('.name-find')!;
      expect(getComputedStyle(row).display).to.equal('block');
      expect(getComputedStyle(row.querySelector('label')!).display, 'no box on paper').to.equal('none');
      expect(shadow(map).querySelector('#found')!.getClientRects().length, 'what the table holds printed above it').to.be.above(0);
      map.view = 'map';
      await elementUpdated(map);
      expect(getComputedStyle(shadow(map).querySelector('.name-find')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('can be themed by the host page through its parts', async () => {
    const style = document.createElement('style');
    style.textContent = `region-map::part(search) { background: rgb(255, 255, 0); }
      region-map::part(search-input) { border-color: rgb(255, 0, 0); }`;
    document.head.append(style);
    try {
      const map = await tableOf();
      expect(getComputedStyle(box(map)).borderTopColor).to.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(shadow(map).querySelector('.name-find')!).backgroundColor).to.equal('rgb(255, 255, 0)');
    } finally {
      style.remove();
    }
  });

  it('speaks English on an English page', async () => {
    const map = await tableOf({ lang: 'en' });
    expect(box(map).closest('label')!.textContent!.trim()).to.equal('Find by name');
    await search(map, 'bagno');
    expect(found(map)).to.equal('In the table, with “bagno” in the name: 1 comune of 2.');
    await search(map, ' x');
    expect(found(map)).to.equal('No area in the table has “bagno x” in its name.');
  });
});
