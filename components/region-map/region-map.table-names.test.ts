/**
 * The table's area names (its row headings, after the rank) stay at the box's
 * start as a narrow table scrolls sideways (src/styles/sticky-heads.styles.ts): at 320 px it
 * showed the rank, the name and half a value, and scrolled to the institutions
 * and the status, they stood beside no name.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { manyComuni } from '../../test/fixtures/many-comuni.fixture.js';
import { brokenWords } from '../../test/support/broken-words.js';
import { expectHeadingsInSight } from '../../test/support/sticky-headings.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { dashboardIndex } from '../../test/fixtures/dashboard.fixture.js';
import { indexFixture } from '../../test/fixtures/contract.fixture.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
/** Real comuni's names: bilingual ones, one word to a browser at its slash, and a long word. */
const NAMES = ['Fortezza/Franzensfeste', 'Castelbello-Ciardes/Kastelbell-Tschars', 'Rasun-Anterselva/Rasen-Antholz', 'Pietramontecorvino'];

/** Toscana's comuni (`count` of them), `NAMES` among them, in a table `width` px wide, its text `fontSize`. */
async function namesTable(width: number, fontSize = '', count = 8, index = indexFixture(), institutions = 0) {
  const { folder, src } = await serveContract({ index });
  const { shard, layer } = manyComuni(count);
  for (const comune of shard.comuni.slice(2)) comune.institutions = institutions;
  NAMES.forEach((name, i) => (shard.comuni[i + 2]!.name = name));
  await serve(`${folder}/regions/09.json`, shard);
  await serve(`${folder}/geo/comuni/09.topo.json`, layer);
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.style.width = `${width}px`;
  holder.innerHTML = `<region-map src="${src}" metric="etwinning.projects" level="comuni" region="09" year="2024" lang="it" view="table"></region-map>`;
  const map = holder.querySelector('region-map')!;
  map.style.fontSize = fontSize;
  await waitUntil(() => shadow(map).querySelectorAll('tbody tr').length === count, 'table not drawn', { timeout: 10_000 });
  return { holder, map, table: shadow(map).querySelector<HTMLElement>('[part~="table"]')! };
}

