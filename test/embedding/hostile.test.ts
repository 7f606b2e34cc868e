/**
 * A contract of hostile strings (test/fixtures/hostile.fixture.ts) through the
 * elements: the downloads are safe to open (no cell a spreadsheet would run as
 * a formula, no control character, SVG that an XML parser reads) and a
 * 3,000-character word does not widen the page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { HOSTILE, hostileFiles } from '../fixtures/hostile.fixture.js';
import { freshFolder, serve } from '../support/data-routes.js';
import { downloaded } from '../support/element-helpers.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/school-profile/define.js';
import '../../components/survey-results/define.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { SURVEY_WAVE, surveyFixture } from '../fixtures/survey.fixture.js';
import { withSurvey } from '../support/serve-contract.js';

async function serveHostile(): Promise<string> {
  const folder = freshFolder();
  const files = hostileFiles();
  await Promise.all(files.filter(([path]) => path !== 'index.json').map(([path, body]) => serve(`${folder}/${path}`, body)));
  return serve(`${folder}/index.json`, files.find(([path]) => path === 'index.json')![1]);
}

/** RFC 4180 cells, as a spreadsheet reads them. */
function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (rows.at(-1)!.push(cell), (cell = ''));
    else if (c === '\n') (rows.at(-1)!.push(cell), (cell = ''), rows.push([]));
    else cell += c;
  }
  if (cell) rows.at(-1)!.push(cell);
  return rows;
}

/** A control character a file should not carry (a line feed and a tab are text). */
const isControl = (ch: string) => {
  const code = ch.charCodeAt(0);
  return (code < 32 && code !== 9 && code !== 10) || code === 127;
};

/** The cells a spreadsheet would run, or that carry a control character. */
function unsafeCells(csv: string): string[] {
  const delimiter = csv.split('\n')[0]!.includes(';') ? ';' : ',';
  return parseCsv(csv.replace(/^\uFEFF/, ''), delimiter)
    .flat()
    .filter((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^-?\d+([.,]\d+)?$/.test(cell)) || [...cell].some(isControl));
}

/** Every text node of a shadow root, and of the shadow roots inside it. */
function textNodes(root: ShadowRoot): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent!);
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) texts.push(...textNodes(element.shadowRoot));
  return texts;
}

const wellFormed = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror') === null;

const ready = (element: Element, selector: string) =>
  waitUntil(() => element.shadowRoot?.querySelector(selector), `${element.localName} not drawn`, { timeout: 8000 });

