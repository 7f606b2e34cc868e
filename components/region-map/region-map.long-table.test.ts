/**
 * A long table (region-map.templates.ts renderTable): its first 500 rows by
 * place, said above it with a button for every row, since laying out a
 * national comuni table's 7,899 rows holds the page still for a second or two;
 * a search or a legend's class that keeps fewer shows them all.
 */
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { manyComuni } from '../../test/fixtures/many-comuni.fixture.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const rows = (el: RegionMap) => shadow(el).querySelectorAll('tbody tr').length;
const part = (el: RegionMap) => shadow(el).querySelector('#table-part');
const table = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[part~="table"]')!;

/** Toscana's 701 comuni in a table. */
async function longTable(attributes: Record<string, string> = {}) {
  const { folder, src } = await serveContract();
  const { shard, layer } = manyComuni(701);
  await serve(`${folder}/regions/09.json`, shard);
  await serve(`${folder}/geo/comuni/09.topo.json`, layer);
  const holder = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const map = document.createElement('region-map');
  const all = { src, metric: 'etwinning.projects', level: 'comuni', region: '09', year: '2024', lang: 'it', view: 'table', ...attributes };
  for (const [name, value] of Object.entries(all)) map.setAttribute(name, value);
  holder.append(map);
  await waitUntil(() => rows(map) > 0, 'table not drawn', { timeout: 10_000 });
  await elementUpdated(map);
  return map;
}

describe('<region-map>’s long table', () => {
  it('shows its first 500 rows by place, says so above it, and a button shows every one, the focus on the table', async () => {
    const map = await longTable();
    expect(rows(map)).to.equal(500);
    expect(part(map)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Le prime 500 righe di 701, per posizione: una tabella così lunga rallenta la pagina. «Cerca per nome» trova le altre. Mostra tutte le 701 righe',
    );
    expect(table(map).getAttribute('aria-describedby')).to.equal('table-part');
    // By place: the first row is the best placed (Firenze: of the others only Bagno a Ripoli has an institution to divide by).
    expect(shadow(map).querySelector('tbody th')!.textContent).to.equal('Firenze');
    await expect(map).to.be.accessible();
    const button = part(map)!.querySelector('button')!;
    button.focus();
    button.click();
    await map.updateComplete;
    // Before the rows are laid out (a page held still a second or two by 7,900 of them), the button says they come.
    expect([button.textContent!.trim(), button.getAttribute('aria-disabled'), rows(map)]).to.deep.equal([
      'Preparo le 701 righe…',
      'true',
      500,
    ]);
    button.click();
    await waitUntil(() => rows(map) === 701, 'every row not shown');
    expect(part(map)).to.equal(null);
    await waitUntil(() => shadow(map).activeElement === table(map), 'the focus not on the table');
    // Another year keeps every row; another level shows its first rows again.
    map.year = 2022;
    await waitUntil(() => !shadow(map).querySelector('[aria-busy="true"]'), 'the year did not come');
    await elementUpdated(map);
    expect(rows(map)).to.equal(701);
  });

  it('shows every row a search keeps when they are fewer, and prints the note without its button', async () => {
    const map = await longTable();
    const box = shadow(map).querySelector<HTMLInputElement>('.name-find input')!;
    box.focus();
    await sendKeys({ type: 'comune 7' });
    await sendKeys({ press: 'Enter' });
    await elementUpdated(map);
    // Comune 7, 70 to 79 and 700 to 701.
    expect(rows(map)).to.equal(13);
    expect(part(map)).to.equal(null);
    await sendKeys({ press: 'Escape' });
    await elementUpdated(map);
    expect(rows(map)).to.equal(500);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(part(map)!).display, 'paper says the table is cut').to.not.equal('none');
      expect(getComputedStyle(part(map)!.querySelector('button')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English', async () => {
    const map = await longTable({ lang: 'en' });
    expect(part(map)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The first 500 rows of 701, by place: a table this long slows the page down. “Find by name” finds the others. Show all 701 rows',
    );
    const button = part(map)!.querySelector('button')!;
    button.click();
    await map.updateComplete;
    expect(button.textContent!.trim()).to.equal('Laying out 701 rows…');
  });
});
