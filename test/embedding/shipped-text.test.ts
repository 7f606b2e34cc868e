/**
 * The shipped single-file bundle says what the sources say. Its template
 * minifier once dropped spaces that separate words: at the start of a nested
 * template (a profile's sources read "non dati reali)· sintetica") and between
 * a legend's key and its name. Each element, with the same data and the same
 * attributes, in this page (the sources) and in a frame (the bundle, as a host
 * page loads it); the text of their shadow roots, each run of white space read
 * as one space, must be the same, and so must their elements: the same tags,
 * nested the same way, with the same attributes (a minifier once nested the
 * badge gauge's fill inside its track, and the words did not change), and
 * their styles (the CSS is minified too), in a wide column and a narrow one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sourcesBesideBundle } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import { earlierSurveyFixture } from '../fixtures/survey.fixture.js';
import '../../components/trend-timeline/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';

/** Each view: its markup for the data at `src`, and what its shadow root shows once its data is drawn. */
const VIEWS: { markup: (src: string) => string; drawn: string }[] = [
  { markup: (src) => `<school-profile src="${src}" code="FIIC81200A" variant="full"></school-profile>`, drawn: '[part~="comparison"]' },
  { markup: (src) => `<school-profile src="${src}" code="FIIC81200A"></school-profile>`, drawn: '[part~="badge"]' },
  { markup: (src) => `<region-map src="${src}" metric="etwinning.projects" view="table"></region-map>`, drawn: 'table' },
  { markup: (src) => `<region-map src="${src}" metric="etwinning.projects" points="role-models"></region-map>`, drawn: 'canvas' },
  { markup: (src) => `<trend-timeline src="${src}" metrics="etwinning.projects" scope="region:09"></trend-timeline>`, drawn: 'svg' },
  { markup: (src) => `<participation-breakdown src="${src}" scope="region:09"></participation-breakdown>`, drawn: '[part~="chart"] li' },
  { markup: (src) => `<survey-results src="${src}" scope="province:048"></survey-results>`, drawn: '[part~="question"] li' },
  // A survey's question across its waves (src/timeline/survey-series.ts, a lazy module of the sources, inline in the bundle).
  {
    markup: (src) =>
      `<trend-timeline src="${src}" metrics="survey:piano:approvato" scope="province:048" compare="nation"></trend-timeline>`,
    drawn: 'svg',
  },
  // A whole question chosen in place of the page's metrics, stacked, and a compact chart naming the option it draws.
  {
    markup: (src) =>
      `<trend-timeline src="${src}" metrics="survey:importanza:mean" question="piano" view="stacked" scope="region:09"></trend-timeline>`,
    drawn: 'svg',
  },
  {
    markup: (src) => `<trend-timeline src="${src}" metrics="survey:piano" variant="sparkline" scope="region:09"></trend-timeline>`,
    drawn: 'svg',
  },
  // A survey's map of a question chosen (src/map/survey-metric.ts, lazy in the sources): a choice's first answer, said,
  // and the picker of waves; as a table, ranked at once (a map's summary says the places once the page is idle).
  {
    markup: (src) => `<region-map src="${src}" metric="survey:piano:approvato" question="ostacoli" region="09" view="table"></region-map>`,
    drawn: 'select',
  },
  { markup: (src) => `<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list>`, drawn: 'li' },
  { markup: (src) => `<institution-list src="${src}" scope="region:09"></institution-list>`, drawn: '[role="row"]' },
];

const words = (host: Element) => (host.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Numbers in an attribute, to one decimal: a path drawn by the same code may differ in its last digits. */
const rounded = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));

/**
 * An element's shadow tree as lines: each element's depth, tag and attributes
 * (sorted, numbers rounded), nested shadow roots included. A minifier that
 * nests one element inside another, or drops an attribute, changes it while
 * the words stay the same (the badge's gauge once lost its fill that way).
 */
function shape(root: ParentNode, depth = 0): string[] {
  return [...root.children].flatMap((el) => [
    `depth ${depth} <${el.localName}${[...el.attributes]
      .map((a) => ` ${a.name}="${rounded(a.value)}"`)
      .sort()
      .join('')}>`,
    ...shape(el, depth + 1),
    ...(el.shadowRoot ? shape(el.shadowRoot, depth + 1) : []),
  ]);
}
const drawn = (hosts: Element[]) =>
  hosts.every((host, k) => host.shadowRoot?.querySelector(VIEWS[k]!.drawn) && !host.shadowRoot.querySelector('[aria-busy]'));

describe('the shipped bundle', () => {
  let removeBoth = () => {};
  afterEach(() => removeBoth());

  it('renders every element with the same words, spaces and elements as the sources', async function () {
    this.timeout(40_000);
    const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
    const both = await sourcesBesideBundle(VIEWS.map((view) => view.markup(src)).join(''));
    removeBoth = both.removeBoth;
    const { sources } = both;
    const shipped = () => both.shipped;
    await waitUntil(() => drawn(sources), 'the sources did not draw', { timeout: 20_000 });
    await waitUntil(() => drawn(shipped()), 'the bundle did not draw', { timeout: 20_000 });
    const differences = sources.flatMap((host, k) => {
      const [source, bundle] = [words(host), words(shipped()[k]!)];
      if (source === bundle) return [];
      // Where they part, with some words before and after.
      let at = 0;
      while (source[at] === bundle[at]) at++;
      const around = (text: string) => text.slice(Math.max(0, at - 40), at + 40);
      return [`${host.localName}: sources «${around(source)}», bundle «${around(bundle)}»`];
    });
    expect(differences).to.deep.equal([]);
    expect(words(sources[0]!)).to.contain('sintetica');
    // The same elements, nested the same way, with the same attributes.
    const parted = sources.flatMap((host, k) => {
      const [source, bundle] = [shape(host.shadowRoot!), shape(shipped()[k]!.shadowRoot!)];
      const at = source.findIndex((line, i) => line !== bundle[i]);
      if (at < 0 && source.length === bundle.length) return [];
      const from = at < 0 ? source.length : at;
      return [`${host.localName} at element ${from}: sources ${source[from] ?? '(none)'}, bundle ${bundle[from] ?? '(none)'}`];
    });
    expect(parted).to.deep.equal([]);
    // One line set apart with its band (the down arrow on the survey's timeline), the same in the bundle: its groups'
    // classes are written by the templates the minifier rewrites.
    const timeline = VIEWS.findIndex((view) => view.markup('').includes('compare="nation"'));
    const pair = [sources[timeline]!, shipped()[timeline]!];
    for (const host of pair)
      host.shadowRoot!.querySelector('.chart')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await waitUntil(() => pair.every((host) => host.shadowRoot!.querySelector('g.series.emphasis')), 'no line set apart');
    const [source, bundle] = pair.map((host) => shape(host.shadowRoot!)) as [string[], string[]];
    expect(bundle.join('\n')).to.equal(source.join('\n'));
    expect(source.filter((line) => line.includes('faded')).length, 'the other line faded').to.equal(1);
  });
});
