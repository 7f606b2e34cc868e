import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { brokenWords } from '../../test/support/broken-words.js';
import { captureWarnings } from '../../test/support/element-helpers.js';
import { serve } from '../../test/support/data-routes.js';
import { serveContract } from '../../test/support/serve-contract.js';
import '../linked-view/define.js';
import './define.js';
import type { EmbedSnippet } from './embed-snippet.js';

const button = (el: EmbedSnippet) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;
const code = (el: EmbedSnippet) => el.shadowRoot!.querySelector('textarea')?.value ?? '';

/** The snippet element of `markup` (a <linked-view> around it) in the page, its panel opened unless `open` is false. */
async function snippetIn(markup: string, open = true): Promise<EmbedSnippet> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = markup;
  const el = host.querySelector('embed-snippet') as EmbedSnippet;
  await el.updateComplete;
  if (open) button(el).click();
  return el;
}

describe('<embed-snippet>', () => {
  it('opens, copies and closes from the keyboard, the focus where the reader acted, with no axe violations', async () => {
    const { src } = await serveContract();
    const el = await snippetIn(
      `<linked-view src="${src}" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet integrity="sha384-${'A'.repeat(64)}" release-src="https://example.org/dati/{release}/index.json"></embed-snippet>
      </linked-view>`,
      false,
    );
    await expect(el).to.be.accessible();
    const active = () => el.shadowRoot!.activeElement;
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => code(el).includes('<trend-timeline') && el.shadowRoot!.querySelector('input[type="checkbox"]'), 'no snippet');
    expect([button(el).getAttribute('aria-expanded'), active()]).to.deep.equal(['true', button(el)]);
    await expect(el).to.be.accessible();
    // Tab goes through the panel in reading order: the code, the freezing of the data, the copy button.
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(`${active()?.localName}${active()?.getAttribute('type') ? `:${active()!.getAttribute('type')}` : ''}`);
    }
    expect(order).to.deep.equal(['textarea', 'input:checkbox', 'button:button']);
    await sendKeys({ press: 'Enter' });
    // Copied, or said how to copy by hand (a browser may refuse the clipboard): either way in words, the focus kept.
    await waitUntil(() => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() !== '', 'nothing said');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Codice copiato\.|Copia non riuscita/);
    expect(active()?.textContent).to.equal('Copia');
    // Said again in the language the page turns to (it stayed Italian).
    el.lang = 'en';
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/Code copied\.|Copy failed/);
    el.lang = 'it';
    await elementUpdated(el);
    // Back to the button, Enter closes the panel and the focus stays on it.
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el).getAttribute('aria-expanded') === 'false', 'not closed');
    expect([el.shadowRoot!.querySelector('textarea'), active()]).to.deep.equal([null, button(el)]);
  });

  it('writes the snippet without integrity when none can be found, asking for integrity.json once', async () => {
    const capture = captureWarnings();
    try {
      const el = await snippetIn(
        `<linked-view src="/missing-data/index.json" year="2023">
        <trend-timeline></trend-timeline>
        <embed-snippet script="/missing-bundle/scuole-europa.min.js"></embed-snippet>
      </linked-view>`,
        false,
      );
      const noHash = () => capture.warnings.filter((w) => w.includes('no integrity hash')).length;
      for (let opening = 0; opening < 2; opening++) {
        button(el).click();
        await waitUntil(() => code(el).includes('<linked-view'), 'no snippet');
        await waitUntil(() => noHash() === 1, 'no warning about the missing hash');
        expect(code(el).split('\n')[0]).to.equal(
          `<script type="module" src="${new URL('/missing-bundle/scuole-europa.min.js', location.href).href}"></script>`,
        );
        button(el).click();
        await el.updateComplete;
      }
      // Opened twice, integrity.json was asked for (and found missing) only once.
      expect(noHash()).to.equal(1);
    } finally {
      capture.restore();
    }
  });

  it("writes the hashes of the modules beside the bundle in an import map before its script, which the tag's integrity does not cover", async () => {
    const bundle = `sha384-${'B'.repeat(64)}`;
    const writer = `sha384-${'X'.repeat(64)}`;
    const script = await serve(`/embed-${Math.random().toString(36).slice(2)}/cdn/integrity.json`, {
      version: '0.1.0',
      files: {
        'scuole-europa.min.js': bundle,
        'scuole-europa-xlsx.min.js': writer,
        // Neither a file name beside the bundle nor a hash: left out of the map.
        '../elsewhere.js': writer,
        'notes.js': 'not a hash',
      },
    });
    const el = await snippetIn(`<linked-view src="/missing-data/index.json">
        <trend-timeline></trend-timeline>
        <embed-snippet script="${script.replace('integrity.json', 'scuole-europa.min.js')}"></embed-snippet>
      </linked-view>`);
    await waitUntil(() => code(el).includes(`integrity="${bundle}"`), 'the hash of integrity.json is not written');
    const lines = code(el).split('\n');
    const importMap = lines.findIndex((line) => line.startsWith('<script type="importmap">'));
    expect(lines[importMap]).to.equal(
      `<script type="importmap">${JSON.stringify({ integrity: { [script.replace('integrity.json', 'scuole-europa-xlsx.min.js')]: writer } })}</script>`,
    );
    expect(lines[importMap + 1]).to.match(/^<script type="module" src="[^"]+\/cdn\/scuole-europa\.min\.js" integrity="/);
    // Pasted, it is an import map the browser reads as such.
    const pasted = document.createElement('template');
    pasted.innerHTML = code(el);
    const map = pasted.content.querySelector('script[type="importmap"]')!;
    expect(JSON.parse(map.textContent!)).to.deep.equal({
      integrity: { [script.replace('integrity.json', 'scuole-europa-xlsx.min.js')]: writer },
    });
    // A hash given as an attribute reads no integrity.json: no map of modules it cannot know.
    el.integrity = `sha384-${'C'.repeat(64)}`;
    await waitUntil(() => code(el).includes(`integrity="sha384-${'C'.repeat(64)}"`), 'the hash given is not written');
    expect(code(el)).not.to.contain('importmap');
  });

  it('says in the snippet and beside it when integrity.json could not be read at all (a strict connect-src, CORS, the network)', async () => {
    const capture = captureWarnings();
    try {
      // Nothing listens on port 9: the request fails as a policy-blocked one does, with a network error.
      const el = await snippetIn(`<linked-view src="/missing-data/index.json" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet script="http://127.0.0.1:9/cdn/scuole-europa.min.js"></embed-snippet>
      </linked-view>`);
      await waitUntil(() => code(el).includes('<linked-view'), 'no snippet');
      await waitUntil(() => code(el).startsWith('<!--'), 'the snippet does not say why it has no integrity', { timeout: 12_000 });
      expect(code(el).split('\n')[0]).to.equal(
        '<!-- Senza integrity: la pagina di origine non ha potuto leggere integrity.json accanto allo script. -->',
      );
      expect(el.shadowRoot!.textContent).to.contain('non ha potuto leggere integrity.json');
    } finally {
      capture.restore();
    }
  });

  it('writes an integrity attribute only when it is a hash: another value is said, and the hash read from integrity.json', async () => {
    const capture = captureWarnings();
    try {
      const good = `sha384-${'A'.repeat(64)}`;
      const el = await snippetIn(`<linked-view src="/missing-data/index.json" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet script="/missing-bundle/scuole-europa.min.js" integrity="la-mia-impronta"></embed-snippet>
      </linked-view>`);
      await waitUntil(() => code(el).includes('<linked-view'), 'no snippet');
      expect(code(el)).not.to.contain('integrity=');
      const notes = () => [...el.shadowRoot!.querySelectorAll('.note')].map((p) => p.textContent!.trim());
      expect(notes()).to.include(
        'integrity="la-mia-impronta" non è un\'impronta di integrità (sha384- seguito dal suo valore in base64): è stata ignorata, e l\'impronta si legge da integrity.json.',
      );
      expect(capture.warnings.join(' ')).to.contain('integrity="la-mia-impronta" is not an integrity hash');
      // A well-formed one is written as given, and nothing more is said.
      el.integrity = good;
      await waitUntil(() => code(el).includes(`integrity="${good}" crossorigin="anonymous"`), 'the hash given is not written');
      expect(notes().join(' ')).not.to.contain('la-mia-impronta');
    } finally {
      capture.restore();
    }
  });

  it('offers to freeze the data only with a release-src that has {release}, and says why not otherwise', async () => {
    const { src } = await serveContract();
    const el = await snippetIn(`<linked-view src="${src}" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet integrity="sha384-${'A'.repeat(64)}" release-src="https://example.org/dati/index.json"></embed-snippet>
      </linked-view>`);
    const notes = () => [...el.shadowRoot!.querySelectorAll('.note')].map((p) => p.textContent!.trim());
    const checkbox = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]');
    // Without {release}, every "frozen" snippet pointed at that one address, whatever the release.
    await waitUntil(() => notes().some((n) => n.startsWith('release-src=')), 'no word on the template');
    expect(notes()).to.include(
      'release-src="https://example.org/dati/index.json" non contiene {release}, dove va la versione dei dati: non si possono bloccare a una versione.',
    );
    expect(checkbox()).to.equal(null);
    // The test page's data is on this computer: another site would not find it.
    const here = new URL(src, location.href).host;
    const local = `I dati di questo codice sono su questo computer (${here}): un altro sito non li troverà. Pubblicateli e scrivetene l'indirizzo nel src di <linked-view>.`;
    expect(notes()).to.include(local);
    el.releaseSrc = 'https://example.org/dati/{release}/index.json';
    await waitUntil(() => checkbox(), 'no checkbox');
    checkbox()!.click();
    await waitUntil(() => code(el).includes('src="https://example.org/dati/2026-11-01/index.json"'), 'the snippet is not frozen');
    expect(notes().join(' ')).not.to.contain('release-src=');
    // Frozen at a published release: nothing to say of its address.
    expect(notes()).not.to.include(local);
  });

  it('says when the code would read its data over http or its script from this computer, which another site cannot', async () => {
    const capture = captureWarnings();
    try {
      const el = await snippetIn(`<linked-view src="http://dati.example.invalid/index.json" lang="en">
        <trend-timeline></trend-timeline>
        <embed-snippet script="/dist/cdn/scuole-europa.min.js" integrity="sha384-${'A'.repeat(64)}"></embed-snippet>
      </linked-view>`);
      await waitUntil(() => code(el).includes('<linked-view'), 'no snippet');
      const notes = [...el.shadowRoot!.querySelectorAll('.note')].map((p) => p.textContent!.trim());
      expect(notes).to.include('The data of this code is on http: a page on https cannot read it. Publish it on https.');
      expect(notes).to.include(
        `The script of this code is on this computer (${location.host}): another site will not find it. Write the published one in the script attribute of <embed-snippet>.`,
      );
      expect(notes.join(' ')).not.to.contain('The data of this code is on this computer');
    } finally {
      capture.restore();
    }
  });

  it('keeps its panel within a phone’s column with the text twice the size, its checkbox as large as its text', async () => {
    // The checkbox stayed 13 px beside a label of 32 px text.
    const { src } = await serveContract();
    const el = await snippetIn(
      `<div style="width: 296px; --se-font-size: 32px"><linked-view src="${src}" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet release-src="https://example.org/dati/{release}/index.json"></embed-snippet>
      </linked-view></div>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('input[type="checkbox"]'), 'no checkbox');
    const box = el.shadowRoot!.querySelector('input[type="checkbox"]')!.getBoundingClientRect();
    const label = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('label')!).fontSize);
    expect(box.height, 'the checkbox as tall as its text').to.be.at.least(label * 0.9);
    expect(box.width).to.be.at.least(label * 0.9);
    const column = el.closest('div')!;
    expect(column.scrollWidth, 'within its column').to.be.at.most(column.clientWidth + 1);
    const squeezed = brokenWords(el.shadowRoot!, /[^\s-]+/g, { narrowerThan: column.clientWidth / 2, skip: 'textarea' });
    expect(squeezed, 'words broken').to.deep.equal([]);
  });
});
