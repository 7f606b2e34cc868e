/**
 * Every element walked through a seeded random sequence of attribute changes, as a page's script or a framework
 * makes them (valid and invalid values, removed attributes, properties bound to null or undefined, another source, a
 * missing and a broken one), with each data file answering after its own delay, so that a change often lands while
 * the data of the one before is on its way. At the end, the element must show what a fresh element given the last
 * attributes shows: never the data of an earlier source or scope, never a state an attribute left behind (a removed
 * attribute or a null property reads as its default), and no error ever reaches the host page.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { dashboardFiles } from '../fixtures/dashboard.fixture.js';
import { freshFolder, serve } from '../support/data-routes.js';
import { captureWarnings } from '../support/element-helpers.js';
import { pick, seededRandom } from '../support/seeded-random.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import '../../components/school-search/define.js';
import '../../components/survey-results/define.js';
import '../../components/territory-list/define.js';
import '../../components/trend-timeline/define.js';

/** Stand-ins for the four sources a walk sets, replaced by their addresses. */
const SOURCES = ['A', 'B', 'MISSING', 'BROKEN'] as const;
type Source = (typeof SOURCES)[number];

/** Each element's attributes and the values a walk gives them (null removes the attribute). */
const WALKS: Record<string, Record<string, readonly (string | null)[]>> = {
  'region-map': {
    region: [null, '09', '12', '99', 'Toscana'],
    province: [null, '048', '999'],
    level: [null, 'regions', 'provinces', 'comuni', 'x'],
    metric: [null, 'etwinning.projects', 'participation.active', 'erasmus.grant', 'nope'],
    year: [null, '2023', '2019', '1990', 'abc'],
    normalisation: [null, 'absolute', 'perSchool', 'per1000Students', 'x'],
    classification: [null, 'equal', 'natural', 'continuous', 'x'],
    classes: [null, '3', '9', 'x'],
    breaks: [null, '1 2 3', '10% 20%', 'x'],
    palette: [null, 'blues', 'x'],
    'shadow-zones': [null, '', 'false'],
    points: [null, 'role-models', 'active', 'x'],
    view: [null, 'map', 'table', 'x'],
  },
  'trend-timeline': {
    scope: [null, 'nation', 'region:09', 'region:12', 'province:048', 'comune:048017', 'school:FIIC81200A', 'region:99', 'x'],
    metrics: [null, 'etwinning.projects', 'etwinning.projects erasmus.grant', 'participation.active', 'nope'],
    compare: [null, 'nation', 'region:09', 'parents', 'x'],
    normalisation: [null, 'perSchool', 'x'],
    view: [null, 'lines', 'stacked', 'table', 'x'],
    variant: [null, 'full', 'sparkline', 'multiples', 'x'],
    year: [null, '2023', '1990', 'abc'],
    'value-max': [null, '100', '10%', 'x'],
  },
  'territory-list': {
    kind: [null, 'role-models', 'shadow-zones', 'x'],
    scope: [null, 'nation', 'region:09', 'region:12', 'province:048', 'region:99', 'x'],
    limit: [null, '1', '0', 'x'],
  },
  'institution-list': {
    scope: [null, 'nation', 'region:09', 'province:048', 'comune:048017', 'region:99', 'x'],
    filter: [null, 'active', 'role-models', 'all', 'x'],
    sort: [null, 'comune', 'students', 'index', 'x'],
    programme: [null, 'etwinning', 'erasmus', 'x'],
    year: [null, '2023', '1990', 'x'],
  },
  'participation-breakdown': {
    scope: [null, 'nation', 'region:09', 'province:048', 'region:99', 'x'],
    dimension: [null, 'gradeGroup', 'size', 'innerArea', 'capoluogo', 'x'],
    programme: [null, 'etwinning', 'erasmus', 'x'],
    year: [null, '2023', '1990', 'x'],
  },
  'survey-results': {
    wave: [null, 'internazionalizzazione-2024', 'x'],
    scope: [null, 'nation', 'region:09', 'province:048', 'region:99', 'x'],
    question: [null, 'piano', 'ostacoli', 'x'],
  },
  'school-profile': {
    code: [null, 'FIIC81200A', 'fiic81200a', 'FIEE81201C', 'XXXX00000X', 'x'],
    variant: [null, 'badge', 'card', 'full', 'x'],
    'heading-level': [null, '3', '9', 'x'],
  },
  'school-search': {
    label: [null, 'Cerca', ''],
    limit: [null, '1', '0', 'x'],
  },
};

