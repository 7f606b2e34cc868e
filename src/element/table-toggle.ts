/** The toggle between an element's bars and its table (`view`: the breakdown's, the survey's), told to the page. */
import { html } from 'lit';
import type { BarView } from '../view/presentation-values.js';
import { choosePresentation } from './presentation-change.js';

export function renderTableToggle(host: HTMLElement & { view: BarView }, label: string) {
  const table = host.view === 'table';
  const toggle = () => choosePresentation(host, 'view', table ? 'bars' : 'table');
  return html`<button type="button" aria-pressed=${table ? 'true' : 'false'} @click=${toggle}>${label}</button>`;
}
