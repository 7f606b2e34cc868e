/**
 * Reflow at 320 CSS px (WCAG 1.4.10): in a 320 px column, nothing of an element
 * reaches past the column, except inside the element's own scrolling boxes
 * (data tables and the grid of institutions, which WCAG lets scroll in two
 * directions). There, a number is never broken inside: a "179" wrapped as 17
 * and 9 reads as two numbers.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { indexFixture, schoolFixture } from '../fixtures/contract.fixture.js';
import { earlierSurveyFixture } from '../fixtures/survey.fixture.js';
import { serve } from '../support/data-routes.js';
import { brokenWords as wordsBrokenIn } from '../support/broken-words.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/territory-list/define.js';
import '../../components/survey-results/define.js';

/** How far right the element's content reaches, relative to its left edge, outside its scrolling boxes. */
function reach(host: HTMLElement): { right: number; what: string } {
  const left = host.getBoundingClientRect().left;
  let widest = { right: 0, what: '' };
  const scrolls = (el: Element) => ['auto', 'scroll', 'hidden'].includes(getComputedStyle(el).overflowX);
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      let inside = false;
      for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(up)) inside = true;
      if (inside || getComputedStyle(el).position === 'fixed') continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.right - left > widest.right)
        widest = { right: box.right - left, what: `${el.tagName} ${el.getAttribute('part') ?? ''} ${(el.textContent ?? '').slice(0, 40)}` };
    }
  };
  walk(host.shadowRoot!);
  return widest;
}

async function inColumn(markup: ReturnType<typeof html>, ready: (el: HTMLElement) => boolean, width = 320) {
  const column = await fixture<HTMLElement>(html`<div style=${`width: ${width}px`}>${markup}</div>`);
  const el = column.firstElementChild as HTMLElement;
  await waitUntil(() => ready(el), 'not drawn', { timeout: 8000 });
  return el;
}

/** The words of the element's number cells that the layout broke over two lines or more. */
function brokenNumbers(host: HTMLElement): string[] {
  // A profile's cells are numbers unless marked as text.
  return brokenWords(host, host.localName === 'school-profile' ? 'td:not(.text)' : 'td.num');
}

/** The words inside the element's `selector` that the layout broke over two lines or more. */
function brokenWords(host: HTMLElement, selector: string): string[] {
  return [...host.shadowRoot!.querySelectorAll(selector)].flatMap((cell) => wordsBrokenIn(cell));
}

