/**
 * An area found by name on the drawn map (region-map.name-search.ts): a
 * button opens a box above the map (a phone has no row to spare for it
 * unasked), which sets apart the areas whose name begins with the words typed,
 * and Enter goes from one to the next (Shift+Enter back) as find-in-page does,
 * outlining each, showing and saying it (in one voice, with its position),
 * zooming in on one too small to see; the focus stays in the box, and Tab
 * takes the keyboard to the map on the area found. Other words start over;
 * Escape empties the box, then closes it.
 */
import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { rectangleRegions } from '../../test/fixtures/rectangle-regions.fixture.js';
import { indexFixture } from '../../test/fixtures/contract.fixture.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const box = (el: RegionMap) => shadow(el).querySelector<HTMLInputElement>('.name-find input')!;
const findButton = (el: RegionMap) => shadow(el).querySelector<HTMLButtonElement>('button[aria-controls="name-find"]')!;
/** What the search says as its count changes (a polite status). */
const found = (el: RegionMap) => shadow(el).querySelector('#found')!.textContent!.trim();
/** The line beside the box as seen: the count, or which area found the keyboard is on. */
const shown = (el: RegionMap) => (shadow(el).querySelector('.found-at') ?? shadow(el).querySelector('#found'))!.textContent!.trim();
/** The text of every live region of the element (statuses and polite announcements). */
const voices = (el: RegionMap) => [...shadow(el).querySelectorAll('[role="status"], [aria-live]')].map((r) => r.textContent!.trim());
const tooltipName = (el: RegionMap) => shadow(el).querySelector('[part~="tooltip"] strong')?.textContent ?? null;
/** What the map's own live region says (the area the keyboard is on). */
const said = (el: RegionMap) => shadow(el).querySelector('.map + [aria-live]')!.textContent!.trim();
const zoomedIn = (el: RegionMap) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Riduci')!.getAttribute('aria-disabled') !==
  'true';

/** The opacity of the outline's canvas (the veil over the areas not found, the outline) at a fraction of its width and height. */
function veil(el: RegionMap, fx: number, fy: number): number {
  const canvas = shadow(el).querySelector<HTMLCanvasElement>('canvas.highlight')!;
  if (canvas.width === 0) return 0;
  return canvas.getContext('2d')!.getImageData(Math.round(fx * canvas.width), Math.round(fy * canvas.height), 1, 1).data[3]!;
}

/** Toscana a hundred units wide, Lazio one unit wide beside it: a few pixels in a 400 px map. */
const tinyLazio = () => rectangleRegions([0, 0, 100, 100], [100, 50, 1, 1]);

/** The regions' map, 400 px wide: Toscana on the left, Lazio on the right (Lazio renamed `lazio`, and tiny with `tiny`). */
async function mapOf(options: { attributes?: Record<string, string>; lazio?: string; tiny?: boolean; width?: number } = {}) {
  const index = indexFixture();
  if (options.lazio) index.regions = index.regions.map((r) => (r.code === '12' ? { ...r, name: options.lazio! } : r));
  const { folder, src } = await serveContract({ index });
  if (options.tiny) await serve(`${folder}/geo/regions.topo.json`, tinyLazio());
  const holder = await fixture<HTMLDivElement>(html`<div style="width: ${options.width ?? 400}px"></div>`);
  const map = document.createElement('region-map');
  for (const [name, value] of Object.entries({ src, metric: 'etwinning.projects', year: '2024', lang: 'it', ...options.attributes }))
    map.setAttribute(name, value);
  holder.append(map);
  await waitUntil(() => (shadow(map).querySelector<HTMLCanvasElement>('canvas.areas')?.width ?? 0) > 0, 'map not drawn', { timeout: 5000 });
  await elementUpdated(map);
  return map;
}

/** Opens the box with its button, and waits for the focus in it. */
async function open(el: RegionMap) {
  findButton(el).click();
  await waitUntil(() => shadow(el).activeElement === box(el), 'the button did not open the box, the focus in it');
}

/** Types `text` in the box and waits for the map to follow it (typing pauses: no Enter). */
async function type(el: RegionMap, text: string) {
  box(el).focus();
  await sendKeys({ type: text });
  await waitUntil(() => found(el) !== '', `nothing said for «${text}»`, { timeout: 2000 });
  await aTimeout(30);
}

