/**
 * A table wider than its box scrolls sideways (WCAG 1.4.10 lets a data table),
 * and a phone shows no scroll bar until it moves: a shade at the edge where more
 * of the table lies says so (src/styles/scroll-cue.styles.ts). Read from the
 * screen's pixels, each edge against the same edge with the element's
 * background taken off, at either end of the scroll and in both schemes, and
 * from the minified CDN bundle too; a table that fits is shaded nowhere. A
 * list the page caps in height is shaded at its top and bottom alike.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { pixelDifference, screenPixels, type Rect } from '../support/screen-pixels.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/institution-list/define.js';
import '../../components/school-profile/define.js';
import '../../components/territory-list/define.js';
import '../../components/trend-timeline/define.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/**
 * The box's left and right edges, 6 px each inside its border, over its part in the viewport (a frame's, offset by it);
 * the left one `inset` px further in, where a column that sticks at the box's start ends.
 */
function edges(box: HTMLElement, inset = 0): { left: Rect; right: Rect } {
  const r = box.getBoundingClientRect();
  const view = box.ownerDocument.defaultView!;
  const frame = view.frameElement;
  const [dx, dy] = frame
    ? [frame.getBoundingClientRect().left + frame.clientLeft, frame.getBoundingClientRect().top + frame.clientTop]
    : [0, 0];
  const y = Math.max(Math.max(r.top, 0) + dy, 0) + 2;
  const bottom = Math.min(Math.min(r.bottom, view.innerHeight) + dy, innerHeight);
  const height = Math.min(120, bottom - y - 2);
  return {
    left: { x: Math.ceil(r.left + dx + inset) + 1, y, width: 6, height },
    right: { x: Math.floor(r.right + dx) - 7, y, width: 6, height },
  };
}

/** The box's top and bottom edges, 6 px each inside it, across its middle. */
function ends(box: HTMLElement): { top: Rect; bottom: Rect } {
  const r = box.getBoundingClientRect();
  const x = Math.ceil(r.left) + 10;
  const width = Math.min(120, Math.floor(r.width) - 20);
  return { top: { x, y: Math.ceil(r.top) + 1, width, height: 6 }, bottom: { x, y: Math.floor(r.bottom) - 7, width, height: 6 } };
}

/** How much two rectangles of the box's edges differ from themselves without the element's background on the box. */
async function shadingAt(box: HTMLElement, block: ScrollLogicalPosition, rectsOf: (box: HTMLElement) => readonly [Rect, Rect]) {
  box.scrollIntoView({ block });
  await frames();
  const rects = rectsOf(box);
  const shown = [await screenPixels(rects[0]), await screenPixels(rects[1])] as const;
  box.style.background = 'none';
  await frames();
  const bare = [await screenPixels(rects[0]), await screenPixels(rects[1])] as const;
  box.style.background = '';
  await frames();
  return [pixelDifference(shown[0], bare[0]), pixelDifference(shown[1], bare[1])] as const;
}

/** How much the box's left and right edges are shaded (the left one `inset` px in). */
async function shading(box: HTMLElement, inset = 0): Promise<{ left: number; right: number }> {
  const [left, right] = await shadingAt(box, 'start', (b) => [edges(b, inset).left, edges(b, inset).right]);
  return { left, right };
}

/** How much the box's top and bottom edges are shaded. */
async function shadingOfEnds(box: HTMLElement): Promise<{ top: number; bottom: number }> {
  const [top, bottom] = await shadingAt(box, 'center', (b) => [ends(b).top, ends(b).bottom]);
  return { top, bottom };
}

const scrollTo = async (box: HTMLElement, end: boolean) => {
  box.scrollLeft = end ? box.scrollWidth : 0;
  await frames();
};

