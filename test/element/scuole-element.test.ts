import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DataView } from '../../src/element/data-view.js';
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { UsageError } from '../../src/element/usage-error.js';
import { consumeWarnings } from '../../src/element/warnings.js';
import { NotFoundError } from '../../src/errors.js';
import { captureWarnings } from '../support/element-helpers.js';

type TestMessages = ElementMessages<'src'> & { hello: string };

const MESSAGES: Catalogue<TestMessages> = {
  it: { loading: 'Carico…', error: 'Errore', synthetic: 'Sintetici', hello: 'Ciao', usage: { src: () => 'Manca src.' } },
  en: { loading: 'Loading…', error: 'Error', synthetic: 'Synthetic', hello: 'Hello', usage: { src: () => 'src is missing.' } },
};

/** A minimal element on the foundation: greets in the page's language, loads `src` through a DataView. */
class TestGreeter extends ScuoleElement<TestMessages> {
  static override properties = { src: {}, fail: {} };
  src = 'ok';
  fail = '';
  protected readonly _messages = MESSAGES;
  derivations = 0;
  readonly data = new DataView(this, {
    args: () => [this.src, this.fail] as const,
    load: async ([src, fail]) => {
      if (!src) throw new UsageError('src');
      if (fail) throw new NotFoundError('school', fail);
      return src;
    },
    derive: (data, _inputs, lang) => {
      this.derivations++;
      return `${data}:${lang}`;
    },
  });
  override render() {
    const view = this.data.view;
    return view ? litHtml`<p>${this._t.hello} ${view}</p>` : this.data.renderStatus();
  }
}
customElements.define('test-greeter', TestGreeter);

const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('the element foundation', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('follows a change of lang on the document, an ancestor and the element itself, with no call from the page', async () => {
    const host = await fixture<HTMLDivElement>(html`<div><test-greeter></test-greeter></div>`);
    const el = host.querySelector<TestGreeter>('test-greeter')!;
    await waitUntil(() => text(el) === 'Ciao ok:it', 'not shown in Italian');
    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => text(el) === 'Hello ok:en', 'did not follow the document');
    host.setAttribute('lang', 'it');
    await waitUntil(() => text(el) === 'Ciao ok:it', 'did not follow its ancestor');
    el.setAttribute('lang', 'en-GB');
    await waitUntil(() => text(el) === 'Hello ok:en', 'did not follow its own lang');
    expect(el.language).to.equal('en');
  });

  it('follows the lang of the host page across a shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="it"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><test-greeter></test-greeter></section>';
    const el = root.querySelector<TestGreeter>('test-greeter')!;
    await waitUntil(() => text(el) === 'Ciao ok:it', 'not shown');
    outer.setAttribute('lang', 'en');
    await waitUntil(() => text(el) === 'Hello ok:en', 'did not follow the host page across the shadow root');
  });

  it('derives once per data, inputs and language, not at every render', async () => {
    const el = await fixture<TestGreeter>(html`<test-greeter></test-greeter>`);
    await waitUntil(() => text(el).startsWith('Ciao'), 'not shown');
    const before = el.derivations;
    el.requestUpdate();
    await elementUpdated(el);
    el.requestUpdate();
    await elementUpdated(el);
    expect(el.derivations).to.equal(before);
    el.setAttribute('lang', 'en');
    await waitUntil(() => text(el).startsWith('Hello'), 'not in English');
    expect(el.derivations).to.equal(before + 1);
  });

  it('shows a usage error in the page language, warns once in English, and counts the warning', async () => {
    consumeWarnings();
    const capture = captureWarnings();
    try {
      const el = await fixture<TestGreeter>(html`<test-greeter src=""></test-greeter>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert');
      expect(text(el)).to.equal('Errore: Manca src.');
      el.requestUpdate();
      await elementUpdated(el);
      expect(capture.warnings).to.deep.equal(['[test-greeter] src is missing.']);
      expect(consumeWarnings()).to.equal(1);
      el.setAttribute('lang', 'en');
      await waitUntil(() => text(el) === 'Error: src is missing.', 'alert not in English');
    } finally {
      capture.restore();
    }
  });

  it('shows a data error with its localized text, and the view of the last args only', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<TestGreeter>(html`<test-greeter fail="XXIC00000Z"></test-greeter>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no alert');
      expect(text(el)).to.contain('Errore: ').and.contain('XXIC00000Z');
      el.fail = '';
      await waitUntil(() => text(el) === 'Ciao ok:it', 'did not recover');
      expect(capture.warnings).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('cancels a download when it leaves the page and starts it again when it comes back', async () => {
    let calls = 0;
    let release!: () => void;
    class SlowGreeter extends TestGreeter {
      override readonly data = new DataView(this, {
        args: () => [this.src, this.fail] as const,
        load: ([src], signal) => {
          calls++;
          return new Promise<string>((resolve, reject) => {
            release = () => resolve(src);
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
          });
        },
        derive: (data) => data,
      });
    }
    customElements.define('test-slow-greeter', SlowGreeter);
    const host = await fixture<HTMLDivElement>(html`<div><test-slow-greeter></test-slow-greeter></div>`);
    const el = host.querySelector<SlowGreeter>('test-slow-greeter')!;
    await waitUntil(() => calls === 1, 'not loading');
    el.remove();
    host.append(el);
    await waitUntil(() => calls === 2, 'did not load again');
    expect(el.shadowRoot!.querySelector('[aria-busy]')).to.exist;
    release();
    await waitUntil(() => text(el) === 'Ciao ok', 'not shown');
  });
});