/** Presses `key` (`Shift+Enter`: with Shift held) and waits for the render. */
async function press(el: RegionMap, key: string) {
  const [shift, alone] = key.startsWith('Shift+') ? [true, key.slice(6)] : [false, key];
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: alone });
  if (shift) await sendKeys({ up: 'Shift' });
  await elementUpdated(el);
  await aTimeout(30);
}

describe('<region-map>, an area found by name on the map', () => {
  it('sets apart the areas found and says how many; Enter goes to one, outlined, shown and said, the focus kept in the box', async () => {
    const map = await mapOf();
    expect(shadow(map).querySelector('.name-find'), 'no box until asked for').to.equal(null);
    expect([findButton(map).textContent!.trim(), findButton(map).getAttribute('aria-expanded')]).to.deep.equal(['Cerca', 'false']);
    await open(map);
    expect(findButton(map).getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(map).querySelector('#name-find')!.contains(box(map)), 'the button controls the box').to.equal(true);
    expect(box(map).closest('label')!.textContent!.trim()).to.equal('Cerca per nome');
    expect(found(map)).to.equal('');
    expect([veil(map, 0.25, 0.5), veil(map, 0.75, 0.5)], 'nothing set apart before a search').to.deep.equal([0, 0]);
    await type(map, 'laz');
    expect(found(map)).to.equal("1 regione su 2 sulla mappa. Invio per andare a un'area dopo l'altra, Maiusc+Invio per tornare indietro.");
    expect(veil(map, 0.25, 0.5), 'Toscana under the veil').to.be.above(0);
    expect(veil(map, 0.75, 0.5), 'Lazio clear of it').to.equal(0);
    expect(tooltipName(map), 'no area gone to before Enter').to.equal(null);
    expect(shadow(map).querySelector('.map')!.getAttribute('aria-describedby')).to.equal('summary found');
    const before = voices(map);
    await press(map, 'Enter');
    expect(tooltipName(map)).to.equal('Lazio');
    expect(shown(map)).to.equal('Area 1 di 1 trovate.');
    expect(said(map)).to.match(/^Area 1 di 1 trovate\. Lazio\. /);
    const spoke = voices(map).filter((text, i) => text !== before[i]);
    expect(spoke, 'one voice after Enter: the map says the area and which one found it is').to.deep.equal([said(map)]);
    expect(found(map), 'the count, said when it changed, kept').to.equal(before.find((text) => text.startsWith('1 regione')));
    expect(shadow(map).activeElement, 'the focus stays in the box').to.equal(box(map));
    expect(map.region, 'Enter in the box finds, it does not enter').to.equal('');
    expect(zoomedIn(map), 'half the map is large enough: no zoom').to.equal(false);
    await expect(map).to.be.accessible();
  });

  it('goes from one area found to the next with Enter, back with Shift+Enter, round the ends; Tab takes the keyboard there', async () => {
    const map = await mapOf({ lazio: 'Terra di Lavoro' });
    await open(map);
    await type(map, 't');
    expect(found(map)).to.match(/^2 regioni su 2 sulla mappa\./);
    expect([veil(map, 0.25, 0.5), veil(map, 0.75, 0.5)], 'both found: neither veiled').to.deep.equal([0, 0]);
    const visited: (string | null)[] = [];
    for (const key of ['Enter', 'Enter', 'Enter', 'Shift+Enter', 'Shift+Enter']) {
      await press(map, key);
      visited.push(tooltipName(map));
    }
    expect(visited).to.deep.equal(['Toscana', 'Terra di Lavoro', 'Toscana', 'Terra di Lavoro', 'Toscana']);
    expect(shown(map)).to.equal('Area 1 di 2 trovate.');
    await press(map, 'Tab');
    expect(shadow(map).activeElement!.classList.contains('map'), 'Tab from the box reaches the map').to.equal(true);
    expect(tooltipName(map), 'on the area found').to.equal('Toscana');
    await press(map, 'ArrowRight');
    expect(tooltipName(map)).to.equal('Terra di Lavoro');
    expect(shown(map), 'the keyboard on the second area found').to.equal('Area 2 di 2 trovate.');
    expect(said(map)).to.match(/^Area 2 di 2 trovate\. Terra di Lavoro\. /);
    expect(found(map), 'the count unchanged, not said again').to.match(/^2 regioni su 2 sulla mappa\./);
    await press(map, 'ArrowLeft');
    await press(map, 'Enter');
    await waitUntil(() => map.region === '09', 'Enter on the map did not enter Toscana');
  });

  it('zooms in on an area too small to see, and centres it', async () => {
    const map = await mapOf({ tiny: true });
    const canvas = shadow(map).querySelector<HTMLCanvasElement>('canvas.areas')!;
    expect(canvas.getBoundingClientRect().width).to.be.at.most(400);
    await open(map);
    await type(map, 'lazio');
    expect(zoomedIn(map)).to.equal(false);
    await press(map, 'Enter');
    await waitUntil(() => zoomedIn(map), 'not zoomed in on Lazio, ~4 px wide');
    expect(tooltipName(map)).to.equal('Lazio');
    // Lazio, 40 px wide now (a tenth of the map), brought as near the middle as the map's right edge, its own, lets it.
    await waitUntil(() => veil(map, 0.85, 0.5) === 0, 'Lazio not in sight');
    expect(
      [0.75, 0.95].map((x) => veil(map, x, 0.5) > 0),
      'veiled on its left and right',
    ).to.deep.equal([true, true]);
    expect(veil(map, 0.05, 0.05), 'Toscana veiled around it').to.be.above(0);
    expect(shadow(map).activeElement).to.equal(box(map));
  });

  it('says when none is found (the words as text), sets nothing apart; Escape empties the box; the words stay for the table; the button closes the box, its words gone', async () => {
    const map = await mapOf();
    await open(map);
    await type(map, '<i>xyz');
    await press(map, 'Enter');
    expect(found(map)).to.equal('Nessuna area della mappa ha «<i>xyz» nel nome.');
    expect(shadow(map).querySelector('#found i'), 'no markup from what was typed').to.equal(null);
    expect([veil(map, 0.25, 0.5), veil(map, 0.75, 0.5)], 'nothing veiled when nothing is found').to.deep.equal([0, 0]);
    expect(tooltipName(map)).to.equal(null);
    await press(map, 'Escape');
    expect([box(map).value, found(map)]).to.deep.equal(['', '']);
    expect(shadow(map).activeElement).to.equal(box(map));
    await type(map, 'tosc');
    map.view = 'table';
    await elementUpdated(map);
    expect(box(map).value).to.equal('tosc');
    expect([...shadow(map).querySelectorAll('tbody th')].map((th) => th.textContent!.trim())).to.deep.equal(['Toscana']);
    expect(found(map)).to.equal('Nella tabella, con «tosc» nel nome: 1 regione su 2.');
    map.view = 'map';
    await elementUpdated(map);
    expect(box(map).value).to.equal('tosc');
    expect(veil(map, 0.75, 0.5), 'Lazio veiled again').to.be.above(0);
    findButton(map).click();
    await elementUpdated(map);
    expect(shadow(map).querySelector('.name-find')).to.equal(null);
    expect(findButton(map).getAttribute('aria-expanded')).to.equal('false');
    expect(veil(map, 0.75, 0.5), 'nothing set apart once closed').to.equal(0);
    await open(map);
    expect(box(map).value, 'opened again, empty').to.equal('');
  });

  it('starts over with other words: the area the last ones went to is left, not said again beside the new count', async () => {
    const map = await mapOf({ lazio: 'Terra di Lavoro' });
    await open(map);
    await type(map, 't');
    await press(map, 'Enter');
    await press(map, 'Enter');
    expect([tooltipName(map), shown(map)]).to.deep.equal(['Terra di Lavoro', 'Area 2 di 2 trovate.']);
    const before = voices(map);
    await sendKeys({ type: 'e' });
    await waitUntil(() => found(map).startsWith('1 regione'), found(map), { timeout: 2000 });
    await elementUpdated(map);
    expect(tooltipName(map), 'no area outlined until Enter').to.equal(null);
    const spoke = voices(map).filter((text, i) => text !== before[i] && text !== '');
    expect(spoke, 'the new count alone is said').to.deep.equal([found(map)]);
    await press(map, 'Enter');
    expect([tooltipName(map), shown(map)], 'Enter goes to the first of the new words').to.deep.equal([
      'Terra di Lavoro',
      'Area 1 di 1 trovate.',
    ]);
  });

  it('closes with Escape once empty, as a find bar does: the focus back on its button, the page not told', async () => {
    const map = await mapOf();
    const heard: string[] = [];
    const listen = (event: KeyboardEvent) => event.key === 'Escape' && heard.push(event.key);
    document.addEventListener('keydown', listen);
    try {
      await open(map);
      await type(map, 'laz');
      await press(map, 'Enter');
      const region = shadow(map).querySelector('.map + [aria-live]')!;
      const changed: Node[] = [];
      const watch = new MutationObserver((records) => changed.push(...records.map((r) => r.target)));
      watch.observe(region, { subtree: true, childList: true, characterData: true });
      await press(map, 'Escape');
      watch.disconnect();
      expect([box(map).value, found(map), tooltipName(map)], 'the first Escape empties the box').to.deep.equal(['', '', 'Lazio']);
      expect(said(map)).to.match(/^Lazio\. /);
      expect(changed.length, 'the position left the live region').to.be.above(0);
      expect(
        changed.every((node) => region.firstElementChild!.contains(node)),
        'only «Area 1 di 1 trovate.» leaves the live region: Lazio is not said again',
      ).to.equal(true);
      expect(shadow(map).activeElement).to.equal(box(map));
      await press(map, 'Escape');
      expect(shadow(map).querySelector('.name-find'), 'the second closes it').to.equal(null);
      expect(findButton(map).getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(map).activeElement, 'the focus back on its button').to.equal(findButton(map));
      expect(heard, 'neither Escape is the page’s').to.deep.equal([]);
      await press(map, 'Escape');
      expect(heard, 'on the button, Escape is the page’s again').to.deep.equal(['Escape']);
    } finally {
      document.removeEventListener('keydown', listen);
    }
  });

  it('leaves Enter and Escape to an input method while a word is composed: nothing gone to, nor closed', async () => {
    const map = await mapOf();
    await open(map);
    // A word being composed (Japanese, Chinese, a phone's predictive keyboard): Enter takes the input method's
    // candidate, Escape drops it. The map follows what is typed so far.
    await executeServerCommand('compose', { text: 'laz' });
    await waitUntil(() => found(map).startsWith('1 regione'), 'the map does not follow the word being composed', { timeout: 2000 });
    await press(map, 'Enter');
    await press(map, 'Escape');
    expect(tooltipName(map), 'Enter took the candidate, it went to no area').to.equal(null);
    // (A search box's own Escape empties it here, as an input method's drops the word it composed.)
    expect(shadow(map).activeElement, 'Escape dropped the candidate: the box open, the focus in it').to.equal(box(map));
    // The word done, the keys are the search's again.
    await executeServerCommand('compose', { text: 'laz' });
    await executeServerCommand('compose', { text: 'laz', commit: true });
    await press(map, 'Enter');
    expect(tooltipName(map)).to.equal('Lazio');
  });

  it('fits a 320 px column open, what it says wrapped under the box (WCAG 1.4.10)', async () => {
    const map = await mapOf({ width: 320 });
    await open(map);
    await type(map, 'to');
    for (const part of [box(map), shadow(map).querySelector('#found')!, shadow(map).querySelector('.map')!])
      expect(part.getBoundingClientRect().right, part.id || part.className).to.be.at.most(map.getBoundingClientRect().left + 320.5);
    expect(map.scrollWidth).to.be.at.most(320);
  });

  it('speaks English', async () => {
    const map = await mapOf({ attributes: { lang: 'en' } });
    expect(findButton(map).textContent!.trim()).to.equal('Find');
    await open(map);
    expect(box(map).closest('label')!.textContent!.trim()).to.equal('Find by name');
    await type(map, 'tosc');
    expect(found(map)).to.equal('1 region of 2 on the map. Enter goes to one after the other, Shift+Enter back.');
    await press(map, 'Enter');
    expect(shown(map)).to.equal('Area 1 of 1 found.');
    expect(said(map)).to.match(/^Area 1 of 1 found\. Toscana\. /);
    await sendKeys({ type: 'x' });
    await waitUntil(() => found(map) === 'No area on the map has “toscx” in its name.', found(map));
  });
});