describe('<region-map>’s table in a narrow column', () => {
  it('keeps the area names at the start as it scrolls sideways, drawn over the rank, whole words, leaving the values most of it', async () => {
    const { map, table } = await namesTable(320);
    const names = [...table.querySelectorAll('tr')].map((row) => row.children[1] as HTMLElement);
    // Unscrolled, the rank comes first.
    expect(names[1]!.getBoundingClientRect().left).to.be.above(table.getBoundingClientRect().left + 20);
    expect(names.map((name) => name.textContent!.trim())).to.include.members(NAMES);
    // A bilingual name breaks after its slash (it was as wide as the whole name, «Fortezza/Franzensfeste» 184 px of the
    // box's 320), a compound one after a hyphen, a long word nowhere.
    await expectHeadingsInSight(table, names, /[^\s-]+/g);
    // What a reader copies or hears is the name as written.
    expect(names.map((name) => name.innerText.replace(/\s+/g, ''))).to.include('Fortezza/Franzensfeste');
    await expect(map).to.be.accessible();
  });

  it('leaves the values nearly half the box where the reader’s text is half as large again', async () => {
    // A phone's reader with text twice the size had the names' column 298 px of a 328 px box: the values passed under
    // it in a strip of 30 (now cards, below); at 1.5 times, 15em of text in 360 px, the table stays a table.
    const { table } = await namesTable(360, '24px');
    expect(table.scrollWidth, 'a table that scrolls').to.be.above(table.clientWidth);
    const names = [...table.querySelectorAll('tr')].map((row) => row.children[1] as HTMLElement);
    table.scrollLeft = table.scrollWidth;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const name of names) expect(name.getBoundingClientRect().width, name.textContent!).to.be.at.most(0.55 * table.clientWidth + 1);
    // Scrolled to its end, the last column (the status, 45% of the box) shows beside them, not under them (but for
    // the pixel of their rule: the columns' widths are fractional).
    const end = names[1]!.getBoundingClientRect().right;
    for (const cell of table.querySelectorAll('tbody td:last-child')) expect(cell.getBoundingClientRect().left).to.be.at.least(end - 2);
  });

  it('shows each area as a card where the reader’s text is twice the size: its name first and whole, then each value after its heading', async () => {
    // 11.25em of text in a 360 px phone: beside names capped at 55%, the values passed by a word at a time.
    const { map, table } = await namesTable(360, '32px');
    expect(table.scrollWidth, 'nothing to scroll sideways').to.be.at.most(table.clientWidth + 1);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === 'Pietramontecorvino')!;
    const [name, ...cells] = [row.querySelector('th')!, ...row.querySelectorAll('td')];
    for (const cell of cells)
      expect(cell.getBoundingClientRect().top, 'under the name').to.be.at.least(name.getBoundingClientRect().bottom - 1);
    expect(brokenWords(name), 'the name whole').to.deep.equal([]);
    const headings = [...shadow(map).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    // The rank, the value, the count and the status, each after its heading (the name's column's is the card's name).
    expect(cells.map((cell) => getComputedStyle(cell, '::before').content)).to.deep.equal(
      [headings[0], ...headings.slice(2)].map((heading) => `"${heading}: "`),
    );
    expect(getComputedStyle(shadow(map).querySelector('thead')!).display, 'the headings’ row not drawn').to.equal('none');
    await expect(map).to.be.accessible();
  });

  it('keeps a range of places whole on a card’s line, at whatever width the line ends after its dash', async () => {
    // «Posizione (intervallo): 1–» over «10», seen at 200 px: a line may end after an en dash.
    // A count's place is ranged by its swings (quasi-Poisson, its metric's dispersion): thirty comuni of one to seven
    // projects share ranges of places such as «4–24».
    const index = indexFixture();
    const projects = index.metrics.find((metric) => metric.id === 'etwinning.projects')!;
    projects.dispersion = index.years.map(() => 1);
    const { holder, map } = await namesTable(296, '32px', 30, index, 5);
    const places = [...shadow(map).querySelectorAll<HTMLElement>('tbody td:first-child')];
    expect(
      places.filter((cell) => /\d–\u2060?\d\d/.test(cell.textContent!)),
      'two-digit ranges to read',
    ).to.have.length.above(3);
    const broken = new Set<string>();
    // Each width moves where the lines of the cards' labels and values end.
    for (let width = 240; width <= 420; width += 3) {
      holder.style.width = `${width}px`;
      const room = places[0]!.clientWidth;
      for (const cell of places)
        for (const word of brokenWords(cell, /\d[\d.]*–\u2060?\d[\d.]*/g, { narrowerThan: room })) broken.add(`${word} at ${width} px`);
    }
    expect([...broken]).to.deep.equal([]);
  });

  it('keeps the dash of an interval with its low end where a value wraps in a narrow column', async () => {
    // «100% (0,4% – 100%)» read "100%", "(0,4%", "–", "100%)" at 320 px.
    const { src } = await serveContract({ index: dashboardIndex() });
    const holder = await fixture<HTMLDivElement>(html`<div style="width: 240px"></div>`);
    holder.innerHTML = `<region-map src="${src}" metric="participation.active" normalisation="perSchool" year="2024" lang="it" view="table"></region-map>`;
    const map = holder.querySelector('region-map')!;
    await waitUntil(() => shadow(map).querySelector('tbody td'), 'table not drawn', { timeout: 10_000 });
    // The values with an interval (Lazio has none that year: «n.d.»).
    const values = [...shadow(map).querySelectorAll('tbody td:nth-child(3)')].filter((cell) => /\s–\s.+\)$/.test(cell.textContent!));
    expect(values).to.have.length.above(0);
    const lineOf = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return Math.round(range.getBoundingClientRect().top);
    };
    for (const cell of values) {
      const node = [...cell.childNodes].find((child): child is Text => child instanceof Text && child.data.includes('–'))!;
      const dash = node.data.indexOf('–');
      const lines = new Set(
        [...node.data]
          .map((_, i) => i)
          .filter((i) => node.data[i]!.trim())
          .map((i) => lineOf(node, i)),
      );
      expect(lines.size, `«${node.data}» wraps here`).to.be.above(1);
      expect(lineOf(node, dash), `«${node.data}»: the dash on its low end's line`).to.equal(lineOf(node, dash - 2));
    }
  });
});