describe('a contract of hostile strings', () => {
  it('gives map downloads safe to open: no formula, no control character, well-formed SVG', async () => {
    const src = await serveHostile();
    for (const attributes of ['', 'region=09 level=comuni']) {
      const host = await fixture<HTMLElement>(html`<div style="width: 500px"></div>`);
      host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" lang="it" ${attributes}></region-map>`;
      const map = host.querySelector('region-map')!;
      await ready(map, '[part~="legend"]');
      const csv = await downloaded(map.shadowRoot!, 'CSV');
      if (!attributes) expect(csv, 'the formula is kept as text').to.contain("'=cmd");
      expect(unsafeCells(csv), attributes).to.deep.equal([]);
      expect(wellFormed(await downloaded(map.shadowRoot!, 'SVG')), `SVG ${attributes}`).to.equal(true);
    }
  });

  it('gives timeline downloads safe to open, the names in its header too', async () => {
    const src = await serveHostile();
    const host = await fixture<HTMLElement>(html`<div style="width: 500px"></div>`);
    host.innerHTML = `<trend-timeline src="${src}" scope="region:09" compare="region:12" lang="it"></trend-timeline>`;
    const timeline = host.querySelector('trend-timeline')!;
    await ready(timeline, 'svg');
    const csv = await downloaded(timeline.shadowRoot!, 'CSV');
    expect(unsafeCells(csv)).to.deep.equal([]);
    expect(wellFormed(await downloaded(timeline.shadowRoot!, 'SVG'))).to.equal(true);
  });

  it("gives the lists' and the breakdown's downloads safe to open, a name that starts a formula kept as text", async () => {
    const src = await serveHostile();
    const host = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
    host.innerHTML = `<territory-list src="${src}" kind="role-models" scope="region:09" lang="it"></territory-list>
      <territory-list src="${src}" kind="shadow-zones" scope="region:09" lang="en"></territory-list>
      <institution-list src="${src}" scope="region:09" filter="all" lang="it"></institution-list>
      <participation-breakdown src="${src}" scope="region:09" lang="it"></participation-breakdown>`;
    const [roleModels, shadowZones, institutions, breakdown] = [...host.children];
    await ready(roleModels!, '[part~="item"]');
    await ready(shadowZones!, '[part~="item"]');
    await ready(institutions!, '[role="grid"]');
    await ready(breakdown!, '[part~="summary"]');
    for (const element of [roleModels!, shadowZones!, institutions!, breakdown!]) {
      const csv = await downloaded(element.shadowRoot!, 'CSV');
      expect(unsafeCells(csv), element.localName).to.deep.equal([]);
      if (element !== breakdown) expect(csv, `${element.localName}: the formula kept as text`).to.match(/'(=cmd|@SUM|\+SUM)/);
    }
  });

  it("gives the survey's downloads safe to open and keeps its hostile texts to themselves, in a phone's column", async () => {
    const folder = freshFolder();
    const files = hostileFiles();
    await Promise.all(files.filter(([path]) => path !== 'index.json').map(([path, body]) => serve(`${folder}/${path}`, body)));
    // A questionnaire's texts and an area's name are data too: a question, its options and a province.
    const survey = surveyFixture();
    const plan = survey.questions[0]!;
    plan.text = { it: HOSTILE.formula, en: HOSTILE.formula };
    for (const [option, text] of plan.options.map((option, i) => [option, [HOSTILE.at, HOSTILE.long, HOSTILE.rlo][i]!] as const))
      option.text = { it: text, en: text };
    survey.areas.find((area) => area.code === '048')!.name = HOSTILE.sum;
    await serve(`${folder}/surveys/${SURVEY_WAVE}.json`, survey);
    const index = files.find(([path]) => path === 'index.json')![1] as NationalIndex;
    const src = await serve(`${folder}/index.json`, withSurvey(index, []));
    const host = await fixture<HTMLElement>(html`<div style="width: 320px"></div>`);
    host.innerHTML = `<survey-results src="${src}" scope="province:048" lang="it"></survey-results>`;
    const element = host.querySelector('survey-results')!;
    await ready(element, '[part~="question"] li');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(element.getBoundingClientRect().width, 'wider than its column').to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
    const shown = element.shadowRoot!.textContent!;
    expect(shown).to.contain(HOSTILE.formula).and.to.contain(HOSTILE.long);
    const overridden = textNodes(element.shadowRoot!).filter((text) => text.includes('\u202E'));
    expect(overridden.length, 'the override is shown').to.be.greaterThan(0);
    for (const node of overridden)
      expect(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(node), JSON.stringify(node.slice(0, 60))).to.equal(true);
    const csv = await downloaded(element.shadowRoot!, 'CSV');
    expect(unsafeCells(csv)).to.deep.equal([]);
    expect(csv, 'the formulas kept as text').to.contain("'=cmd").and.to.contain("'@SUM").and.to.contain("'+SUM");
    for (const line of csv.split('\n').filter((l) => l.includes('\u202E')))
      expect(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(line), line.slice(0, 80)).to.equal(true);
  });

  it('never widens the page with a 3,000-character word', async () => {
    const src = await serveHostile();
    const host = await fixture<HTMLElement>(html`<div style="width: 360px"></div>`);
    host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" region="09" level="comuni" view="table" lang="it"></region-map>
      <territory-list src="${src}" kind="role-models" scope="region:09" lang="it"></territory-list>
      <institution-list src="${src}" scope="region:09" filter="all" lang="it"></institution-list>
      <school-profile src="${src}" code="FIIC81200A" variant="full" lang="it"></school-profile>`;
    for (const [tag, selector] of [
      ['region-map', 'table'],
      ['territory-list', '[part~="item"]'],
      ['institution-list', '[role="grid"]'],
      ['school-profile', '[part~="name"]'],
    ] as const)
      await ready(host.querySelector(tag)!, selector);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (const element of host.children)
      expect(element.getBoundingClientRect().width, `${element.localName} is wider than its column`).to.be.at.most(360);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(window.innerWidth);
  });

  it("keeps the host page's CSS out: a 62.5% root font size, inherited text-transform, spacing, indent and alignment", async () => {
    const src = await serveHostile();
    const root = document.documentElement;
    root.style.fontSize = '62.5%';
    try {
      const host = await fixture<HTMLElement>(
        html`<div style="width: 600px; text-transform: uppercase; letter-spacing: 6px; word-spacing: 9px; text-indent: 40px; text-align: right; line-height: 0.8"></div>`,
      );
      host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" lang="it"></region-map>
        <school-profile src="${src}" code="FIIC81200A" lang="it"></school-profile>`;
      const map = host.querySelector('region-map')!;
      const profile = host.querySelector('school-profile')!;
      await ready(map, '[part~="legend"]');
      await ready(profile, '[part~="badge"]');
      for (const node of [map.shadowRoot!.querySelector('button')!, profile.shadowRoot!.querySelector('[part~="badge"]')!]) {
        const style = getComputedStyle(node);
        expect(parseFloat(style.fontSize), 'text size from the reader, not the page root').to.be.at.least(12);
        expect([style.textTransform, style.letterSpacing, style.textIndent]).to.deep.equal(['none', 'normal', '0px']);
        expect(style.textAlign).to.be.oneOf(['start', 'left', 'center']);
      }
      // A host that scales the elements on purpose.
      host.style.setProperty('--se-font-size', '20px');
      expect(parseFloat(getComputedStyle(map.shadowRoot!.querySelector('button')!).fontSize)).to.be.greaterThan(16);
    } finally {
      root.style.fontSize = '';
    }
  });

  it('keeps a name with an unclosed right-to-left override to itself, in every element and download', async () => {
    const src = await serveHostile();
    const host = await fixture<HTMLElement>(html`<div style="width: 700px"></div>`);
    host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" region="09" level="comuni" lang="it"></region-map>
      <territory-list src="${src}" kind="role-models" scope="region:09" lang="it"></territory-list>
      <institution-list src="${src}" scope="region:09" filter="all" lang="it"></institution-list>
      <school-profile src="${src}" code="FIIC81200A" lang="it"></school-profile>
      <school-profile src="${src}" code="FIIC81200A" variant="full" lang="it"></school-profile>`;
    const [map, , grid, badge, full] = [...host.children];
    await ready(map!, '[part~="legend"]');
    await ready(grid!, '[role="grid"]');
    await ready(badge!, '[part~="badge"]');
    await ready(full!, '[part~="name"]');
    // The map's tooltip and announcement name the comune with the override.
    map!.shadowRoot!.querySelector<HTMLElement>('.map')!.focus();
    await waitUntil(() => map!.shadowRoot!.querySelector('[part~="tooltip"]'), 'no tooltip');
    const texts: string[] = [];
    const walk = (root: ShadowRoot) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent!);
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    for (const element of host.children) walk(element.shadowRoot!);
    const overridden = texts.filter((text) => text.includes('\u202E'));
    expect(overridden.length, 'the hostile names are shown').to.be.greaterThan(3);
    for (const text of overridden) expect(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(text), JSON.stringify(text)).to.equal(true);
    // In the downloads too: the map's SVG figure and its CSV.
    for (const file of [await downloaded(map!.shadowRoot!, 'SVG'), await downloaded(map!.shadowRoot!, 'CSV')])
      for (const line of file.split('\n').filter((l) => l.includes('\u202E')))
        expect(/\u2068[^\u2069]*\u202E[^\u2069]*\u2069/.test(line), line.slice(0, 80)).to.equal(true);
  });
});
