/**
 * Pages that enforce Trusted Types: one that allows no policy keeps the
 * elements' fallback content, with one console message and no uncaught error;
 * one that allows "lit-html" without 'allow-duplicates' runs two copies of the
 * bundle without an uncaught error, and the elements work.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';

interface FramePage {
  doc: Document;
  win: Window & typeof globalThis & { __errors: string[]; __warnings: string[] };
}

async function framed(policy: string, copies: string[], body: string): Promise<FramePage> {
  // The page's own inline script listens before the bundle loads (Trusted Types guard sinks, not parsed scripts).
  const frame = await framedPage({
    head: `<meta http-equiv="Content-Security-Policy" content="${policy}">
    <script>window.__errors = []; window.__warnings = [];
      addEventListener('error', (e) => __errors.push(e.message));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
      const w = console.warn; console.warn = (...a) => { __warnings.push(a.join(' ')); w(...a); };</script>
    ${copies.map((query) => bundleScript(query)).join('')}`,
    body,
    width: 700,
    height: 600,
  });
  return { doc: frame.contentDocument!, win: frame.contentWindow as FramePage['win'] };
}

describe('Trusted Types', () => {
  it("with trusted-types 'none': the fallback content stays, one console message, no uncaught error", async () => {
    const { src } = await serveContract();
    const { doc, win } = await framed(
      "require-trusted-types-for 'script'; trusted-types 'none'",
      ['?tt=none'],
      `<region-map src="${new URL(src, location.href).href}"><p>Mappa non disponibile</p></region-map>`,
    );
    await waitUntil(() => win.__warnings.some((w) => w.includes('Trusted Types')), 'no console message', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__errors).to.deep.equal([]);
    expect(win.customElements.get('region-map')).to.equal(undefined);
    expect(doc.querySelector('region-map')!.textContent).to.contain('Mappa non disponibile');
    expect(win.__warnings.filter((w) => w.includes('Trusted Types'))).to.have.length(1);
    // The page's own policy factory is its own again.
    expect(String((win as unknown as { trustedTypes: { createPolicy: unknown } }).trustedTypes.createPolicy)).to.contain('[native code]');
  });

  it('with trusted-types lit-html and two copies of the bundle: no uncaught error, the elements work', async () => {
    const { src } = await serveContract();
    const { doc, win } = await framed(
      "require-trusted-types-for 'script'; trusted-types lit-html",
      ['?tt=1', '?tt=2'],
      `<region-map src="${new URL(src, location.href).href}" metric="etwinning.projects"></region-map>`,
    );
    const map = doc.querySelector('region-map')!;
    await waitUntil(() => map.shadowRoot?.querySelector('[part~="legend"]'), 'the map does not render', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__errors).to.deep.equal([]);
  });
});
