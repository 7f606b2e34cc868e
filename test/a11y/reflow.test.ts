/**
 * Reflow at 320 CSS px (WCAG 1.4.10): in a 320 px column, nothing of an element
 * reaches past the column, except inside the element's own scrolling boxes
 * (data tables and the grid of institutions, which WCAG lets scroll in two
 * directions).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';

/** How far right the element's content reaches, relative to its left edge, outside its scrolling boxes. */
function reach(host: HTMLElement): { right: number; what: string } {
  const left = host.getBoundingClientRect().left;
  let widest = { right: 0, what: '' };
  const scrolls = (el: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      let inside = false;
      for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(up)) inside = true;
      if (inside || getComputedStyle(el).position === 'fixed') continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right - left > widest.right)
        widest = { right: box.right - left, what: `${el.tagName} ${el.getAttribute('part') ?? ''} ${(el.textContent ?? '').slice(0, 40)}` };
    }
  };
  walk(host.shadowRoot!);
  return widest;
}

async function inColumn(markup: ReturnType<typeof html>, ready: (el: HTMLElement) => boolean) {
  const column = await fixture<HTMLElement>(html`<div style="width: 320px">${markup}</div>`);
  const el = column.firstElementChild as HTMLElement;
  await waitUntil(() => ready(el), 'not drawn', { timeout: 8000 });
  return el;
}

describe('reflow at 320 px', () => {
  it('the full profile, the map table, the timeline, the breakdown and the survey results stay within the column', async () => {
    const { src } = await serveContract();
    const shown = (selector: string) => (el: HTMLElement) => Boolean(el.shadowRoot?.querySelector(selector));
    const elements = [
      await inColumn(html`<school-profile src=${src} code="FIIC81200A" variant="full"></school-profile>`, shown('[part~="comparison"]')),
      await inColumn(html`<region-map src=${src} metric="etwinning.projects" view="table"></region-map>`, shown('table')),
      await inColumn(html`<trend-timeline src=${src} metrics="etwinning.projects" scope="region:09"></trend-timeline>`, shown('svg')),
      await inColumn(html`<participation-breakdown src=${src} scope="region:09"></participation-breakdown>`, shown('[part~="summary"]')),
      await inColumn(
        html`<survey-results src=${(await serveContract({ survey: true })).src} scope="province:048"></survey-results>`,
        shown('[part~="question"] li'),
      ),
    ];
    for (const el of elements) {
      const { right, what } = reach(el);
      expect(right, `${el.localName}: ${what}`).to.be.at.most(321);
    }
  });
});
