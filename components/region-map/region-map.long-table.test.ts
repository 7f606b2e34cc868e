/**
 * A long table (region-map.templates.ts renderTable): pages of 500 rows by
 * place, said above it with buttons that turn them and one for every row,
 * since laying out a national comuni table's 7,899 rows holds the page still
 * for seconds; a search or a legend's class that keeps fewer shows them all.
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
      'Le prime 500 righe di 701, per posizione: una tabella così lunga rallenta la pagina. «Cerca per nome» trova le altre. Righe precedenti Righe successive Mostra tutte le 701 righe',
    );
    expect(table(map).getAttribute('aria-describedby')).to.equal('table-part');
    // By place: the first row is the best placed (Firenze: of the others only Bagno a Ripoli has an institution to divide by).
    expect(shadow(map).querySelector('tbody th')!.textContent).to.equal('Firenze');
    await expect(map).to.be.accessible();
    const button = part(map)!.querySelector<HTMLButtonElement>('.show-all')!;
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

  it('turns its pages of 500 rows from above the table and from below it, the focus kept, the new rows said', async () => {
    const map = await longTable();
    const names = () => [...shadow(map).querySelectorAll('tbody th')].map((th) => th.textContent);
    const firstPage = names();
    const [previous, next] = [...part(map)!.querySelectorAll<HTMLButtonElement>('button.page')];
    expect([previous!.textContent!.trim(), previous!.getAttribute('aria-disabled')]).to.deep.equal(['Righe precedenti', 'true']);
    next!.focus();
    next!.click();
    await waitUntil(() => rows(map) === 201, 'the second page not shown');
    // The rest by place, none of the first page's, said where the reader hears it.
    expect(names().some((name) => firstPage.includes(name))).to.equal(false);
    const said = part(map)!.querySelector('[aria-live]')!;
    expect(said.textContent).to.equal('Le righe da 501 a 701 di 701');
    // At the last page, the button stays where the reader is, off.
    expect(shadow(map).activeElement).to.equal(next);
    expect(next!.getAttribute('aria-disabled')).to.equal('true');
    next!.click();
    await map.updateComplete;
    expect(rows(map)).to.equal(201);
    await expect(map).to.be.accessible();
    previous!.click();
    await waitUntil(() => rows(map) === 500, 'the first page not back');
    expect(names()).to.deep.equal(firstPage);
    expect(said.textContent).to.equal('Le prime 500 righe di 701');
    // From below the table: its next page's first row in view, the focus on the table.
    const below = shadow(map).querySelectorAll<HTMLButtonElement>('.pager button.page')[1]!;
    below.scrollIntoView();
    below.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(map) === 201, 'the second page not shown from below');
    await waitUntil(() => shadow(map).activeElement === table(map), 'the focus not on the table');
    const top = shadow(map).querySelector('tbody tr')!.getBoundingClientRect().top;
    expect(top).to.be.within(0, window.innerHeight);
    // Other rows (the 699 comuni named «Comune …») start at the first page again.
    const box = shadow(map).querySelector<HTMLInputElement>('.name-find input')!;
    box.focus();
    await sendKeys({ type: 'comune' });
    await sendKeys({ press: 'Enter' });
    await elementUpdated(map);
    expect(part(map)!.querySelector('[aria-live]')!.textContent).to.equal('Le prime 500 righe di 699');
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
      expect(getComputedStyle(part(map)!.querySelector('.show-all')!).display).to.equal('none');
      expect(getComputedStyle(shadow(map).querySelector('.pager')!).display, 'nor the pages below').to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('speaks English', async () => {
    const map = await longTable({ lang: 'en' });
    expect(part(map)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'The first 500 rows of 701, by place: a table this long slows the page down. “Find by name” finds the others. Previous rows Next rows Show all 701 rows',
    );
    const button = part(map)!.querySelector<HTMLButtonElement>('.show-all')!;
    button.click();
    await map.updateComplete;
    expect(button.textContent!.trim()).to.equal('Laying out 701 rows…');
  });
});