const COMMON: Record<string, readonly (string | null)[]> = { src: SOURCES, lang: [null, 'it', 'en', 'fr'] };

/** The release's files with other names (another source), so that a view of the wrong one shows. */
function renamed(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body).replaceAll('Firenze', 'Fiorenza').replaceAll('Toscana', 'Tuscia'));
}

/** The dashboard's release served in a fresh folder, each file after its own delay drawn from `rnd`; its index URL. */
async function serveRelease(rnd: () => number, change: (body: unknown) => unknown = (body) => body): Promise<string> {
  const folder = freshFolder();
  const files = dashboardFiles();
  const urls = await Promise.all(
    files.map(([path, body]) => serve(`${folder}/${path}`, change(body), { delay: pick(rnd, [0, 0, 40, 120, 300]) })),
  );
  return urls[files.findIndex(([path]) => path === 'index.json')]!;
}

/** What the element shows: its shadow tree's text and accessible names, whitespace collapsed. */
function shown(el: Element): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent} ${labels.join(' | ')}`.replace(/\s+/g, ' ').trim();
}

/** Waits until the element is not busy and shows the same for half a second; returns what it shows. */
async function settled(el: Element, what: string): Promise<string> {
  let last = '';
  let since = performance.now();
  const deadline = since + 15_000;
  while (performance.now() < deadline) {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const now = shown(el);
    if (now !== last || el.shadowRoot!.querySelector('[aria-busy="true"]')) {
      last = now;
      since = performance.now();
    } else if (performance.now() - since > 500) return now;
    await aTimeout(100);
  }
  throw new Error(`${what}: never settled`);
}

/**
 * Sets an attribute, or takes it away: by removing it, or (`byProperty`) as React 19 and Angular do when a binding
 * becomes null or undefined, by setting its property so.
 */
function apply(el: Element, name: string, value: string | null, sources: Record<Source, string>, byProperty?: null | undefined): void {
  const real = name === 'src' && value !== null ? sources[value as Source] : value;
  if (real !== null) el.setAttribute(name, real);
  else if (arguments.length < 5) el.removeAttribute(name);
  else (el as unknown as Record<string, unknown>)[name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] = byProperty;
}

describe('attribute walks: an element after any sequence of changes shows what a fresh one shows', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  let sources: Record<Source, string>;
  let capture: ReturnType<typeof captureWarnings>;

  before(async () => {
    const rnd = seededRandom(4122026);
    const missing = freshFolder();
    sources = {
      A: await serveRelease(rnd),
      B: await serveRelease(rnd, renamed),
      MISSING: new URL(`/__data__/serve${missing}/index.json`, location.href).href,
      BROKEN: await serve(`${freshFolder()}/index.json`, '{"contract": "scuole-europa/1", '),
    };
  });

  beforeEach(() => {
    errors.length = 0;
    capture = captureWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  afterEach(() => {
    capture.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  for (const [tag, own] of Object.entries(WALKS))
    for (const seed of [1, 2])
      it(`<${tag}>, walk ${seed}`, async function () {
        this.timeout(60_000);
        const table = { ...COMMON, ...own };
        const names = Object.keys(table);
        const rnd = seededRandom(seed * 7919 + tag.length);
        const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
        const walked = document.createElement(tag);
        apply(walked, 'src', 'A', sources);
        box.append(walked);
        const steps: string[] = [];
        // The attributes as the walk left them (an element may rewrite one it ignored: sort="x" reads sort="name").
        const last = new Map<string, string | null>([['src', 'A']]);
        for (let step = 0; step < 14; step++) {
          const name = pick(rnd, names);
          const value = pick(rnd, table[name]!);
          const way = pick(rnd, ['attribute', 'attribute', null, undefined] as const);
          if (way === 'attribute') apply(walked, name, value, sources);
          else apply(walked, name, value, sources, way);
          last.set(name, value);
          steps.push(value !== null ? `${name}=${value}` : way === 'attribute' ? `-${name}` : `.${name}=${way}`);
          await aTimeout(pick(rnd, [0, 0, 15, 60, 200, 400]));
        }
        const trail = `${tag} after ${steps.join(', ')}`;
        const after = await settled(walked, trail);

        const fresh = document.createElement(tag);
        for (const [name, value] of last) apply(fresh, name, value, sources);
        box.append(fresh);
        const expected = await settled(fresh, `a fresh ${tag}`);
        expect(after, trail).to.equal(expected);
        expect(errors, `errors that reached the page: ${trail}`).to.deep.equal([]);
      });
});