describe('a table wider than its box', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const)
    it(`shades the edge where more of it lies, and only there (${scheme} scheme)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { src } = await serveContract();
      const page = await fixture<HTMLElement>(html`<div>
        <div style="width: 240px"><region-map class="narrow" src=${src} metric="etwinning.projects" view="table"></region-map></div>
        <div style="width: 320px"><institution-list src=${src} scope="region:09" filter="all"></institution-list></div>
        <div style="width: 240px"><school-profile src=${src} code="FIIC81200A" variant="full"></school-profile></div>
        <div style="width: 240px">
          <trend-timeline src=${src} scope="comune:048017" metrics="etwinning.projects" compare="parents" view="table"></trend-timeline>
        </div>
        <div style="width: 900px"><region-map class="wide" src=${src} metric="etwinning.projects" view="table"></region-map></div>
      </div>`);
      const box = (host: string, selector: string) => page.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>(selector);
      await waitUntil(
        () =>
          box('.narrow', '[part~="table"] td') &&
          box('.wide', '[part~="table"] td') &&
          box('institution-list', '[role="gridcell"]') &&
          box('school-profile', '[part~="comparison"] [part~="table"] td') &&
          box('trend-timeline', '[part~="table"] td'),
        'not drawn',
        { timeout: 8000 },
      );
      const narrow = [
        box('.narrow', '[part~="table"]')!,
        box('institution-list', '.scroller')!,
        // The badge's styles carry no table: its full variant's come with its details (school-profile.details.styles.ts).
        box('school-profile', '[part~="comparison"] [part~="table"]')!,
        box('trend-timeline', '[part~="table"]')!,
      ];
      for (const scroller of narrow) {
        const name = (scroller.getRootNode() as ShadowRoot).host.localName;
        expect(scroller.scrollWidth, `${name} is wider than its box`).to.be.above(scroller.clientWidth + 20);
        // Row headings that stay at the box's start (the institutions' names, the profile's indicators, the map's areas
        // after their rank): what scrolls, and its shade, begin where they end.
        const heading = scroller.querySelector<HTMLElement>('tbody .sticky, .body .sticky');
        const names = heading && getComputedStyle(heading).position === 'sticky' ? heading.getBoundingClientRect().width : 0;
        expect(names, `${name}: its row headings stay`).to.be.above(0);
        await scrollTo(scroller, false);
        const start = await shading(scroller, names);
        expect(start.right, `${name}: more to the right`).to.be.above(4);
        expect(start.left, `${name}: nothing to the left`).to.be.below(0.5);
        await scrollTo(scroller, true);
        const end = await shading(scroller, names);
        expect(end.left, `${name} at its end: more to the left`).to.be.above(4);
        expect(end.right, `${name} at its end: nothing to the right`).to.be.below(0.5);
      }
      const wide = box('.wide', '[part~="table"]')!;
      expect(wide.scrollWidth, 'the wide table fits').to.be.at.most(wide.clientWidth);
      const fits = await shading(wide);
      expect([fits.left, fits.right], 'a table that fits').to.deep.equal([0, 0]);
    });

  it('is drawn by what ships: the CDN bundle’s map table, its styles minified', async function () {
    this.timeout(30_000);
    const { src } = await serveContract();
    const frame = await framedPage({
      head: bundleScript(),
      body: `<div style="width: 240px"><region-map src="${new URL(src, location.href).href}" metric="etwinning.projects" view="table"></region-map></div>`,
      width: 400,
      height: 500,
    });
    try {
      const map = frame.contentDocument!.querySelector('region-map')!;
      await waitUntil(() => map.shadowRoot?.querySelector('[part~="table"] td'), 'not drawn', { timeout: 10_000 });
      const table = map.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
      expect(table.scrollWidth).to.be.above(table.clientWidth + 20);
      frame.scrollIntoView({ block: 'start' });
      await scrollTo(table, false);
      const start = await shading(table);
      expect(start.right, 'more to the right').to.be.above(4);
      expect(start.left, 'nothing to the left').to.be.below(0.5);
    } finally {
      frame.remove();
    }
  });

  it('paints nothing over a table in forced colours: no cover in the background colour over the system colours', async () => {
    const { src } = await serveContract();
    const column = await fixture<HTMLElement>(
      html`<div style="width: 240px"><region-map src=${src} metric="etwinning.projects" view="table"></region-map></div>`,
    );
    const map = column.firstElementChild!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="table"] td'), 'not drawn', { timeout: 8000 });
    const table = map.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
    await executeServerCommand('forced-colors', { active: true });
    try {
      await scrollTo(table, false);
      const start = await shading(table);
      expect([start.left, start.right]).to.deep.equal([0, 0]);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});

describe('a list the page caps in height', () => {
  for (const scheme of ['light', 'dark'] as const)
    it(`shades the end where more of it lies, and only there (${scheme} scheme)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      try {
        const { src } = await serveContract();
        const page = await fixture<HTMLElement>(html`<div style="width: 320px">
          <territory-list class="capped" style="--territory-list-max-height: 3rem" src=${src} kind="role-models" scope="region:09"></territory-list>
          <territory-list class="whole" src=${src} kind="role-models" scope="region:09"></territory-list>
        </div>`);
        const list = (which: string) => page.querySelector(which)?.shadowRoot?.querySelector<HTMLElement>('ol[part~="list"]');
        await waitUntil(() => list('.capped')?.querySelector('li') && list('.whole')?.querySelector('li'), 'not drawn', { timeout: 8000 });
        const capped = list('.capped')!;
        expect(capped.scrollHeight, 'the capped list is taller than its box').to.be.above(capped.clientHeight + 20);
        capped.scrollTop = 0;
        await frames();
        const start = await shadingOfEnds(capped);
        expect(start.bottom, 'more below').to.be.above(4);
        expect(start.top, 'nothing above').to.be.below(0.5);
        capped.scrollTop = capped.scrollHeight;
        await frames();
        const end = await shadingOfEnds(capped);
        expect(end.top, 'at its end: more above').to.be.above(4);
        expect(end.bottom, 'at its end: nothing below').to.be.below(0.5);
        const whole = list('.whole')!;
        expect(whole.scrollHeight, 'the list not capped fits').to.be.at.most(whole.clientHeight);
        const fits = await shadingOfEnds(whole);
        expect([fits.top, fits.bottom], 'a list that fits').to.deep.equal([0, 0]);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });
});
