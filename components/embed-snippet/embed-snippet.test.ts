import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../../test/support/element-helpers.js';
import '../linked-view/define.js';
import './define.js';
import type { EmbedSnippet } from './embed-snippet.js';

const button = (el: EmbedSnippet) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;
const code = (el: EmbedSnippet) => el.shadowRoot!.querySelector('textarea')?.value ?? '';

describe('<embed-snippet>', () => {
  it('writes the snippet without integrity when none can be found, asking for integrity.json once', async () => {
    const capture = captureWarnings();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.innerHTML = `<linked-view src="/missing-data/index.json" year="2023">
        <trend-timeline></trend-timeline>
        <embed-snippet script="/missing-bundle/scuole-europa.min.js"></embed-snippet>
      </linked-view>`;
      const el = host.querySelector('embed-snippet') as EmbedSnippet;
      await el.updateComplete;
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

  it('says in the snippet and beside it when integrity.json could not be read at all (a strict connect-src, CORS, the network)', async () => {
    const capture = captureWarnings();
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // Nothing listens on port 9: the request fails as a policy-blocked one does, with a network error.
      host.innerHTML = `<linked-view src="/missing-data/index.json" lang="it">
        <trend-timeline></trend-timeline>
        <embed-snippet script="http://127.0.0.1:9/cdn/scuole-europa.min.js"></embed-snippet>
      </linked-view>`;
      const el = host.querySelector('embed-snippet') as EmbedSnippet;
      await el.updateComplete;
      button(el).click();
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
});
