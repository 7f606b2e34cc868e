/**
 * What the walks of the elements share (test/element/*-walk.test.ts): the values a walk gives each element's
 * attributes, the sources it switches between (two releases whose files answer after their own delays, one missing,
 * one broken), what an element shows, and when it has settled.
 */
import { dashboardFiles } from '../fixtures/dashboard.fixture.js';
import { freshFolder, serve } from './data-routes.js';
import { captureWarnings, untilSteady } from './element-helpers.js';
import { pick, seededRandom } from './seeded-random.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/region-map/define.js';
import '../../components/school-profile/define.js';
import '../../components/school-search/define.js';
import '../../components/survey-results/define.js';
import '../../components/territory-list/define.js';
import '../../components/trend-timeline/define.js';

/** Stand-ins for the four sources a walk sets, replaced by their addresses. */
export type Source = 'A' | 'B' | 'MISSING' | 'BROKEN';

/**
 * Each element's attributes and the values a walk gives them: first those that make a view (null removes the
 * attribute), then those that an element must refuse or ignore, saying so.
 */
type Values = readonly [good: readonly (string | null)[], wrong: readonly string[]];

export const WALKS: Record<string, Record<string, Values>> = {
  'region-map': {
    region: [
      [null, '09', '12'],
      ['99', 'Toscana'],
    ],
    province: [[null, '048'], ['999']],
    level: [[null, 'regions', 'provinces', 'comuni'], ['x']],
    metric: [[null, 'etwinning.projects', 'participation.active', 'erasmus.grant'], ['nope']],
    year: [
      [null, '2023', '2019'],
      ['1990', 'abc'],
    ],
    normalisation: [[null, 'absolute', 'perSchool', 'per1000Students'], ['x']],
    classification: [[null, 'equal', 'natural', 'continuous'], ['x']],
    classes: [
      [null, '3'],
      ['9', 'x'],
    ],
    breaks: [[null, '1 2 3', '10% 20%'], ['x']],
    'classes-year': [
      [null, 'latest', 'each'],
      ['x', '2019'],
    ],
    palette: [[null, 'blues'], ['x']],
    'shadow-zones': [[null, '', 'false'], []],
    points: [[null, 'role-models', 'active'], ['x']],
    view: [[null, 'map', 'table'], ['x']],
  },
  'trend-timeline': {
    scope: [
      [null, 'nation', 'region:09', 'region:12', 'province:048', 'comune:048017', 'school:FIIC81200A'],
      ['region:99', 'x'],
    ],
    metrics: [[null, 'etwinning.projects', 'etwinning.projects erasmus.grant', 'participation.active'], ['nope']],
    compare: [[null, 'nation', 'region:09', 'parents'], ['x']],
    normalisation: [[null, 'perSchool'], ['x']],
    view: [[null, 'lines', 'stacked', 'table'], ['x']],
    variant: [[null, 'full', 'sparkline', 'multiples'], ['x']],
    year: [
      [null, '2023'],
      ['1990', 'abc'],
    ],
    'value-max': [[null, '100', '10%'], ['x']],
  },
  'territory-list': {
    kind: [[null, 'role-models', 'shadow-zones'], ['x']],
    scope: [
      [null, 'nation', 'region:09', 'region:12', 'province:048'],
      ['region:99', 'x'],
    ],
    limit: [
      [null, '1'],
      ['0', 'x'],
    ],
  },
  'institution-list': {
    scope: [
      [null, 'nation', 'region:09', 'province:048', 'comune:048017'],
      ['region:99', 'x'],
    ],
    filter: [[null, 'active', 'role-models', 'all'], ['x']],
    sort: [[null, 'comune', 'students', 'index'], ['x']],
    programme: [[null, 'etwinning', 'erasmus'], ['x']],
    year: [
      [null, '2023'],
      ['1990', 'x'],
    ],
  },
  'participation-breakdown': {
    scope: [
      [null, 'nation', 'region:09', 'province:048'],
      ['region:99', 'x'],
    ],
    dimension: [[null, 'gradeGroup', 'size', 'innerArea', 'capoluogo'], ['x']],
    programme: [[null, 'etwinning', 'erasmus'], ['x']],
    year: [
      [null, '2023'],
      ['1990', 'x'],
    ],
  },
  'survey-results': {
    wave: [[null, 'internazionalizzazione-2024'], ['x']],
    scope: [
      [null, 'nation', 'region:09', 'province:048'],
      ['region:99', 'x'],
    ],
    question: [[null, 'piano', 'ostacoli'], ['x']],
    // The walks' release has two waves: `previous` compares the latest with the earlier one, `x` is ignored and said.
    compare: [[null], ['previous', 'x']],
  },
  'school-profile': {
    code: [
      [null, 'FIIC81200A', 'fiic81200a', 'FIEE81201C'],
      ['XXXX00000X', 'x'],
    ],
    variant: [[null, 'badge', 'card', 'full'], ['x']],
    'heading-level': [
      [null, '3'],
      ['9', 'x'],
    ],
  },
  'school-search': {
    label: [[null, 'Cerca', ''], []],
    limit: [
      [null, '1'],
      ['0', 'x'],
    ],
  },
};

