/**
 * A host page that puts an element in a box sized by its content: a flex row
 * (a school's footer), an inline-block, a float, an auto grid column. Every
 * element is a size container (its layout follows its own width), which such a
 * box measured as empty: the elements were 0 wide, their content spilling out.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import '../../components/school-search/define.js';
import '../../components/trend-timeline/define.js';

const BOXES: [string, string][] = [
  ['a flex row', 'display: flex; gap: 1em'],
  ['an inline-block', 'display: inline-block'],
  ['a float', 'float: left'],
  ['an auto grid column', 'display: grid; grid-template-columns: auto 1fr'],
];

describe('a host that sizes an element by its content', () => {
  for (const [name, style] of BOXES)
    it(`gives it its own width in ${name}, not 0`, async () => {
      const { src } = await serveContract();
      const page = await fixture<HTMLElement>(html`<div style="width: 1000px"></div>`);
      page.innerHTML = `<div style="${style}">
          <school-profile src="${src}" code="FIIC81200A" lang="it"></school-profile><p>Testo del sito</p></div>
        <div style="${style}"><region-map src="${src}" metric="etwinning.projects" lang="it"></region-map></div>
        <div style="${style}"><trend-timeline src="${src}" lang="it"></trend-timeline></div>
        <div style="${style}"><school-search src="${src}" lang="it"></school-search></div>`;
      const [badge, map, timeline, search] = ['school-profile', 'region-map', 'trend-timeline', 'school-search'].map((tag) =>
        page.querySelector<HTMLElement>(tag)!,
      );
      await waitUntil(() => badge!.shadowRoot?.querySelector('[part~="name"]') && map!.shadowRoot?.querySelector('canvas'), 'not drawn', {
        timeout: 8000,
      });
      const width = (element: HTMLElement) => element.getBoundingClientRect().width;
      // A badge as wide as it draws (24em), the map and the timeline 40em, the search 24em, at 16 px.
      expect(width(badge!)).to.be.closeTo(384, 1);
      expect(width(map!)).to.be.closeTo(640, 1);
      expect(width(timeline!)).to.be.closeTo(640, 1);
      expect(width(search!)).to.be.closeTo(384, 1);
      // Nothing spills out: the badge's name is inside its box.
      const inside = badge!.shadowRoot!.querySelector('[part~="name"]')!.getBoundingClientRect();
      expect(inside.right).to.be.at.most(badge!.getBoundingClientRect().right + 0.5);
    });

  it('lets a flex row shrink it to fit a phone', async () => {
    const { src } = await serveContract();
    const page = await fixture<HTMLElement>(
      html`<div style="width: 320px; display: flex; gap: 8px"><p style="flex: none; width: 60px">Sito</p></div>`,
    );
    page.insertAdjacentHTML('beforeend', `<school-profile src="${src}" code="FIIC81200A" lang="it"></school-profile>`);
    const badge = page.querySelector<HTMLElement>('school-profile')!;
    await waitUntil(() => badge.shadowRoot?.querySelector('[part~="name"]'), 'not drawn', { timeout: 8000 });
    expect(badge.getBoundingClientRect().width).to.be.closeTo(320 - 60 - 8, 1);
  });
});
