/**
 * A reader's place survives what another element of the page does: a linked view that changes the year or the
 * data does not blank a list to its loading state (it stays, busy) nor drop the keyboard focus on the page's body,
 * and a render that does take the focused control away leaves the focus in the element (WCAG 2.4.3).
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { indexFixture, regionFixture } from '../fixtures/contract.fixture.js';
import { serve } from '../support/data-routes.js';
import { captureWarnings } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/institution-list/define.js';
import type { InstitutionList } from '../../components/institution-list/institution-list.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const ready = (el: HTMLElement) =>
  waitUntil(() => shadow(el).querySelector('[part~="caption"]') && !shadow(el).querySelector('[aria-busy]'), 'not loaded', {
    timeout: 5000,
  });
const button = (el: HTMLElement, label: string) => [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;
/** Where the focus is, in words (an assertion on elements would print whole DOM trees when it fails). */
const focusAt = (el: HTMLElement) => {
  const active = document.activeElement === el ? shadow(el).activeElement : document.activeElement;
  return active
    ? `${active.localName}${active.getAttribute('part') ? `[${active.getAttribute('part')}]` : ''} ${active.textContent!.trim().slice(0, 20)}`
    : 'nothing';
};
const base = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[part~="base"]')!;

async function list(src: string): Promise<InstitutionList> {
  const el = await fixture<InstitutionList>(
    html`<institution-list src=${src} scope="region:09" filter="all" lang="it"></institution-list>`,
  );
  await ready(el);
  return el;
}

describe('the focus and the view across a reload', () => {
  it('keeps the focused control, the same one, when a linked view changes the year (as the map playing the years does)', async () => {
    const { src } = await serveContract();
    const el = await list(src);
    const xlsx = button(el, 'XLSX');
    xlsx.focus();
    for (const year of indexFixture().years) {
      el.year = String(year);
      await el.updateComplete;
      await ready(el);
      expect(focusAt(el), `after the year ${year}`).to.equal('button Scarica Excel (XLSX)');
      expect(xlsx.isConnected, 'the same button').to.equal(true);
    }
    expect(shadow(el).querySelector('[part~="caption"]')!.textContent).to.contain(String(indexFixture().years.at(-1)!));
  });

  it('shows its last view while slower data loads, busy and then dimmed, instead of blanking to "Carico…"', async () => {
    const first = await serveContract();
    const el = await list(first.src);
    const rows = shadow(el).querySelectorAll('.body [role="row"]').length;
    const second = await serveContract();
    await serve(`${second.folder}/regions/09.json`, regionFixture(), { delay: 1200 });
    el.src = second.src;
    await el.updateComplete;
    expect(base(el).getAttribute('aria-busy')).to.equal('true');
    expect(base(el).hasAttribute('data-stale')).to.equal(true);
    expect(shadow(el).querySelectorAll('.body [role="row"]').length, 'the rows stay').to.equal(rows);
    expect(shadow(el).textContent).not.to.contain('Carico');
    expect(getComputedStyle(base(el)).opacity, 'a short wait does not blink').to.equal('1');
    await aTimeout(700);
    expect(Number(getComputedStyle(base(el)).opacity), 'a wait long enough to notice is shown').to.be.below(0.6);
    await ready(el);
    expect(base(el).hasAttribute('data-stale')).to.equal(false);
    expect(getComputedStyle(base(el)).opacity).to.equal('1');
  });

  it('moves the focus to the element when a render takes its control away (the error state\'s "Riprova", once pressed)', async () => {
    const { folder } = await serveContract();
    const src = await serve(`${folder}/index`, indexFixture(), { fail: 3 });
    const capture = captureWarnings();
    try {
      const el = await fixture<InstitutionList>(html`<institution-list src=${src} scope="region:09" lang="it"></institution-list>`);
      await waitUntil(() => shadow(el).querySelector('[part~="retry"]'), 'no error state', { timeout: 8000 });
      shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await ready(el);
      expect(focusAt(el), 'not the page’s body').to.match(/^div\[base\]/);
      // From there, Tab goes on inside the element: to its first control.
      await sendKeys({ press: 'Tab' });
      expect(focusAt(el)).to.match(/^select /);
    } finally {
      capture.restore();
    }
  });

  it('leaves the focus where the reader put it outside the element', async () => {
    const { src } = await serveContract();
    const el = await list(src);
    const outside = document.createElement('button');
    outside.textContent = 'outside';
    document.body.append(outside);
    try {
      button(el, 'XLSX').focus();
      // Away to nothing (a click on the page's background), then to another control: neither comes back.
      button(el, 'XLSX').blur();
      el.scope = 'province:048';
      await el.updateComplete;
      await ready(el);
      expect(focusAt(el)).to.match(/^body /);
      button(el, 'XLSX').focus();
      outside.focus();
      el.scope = 'region:09';
      await el.updateComplete;
      await ready(el);
      expect(focusAt(el)).to.equal('button outside');
    } finally {
      outside.remove();
    }
  });
});
