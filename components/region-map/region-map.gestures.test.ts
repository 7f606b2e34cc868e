/**
 * <region-map> as hands use it, in a real browser: the map fits a laptop's
 * and a phone's screen; a finger's tap shows the tapped area and a second tap
 * enters it; a double tap, a pinch, the wheel, the buttons and the keys zoom;
 * a drag pans without choosing; tooltips never cover the pointer and Escape
 * closes them wherever the focus is. Touches and wheels go through the
 * DevTools protocol (test/support/touch-plugin.mjs), so the browser makes the
 * pointer events and clicks itself.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { rectangleRegions } from '../../test/fixtures/rectangle-regions.fixture.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const canvas = (el: RegionMap) => shadow(el).querySelector<HTMLCanvasElement>('canvas.areas')!;
const tooltip = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[part~="tooltip"]');
const tooltipName = (el: RegionMap) => tooltip(el)?.querySelector('strong')?.textContent ?? null;
const button = (el: RegionMap, name: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name || b.textContent!.trim() === name)!;
const zoomedIn = (el: RegionMap) => button(el, 'Riduci').getAttribute('aria-disabled') !== 'true';

/** A viewport point at a fraction of the drawn canvas. */
function at(el: RegionMap, fx: number, fy: number): [number, number] {
  const r = canvas(el).getBoundingClientRect();
  return [Math.round(r.left + fx * r.width), Math.round(r.top + fy * r.height)];
}

const touch = (steps: [number, number][][], pause = 30) => executeServerCommand('touch', { steps, pause });
/** One tap, then a pause longer than a double tap's, so that the next tap is a tap of its own. */
const tap = async (point: [number, number]) => {
  await touch([[point], []]);
  await aTimeout(350);
};

/** The mouse at a fraction of the canvas: where it is, the tooltip's box and the canvas's. */
async function tooltipAt(map: RegionMap, fx: number, fy: number) {
  const [x, y] = at(map, fx, fy);
  await sendMouse({ type: 'move', position: [x, y] });
  await waitUntil(() => tooltip(map), `no tooltip at ${fx}, ${fy}`);
  await aTimeout(20);
  return { x, y, box: tooltip(map)!.getBoundingClientRect(), frame: canvas(map).getBoundingClientRect() };
}

/** Two areas, each one wide and three tall, side by side: a map taller than a laptop's screen at full width. */
const tallRegions = () => rectangleRegions([0, 0, 1, 3], [1, 0, 1, 3]);

async function mapOf(width: string, attributes: Record<string, string> = {}, style = '') {
  const { folder, src } = await serveContract();
  await serve(`${folder}/geo/regions.topo.json`, tallRegions());
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}; margin: 0"></div>`);
  const map = document.createElement('region-map');
  for (const [name, value] of Object.entries({ src, metric: 'etwinning.projects', year: '2024', lang: 'it', ...attributes }))
    map.setAttribute(name, value);
  if (style) map.setAttribute('style', style);
  box.append(map);
  await waitUntil(() => canvas(map)?.height > 0 && shadow(map).querySelector('[part~="legend"]'), 'map not drawn', { timeout: 5000 });
  // The picking layer is drawn when the browser is idle.
  await aTimeout(80);
  return map;
}

/** The drawn map is inside its canvas: the canvas's outermost rows and columns are empty. */
function drawnInside(el: RegionMap): boolean {
  const c = canvas(el);
  const ctx = c.getContext('2d')!;
  const { width, height } = c;
  const empty = (x: number, y: number, w: number, h: number) => ctx.getImageData(x, y, w, h).data.every((v, i) => i % 4 !== 3 || v === 0);
  const drawn = !empty(0, 0, width, height);
  return drawn && empty(0, 0, width, 1) && empty(0, height - 1, width, 1) && empty(0, 0, 1, height) && empty(width - 1, 0, 1, height);
}

