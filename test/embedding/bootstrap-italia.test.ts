/**
 * Inside a page styled with Bootstrap Italia (its real stylesheet), no style
 * leaks in either direction: the page's rules do not reach inside the elements
 * (their computed styles are the same as in a bare page), and the elements'
 * styles do not reach the page (Bootstrap Italia's components look the same
 * with and without the library on the page). Same-origin frames, one bare and
 * one with Bootstrap Italia, each with the single-file bundle.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';

const BOOTSTRAP_ITALIA = '/node_modules/bootstrap-italia/dist/css/bootstrap-italia.min.css';

/** Properties that a stylesheet's selectors would change; inherited ones (font, colour) the elements set on :host themselves. */
const PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'color',
  'background-color',
  'padding-top',
  'padding-left',
  'margin-top',
  'border-top-width',
  'border-top-color',
  'border-radius',
  'text-transform',
  'list-style-type',
  'display',
  'box-shadow',
  'text-decoration-line',
];

async function frame(options: { bootstrap: boolean; bundle: boolean; body: string }): Promise<Document> {
  const iframe = await framedPage({
    head: `${options.bootstrap ? `<link rel="stylesheet" href="${BOOTSTRAP_ITALIA}">` : ''}${options.bundle ? bundleScript() : ''}`,
    body: options.body,
    width: 900,
    height: 700,
  });
  const doc = iframe.contentDocument!;
  if (options.bootstrap)
    await waitUntil(() => [...doc.styleSheets].some((s) => s.href?.includes('bootstrap-italia')), 'Bootstrap Italia not loaded', {
      timeout: 10_000,
    });
  return doc;
}

function styles(element: Element): Record<string, string> {
  const computed = element.ownerDocument.defaultView!.getComputedStyle(element);
  return Object.fromEntries(PROPERTIES.map((p) => [p, computed.getPropertyValue(p)]));
}

/** The computed styles of every element inside a list's shadow root, keyed by position. */
function insideStyles(doc: Document): Record<string, Record<string, string>> {
  const root = doc.querySelector('territory-list')!.shadowRoot!;
  return Object.fromEntries(
    [...root.querySelectorAll('*')].map((el, i) => [`${i}:${el.localName}.${el.getAttribute('part') ?? el.className}`, styles(el)]),
  );
}

const HOST_MARKUP = `<div class="container"><h2 class="h4">Titolo</h2><p class="lead">Testo</p>
  <button type="button" class="btn btn-primary">Invia</button><a class="btn btn-outline-primary" href="#">Link</a>
  <ul class="list-group"><li class="list-group-item">Voce</li></ul><input class="form-control" aria-label="campo"></div>`;

describe('inside a Bootstrap Italia page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the page’s styles do not reach inside the elements', async function () {
    this.timeout(30_000);
    const { src } = await serveContract();
    const body = `<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list>`;
    const [bare, styled] = await Promise.all([
      frame({ bootstrap: false, bundle: true, body }),
      frame({ bootstrap: true, bundle: true, body }),
    ]);
    for (const doc of [bare, styled])
      await waitUntil(() => doc.querySelector('territory-list')?.shadowRoot?.querySelector('[part~="item-button"]'), 'list not rendered', {
        timeout: 10_000,
      });
    // Bootstrap Italia does style the page's own buttons (the check can fail)…
    const probe = (doc: Document) => {
      const b = doc.createElement('button');
      doc.body.append(b);
      return styles(b);
    };
    expect(probe(styled)).to.not.deep.equal(probe(bare));
    // …but nothing inside the element.
    expect(insideStyles(styled)).to.deep.equal(insideStyles(bare));
  });

  it('the elements’ styles do not reach the page’s Bootstrap Italia components', async function () {
    this.timeout(30_000);
    const { src } = await serveContract();
    const elements = `<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list><school-search src="${src}"></school-search>`;
    const [without, withLibrary] = await Promise.all([
      frame({ bootstrap: true, bundle: false, body: HOST_MARKUP }),
      frame({ bootstrap: true, bundle: true, body: HOST_MARKUP + elements }),
    ]);
    await waitUntil(
      () => withLibrary.querySelector('territory-list')?.shadowRoot?.querySelector('[part~="item-button"]'),
      'list not rendered',
      { timeout: 10_000 },
    );
    const hostStyles = (doc: Document) =>
      [...doc.querySelectorAll('.container, .container *')].map((el) => [el.localName, el.className, styles(el)]);
    expect(hostStyles(withLibrary)).to.deep.equal(hostStyles(without));
    expect(withLibrary.querySelectorAll('style').length, 'no <style> added to the page').to.equal(0);
  });
});

describe('the CDN bundle’s integrity hash', () => {
  it('lets the bundle run with the published hash and blocks it with a wrong one', async function () {
    this.timeout(30_000);
    const { files } = (await (await fetch('/dist/cdn/integrity.json')).json()) as { files: Record<string, string> };
    const hash = files['scuole-europa.min.js']!;
    expect(hash).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    const run = async (integrity: string) => {
      const doc = await frame({ bootstrap: false, bundle: false, body: '' });
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = '/dist/cdn/scuole-europa.min.js';
      script.integrity = integrity;
      script.crossOrigin = 'anonymous';
      const outcome = new Promise<string>((resolve) => {
        script.addEventListener('load', () => resolve('loaded'), { once: true });
        script.addEventListener('error', () => resolve('blocked'), { once: true });
      });
      doc.head.append(script);
      return { outcome: await outcome, defined: Boolean(doc.defaultView!.customElements.get('linked-view')) };
    };
    expect(await run(hash)).to.deep.equal({ outcome: 'loaded', defined: true });
    expect(await run('sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).to.deep.equal({
      outcome: 'blocked',
      defined: false,
    });
  });
});