/** What every element reads: its source (two releases, then a missing and a broken one) and its language. */
export const COMMON: Record<string, Values> = {
  src: [
    ['A', 'B'],
    ['MISSING', 'BROKEN'],
  ],
  lang: [[null, 'it', 'en'], ['fr']],
};

/** One attribute of `tag` and a value for it; a wrong one with the odds `wrong`. */
export function pickChange(rnd: () => number, tag: string, wrong: number): [name: string, value: string | null] {
  const table = { ...COMMON, ...WALKS[tag] };
  const name = pick(rnd, Object.keys(table));
  const [good, bad] = table[name]!;
  return [name, bad.length > 0 && rnd() < wrong ? pick(rnd, bad) : pick(rnd, good)];
}

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
export function shown(el: Element): string {
  const root = el.shadowRoot!;
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return `${root.textContent} ${labels.join(' | ')}`.replace(/\s+/g, ' ').trim();
}

/** Waits until the element is not busy and shows the same for half a second; returns what it shows. */
export function settled(el: Element, what: string): Promise<string> {
  return untilSteady(
    () => shown(el),
    () => el.shadowRoot!.querySelector('[aria-busy="true"]') !== null,
    what,
    { before: () => (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete },
  );
}

/**
 * Sets an attribute, or takes it away: by removing it, or (`byProperty`) as React 19 and Angular do when a binding
 * becomes null or undefined, by setting its property so.
 */
export function apply(
  el: Element,
  name: string,
  value: string | null,
  sources: Record<Source, string>,
  byProperty?: null | undefined,
): void {
  const real = name === 'src' && value !== null ? sources[value as Source] : value;
  if (real !== null) el.setAttribute(name, real);
  else if (arguments.length < 5) el.removeAttribute(name);
  else (el as unknown as Record<string, unknown>)[name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())] = byProperty;
}

/** The four sources of a walk: two releases (the second with other names: Fiorenza, Tuscia), a missing index, a broken one. */
async function serveSources(): Promise<Record<Source, string>> {
  const rnd = seededRandom(4122026);
  return {
    A: await serveRelease(rnd),
    B: await serveRelease(rnd, renamed),
    MISSING: new URL(`/__data__/serve${freshFolder()}/index.json`, location.href).href,
    BROKEN: await serve(`${freshFolder()}/index.json`, '{"contract": "scuole-europa/1", '),
  };
}

/**
 * A walks' suite: the four sources served once, and for each test the console's warnings kept out of the output
 * (the wrong values are warned of) and what reaches the page's error handlers collected in `errors`.
 */
export function walkSuite(): { sources: Record<Source, string>; errors: unknown[] } {
  const walk = { sources: {} as Record<Source, string>, errors: [] as unknown[] };
  const onError = (event: ErrorEvent) => walk.errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => walk.errors.push(event.reason);
  let capture: ReturnType<typeof captureWarnings>;
  before(async () => {
    walk.sources = await serveSources();
  });
  beforeEach(() => {
    walk.errors.length = 0;
    capture = captureWarnings();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    capture.restore();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return walk;
}
