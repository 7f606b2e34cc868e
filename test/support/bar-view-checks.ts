/**
 * What every element with bars and a table (`view`: the breakdown, the survey)
 * does: given `view="table"` it shows the table; its toggle shows the bars,
 * reflects `view` and tells the page (scuole-presentation-change); a value it
 * does not know is ignored, in the console and in the element.
 */
import { expect, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** `el` shows its table (`view="table"`); `warnings`, what the console was told. */
export async function checkBarView(el: LitElement & { view: string }, warnings: () => readonly string[]): Promise<void> {
  const root = el.shadowRoot!;
  const toggle = () => [...root.querySelectorAll('button')].find((b) => text(b) === 'Tabella')!;
  const shown = () => [el.getAttribute('view'), !!root.querySelector('table'), toggle().getAttribute('aria-pressed')];
  expect(shown()).to.deep.equal(['table', true, 'true']);
  // The page is told which attribute and value, before the element reflects it.
  const told = oneEvent(el, 'scuole-presentation-change');
  toggle().click();
  expect((await told).detail).to.deep.equal({ attribute: 'view', value: 'bars' });
  await el.updateComplete;
  expect(shown()).to.deep.equal(['bars', false, 'false']);
  el.setAttribute('view', 'pie');
  await el.updateComplete;
  expect([el.view, !!root.querySelector('table')]).to.deep.equal(['bars', false]);
  expect(warnings().join(' ')).to.include('ignored view="pie"');
  expect(text(root.querySelector('[part~="base"]'))).to.include('view="pie" non è un valore ammesso (bars, table)');
}
