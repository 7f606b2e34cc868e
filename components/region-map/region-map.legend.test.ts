/**
 * The legend's classes as a way into the map (region-map.legend-classes.ts):
 * the class the mouse points at, or the one chosen with a click, a tap, Enter
 * or Space, has its areas set apart on the map (the others under a veil of the
 * background); choosing it again or Escape brings every area back. One tab
 * stop for the legend's keys, the arrows between them, each choice said.
 */
import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { button } from '../../test/support/dashboard-page.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const keys = (el: RegionMap) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="legend"] button.key')];
const keyNamed = (el: RegionMap, name: string) => keys(el).find((key) => key.textContent!.trim() === name)!;
const pressed = (el: RegionMap) => keys(el).map((key) => key.getAttribute('aria-pressed'));
const said = (el: RegionMap) => shadow(el).querySelector('.legend-said')!.textContent!.trim();
const focused = (el: RegionMap) => shadow(el).activeElement?.textContent?.trim() ?? '(none)';
const rowNames = (el: RegionMap) => [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
const rowValues = (el: RegionMap) => [...shadow(el).querySelectorAll('tbody td:nth-of-type(2)')].map((td) => td.textContent!.trim());
const tableNote = (el: RegionMap) => shadow(el).querySelector('#table-only')?.textContent?.trim() ?? null;

/** Toscana's two comuni in 2024, one in each of two classes (5 and 1 projects); none without data. */
const TWO_COMUNI = { level: 'comuni', region: '09', year: '2024' };

async function mapOf(attributes: Record<string, string> = {}) {
  const { src } = await serveContract();
  const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  const map = document.createElement('region-map');
  for (const [name, value] of Object.entries({ src, metric: 'etwinning.projects', year: '2024', lang: 'it', ...attributes }))
    map.setAttribute(name, value);
  box.append(map);
  await waitUntil(() => shadow(map).querySelector('[part~="legend"]'), 'map not drawn', { timeout: 5000 });
  await elementUpdated(map);
  return map;
}

/** Presses `keys` in turn where the focus is, and waits for the render. */
async function press(el: RegionMap, ...names: string[]) {
  for (const name of names) await sendKeys({ press: name });
  await elementUpdated(el);
}

/**
 * The drawn map's pixels read against the highlight canvas above them, by the legend's classes: of those painted in
 * class `k`'s colour (inside an area of it, not on an anti-aliased edge), how many the highlight leaves clear and how
 * many it veils; of those painted in another class's colour, how many it veils.
 */
function veiling(el: RegionMap, k: number) {
  const areas = shadow(el).querySelector<HTMLCanvasElement>('canvas.areas')!;
  const highlight = shadow(el).querySelector<HTMLCanvasElement>('canvas.highlight')!;
  const below = areas.getContext('2d')!.getImageData(0, 0, areas.width, areas.height).data;
  const above =
    highlight.width === areas.width && highlight.height === areas.height
      ? highlight.getContext('2d')!.getImageData(0, 0, highlight.width, highlight.height).data
      : new Uint8ClampedArray(below.length);
  // Each class's swatch colour, as the canvas paints it ("rgb(219, 232, 247)" → "219,232,247").
  const colours = keys(el)
    .map((key) => key.querySelector<HTMLElement>('.swatch:not(.no-data)'))
    .filter((swatch) => swatch !== null)
    .map((swatch) => getComputedStyle(swatch).backgroundColor.match(/\d+/g)!.join(','));
  const counts = { inClass: 0, inClassClear: 0, inClassVeiled: 0, other: 0, otherVeiled: 0 };
  for (let i = 0; i < below.length; i += 4) {
    if (below[i + 3] !== 255) continue;
    const at = colours.indexOf(`${below[i]},${below[i + 1]},${below[i + 2]}`);
    if (at < 0) continue;
    const veiled = above[i + 3]! > 100;
    if (at === k) {
      counts.inClass++;
      if (above[i + 3] === 0) counts.inClassClear++;
      if (veiled) counts.inClassVeiled++;
    } else {
      counts.other++;
      if (veiled) counts.otherVeiled++;
    }
  }
  return counts;
}

/** Whether the highlight canvas shows nothing at all. */
function highlightEmpty(el: RegionMap): boolean {
  const highlight = shadow(el).querySelector<HTMLCanvasElement>('canvas.highlight');
  if (!highlight || highlight.width === 0) return true;
  return highlight
    .getContext('2d')!
    .getImageData(0, 0, highlight.width, highlight.height)
    .data.every((v, i) => i % 4 !== 3 || v === 0);
}

describe('<region-map>’s legend, a way into the map', () => {
  afterEach(() => resetMouse());

  it('offers its classes and «Nessun dato» as toggles with one tab stop, and says what they do', async () => {
    const map = await mapOf(TWO_COMUNI);
    const labels = keys(map).map((key) => key.textContent!.trim());
    expect(labels.at(-1)).to.equal('Nessun dato');
    expect(labels.length).to.be.greaterThan(2);
    expect(pressed(map).every((p) => p === 'false')).to.equal(true);
    expect(keys(map).map((key) => key.tabIndex)).to.deep.equal(labels.map((_, i) => (i === 0 ? 0 : -1)));
    expect(shadow(map).querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal(
      'Legenda. Un clic, Invio o Spazio su una classe ne mette in evidenza le aree sulla mappa; Esc per tornare a tutte.',
    );
    expect(highlightEmpty(map)).to.equal(true);
    await expect(map).to.be.accessible();
  });

  it('sets a class’s areas apart with a click, and brings them all back with a second', async () => {
    const map = await mapOf(TWO_COMUNI);
    keys(map)[0]!.click();
    await elementUpdated(map);
    expect(pressed(map)[0]).to.equal('true');
    const apart = veiling(map, 0);
    expect(apart.inClass, 'the class is drawn').to.be.greaterThan(100);
    expect(apart.other, 'another fill is drawn').to.be.greaterThan(100);
    expect(apart.inClassClear / apart.inClass, 'the class clear').to.be.greaterThan(0.95);
    expect(apart.otherVeiled / apart.other, 'the others veiled').to.be.greaterThan(0.95);
    expect(said(map)).to.match(/^In evidenza sulla mappa: .+ \(1 comune su 2\)\.$/);
    await expect(map).to.be.accessible();
    keys(map)[0]!.click();
    await elementUpdated(map);
    expect(pressed(map)[0]).to.equal('false');
    expect(highlightEmpty(map)).to.equal(true);
    expect(said(map)).to.equal('Di nuovo tutte le aree sulla mappa.');
  });

  it('goes from key to key with the arrows, chooses with Enter and Space, lets go with Escape, the focus kept on the key', async () => {
    const map = await mapOf(TWO_COMUNI);
    keys(map)[0]!.focus();
    await press(map, 'ArrowDown');
    const second = keys(map)[1]!.textContent!.trim();
    expect(focused(map)).to.equal(second);
    expect(keys(map).map((key) => key.tabIndex)[1], 'the tab stop moved with it').to.equal(0);
    expect(highlightEmpty(map), 'the focus alone chooses nothing').to.equal(true);
    await press(map, 'Enter');
    expect(pressed(map)[1]).to.equal('true');
    expect(highlightEmpty(map)).to.equal(false);
    expect(said(map)).to.contain(`In evidenza sulla mappa: ${second} (`);
    await press(map, 'End');
    expect(focused(map)).to.equal('Nessun dato');
    await press(map, ' ');
    expect(pressed(map).at(-1)).to.equal('true');
    expect(pressed(map).filter((p) => p === 'true').length, 'one class at a time').to.equal(1);
    await press(map, 'Escape');
    expect(pressed(map).every((p) => p === 'false')).to.equal(true);
    expect(highlightEmpty(map)).to.equal(true);
    expect(focused(map)).to.equal('Nessun dato');
    expect(said(map)).to.equal('Di nuovo tutte le aree sulla mappa.');
  });

  it('sets «Nessun dato» apart: the areas without a value', async () => {
    // 2024: Toscana has a value, Lazio none.
    const map = await mapOf();
    keyNamed(map, 'Nessun dato').click();
    await elementUpdated(map);
    expect(said(map)).to.equal('In evidenza sulla mappa: Nessun dato (1 regione su 2).');
    const apart = veiling(map, 0);
    expect(apart.inClass, 'Toscana is drawn').to.be.greaterThan(100);
    expect(apart.inClassVeiled / apart.inClass, 'and veiled').to.be.greaterThan(0.95);
  });

  it('sets a class apart while the mouse is on its key, without pressing it', async () => {
    const map = await mapOf(TWO_COMUNI);
    const box = keys(map)[0]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await elementUpdated(map);
    expect(highlightEmpty(map)).to.equal(false);
    expect(pressed(map)[0]).to.equal('false');
    expect(said(map), 'a mouse sees it: nothing said').to.equal('');
    await sendMouse({ type: 'move', position: [2, 2] });
    await elementUpdated(map);
    expect(highlightEmpty(map)).to.equal(true);
  });

  it('sets a class apart with a tap, kept after the finger lifts, and lets it go with a second tap', async () => {
    const map = await mapOf(TWO_COMUNI);
    const box = keys(map)[1]!.getBoundingClientRect();
    const centre: [number, number] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    // A real touch through the DevTools protocol (test/support/touch-plugin.mjs): pointer events of type touch, then a click.
    await executeServerCommand('touch', { steps: [[centre], []], pause: 30 });
    await waitUntil(() => pressed(map)[1] === 'true', 'the tap chose nothing');
    await elementUpdated(map);
    expect(veiling(map, 1).inClassClear, 'its areas clear').to.be.greaterThan(100);
    await aTimeout(350);
    await executeServerCommand('touch', { steps: [[centre], []], pause: 30 });
    await waitUntil(() => pressed(map)[1] === 'false', 'the second tap kept it');
    await elementUpdated(map);
    expect(highlightEmpty(map), 'a finger does not hover: nothing left set apart').to.equal(true);
  });

  it('keeps the class through another year, and forgets it for another metric', async () => {
    const map = await mapOf(TWO_COMUNI);
    keys(map)[0]!.click();
    await elementUpdated(map);
    // 2022: 3 and 1 projects, both in the first of 2024's classes (the thresholds every year shares).
    map.year = 2022;
    await waitUntil(() => !shadow(map).querySelector('[aria-busy="true"]'), 'the year did not come');
    await elementUpdated(map);
    expect(pressed(map)[0]).to.equal('true');
    expect(highlightEmpty(map)).to.equal(false);
    map.metric = 'erasmus.grant';
    await waitUntil(() => pressed(map)[0] === 'false', 'kept for another metric');
    await elementUpdated(map);
    expect(highlightEmpty(map)).to.equal(true);
  });

  it('prints the whole map, no key framed as chosen', async () => {
    const map = await mapOf(TWO_COMUNI);
    keys(map)[0]!.click();
    await elementUpdated(map);
    const frame = () => getComputedStyle(keys(map)[0]!).borderTopColor;
    expect(frame()).not.to.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(map).querySelector('canvas.highlight')!).display).to.equal('none');
      expect(frame()).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('keeps a class’s rows alone in the table, said above it, every row again with Escape; the mouse previews nothing there', async () => {
    const map = await mapOf({ ...TWO_COMUNI, view: 'table' });
    expect(shadow(map).querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal(
      'Legenda. Un clic, Invio o Spazio su una classe lascia nella tabella solo le sue aree; Esc per tornare a tutte.',
    );
    expect(rowNames(map).length).to.equal(2);
    const [first] = keys(map);
    const box = first!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await elementUpdated(map);
    expect(rowNames(map).length, 'the mouse on a key keeps every row').to.equal(2);
    first!.focus();
    await press(map, 'Enter');
    expect(pressed(map)[0]).to.equal('true');
    expect(focused(map)).to.equal(first!.textContent!.trim());
    // The first class holds the comune of fewer projects (1 against 5): its row alone.
    expect(rowValues(map)).to.deep.equal(['1']);
    const label = first!.textContent!.trim();
    expect(shadow(map).querySelector('[part~="table"]')!.getAttribute('aria-describedby')).to.equal('table-only');
    expect(said(map)).to.equal(`Nella tabella solo: ${label} (1 comune su 2).`);
    expect(tableNote(map), 'written above the table as said').to.equal(said(map));
    await expect(map).to.be.accessible();
    await press(map, 'End', 'Enter');
    expect(rowNames(map), '«Nessun dato»: none here').to.deep.equal([]);
    expect(tableNote(map)).to.equal('Nella tabella solo: Nessun dato (0 comuni su 2).');
    await press(map, 'Escape');
    expect(rowNames(map).length).to.equal(2);
    expect(tableNote(map)).to.equal(null);
    expect(shadow(map).querySelector('[part~="table"]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(said(map)).to.equal('Di nuovo tutte le aree nella tabella.');
    expect(focused(map)).to.equal('Nessun dato');
  });

  it('comes before the table, whose rows it chooses: above it in a narrow column, beside it in a wide one', async () => {
    const narrow = await mapOf({ ...TWO_COMUNI, view: 'table' });
    (narrow.parentElement as HTMLElement).style.width = '320px';
    await elementUpdated(narrow);
    const legendOf = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[part~="legend"]')!;
    const tableOf = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[part~="table"]')!;
    const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(legendOf(narrow), tableOf(narrow)), 'the keys, then the rows they choose').to.equal(true);
    expect(legendOf(narrow).getBoundingClientRect().bottom).to.be.at.most(tableOf(narrow).getBoundingClientRect().top);
    keys(narrow).at(-1)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(narrow).activeElement, 'Tab from the legend goes on to the table’s search box').to.equal(
      shadow(narrow).querySelector('.name-find input'),
    );
    await sendKeys({ press: 'Tab' });
    expect(shadow(narrow).activeElement, 'then to the table').to.equal(tableOf(narrow));
    const wide = await mapOf({ ...TWO_COMUNI, view: 'table' });
    (wide.parentElement as HTMLElement).style.width = '900px';
    await elementUpdated(wide);
    const [legend, table] = [legendOf(wide).getBoundingClientRect(), tableOf(wide).getBoundingClientRect()];
    const search = shadow(wide).querySelector('.name-find')!.getBoundingClientRect();
    expect(legend.left, 'beside the table').to.be.at.least(table.right);
    // In the grid's first row, level with the table's search box above its rows.
    expect(Math.abs(legend.top - search.top)).to.be.below(40);
    expect(legend.top).to.be.below(table.top);
    // On the map it follows the map, as a legend does.
    button(wide, 'Mappa').click();
    await elementUpdated(wide);
    expect(before(shadow(wide).querySelector('.map-box')!, legendOf(wide))).to.equal(true);
  });

  it('takes the class chosen on the map to the table and back', async () => {
    const map = await mapOf(TWO_COMUNI);
    keys(map)[1]!.click();
    await elementUpdated(map);
    button(map, 'Tabella').click();
    await elementUpdated(map);
    expect(pressed(map)[1]).to.equal('true');
    expect(rowValues(map)).to.deep.equal(['5']);
    button(map, 'Mappa').click();
    await waitUntil(() => !highlightEmpty(map), 'the class set apart again on the map');
    const apart = veiling(map, 1);
    expect(apart.inClassClear / apart.inClass).to.be.greaterThan(0.95);
  });

  it('is a plain list for a continuous scale', async () => {
    const continuous = await mapOf({ classification: 'continuous' });
    expect(keys(continuous).length).to.equal(0);
    expect(shadow(continuous).querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal('Legenda');
  });

  it('speaks English on an English page', async () => {
    const map = await mapOf({ ...TWO_COMUNI, lang: 'en' });
    expect(shadow(map).querySelector('[part~="legend"]')!.getAttribute('aria-label')).to.equal(
      'Legend. A click, Enter or Space on a class sets its areas apart on the map; Escape for all of them again.',
    );
    keyNamed(map, 'No data').click();
    await elementUpdated(map);
    expect(said(map)).to.equal('Set apart on the map: No data (0 comuni of 2).');
    button(map, 'Table').click();
    await elementUpdated(map);
    expect(tableNote(map)).to.equal('In the table only: No data (0 comuni of 2).');
  });
});
