/**
 * What ships, not only the source: the minified single-file CDN bundle's
 * badge, in a page of its own, draws its gauge as two sibling paths (a
 * minifier once dropped the track's "/>", nesting the fill inside it, and the
 * gauge never showed its fill on any page).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';

describe('the CDN bundle’s badge', () => {
  it('draws the gauge’s track and fill side by side, the fill at the score', async () => {
    const { src } = await serveContract();
    const frame = await framedPage({
      head: bundleScript(),
      body: `<school-profile src="${new URL(src, location.href).href}" code="FIIC81200A"></school-profile>`,
    });
    const badge = () => frame.contentDocument!.querySelector('school-profile')!;
    await waitUntil(() => badge().shadowRoot?.querySelector('[part~="gauge"]'), 'no gauge', { timeout: 10_000 });
    const svg = badge().shadowRoot!.querySelector('[part~="gauge"] svg')!;
    const paths = [...svg.children].filter((node) => node.localName === 'path');
    expect(paths.map((p) => p.getAttribute('class'))).to.deep.equal(['track', 'fill']);
    expect(paths[1]!.getAttribute('stroke-dasharray')).to.equal('82.5 100');
    // Painted: the fill's stroke is a colour, and its drawn length is the score's share of the arc.
    expect(getComputedStyle(paths[1]!).stroke).to.match(/^rgb/);
    frame.remove();
  });
});
