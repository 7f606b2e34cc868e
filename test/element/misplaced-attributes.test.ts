/**
 * An attribute of another element of the library, written on one that does not
 * read it (the map's `region="09"` on a list, which reads `scope="region:09"`),
 * is said in the element, in the page's language, with what it reads instead,
 * and once in the console; the element's own attributes, and the other's
 * written beside them to the same effect, are said nothing of.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';

interface Case {
  /** The element with the attributes of `src` left out. */
  markup: string;
  /** Each misplaced attribute with what the element reads instead ('' for nothing). */
  misplaced: [written: string, instead: string][];
}

const CASES: Case[] = [
  {
    markup: '<region-map scope="region:09" metrics="etwinning.projects" programme="erasmus"></region-map>',
    misplaced: [
      ['scope="region:09"', 'region="09"'],
      ['metrics="etwinning.projects"', 'metric="etwinning.projects"'],
      ['programme="erasmus"', 'metric="erasmus.active"'],
    ],
  },
  {
    markup: '<region-map scope="school:FIIC81200A"></region-map>',
    misplaced: [['scope="school:FIIC81200A"', '']],
  },
  {
    markup: '<trend-timeline region="09" metric="etwinning.projects" code="FIIC81200A"></trend-timeline>',
    misplaced: [
      ['region="09"', 'scope="region:09"'],
      ['code="FIIC81200A"', 'scope="school:FIIC81200A"'],
      ['metric="etwinning.projects"', 'metrics="etwinning.projects"'],
    ],
  },
  {
    markup: '<territory-list kind="role-models" region="09"></territory-list>',
    misplaced: [['region="09"', 'scope="region:09"']],
  },
  {
    // A list of role models has no comuni: the comune's province holds it.
    markup: '<territory-list kind="shadow-zones" comune="048017"></territory-list>',
    misplaced: [['comune="048017"', 'scope="province:048"']],
  },
  {
    markup: '<institution-list comune="048017" metric="erasmus.active"></institution-list>',
    misplaced: [
      ['comune="048017"', 'scope="comune:048017"'],
      ['metric="erasmus.active"', 'programme="erasmus"'],
    ],
  },
  {
    markup: '<participation-breakdown province="048" metric="participation.active"></participation-breakdown>',
    misplaced: [
      ['province="048"', 'scope="province:048"'],
      ['metric="participation.active"', 'programme="all"'],
    ],
  },
  {
    markup: '<survey-results region="09"></survey-results>',
    misplaced: [['region="09"', 'scope="region:09"']],
  },
];

/** What shows that an element has drawn its data (a list at national scope: its regions to choose from). */
const DRAWN: Record<string, string> = {
  'region-map': 'canvas.areas',
  'trend-timeline': 'svg[part~="chart"]',
  'territory-list': '[data-roving]',
  'institution-list': '[part~="caption"]',
  'participation-breakdown': '[part~="summary"]',
  'survey-results': '[part~="question"]',
};

const tagOf = (markup: string) => /^<([a-z-]+)/.exec(markup)![1]!;
const said = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('p.note')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).filter((t) => / attribut/.test(t));

async function render(markup: string, lang: 'it' | 'en'): Promise<Element> {
  const { src } = await serveContract({ survey: true });
  const host = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width: 800px"></div>`);
  host.innerHTML = markup.replace(/^<([a-z-]+)/, `<$1 src="${src}"`);
  const el = host.firstElementChild!;
  await waitUntil(() => el.shadowRoot?.querySelector(DRAWN[tagOf(markup)]!), 'not drawn', { timeout: 8000 });
  return el;
}

describe('an attribute of another element', () => {
  for (const { markup, misplaced } of CASES) {
    const tag = tagOf(markup);
    it(`is said in ${markup}, in Italian and once in English in the console`, async () => {
      const capture = captureWarnings();
      try {
        const el = await render(markup, 'it');
        const expected = misplaced.map(
          ([written, instead]) =>
            `${written} non è un attributo di <${tag}>: è stato ignorato${instead ? `; qui si scrive ${instead}` : ''}.`,
        );
        expect(said(el)).to.have.members(expected);
        // Another render (a language change) says it again in the element, not in the console.
        el.setAttribute('lang', 'en');
        await waitUntil(() => said(el).some((t) => t.includes('is not an attribute')), 'not in English');
        const english = misplaced.map(
          ([written, instead]) =>
            `${written} is not an attribute of <${tag}>: it was ignored${instead ? `; here it is written ${instead}` : ''}.`,
        );
        expect(said(el)).to.have.members(english);
        const warned = capture.warnings.filter((w) => w.includes('is not an attribute'));
        expect(warned).to.have.members(english.map((text) => `[${tag}] ${text}`));
      } finally {
        capture.restore();
      }
    });
  }

  it('is written as text: markup in its value is not parsed', async () => {
    const el = await render('<territory-list kind="role-models" region="<b>09</b>"></territory-list>', 'it');
    expect(said(el)[0]).to.include('region="<b>09</b>"');
    expect(el.shadowRoot!.querySelector('p.note b')).to.equal(null);
  });
});

describe("an element's own attributes", () => {
  const OWN = [
    '<region-map region="09" metric="etwinning.projects"></region-map>',
    // The map of Italy is the map's own start: scope="nation" on it loses nothing.
    '<region-map scope="nation"></region-map>',
    '<trend-timeline scope="region:09" metrics="etwinning.projects"></trend-timeline>',
    '<territory-list kind="role-models" scope="region:09"></territory-list>',
    '<institution-list scope="comune:048017" programme="erasmus"></institution-list>',
    '<participation-breakdown scope="province:048"></participation-breakdown>',
    // Both elements' attributes, to the same effect (a framework that gives every element the same properties).
    '<survey-results region="09" scope="region:09"></survey-results>',
    '<institution-list scope="province:048" province="048" metric="participation.active" programme="all"></institution-list>',
    '<trend-timeline scope="region:09" region="09" metrics="etwinning.projects" metric="etwinning.projects"></trend-timeline>',
    '<region-map region="09" province="048" level="comuni" scope="province:048"></region-map>',
  ];
  for (const markup of OWN) {
    it(`say nothing of another element: ${markup}`, async () => {
      const capture = captureWarnings();
      try {
        const el = await render(markup, 'it');
        expect(said(el)).to.deep.equal([]);
        expect(capture.warnings.filter((w) => w.includes('is not an attribute'))).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });
  }
});
