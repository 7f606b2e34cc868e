/**
 * The dashboard (demo/dashboard.html, with the single-file bundle) and the comparison page (demo/confronto.html, two
 * views under their own names) used as a person in a hurry uses them: a seeded random sequence of choices (a region
 * or a school in a list, keys on a map, its breadcrumb and year slider, the programme, the survey's wave, the breakdown's characteristic, an element's
 * own pickers and toggles, the search, back and forward), each made before the one before has finished loading. When
 * it settles, every element of each view shows the state the address says (the view's markup where it says nothing),
 * as <linked-view> maps it (src/view/view-state.ts), with the names of that state, and each picker its element's
 * choice; and no error reached the page.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EMPTY_VIEW, listScope, surveyScope, timelineScope, type ViewState, viewFromParams } from '../../src/view/view-state.js';
import { type Dashboard, inShadow, openDashboard, params, text } from '../support/dashboard-page.js';
import { untilSteady } from '../support/element-helpers.js';
import { pick, seededRandom } from '../support/seeded-random.js';

const NAMES: Record<string, string> = { '09': 'Toscana', '12': 'Lazio' };

/** The buttons of an element's shadow root a person may press (downloads and prints leave the page's realm). */
const buttons = (host: Element) =>
  [...(host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].filter(
    (b) => b.getClientRects().length > 0 && !b.disabled && !/Scarica|Stampa|Copia/.test(text(b)),
  );

type Action = (d: Dashboard, rnd: () => number) => Promise<string | null>;

/** An option of `select` drawn with `rnd`, chosen as a person does (a change event); its value. */
function choose(select: HTMLSelectElement, rnd: () => number): string {
  select.selectedIndex = Math.floor(rnd() * select.options.length);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return select.value;
}

/** One of the page's views, drawn with `rnd`, and its map. */
function someMap(d: Dashboard, rnd: () => number): Element | null {
  return pick(rnd, [...d.doc.querySelectorAll('linked-view')])?.querySelector('region-map') ?? null;
}

/**
 * Each element's attributes a reader changes in it, with their names in a view's address (as
 * components/linked-view/linked-view.presentation.ts names them: a second element of a kind with its place) and the
 * element's default.
 */
const PRESENTED: Record<string, [attribute: string, name: string, fallback: string][]> = {
  'region-map': [
    ['view', 'map-view', 'map'],
    ['points', 'map-points', ''],
  ],
  'trend-timeline': [['view', 'chart-view', 'lines']],
  'institution-list': [
    ['filter', 'list-filter', 'inactive'],
    ['sort', 'list-sort', 'name'],
  ],
  'participation-breakdown': [['view', 'breakdown-view', 'bars']],
  'survey-results': [['view', 'survey-view', 'bars']],
};

/** A view's elements' presented attributes, each with its name in the address and what it shows now. */
function presented(view: Element, prefix: string): { element: Element; attribute: string; name: string; shown: string }[] {
  const places = new Map<string, number>();
  return [...view.querySelectorAll(Object.keys(PRESENTED).join(','))].flatMap((element) => {
    const place = (places.get(element.localName) ?? 0) + 1;
    places.set(element.localName, place);
    return PRESENTED[element.localName]!.map(([attribute, name, fallback]) => ({
      element,
      attribute,
      name: `${prefix}${name}${place > 1 ? `-${place}` : ''}`,
      shown: element.getAttribute(attribute) ?? fallback,
    }));
  });
}

/** Where each dashboard is among the history entries it pushed since it opened. */
const entries = new WeakMap<Dashboard, { index: number; last: number }>();

function countPushes(d: Dashboard): void {
  const at = { index: 0, last: 0 };
  entries.set(d, at);
  const push = d.win.history.pushState.bind(d.win.history);
  d.win.history.pushState = (...args: Parameters<History['pushState']>) => {
    at.last = ++at.index;
    push(...args);
  };
}

const ACTIONS: Record<string, Action> = {
  list: async (d, rnd) => {
    const list = pick(rnd, [...d.doc.querySelectorAll('territory-list')]);
    const target = list && pick(rnd, buttons(list));
    if (!target) return null;
    target.click();
    return `list «${text(target).slice(0, 24)}»`;
  },
  mapKey: async (d, rnd) => {
    const map = someMap(d, rnd);
    const box = map && (inShadow(map, '[role="application"]') as HTMLElement | null);
    if (!box) return null;
    box.focus();
    const key = pick(rnd, ['ArrowRight', 'ArrowDown', 'Enter', 'Enter', 'Escape']);
    await sendKeys({ press: key });
    return `map ${key}`;
  },
  breadcrumb: async (d, rnd) => {
    const crumbs = [...(someMap(d, rnd)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.breadcrumb button') ?? [])];
    const target = pick(rnd, crumbs);
    if (!target) return null;
    target.click();
    return `breadcrumb «${text(target)}»`;
  },
  year: async (d, rnd) => {
    const map = someMap(d, rnd);
    const slider = map && (inShadow(map, 'input[type="range"]') as HTMLInputElement | null);
    if (!slider) return null;
    slider.value = String(Math.floor(rnd() * (Number(slider.max) + 1)));
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    return `year ${slider.value}`;
  },
  programme: async (d, rnd) => {
    const select = d.doc.querySelector<HTMLSelectElement>('select[data-link-state="programme"]');
    return select ? `programme «${choose(select, rnd)}»` : null;
  },
  wave: async (d, rnd) => {
    const survey = d.doc.querySelector('survey-results');
    const picker = survey && (inShadow(survey, '[part~="toolbar"] select') as HTMLSelectElement | null);
    return picker ? `wave «${choose(picker, rnd)}»` : null;
  },
  dimension: async (d, rnd) => {
    const breakdown = d.doc.querySelector('participation-breakdown');
    const picker = breakdown && (inShadow(breakdown, '.toolbar select') as HTMLSelectElement | null);
    return picker ? `characteristic «${choose(picker, rnd)}»` : null;
  },
  // A choice in any element's own pickers (the list's filter and sort, its own; the breakdown's characteristic and the
  // survey's question, the view's) or a press on one of its toggles (map or table, lines or stacked, its own).
  picker: async (d, rnd) => {
    const element = pick(rnd, [...d.doc.querySelectorAll('institution-list, participation-breakdown, survey-results, region-map')]);
    const select = element && pick(rnd, [...(element.shadowRoot?.querySelectorAll<HTMLSelectElement>('select') ?? [])]);
    if (!select || select.options.length === 0) return null;
    return `${element.localName} picks «${choose(select, rnd)}»`;
  },
  toggle: async (d, rnd) => {
    const element = pick(rnd, [...d.doc.querySelectorAll('region-map, trend-timeline, participation-breakdown, survey-results')]);
    const target =
      element &&
      pick(
        rnd,
        buttons(element).filter((b) => b.hasAttribute('aria-pressed')),
      );
    if (!target) return null;
    target.click();
    return `${element.localName} «${text(target)}»`;
  },
  search: async (d, rnd) => {
    const search = d.doc.querySelector('school-search');
    const input = search && (inShadow(search, 'input') as HTMLInputElement | null);
    if (!input) return null;
    input.focus();
    input.value = pick(rnd, ['rodari', 'firenze', 'liceo']);
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await aTimeout(pick(rnd, [0, 150]));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    return `search «${input.value}»`;
  },
  // Within the entries the dashboard pushed: the frame's history is the test page's too.
  back: async (d) => {
    const at = entries.get(d)!;
    if (at.index === 0) return null;
    at.index--;
    d.win.history.back();
    return 'back';
  },
  forward: async (d) => {
    const at = entries.get(d)!;
    if (at.index === at.last) return null;
    at.index++;
    d.win.history.forward();
    return 'forward';
  },
};

/** What the page shows and says in its address, for seeing when it stops changing. */
function snapshot(d: Dashboard): string {
  const elements = [...d.doc.querySelectorAll('region-map, trend-timeline, territory-list, institution-list, school-profile')];
  return [
    d.win.location.search,
    ...elements.map(
      (el) => `${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')} ${text(el.shadowRoot as unknown as Element)}`,
    ),
  ].join('\n');
}

/** Waits until no element is busy and neither the address nor any element changes for 0.8 s. */
async function settled(d: Dashboard, trail: string): Promise<void> {
  const busy = () => [...d.doc.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]'));
  await untilSteady(() => snapshot(d), busy, trail, { quietMs: 800, timeoutMs: 20_000 });
}

/** The pages walked: their address as opened, and each view's names in the address and the state its markup gives. */
const PAGES = [
  { page: 'dashboard.html', query: '', views: [{ prefix: '', markup: {} }] },
  {
    page: 'confronto.html',
    query: '?a-region=09&b-region=12',
    views: [
      { prefix: 'a-', markup: { region: '09' } },
      { prefix: 'b-', markup: { region: '03' } },
    ],
  },
] as const;

describe('the dashboard and the comparison page, walked', () => {
  afterEach(() => document.querySelectorAll('iframe[title="cruscotto"]').forEach((f) => f.remove()));

  for (const { page, query, views } of PAGES)
    for (const seed of [1, 2, 3])
      it(`${page} shows, after any sequence of choices made in a hurry, the state its address says (walk ${seed})`, async function () {
        this.timeout(90_000);
        const d = await openDashboard(query, page);
        countPushes(d);
        // How each element showed its data as the page opened: what it shows where the address names nothing.
        const linkedAtOpen = [...d.doc.querySelectorAll('linked-view')];
        const opened = new Map(views.flatMap(({ prefix }, i) => presented(linkedAtOpen[i]!, prefix).map((p) => [p.name, p.shown])));
        const errors: unknown[] = [];
        d.win.addEventListener('error', (event) => errors.push(event.error ?? event.message));
        d.win.addEventListener('unhandledrejection', (event) => errors.push(event.reason));
        const rnd = seededRandom(seed * 4099 + page.length);
        const steps: string[] = [];
        for (let step = 0; step < 14; step++) {
          const name = pick(rnd, Object.keys(ACTIONS));
          const done = await ACTIONS[name]!(d, rnd);
          if (done) steps.push(done);
          await aTimeout(pick(rnd, [0, 30, 120, 400]));
        }
        const trail = steps.join(', ');
        await settled(d, trail);
        const linked = [...d.doc.querySelectorAll('linked-view')];
        views.forEach(({ prefix, markup }, i) => {
          const what = `${prefix || 'the'} view after ${trail}`;
          expectFollows(linked[i]!, { ...EMPTY_VIEW, ...markup, ...viewFromParams(params(d), prefix) }, what);
          // Each element shows its data as the address says, or as it did at first where it says nothing: every
          // choice of its reader is in the address.
          for (const { element, attribute, name, shown } of presented(linked[i]!, prefix))
            expect(shown, `${element.localName}'s ${attribute} (${name}) in ${what}`).to.equal(params(d).get(name) ?? opened.get(name));
        });
        expect(errors, `errors that reached the page after ${trail}`).to.deep.equal([]);
      });
});

/** The elements of a view follow `state`, and show its names. */
function expectFollows(view: Element, state: ViewState, what: string): void {
  const map = view.querySelector('region-map')!;
  const timeline = view.querySelector('trend-timeline')!;
  expect(timeline.getAttribute('scope'), `the timeline of ${what}`).to.equal(timelineScope(state));
  for (const list of view.querySelectorAll('territory-list'))
    expect(list.getAttribute('scope'), `a list of ${what}`).to.equal(listScope(state));
  expect(map.getAttribute('region') ?? '', `the map of ${what}`).to.equal(state.region);
  const profile = view.querySelector('school-profile');
  if (profile) expect(profile.hasAttribute('hidden'), `the profile of ${what}`).to.equal(!state.school);
  // Each element's own pickers show its choices, whoever made them last (test/element/pickers.test.ts).
  const pickers: [string, string[]][] = [
    ['institution-list', ['filter', 'sort']],
    ['participation-breakdown', ['dimension']],
  ];
  // The breakdown's characteristic is the view's (the dashboards' breakdowns name none of their own: the default).
  for (const breakdown of view.querySelectorAll('participation-breakdown'))
    expect(breakdown.getAttribute('dimension'), `the breakdown of ${what}`).to.equal(state.dimension || 'innerArea');
  // (The survey's are the view's: below.)
  for (const [tag, properties] of pickers)
    for (const element of view.querySelectorAll(tag)) {
      const selects = element.shadowRoot?.querySelectorAll('select') ?? [];
      properties.forEach((property, i) => {
        if (selects[i])
          expect(selects[i]!.value, `${tag}'s ${property} of ${what}`).to.equal((element as unknown as Record<string, string>)[property]);
      });
    }
  // The survey shows the wave the address names (its picker, the newest first, on it), or the latest.
  const survey = view.querySelector('survey-results');
  if (survey) {
    // A comune's province (said in it), else the area the lists show.
    expect(survey.getAttribute('scope'), `the survey's area of ${what}`).to.equal(surveyScope(state));
    expect(survey.getAttribute('wave') ?? '', `the survey of ${what}`).to.equal(state.wave);
    expect(survey.getAttribute('question') ?? '', `the survey's question of ${what}`).to.equal(state.question);
    const [waves, questions] = survey.shadowRoot?.querySelectorAll<HTMLSelectElement>('[part~="toolbar"] select') ?? [];
    if (waves) expect(waves.value, `the survey's wave of ${what}`).to.equal(state.wave || waves.options[0]!.value);
    if (questions) expect(questions.value, `the survey's question of ${what}`).to.equal(state.question);
  }
  // The fixture has no metric of national funding's active institutions (the demo data has): the map says so and
  // names it; the timeline says so too, unless it shows a school whose file the fixture lacks, which it says first.
  if (state.programme === 'funding') {
    expect(text(inShadow(map, '[role="alert"]')), `the map of ${what}`).to.contain('funding.active');
    expect(text(inShadow(timeline, '[role="alert"]')), `the timeline of ${what}`).to.match(
      state.school ? /HTTP 404|funding\.active/ : /funding\.active/,
    );
    return;
  }
  // The names shown are the state's: the map's last step, the timeline's first line.
  const name = state.region ? NAMES[state.region] : 'Italia';
  if (!name || state.area) return;
  const crumbs = [...(map.shadowRoot?.querySelectorAll('.breadcrumb li') ?? [])].map((li) => text(li));
  expect(crumbs.at(-1), `the map's place of ${what}`).to.equal(name);
  if (!state.school)
    expect(text(timeline.shadowRoot!.querySelector('[part~="legend"]')), `the timeline's lines of ${what}`).to.contain(name);
}