/**
 * Zooms ×4 at a quarter of Lazio's width right of its border with Toscana (the tall regions in a box 420 px high: 137
 * px a unit), so that the box's centre is in Lazio and the border left of it (fitted alone, at the centre).
 */
async function zoomNearTheBorder(map: RegionMap): Promise<void> {
  const [x, y] = at(map, 0.5 + (0.25 * 137) / canvas(map).getBoundingClientRect().width, 0.5);
  await executeServerCommand('wheel', { x, y, deltaY: -Math.log(4) * 100, ctrl: true });
  const layers = shadow(map).querySelector<HTMLElement>('.layers')!;
  await waitUntil(() => layers.style.transform === '' && zoomedIn(map), 'not zoomed', { timeout: 2000 });
}

/** The name the tooltip shows with the mouse at a fraction of the width, half way down (no tooltip left from before). */
async function nameAtHalfHeight(map: RegionMap, fx: number): Promise<string | null> {
  await resetMouse();
  await waitUntil(() => !tooltip(map), 'the tooltip stays off the map');
  await sendMouse({ type: 'move', position: at(map, fx, 0.5) });
  // The picking layer is drawn when the browser is idle after a redraw: later on a busy machine.
  await waitUntil(() => tooltipName(map), `no tooltip at ${fx}`, { timeout: 4000 });
  return tooltipName(map);
}

