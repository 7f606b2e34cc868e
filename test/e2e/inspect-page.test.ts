/**
 * End to end: the data inspector that `npm start` serves beside the dashboard
 * (demo/index.html, through the ESM build), in a frame 320 CSS px wide: what a
 * data source holds, or the loader's error, without the page scrolling
 * sideways (WCAG 1.4.10), also with a reader's text spacing (WCAG 1.4.12).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { indexFixture } from '../fixtures/contract.fixture.js';
import { serveContract } from '../support/serve-contract.js';

/** The demo data's long words: the title's first, and a source named by the registry's file names. */
function longWordedIndex() {
  const index = indexFixture();
  return {
    ...index,
    title: { it: "L'internazionalizzazione delle scuole italiane", en: 'The internationalisation of Italian schools' },
    sources: [
      { ...index.sources[0]!, name: 'MIM, Anagrafe delle scuole (SCUANAGRAFESTAT20252620250901.csv.gz, SCUANAAUTSTAT20232420230901.csv)' },
      ...index.sources.slice(1),
    ],
  };
}

/** The page on the data at `src` (by its address: the demo pages' shared data folder belongs to the dashboard's tests). */
async function openInspectPage(src: string): Promise<{ frame: HTMLIFrameElement; doc: Document; win: Window }> {
  const frame = document.createElement('iframe');
  frame.title = 'verifica dei dati';
  frame.style.cssText = 'width: 320px; height: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/index.html?src=${encodeURIComponent(src)}`;
  document.body.append(frame);
  await loaded;
  return { frame, doc: frame.contentDocument!, win: frame.contentWindow! };
}

/** How far the page reaches sideways, once its result is shown and laid out. */
async function widthOnceShown(doc: Document, shown: string): Promise<number> {
  await waitUntil(() => doc.querySelector(shown), `${shown} not shown`, { timeout: 10_000 });
  await new Promise(requestAnimationFrame);
  return doc.documentElement.scrollWidth;
}

function withTextSpacing(doc: Document): void {
  const style = doc.createElement('style');
  style.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
  doc.head.append(style);
}

describe('the data inspection page (demo/index.html) at 320 CSS px', () => {
  afterEach(() => document.querySelectorAll('iframe[title="verifica dei dati"]').forEach((f) => f.remove()));

  it("shows what a source holds without scrolling sideways: the title's long word and the sources' file names break, the table scrolls in its own region", async function () {
    this.timeout(30_000);
    const { src } = await serveContract({ index: longWordedIndex() });
    const { doc } = await openInspectPage(src);
    expect(await widthOnceShown(doc, '#result table')).to.be.at.most(320);
    expect(doc.querySelector('#result h2')!.textContent).to.equal("L'internazionalizzazione delle scuole italiane");
    // The table is wider than the page: it scrolls inside a region a keyboard can reach.
    const region = doc.querySelector<HTMLElement>('#result .scroll')!;
    expect(region.scrollWidth).to.be.above(region.clientWidth);
    expect([region.tabIndex, region.getAttribute('role')]).to.deep.equal([0, 'region']);
    withTextSpacing(doc);
    await new Promise(requestAnimationFrame);
    expect(doc.documentElement.scrollWidth, 'with text spacing').to.be.at.most(320);
  });

  it('shows an error with a long address without scrolling sideways', async function () {
    this.timeout(30_000);
    const missing = `${location.origin}/nessun-dato/rilascio-2025-26-versione-definitiva/indice-nazionale-completo/index.json`;
    const { doc } = await openInspectPage(missing);
    expect(await widthOnceShown(doc, '#result .error')).to.be.at.most(320);
    expect(doc.querySelector('#result .error')!.textContent).to.contain('index.json');
    withTextSpacing(doc);
    await new Promise(requestAnimationFrame);
    expect(doc.documentElement.scrollWidth, 'with text spacing').to.be.at.most(320);
  });
});
