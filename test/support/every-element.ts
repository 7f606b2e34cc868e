/**
 * Every element of the library drawn from the test contract (serveContract
 * with a survey), as a host page writes it, with what shows it drawn: for the
 * checks that go through them all (text size, target size).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { serveContract } from './serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/school-profile/define.js';
import '../../components/school-search/define.js';
import '../../components/survey-results/define.js';

/** Each element's markup and the selector of what shows it drawn. */
export const everyElement = (src: string) =>
  [
    [`<region-map src="${src}" metric="etwinning.projects"></region-map>`, '[part~="legend"]'],
    [`<region-map src="${src}" metric="etwinning.projects" view="table"></region-map>`, '[part~="legend"]'],
    [`<trend-timeline src="${src}" scope="region:09" compare="nation"></trend-timeline>`, '[part~="chart"]'],
    [`<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list>`, '[part~="list"]'],
    [`<institution-list src="${src}" scope="region:09" filter="all"></institution-list>`, '[role="grid"]'],
    [`<participation-breakdown src="${src}" scope="region:09"></participation-breakdown>`, '[part~="summary"]'],
    [`<school-profile src="${src}" code="FIIC81200A" variant="full"></school-profile>`, '[part~="section"]'],
    // Its results, once a name is typed (drawn).
    [`<school-search src="${src}"></school-search>`, '[part~="option"]'],
    [`<survey-results src="${src}" scope="region:09"></survey-results>`, '[part~="summary"]'],
  ] as const;

/** Puts `markup` in `host` and waits until it is drawn (a search, once «firenze» is typed in it); fails on an error shown. */
export async function drawElement(host: HTMLElement, markup: string, drawn: string): Promise<Element> {
  host.innerHTML = markup;
  const element = host.firstElementChild!;
  if (element.localName === 'school-search') {
    await waitUntil(() => element.shadowRoot?.querySelector('[part~="input"]'), 'no search box');
    const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.focus();
    input.value = 'firenze';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }
  await waitUntil(
    () => element.shadowRoot?.querySelector(`${drawn}, [part~="error"]`) && !element.shadowRoot.querySelector('[aria-busy="true"]'),
    `${element.localName} not drawn`,
    { timeout: 8000 },
  );
  const error = element.shadowRoot!.querySelector('[part~="error"]');
  if (error) throw new Error(`${element.localName}: ${error.textContent}`);
  return element;
}

/**
 * Every element drawn in turn in one host styled `style`, from the served test contract (with a survey), and `more`
 * after them: each yielded once drawn, with its host and its markup.
 */
export async function* drawnInTurn(style: string, more: (src: string) => readonly (readonly [string, string])[] = () => []) {
  const { src } = await serveContract({ survey: true });
  const host = await fixture<HTMLElement>(html`<div style=${style}></div>`);
  for (const [markup, drawn] of [...everyElement(src), ...more(src)])
    yield { element: await drawElement(host, markup, drawn), host, markup };
}