describe('reflow at 320 px', () => {
  it('never breaks a number inside in a narrow table: the table scrolls sideways instead', async () => {
    // Large counts beside a long name, as the euros of national funding beside "Trentino-Alto Adige/Südtirol" are.
    const index = indexFixture();
    index.metrics.find((m) => m.id === 'etwinning.projects')!.dispersion = index.years.map(() => 2);
    const toscana = index.regions.find((r) => r.code === '09')!;
    toscana.name = 'Trentino-Alto Adige/Südtirol e Valle d’Aosta/Vallée d’Aoste';
    toscana.values['etwinning.projects'] = toscana.values['etwinning.projects']!.map((v) => (v === null ? null : v * 1_234_567));
    const { src } = await serveContract({ index });
    const tables = [
      await inColumn(html`<region-map src=${src} metric="etwinning.projects" view="table"></region-map>`, (el) =>
        Boolean(el.shadowRoot?.querySelector('td.num')),
      ),
      await inColumn(html`<trend-timeline src=${src} metrics="etwinning.projects" scope="region:09" view="table"></trend-timeline>`, (el) =>
        Boolean(el.shadowRoot?.querySelector('td.num')),
      ),
      await inColumn(html`<school-profile src=${src} code="FIIC81200A" variant="full"></school-profile>`, (el) =>
        Boolean(el.shadowRoot?.querySelector('[part~="comparison"] td')),
      ),
    ];
    for (const el of tables) {
      expect(el.shadowRoot!.querySelectorAll('td').length, el.localName).to.be.above(0);
      expect(brokenNumbers(el), el.localName).to.deep.equal([]);
    }
  });

  it("breaks no word of the profile's participation inside, in the 256 px a phone leaves it", async () => {
    // "72.561 € nel 2025/26" took the row's room and left its label 72 px: "registrat-i eTwinnin-g".
    const index = indexFixture();
    index.metrics[0]!.label = { it: 'Docenti registrati eTwinning', en: 'Registered eTwinning teachers' };
    const { folder, src } = await serveContract({ index });
    const school = schoolFixture();
    school.participation.erasmus.push({ ...school.participation.erasmus[0]!, year: 2024, grantEur: 72_561 });
    await serve(`${folder}/schools/FIIC81200A.json`, school);
    const el = await inColumn(
      html`<school-profile src=${src} code="FIIC81200A" variant="full"></school-profile>`,
      (el) => Boolean(el.shadowRoot?.querySelector('.metrics .value')),
      256,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('.metrics .metric')].map((m) => m.textContent!.trim());
    expect(labels).to.include('Docenti registrati eTwinning');
    expect(el.shadowRoot!.querySelector('.metrics')!.textContent).to.contain('72.561');
    expect(brokenWords(el, '.metrics .metric, .metrics .value')).to.deep.equal([]);
    expect(reach(el).right).to.be.at.most(257);
  });

  it('the full profile, the map table, the timeline, the breakdown, the role models, the survey results, their timeline and map stay within the column', async () => {
    // Every metric a profile shows, with the demo's labels: its table of values by year is wider than the column.
    const index = indexFixture();
    const [projects] = index.metrics;
    for (const [id, it, programme] of [
      ['etwinning.teachers', 'Docenti registrati eTwinning', 'etwinning'],
      ['erasmus.ka1', 'Progetti Erasmus+ KA1', 'erasmus'],
      ['erasmus.ka2', 'Progetti Erasmus+ KA2', 'erasmus'],
      ['erasmus.participants', 'Partecipanti Erasmus+', 'erasmus'],
    ] as const)
      index.metrics.push({ ...projects!, id, programme, label: { it, en: it } });
    const { src } = await serveContract({ index });
    const shown = (selector: string) => (el: HTMLElement) => Boolean(el.shadowRoot?.querySelector(selector));
    const elements = [
      await inColumn(html`<school-profile src=${src} code="FIIC81200A" variant="full"></school-profile>`, shown('[part~="comparison"]')),
      await inColumn(html`<region-map src=${src} metric="etwinning.projects" view="table"></region-map>`, shown('table')),
      await inColumn(html`<trend-timeline src=${src} metrics="etwinning.projects" scope="region:09"></trend-timeline>`, shown('svg')),
      await inColumn(html`<participation-breakdown src=${src} scope="region:09"></participation-breakdown>`, shown('[part~="summary"]')),
      // Its toolbar of downloads.
      await inColumn(html`<territory-list src=${src} kind="role-models" scope="region:09"></territory-list>`, shown('[part~="item"]')),
      await inColumn(
        html`<survey-results src=${(await serveContract({ survey: true })).src} scope="province:048"></survey-results>`,
        shown('[part~="question"] li'),
      ),
      // A survey's question across its waves: the question's long text as its title.
      await inColumn(
        html`<trend-timeline
          src=${(await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] })).src}
          metrics="survey:piano:approvato"
          scope="province:048"
          compare="nation"
        ></trend-timeline>`,
        shown('svg'),
      ),
      // A survey's map: its picker of waves, each named by its long title.
      await inColumn(
        html`<region-map
          src=${(await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] })).src}
          metric="survey:piano:approvato"
        ></region-map>`,
        shown('select'),
      ),
    ];
    for (const el of elements) {
      const { right, what } = reach(el);
      expect(right, `${el.localName}: ${what}`).to.be.at.most(321);
    }
    // And with what a reader can open: every disclosure (the profile's values by year, the survey's method).
    for (const el of elements) for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
    await new Promise(requestAnimationFrame);
    expect(elements.flatMap((el) => [...el.shadowRoot!.querySelectorAll('details[open]')]).length).to.be.above(1);
    for (const el of elements) {
      const { right, what } = reach(el);
      expect(right, `${el.localName}, its disclosures open: ${what}`).to.be.at.most(321);
    }
  });
});