describe('<region-map> in hands', () => {
  before(() => document.body.style.setProperty('margin', '0'));
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  for (const [device, width, height] of [
    ['a 1366×768 laptop', 1366, 768],
    ['a 375×812 phone', 375, 812],
  ] as const)
    it(`fits ${device}: the whole map and its legend in the screen, drawn inside its box`, async () => {
      await setViewport({ width, height });
      const map = await mapOf('100%');
      const drawn = canvas(map).getBoundingClientRect();
      const legend = shadow(map).querySelector('[part~="legend"]')!.getBoundingClientRect();
      expect(drawn.width).to.be.at.most(width);
      expect(drawn.height).to.be.at.most(0.7 * height + 1);
      expect(drawn.bottom, 'the map ends on screen').to.be.at.most(height);
      expect(legend.bottom, 'the legend is on screen').to.be.at.most(height);
      expect(drawnInside(map), 'the map is drawn inside its canvas').to.equal(true);
      // Wide: the legend beside the map; narrow: under it.
      if (width > 700) expect(legend.left).to.be.at.least(drawn.right);
      else expect(legend.top).to.be.at.least(drawn.bottom);
    });

  it('takes its height from --region-map-height', async () => {
    const map = await mapOf('600px', {}, '--region-map-height: 200px');
    expect(canvas(map).getBoundingClientRect().height).to.equal(200);
    expect(drawnInside(map)).to.equal(true);
  });

  it('shows the tapped area on a tap, enters it on a second tap, and zooms on a double tap', async () => {
    const map = await mapOf('400px');
    // Lazio is not the area a keyboard starts on: the tooltip names what was tapped.
    await tap(at(map, 0.75, 0.5));
    await waitUntil(() => tooltipName(map) === 'Lazio', `tapped Lazio, tooltip says ${tooltipName(map)}`);
    expect(tooltip(map)!.textContent).to.contain('Tocca di nuovo per entrare');
    expect(map.region).to.equal('');
    await tap(at(map, 0.25, 0.5));
    await waitUntil(() => tooltipName(map) === 'Toscana', 'a tap on Toscana');
    // A double tap (on an area not shown: a tap on the one shown enters it) zooms and does not enter.
    await touch([[at(map, 0.75, 0.5)], [], [at(map, 0.75, 0.5)], []], 20);
    await waitUntil(() => zoomedIn(map), 'a double tap did not zoom');
    expect(map.region).to.equal('');
    button(map, 'Vista intera').click();
    await waitUntil(() => !zoomedIn(map), 'not reset');
    // A tap, then another on the same area a moment later: in.
    await tap(at(map, 0.25, 0.5));
    await tap(at(map, 0.25, 0.5));
    await waitUntil(
      () => map.region === '09' && map.level === 'provinces',
      `a second tap did not enter Toscana: ${map.region} ${map.level} ${tooltipName(map)}`,
    );
  });

  it("shows the area a finger's tap lands a few pixels off (a border, a coast), not one farther away, nor a mouse's", async () => {
    const map = await mapOf('400px');
    // Where Toscana's drawing begins on the canvas's middle row, in the page's pixels.
    const c = canvas(map);
    const box = c.getBoundingClientRect();
    const ratio = c.width / box.width;
    const row = c.getContext('2d')!.getImageData(0, Math.round(c.height / 2), c.width, 1).data;
    const first = row.findIndex((v, i) => i % 4 === 3 && v > 0) / 4;
    const [edge, y] = [box.left + first / ratio, Math.round(box.top + box.height / 2)];
    await tap([Math.round(edge - 20), y]);
    expect(tooltip(map), 'a tap 20 px off the map').to.equal(null);
    await tap([Math.round(edge - 4), y]);
    await waitUntil(() => tooltipName(map) === 'Toscana', `a tap 4 px off Toscana's edge showed ${tooltipName(map)}`);
    await tap([Math.round(edge - 20), y]);
    await waitUntil(() => tooltip(map) === null, 'a tap off the map did not close the tooltip');
    await sendMouse({ type: 'move', position: [Math.round(edge - 4), y] });
    await aTimeout(50);
    expect(tooltip(map), 'the mouse picks the pixel under it').to.equal(null);
  });

  it('zooms with a pinch, and pans a zoomed map with one finger without choosing an area', async () => {
    const map = await mapOf('400px');
    const [cx, cy] = at(map, 0.5, 0.5);
    await touch([
      [
        [cx - 20, cy],
        [cx + 20, cy],
      ],
      [
        [cx - 60, cy],
        [cx + 60, cy],
      ],
      [
        [cx - 100, cy],
        [cx + 100, cy],
      ],
      [],
    ]);
    await waitUntil(() => zoomedIn(map), 'a pinch did not zoom');
    let chosen = 0;
    map.addEventListener('region-map-select', () => chosen++);
    await touch([[[cx, cy]], [[cx + 40, cy]], [[cx + 80, cy]], []]);
    await aTimeout(300);
    expect(chosen, 'a drag is not a choice').to.equal(0);
    expect(map.region).to.equal('');
  });

  it('zooms with the buttons, the keys and the wheel, moving the drawn picture during a gesture and redrawing it after', async () => {
    const map = await mapOf('400px');
    const corner = at(map, 0.01, 0.01);
    // Fitted, the corner is the padding around the map: no area there.
    await sendMouse({ type: 'move', position: corner });
    await aTimeout(50);
    expect(tooltip(map)).to.equal(null);
    button(map, 'Ingrandisci').click();
    await waitUntil(() => zoomedIn(map), 'the + button did not zoom');
    await sendMouse({ type: 'move', position: at(map, 0.02, 0.02) });
    await waitUntil(() => tooltipName(map) === 'Toscana', 'zoomed in, the corner is inside Toscana');
    // The keys: 0 shows the whole map again, + zooms in.
    shadow(map).querySelector<HTMLElement>('.map')!.focus();
    await sendKeys({ press: '0' });
    await waitUntil(() => !zoomedIn(map), '0 did not reset');
    await sendKeys({ press: '+' });
    await waitUntil(() => zoomedIn(map), '+ did not zoom');
    await sendKeys({ press: '0' });
    await waitUntil(() => !zoomedIn(map), '0 did not reset');
    // A trackpad pinch (Ctrl + wheel): the picture moves at once, and is redrawn sharp when the gesture stops.
    const layers = shadow(map).querySelector<HTMLElement>('.layers')!;
    const [cx, cy] = at(map, 0.5, 0.5);
    await executeServerCommand('wheel', { x: cx, y: cy, deltaY: -100, ctrl: true });
    await waitUntil(() => layers.style.transform.includes('scale'), 'no preview transform during the gesture');
    await waitUntil(() => layers.style.transform === '' && zoomedIn(map), 'not redrawn after the gesture', { timeout: 2000 });
  });

  it('keeps its zoom, and the place at its centre, when its box changes size (a window resized, a phone turned)', async () => {
    const map = await mapOf('400px');
    await zoomNearTheBorder(map);
    const nameAt = (fx: number) => nameAtHalfHeight(map, fx);
    expect([await nameAt(0.15), await nameAt(0.5)]).to.deep.equal(['Toscana', 'Lazio']);
    // Wider: fitted alone, the box's centre would be in Toscana; kept, it is still in Lazio, the border just left of it.
    map.parentElement!.style.width = '600px';
    await waitUntil(() => Math.round(canvas(map).getBoundingClientRect().width) === 600, 'not redrawn at 600 px');
    await aTimeout(100);
    expect(zoomedIn(map), 'the zoom is kept').to.equal(true);
    expect([await nameAt(0.15), await nameAt(0.5)]).to.deep.equal(['Toscana', 'Lazio']);
    // And back: the same view as before.
    map.parentElement!.style.width = '400px';
    await waitUntil(() => Math.round(canvas(map).getBoundingClientRect().width) === 400, 'not redrawn at 400 px');
    await aTimeout(100);
    expect([await nameAt(0.15), await nameAt(0.5)]).to.deep.equal(['Toscana', 'Lazio']);
  });

  it('is drawn again for paper as the page is printed (sharp, at the paper’s size, its zoom kept), and for the screen after', async () => {
    const map = await mapOf('900px');
    await zoomNearTheBorder(map);
    // The page's column is narrower on paper, as a dashboard's wide panel is on A4.
    const style = document.createElement('style');
    style.textContent = '@media print { region-map { inline-size: 480px } }';
    document.head.append(style);
    // What is drawn once the renders asked for by the change to print are done is what the paper shows.
    const drawn: [number, number][] = [];
    const print = matchMedia('print');
    const record = () => void map.updateComplete.then(() => drawn.push([canvas(map).width, canvas(map).height]));
    print.addEventListener('change', record);
    try {
      // On screen, as many bitmap pixels as the screen's (the legend beside the map takes its share of the 900 px).
      const onScreen = [canvas(map).width, canvas(map).height];
      expect(onScreen[0]).to.equal(canvas(map).offsetWidth * Math.min(2, devicePixelRatio));
      expect(await executeServerCommand('print')).to.be.above(0);
      await waitUntil(() => drawn.length === 2, 'no change to print and back', { timeout: 5000 });
      // On paper: three bitmap pixels a pixel of the paper's 480, the legend under the map (it was the screen's,
      // scaled), and no taller than 13 cm (491 px; the screen's 70% of the viewport's height, read on paper as 70% of
      // the page's, drew 672 here): a dashboard's map stays on its first page, under the page's heading.
      expect(drawn).to.deep.equal([[480 * 3, 491 * 3], onScreen]);
    } finally {
      print.removeEventListener('change', record);
      style.remove();
    }
    await aTimeout(100);
    expect(zoomedIn(map), 'the zoom is kept').to.equal(true);
    expect([await nameAtHalfHeight(map, 0.15), await nameAtHalfHeight(map, 0.5)]).to.deep.equal(['Toscana', 'Lazio']);
  });

  it('says on paper that a map printed zoomed in shows a part of it (its zoom buttons are not printed)', async () => {
    const map = await mapOf('400px');
    const note = () => shadow(map).querySelector<HTMLElement>('.on-paper');
    const printed = () => note() !== null && getComputedStyle(note()!).display !== 'none';
    expect(note(), 'the whole map: nothing to say').to.equal(null);
    await zoomNearTheBorder(map);
    expect(printed(), 'on screen the buttons say it').to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(printed()).to.equal(true);
      expect(note()!.textContent).to.equal('Mappa ingrandita: se ne vede una parte; il riepilogo vale per tutte le aree.');
      map.lang = 'en';
      await waitUntil(
        () => note()!.textContent === 'Zoomed in: this shows part of the map; the summary covers every area.',
        'not in English',
      );
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is drawn again, sharp, for another pixel ratio (the page zoomed, another screen) though its box keeps its size', async () => {
    const map = await mapOf('400px');
    const css = canvas(map).offsetWidth;
    expect(canvas(map).width).to.equal(css);
    // A column of fixed width: the page's zoom changes the pixel ratio, not the box (no ResizeObserver tells it).
    // The page zoomed to 125% in an 800 × 750 window: 640 × 600 CSS pixels (the height its ruler reads, 70svh, kept as
    // the test's viewport has it), 1.25 device pixels each.
    await executeServerCommand('pixel-ratio', { width: 640, height: 600, ratio: 1.25 });
    await waitUntil(() => canvas(map).width === css * 1.25, `drawn for a ratio of 1 (${canvas(map).width} for ${css})`);
    expect(canvas(map).offsetWidth).to.equal(css);
    // Back to 100%.
    await executeServerCommand('pixel-ratio');
    await setViewport({ width: 800, height: 600 });
    await waitUntil(() => canvas(map).width === css, `not drawn again for a ratio of 1 (${devicePixelRatio})`);
  });

  it("keeps the focus on a zoom button that the map's whole view makes unavailable, and does nothing when it is pressed then", async () => {
    const map = await mapOf('400px');
    const focused = () =>
      (shadow(map).activeElement as HTMLElement | null)?.getAttribute('aria-label') ??
      shadow(map).activeElement?.textContent?.trim() ??
      'nothing';
    expect(button(map, 'Riduci').getAttribute('aria-disabled')).to.equal('true');
    expect(button(map, 'Vista intera').getAttribute('aria-disabled')).to.equal('true');
    button(map, 'Ingrandisci').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => zoomedIn(map), 'Enter on + did not zoom');
    // Back out with the keyboard on "−": the press that reaches the whole map leaves the focus where it was.
    button(map, 'Riduci').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !zoomedIn(map), '− did not zoom out');
    await aTimeout(100);
    expect(focused(), 'not the page’s body').to.equal('Riduci');
    await sendKeys({ press: 'Enter' });
    await aTimeout(100);
    expect(zoomedIn(map), 'unavailable: nothing happens').to.equal(false);
    button(map, 'Ingrandisci').click();
    await waitUntil(() => zoomedIn(map), '+ did not zoom');
    button(map, 'Vista intera').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !zoomedIn(map), 'not reset');
    await aTimeout(100);
    expect(focused()).to.equal('Vista intera');
    // Tab goes on to the next control, as from any button.
    await sendKeys({ press: 'Tab' });
    expect(focused()).not.to.equal('nothing');
  });

  it('pans with a mouse drag, which chooses nothing', async () => {
    const map = await mapOf('400px', { level: 'comuni', region: '09' });
    button(map, 'Ingrandisci').click();
    button(map, 'Ingrandisci').click();
    await waitUntil(() => zoomedIn(map), 'not zoomed');
    const [cx, cy] = at(map, 0.5, 0.5);
    await sendMouse({ type: 'move', position: [cx + 30, cy] });
    await waitUntil(() => tooltipName(map) !== null, 'no area right of the centre');
    const before = tooltipName(map);
    let chosen = 0;
    map.addEventListener('region-map-select', () => chosen++);
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [cx + 130, cy] });
    await sendMouse({ type: 'move', position: [cx + 230, cy] });
    await sendMouse({ type: 'up' });
    await aTimeout(300);
    expect(chosen, 'a drag is not a choice').to.equal(0);
    await sendMouse({ type: 'move', position: [cx + 31, cy] });
    await waitUntil(() => tooltipName(map) !== null && tooltipName(map) !== before, 'the map did not move under the pointer');
  });

  it('follows the mouse after a click, keeps tooltips off the pointer and inside the map, and closes them with Escape', async () => {
    const map = await mapOf('400px', { level: 'comuni', region: '09' });
    let chosen = '';
    map.addEventListener('region-map-select', (event) => (chosen = event.detail.name));
    await sendMouse({ type: 'click', position: at(map, 0.75, 0.5) });
    await waitUntil(() => chosen !== '', 'a click did not choose');
    const first = tooltipName(map);
    await sendMouse({ type: 'move', position: at(map, 0.25, 0.5) });
    await waitUntil(() => tooltipName(map) !== first, `after a click, the tooltip stuck on ${first}`);
    for (const [fx, fy] of [
      [0.1, 0.1],
      [0.9, 0.1],
      [0.1, 0.9],
      [0.9, 0.9],
    ] as const) {
      const { x, y, box, frame } = await tooltipAt(map, fx, fy);
      const covers = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      expect(covers, `the tooltip covers the pointer at ${fx}, ${fy}`).to.equal(false);
      expect(box.left >= frame.left - 1 && box.right <= frame.right + 1, `the tooltip leaves the map at ${fx}, ${fy}`).to.equal(true);
    }
    // The focus is on the page, not in the map: Escape still closes the tooltip (WCAG 1.4.13).
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tooltip(map) === null, 'Escape did not close the tooltip');
  });

  it('keeps a tooltip as wide as a narrow box allows, off the pointer, where the reader’s text is half as large again', async () => {
    // It was as narrow as the room beside the point: in a phone's box with text twice the size, 136 px wide and 2,400
    // tall. Now up to 18em and the box, pushed back into it, below or above the point.
    const map = await mapOf('296px', {}, 'font-size: 20px');
    // Under its toolbar, tall with text this size: in sight.
    canvas(map).scrollIntoView({ block: 'center' });
    for (const [fx, fy] of [
      [0.3, 0.2],
      [0.7, 0.8],
    ] as const) {
      const { y, box, frame } = await tooltipAt(map, fx, fy);
      expect(box.width, `as wide as the box at ${fx}, ${fy}`).to.be.above(0.9 * frame.width);
      expect(box.left >= frame.left - 1 && box.right <= frame.right + 1, `inside the map at ${fx}, ${fy}`).to.equal(true);
      expect(box.top < frame.bottom, `over the map at ${fx}, ${fy}`).to.equal(true);
      // Below or above the pointer's arrow (about 20 px below the point it points with).
      expect(y + 20 <= box.top || y >= box.bottom, `off the pointer at ${fx}, ${fy}`).to.equal(true);
    }
    await resetMouse();
  });

  it('puts its tooltip under the map, as wide as it, where the reader’s text is twice the size in a phone’s box', async () => {
    // 9.25em of text in 296 px: floating, a comune's tooltip was 750 px tall on an 800 px screen, over the map and past
    // the screen's end. Under the map the whole map stays in sight, the area pointed at marked on it.
    const map = await mapOf('296px', {}, 'font-size: 32px');
    canvas(map).scrollIntoView({ block: 'start' });
    for (const [fx, fy] of [
      [0.3, 0.2],
      [0.7, 0.8],
    ] as const) {
      const { box, frame } = await tooltipAt(map, fx, fy);
      expect(box.top, `under the map at ${fx}, ${fy}`).to.be.at.least(frame.bottom - 1);
      expect(box.left, `from the map's start at ${fx}, ${fy}`).to.be.closeTo(frame.left, 1);
      expect(box.right, `to its end at ${fx}, ${fy}`).to.be.closeTo(frame.right, 1);
    }
    // Escape still closes it.
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => tooltip(map) === null, 'Escape did not close the tooltip');
    await resetMouse();
  });
});
