/** The real dashboard page (demo/dashboard.html, with the single-file bundle) in a frame, on the fixture contract, for the end-to-end tests. */
import { waitUntil } from '@open-wc/testing';
import { dashboardIndex, dashboardRegion } from '../fixtures/dashboard.fixture.js';
import { earlierSurveyFixture } from '../fixtures/survey.fixture.js';
import { serve } from './data-routes.js';
import { serveContract } from './serve-contract.js';

export interface Dashboard {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  $: <E extends Element = HTMLElement>(selector: string) => E;
}

export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const params = (d: Dashboard) => new URLSearchParams(d.win.location.search);

export async function openDashboard(query = '', page = 'dashboard.html'): Promise<Dashboard> {
  const { folder } = await serveContract({ index: dashboardIndex(), survey: true, earlierSurveys: [earlierSurveyFixture()] });
  await serve(`${folder}/regions/09.json`, dashboardRegion());
  await serve(`${folder}/regions/12.json`, dashboardRegion('12'));
  await fetch(`/__data__/demo?folder=${encodeURIComponent(folder)}`, { method: 'PUT' });
  const frame = document.createElement('iframe');
  frame.title = 'cruscotto';
  frame.style.cssText = 'width: 1200px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/demo/${page}${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => win.customElements.get('linked-view') && win.customElements.get('territory-list'), 'bundle not loaded', {
    timeout: 20_000,
  });
  const d: Dashboard = { frame, win, doc, $: (selector) => doc.querySelector(selector)! };
  await listsReady(d);
  return d;
}

/** axe run on the whole page in the frame: each violation with how many nodes and which. */
export async function axeViolations(d: Dashboard): Promise<string[]> {
  const script = d.doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  d.doc.head.append(script);
  await ready;
  type Violation = { id: string; nodes: { target: unknown }[] };
  const { axe } = d.win as unknown as { axe: { run: (context: Document) => Promise<{ violations: Violation[] }> } };
  const { violations } = await axe.run(d.doc);
  return violations.map((v) => `${v.id} (${v.nodes.length}) ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

export const inShadow = (host: Element, selector: string) => host.shadowRoot?.querySelector(selector) ?? null;
export const listsReady = (d: Dashboard) =>
  waitUntil(
    () => [...d.doc.querySelectorAll('territory-list')].every((l) => l.shadowRoot && !inShadow(l, '[aria-busy]')),
    'lists not ready',
    { timeout: 10_000 },
  );
export const button = (host: Element, label: string) =>
  [...host.shadowRoot!.querySelectorAll('button')].find((b) => text(b).startsWith(label))!;
