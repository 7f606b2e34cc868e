import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { captureWarnings } from '../../test/support/element-helpers.js';
import './define.js';
import type { LinkedView } from './linked-view.js';
import { EMPTY_VIEW } from '../../src/view/view-state.js';

// The elements are left unregistered here: <linked-view> speaks to them through attributes only,
// which is what these tests check (test/e2e/dashboard.test.ts runs the real ones together).
const fire = (target: Element, type: string, detail: object) =>
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
const attrs = (el: Element, ...names: string[]) => names.map((name) => el.getAttribute(name));
const mutations = () => new Promise((resolve) => setTimeout(resolve, 0));

async function viewOf(attributes = '', inner = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.innerHTML = `<linked-view src="/data/index.json" ${attributes}>
    <section><region-map metric="erasmus.ka1"></region-map></section>
    <trend-timeline compare="nation"></trend-timeline>
    <territory-list kind="role-models"></territory-list>
    <school-profile id="p" variant="card"></school-profile>
    <school-search src="/other/index.json"></school-search>${inner}
  </linked-view>`;
  const view = host.querySelector('linked-view')! as LinkedView;
  const get = (selector: string) => view.querySelector(selector)!;
  return {
    view,
    map: get('region-map'),
    timeline: get('trend-timeline'),
    list: get('territory-list'),
    profile: get('school-profile'),
    search: get('school-search'),
  };
}

describe('<linked-view>', () => {
  it('gives the links that open the view elsewhere (the page in another language) its state, inside it or naming it', async () => {
    const outside = await fixture<HTMLDivElement>(html`<div>
      <a id="en" href="/demo/dashboard.en.html?lang=en" data-link-view="v">English</a>
      <a id="other" href="/elsewhere.html" data-link-view="another">Elsewhere</a>
    </div>`);
    const { view } = await viewOf('id="v" region="09" year="2023"', '<a id="inside" href="./print.html" data-link-view>Print</a>');
    const link = (id: string) => new URL((document.getElementById(id) as HTMLAnchorElement).href);
    expect(link('en').pathname).to.equal('/demo/dashboard.en.html');
    expect(Object.fromEntries(link('en').searchParams)).to.deep.equal({ lang: 'en', region: '09', year: '2023' });
    expect(Object.fromEntries(link('inside').searchParams)).to.deep.equal({ region: '09', year: '2023' });
    view.state = { region: '', year: 2022, school: 'FIIC81200A' };
    // Italy, written empty: the twin page's markup names Toscana, which an address without region would open.
    expect(Object.fromEntries(link('en').searchParams)).to.deep.equal({ lang: 'en', region: '', year: '2022', school: 'FIIC81200A' });
    // A link that names another view is not this one's.
    expect(link('other').search).to.equal('');
    outside.remove();
  });

  it('moves every element inside to its state and gives them its src (not to those with their own)', async () => {
    const { map, timeline, list, profile, search } = await viewOf('region="09" year="2023"');
    expect(attrs(map, 'src', 'region', 'level', 'year')).to.deep.equal(['/data/index.json', '09', 'provinces', '2023']);
    expect(attrs(timeline, 'scope', 'year', 'compare')).to.deep.equal(['region:09', '2023', 'nation']);
    expect(list.getAttribute('scope')).to.equal('region:09');
    expect(profile.hasAttribute('hidden')).to.equal(true);
    expect(search.getAttribute('src')).to.equal('/other/index.json');
  });

  it('keeps a survey’s timeline on the nearest area its estimates have, and off the other years', async () => {
    const { view, map } = await viewOf(
      'region="09" year="2023"',
      '<trend-timeline id="s" metrics="survey:piano:approvato"></trend-timeline>',
    );
    const survey = view.querySelector('#s')!;
    expect(attrs(survey, 'scope', 'year')).to.deep.equal(['region:09', null]);
    fire(map, 'region-map-select', { level: 'provinces', code: '048', name: 'Firenze' });
    expect(survey.getAttribute('scope')).to.equal('province:048');
    // A comune has no estimate: it is given the comune, whose province it shows and says so (an ordinary timeline
    // shows the comune's own); a school chosen leaves it there.
    fire(map, 'region-map-select', { level: 'comuni', code: '048017', name: 'Firenze' });
    expect(attrs(survey, 'scope')).to.deep.equal(['comune:048017']);
    expect(view.querySelector('trend-timeline:not(#s)')!.getAttribute('scope')).to.equal('comune:048017');
    view.state = { ...view.state, school: 'FIIC81200A', year: 2024 };
    expect(attrs(survey, 'scope', 'year')).to.deep.equal(['comune:048017', null]);
    expect(view.querySelector('trend-timeline:not(#s)')!.getAttribute('scope')).to.equal('school:FIIC81200A');
  });

  it('shows the question chosen in the survey’s results on a survey’s timeline, and leaves it to the state in the snippet', async () => {
    const { view } = await viewOf(
      'region="09"',
      `<survey-results></survey-results><trend-timeline id="s" metrics="survey:piano:approvato"></trend-timeline>
       <trend-timeline id="own" metrics="survey:importanza:mean" question="supporto"></trend-timeline>`,
    );
    const [results, survey, own] = ['survey-results', '#s', '#own'].map((selector) => view.querySelector(selector)!);
    const contract = view.querySelector('trend-timeline:not([id])')!;
    // Nothing chosen yet: the page's own (none, or its question="…").
    expect(attrs(survey!, 'question', 'metrics')).to.deep.equal([null, 'survey:piano:approvato']);
    expect(own!.getAttribute('question')).to.equal('supporto');
    fire(results!, 'survey-results-question-change', { question: 'ostacoli' });
    expect(attrs(survey!, 'question', 'metrics', 'scope')).to.deep.equal(['ostacoli', 'survey:piano:approvato', 'region:09']);
    expect(own!.getAttribute('question')).to.equal('ostacoli');
    // A timeline of the contract's metrics is not a survey's: left as it is.
    expect(contract.hasAttribute('question')).to.equal(false);
    // The snippet leaves the question chosen to the state, which gives it again there (and takes it away with none).
    const snippet = view.snippet({ script: 'https://cdn.example/s.js' }).split('\n');
    expect(snippet[1]).to.match(/ question="ostacoli">$/);
    expect(snippet).to.include('  <trend-timeline id="s" metrics="survey:piano:approvato" scope="region:09"></trend-timeline>');
    expect(snippet).to.include('  <survey-results scope="region:09"></survey-results>');
    // Every question again: none, the page's metrics.
    fire(results!, 'survey-results-question-change', { question: '' });
    expect(attrs(survey!, 'question', 'metrics')).to.deep.equal(['', 'survey:piano:approvato']);
    // A comune chosen: the results and the survey's timeline are given it (each shows its province's, and says so).
    fire(view.querySelector('region-map')!, 'region-map-select', { level: 'comuni', code: '048017', name: 'Firenze' });
    expect([results, survey].map((element) => element!.getAttribute('scope'))).to.deep.equal(['comune:048017', 'comune:048017']);
  });

  it('lets an element keep its own question, year or programme and follow the rest; a part it cannot keep leaves it whole, said once', async () => {
    const capture = captureWarnings();
    try {
      const { view, map } = await viewOf(
        'region="09" year="2023"',
        `<survey-results></survey-results>
         <trend-timeline id="s" metrics="survey:piano:approvato"></trend-timeline>
         <trend-timeline id="own" metrics="survey:importanza:mean" data-unlinked="question"></trend-timeline>
         <institution-list id="y" year="2021" programme="erasmus" data-unlinked="year programme"></institution-list>
         <territory-list id="area" scope="nation" data-unlinked="area"></territory-list>`,
      );
      const [results, survey, own, list, whole] = ['survey-results', '#s', '#own', '#y', '#area'].map((s) => view.querySelector(s)!);
      fire(results!, 'survey-results-question-change', { question: 'ostacoli' });
      fire(map, 'region-map-select', { level: 'provinces', code: '048', name: 'Firenze' });
      view.state = { ...view.state, year: 2024, programme: 'etwinning' };
      // Its own question, and the view's area.
      expect(attrs(survey!, 'question', 'scope')).to.deep.equal(['ostacoli', 'province:048']);
      expect(attrs(own!, 'question', 'scope')).to.deep.equal([null, 'province:048']);
      // Its own year and programme, and the view's area.
      expect(attrs(list!, 'year', 'programme', 'scope')).to.deep.equal(['2021', 'erasmus', 'province:048']);
      // The snippet keeps what an element keeps: its own attribute, and data-unlinked to say so.
      const snippet = view.snippet({ script: 'https://cdn.example/s.js' });
      expect(snippet).to.include(
        '<trend-timeline id="own" metrics="survey:importanza:mean" data-unlinked="question" scope="province:048">',
      );
      // The area cannot be kept apart: the element follows nothing, and the console says why, once.
      expect(whole!.getAttribute('scope')).to.equal('nation');
      view.state = { ...view.state, year: 2022 };
      const said = capture.warnings.filter((w) => w.includes('data-unlinked="area"'));
      expect(said).to.deep.equal([
        '[linked-view] <territory-list data-unlinked="area">: area cannot be kept apart (only year, programme, wave, question, dimension, view); it follows nothing of the view.',
      ]);
    } finally {
      capture.restore();
    }
  });

  it('shows the survey’s wave and question chosen on a survey’s map, among its region’s provinces, and leaves them to the state in the snippet', async () => {
    const { view, map } = await viewOf(
      'region="09"',
      `<survey-results></survey-results><region-map id="s" metric="survey:piano:approvato" drill-level="comuni"></region-map>`,
    );
    const [results, survey] = ['survey-results', '#s'].map((selector) => view.querySelector(selector)!);
    // Inside a region a survey's map shows its provinces, whatever its drill level: no comune has an estimate.
    expect(attrs(survey!, 'region', 'level', 'wave', 'question')).to.deep.equal(['09', 'provinces', null, null]);
    fire(results!, 'survey-results-wave-change', { wave: 'internazionalizzazione-2023' });
    fire(results!, 'survey-results-question-change', { question: 'importanza' });
    expect(attrs(survey!, 'wave', 'question', 'metric')).to.deep.equal([
      'internazionalizzazione-2023',
      'importanza',
      'survey:piano:approvato',
    ]);
    // A map of the contract's metrics is not a survey's: left as it is.
    expect(attrs(map, 'wave', 'question')).to.deep.equal([null, null]);
    // A province chosen: the survey's map stays on the region's provinces (the other map goes to its comuni).
    fire(map, 'region-map-select', { level: 'provinces', code: '048', name: 'Firenze' });
    expect(attrs(survey!, 'level', 'province')).to.deep.equal(['provinces', null]);
    expect(attrs(map, 'level', 'province')).to.deep.equal(['comuni', '048']);
    const snippet = view.snippet({ script: 'https://cdn.example/s.js' }).split('\n');
    expect(snippet[1]).to.match(/ wave="internazionalizzazione-2023" question="importanza">$/);
    expect(snippet.find((line) => line.includes('id="s"'))).not.to.match(/wave=|question=/);
    // A wave picked on the survey's map is the view's: the results follow it.
    fire(survey!, 'region-map-wave-change', { wave: 'internazionalizzazione-2024' });
    expect(attrs(results!, 'wave')).to.deep.equal(['internazionalizzazione-2024']);
    expect(view.state.wave).to.equal('internazionalizzazione-2024');
    // Every question and the latest wave again: the page's metric.
    fire(results!, 'survey-results-question-change', { question: '' });
    fire(results!, 'survey-results-wave-change', { wave: '' });
    expect(attrs(survey!, 'wave', 'question')).to.deep.equal(['', '']);
  });

  it('follows the elements’ events: region, area, school and year, and says so with linked-view-change', async () => {
    const { view, map, timeline, list, profile } = await viewOf();
    const changed = oneEvent(view, 'linked-view-change');
    fire(map, 'region-map-navigate', { region: '09' });
    expect((await changed).detail).to.deep.equal({ ...EMPTY_VIEW, region: '09' });
    // The map drills into the region's provinces (its default drill-level).
    expect(attrs(map, 'region', 'level')).to.deep.equal(['09', 'provinces']);
    expect(view.getAttribute('region')).to.equal('09');

    fire(map, 'region-map-select', { level: 'comuni', code: '048017', name: 'Firenze' });
    expect(timeline.getAttribute('scope')).to.equal('comune:048017');
    expect(list.getAttribute('scope')).to.equal('region:09');
    fire(map, 'region-map-select', { level: 'provinces', code: '048', name: 'Firenze' });
    expect(list.getAttribute('scope')).to.equal('province:048');
    // A province chosen anywhere shows its comuni on the map; a comune chosen then leaves the map in it.
    expect(attrs(map, 'province', 'level')).to.deep.equal(['048', 'comuni']);
    fire(map, 'region-map-navigate', { region: '09', province: '048' });
    expect(view.state.area).to.equal('province:048');
    fire(map, 'region-map-select', { level: 'comuni', code: '048001', name: 'Bagno a Ripoli' });
    expect(attrs(map, 'province', 'level')).to.deep.equal(['048', 'comuni']);

    fire(list, 'territory-list-select', { kind: 'role-models', level: 'school', code: 'FIIC81200A', name: 'IC' });
    expect(profile.getAttribute('code')).to.equal('FIIC81200A');
    expect(profile.hasAttribute('hidden')).to.equal(false);
    expect(timeline.getAttribute('scope')).to.equal('school:FIIC81200A');

    fire(timeline, 'trend-timeline-year-change', { year: 2019 });
    expect([map.getAttribute('year'), timeline.getAttribute('year')]).to.deep.equal(['2019', '2019']);

    // Back up to Italy: area and school go, the year stays.
    fire(map, 'region-map-navigate', { region: '' });
    expect(attrs(map, 'region', 'province', 'level', 'year')).to.deep.equal(['', '', 'regions', '2019']);
    expect([timeline.getAttribute('scope'), list.getAttribute('scope')]).to.deep.equal(['nation', 'nation']);
    expect(profile.hasAttribute('hidden')).to.equal(true);
    expect(view.state).to.deep.equal({ ...EMPTY_VIEW, year: 2019 });
  });

  it('ignores a region chosen on the map before it drills (the drill itself moves the view) and repeated states', async () => {
    const { view, map } = await viewOf();
    let changes = 0;
    view.addEventListener('linked-view-change', () => changes++);
    fire(map, 'region-map-select', { level: 'regions', code: '09', name: 'Toscana' });
    fire(map, 'region-map-year-change', { year: 2020 });
    fire(map, 'region-map-year-change', { year: 2020 });
    expect(changes).to.equal(1);
    expect(view.state.region).to.equal('');
  });

  it('shows the region instead of an area the data does not hold, in the address too, and says so above the elements until the next change', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?region=09&area=comune:048999`);
    const capture = captureWarnings();
    try {
      const { view, map, timeline, list } = await viewOf('url');
      const notice = () => view.shadowRoot!.querySelector('[part~="notice"]')!;
      // The notice is there before anything is said (a live region heard when it speaks), out of the layout.
      expect([notice().getAttribute('role'), notice().textContent, getComputedStyle(notice()).display]).to.deep.equal([
        'status',
        '',
        'none',
      ]);
      // The page's elements stay where they are, in the view's slot.
      expect((timeline.assignedSlot ?? null) !== null).to.equal(true);
      // The null: a missing area of another view, or another area than the view's, changes nothing.
      fire(timeline, 'scuole-area-missing', { level: 'comune', code: '048017' });
      fire(timeline, 'scuole-area-missing', { level: 'province', code: '048' });
      expect([view.state.area, notice().textContent]).to.deep.equal(['comune:048999', '']);
      const changed = oneEvent(view, 'linked-view-change');
      fire(timeline, 'scuole-area-missing', { level: 'comune', code: '048999' });
      expect((await changed).detail.area).to.equal('');
      expect([timeline.getAttribute('scope'), list.getAttribute('scope'), map.getAttribute('region')]).to.deep.equal([
        'region:09',
        'region:09',
        '09',
      ]);
      expect(new URLSearchParams(location.search).has('area')).to.equal(false);
      expect(notice().textContent).to.equal(
        "Nei dati non c'è il comune «048999» (il suo codice può essere cambiato): si vede tutta la regione.",
      );
      expect(getComputedStyle(notice()).display).to.equal('block');
      // Every other element that reads it says it too: said once.
      fire(list, 'scuole-area-missing', { level: 'comune', code: '048999' });
      expect(capture.warnings).to.deep.equal(['[linked-view] the data has no comune "048999": the view shows its region instead.']);
      // The next choice is of the view shown: the notice goes.
      fire(map, 'region-map-year-change', { year: 2020 });
      expect(notice().textContent).to.equal('');
      // In English, a province without a region: all of Italy.
      view.setAttribute('lang', 'en');
      view.state = { region: '', area: 'province:199' };
      fire(timeline, 'scuole-area-missing', { level: 'province', code: '199' });
      expect([view.state.area, notice().textContent]).to.deep.equal([
        '',
        'The data has no province “199” (its code may have changed): the view shows all of Italy.',
      ]);
    } finally {
      capture.restore();
      history.replaceState(null, '', original);
    }
  });

  it('keeps the state in the URL with `url`: reads it on start, pushes choices, and walks back and forward', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1&region=12&year=abc`);
    const capture = captureWarnings();
    try {
      const { view, map, timeline, search } = await viewOf('url year="2022"');
      expect(view.state).to.deep.equal({ ...EMPTY_VIEW, region: '12', year: 2022 });
      fire(map, 'region-map-navigate', { region: '09' });
      expect(new URLSearchParams(location.search).get('region')).to.equal('09');
      fire(search, 'school-search-select', { code: 'FIIC81200A', name: 'IC', comune: 'Firenze', institution: true });
      fire(timeline, 'trend-timeline-year-change', { year: 2018 });
      const params = new URLSearchParams(location.search);
      expect([params.get('keep'), params.get('region'), params.get('school'), params.get('year')]).to.deep.equal([
        '1',
        '09',
        'FIIC81200A',
        '2018',
      ]);

      const back = oneEvent(view, 'linked-view-change');
      history.back();
      // Year changes replace the current entry: the entry before the school still has the year it had.
      expect((await back).detail).to.deep.equal({ ...EMPTY_VIEW, region: '09', year: 2022 });
      expect(timeline.getAttribute('scope')).to.equal('region:09');
      const forward = oneEvent(view, 'linked-view-change');
      history.forward();
      expect((await forward).detail.school).to.equal('FIIC81200A');
      // The address's year that is no year was left out with a word, once.
      expect(capture.warnings).to.deep.equal(['[linked-view] ignored year="abc" in the page\'s address: not a valid year.']);
    } finally {
      capture.restore();
      history.replaceState(null, '', original);
    }
  });

  it('keeps the survey wave and question chosen in the URL: read on start, pushed when picked, walked back; a page’s own stay until one is chosen', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?wave=internazionalizzazione-2024&region=09`);
    const capture = captureWarnings();
    try {
      const { view } = await viewOf('url', '<survey-results compare="previous"></survey-results>');
      const survey = view.querySelector('survey-results')!;
      expect(attrs(survey, 'wave', 'scope', 'compare')).to.deep.equal(['internazionalizzazione-2024', 'region:09', 'previous']);
      const changed = oneEvent(view, 'linked-view-change');
      fire(survey, 'survey-results-wave-change', { wave: 'internazionalizzazione-2025' });
      expect((await changed).detail.wave).to.equal('internazionalizzazione-2025');
      expect(new URLSearchParams(location.search).get('wave')).to.equal('internazionalizzazione-2025');
      expect(survey.getAttribute('wave')).to.equal('internazionalizzazione-2025');
      // A wave chosen is a new entry: Back shows the one before.
      const back = oneEvent(view, 'linked-view-change');
      history.back();
      expect((await back).detail.wave).to.equal('internazionalizzazione-2024');
      expect(survey.getAttribute('wave')).to.equal('internazionalizzazione-2024');
      // The view's wave goes with the links that open it elsewhere and with the state; none is the latest ('').
      view.state = { wave: '' };
      expect(survey.getAttribute('wave')).to.equal('');
      // The question chosen the same way: in the address, and '' for every question.
      fire(survey, 'survey-results-question-change', { question: 'importanza' });
      expect(new URLSearchParams(location.search).get('question')).to.equal('importanza');
      expect(survey.getAttribute('question')).to.equal('importanza');
      fire(survey, 'survey-results-question-change', { question: '' });
      expect(new URLSearchParams(location.search).has('question')).to.equal(false);
      expect(survey.getAttribute('question')).to.equal('');
      expect(capture.warnings).to.deep.equal([]);
    } finally {
      capture.restore();
      history.replaceState(null, '', original);
    }
    // A page's own wave="…" is the page's until a wave is chosen in the view; an id that cannot be one is said.
    const capture2 = captureWarnings();
    try {
      const { view } = await viewOf(
        'wave="Indagine 2024!"',
        '<survey-results wave="internazionalizzazione-2023" question="piano"></survey-results>',
      );
      const survey = view.querySelector('survey-results')!;
      expect(survey.getAttribute('wave')).to.equal('internazionalizzazione-2023');
      expect(capture2.warnings).to.deep.equal(['[linked-view] ignored wave="Indagine 2024!": not a valid wave.']);
      view.state = { region: '09' };
      expect(attrs(survey, 'wave', 'question')).to.deep.equal(['internazionalizzazione-2023', 'piano']);
      fire(survey, 'survey-results-wave-change', { wave: 'internazionalizzazione-2025' });
      expect(survey.getAttribute('wave')).to.equal('internazionalizzazione-2025');
    } finally {
      capture2.restore();
    }
  });

  it('keeps the breakdown’s characteristic chosen in the URL and in every breakdown; Back to none gives each its own again', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?region=09&dimension=size`);
    const capture = captureWarnings();
    try {
      const { view } = await viewOf(
        'url',
        `<participation-breakdown id="a"></participation-breakdown>
         <participation-breakdown id="b" dimension="capoluogo"></participation-breakdown>
         <participation-breakdown id="own" dimension="innerArea" data-unlinked="dimension"></participation-breakdown>`,
      );
      const [a, b, own] = ['#a', '#b', '#own'].map((selector) => view.querySelector(selector)!) as [Element, Element, Element];
      // The address's characteristic, in each that follows it.
      expect([a, b, own].map((el) => el.getAttribute('dimension'))).to.deep.equal(['size', 'size', 'innerArea']);
      expect(attrs(a, 'scope')).to.deep.equal(['region:09']);
      // Chosen in one: a new history entry, shown in the other.
      const changed = oneEvent(view, 'linked-view-change');
      fire(b, 'participation-breakdown-dimension-change', { dimension: 'gradeGroup' });
      expect((await changed).detail.dimension).to.equal('gradeGroup');
      expect(new URLSearchParams(location.search).get('dimension')).to.equal('gradeGroup');
      expect([a, b, own].map((el) => el.getAttribute('dimension'))).to.deep.equal(['gradeGroup', 'gradeGroup', 'innerArea']);
      // The snippet leaves the characteristic chosen to the state; the one kept apart stays its own.
      const snippet = view.snippet({ script: 'https://cdn.example/se.js' }).split('\n');
      expect(snippet[1]).to.match(/ dimension="gradeGroup">$/);
      expect(
        snippet.filter((line) => line.includes('<participation-breakdown')).map((line) => /dimension="(\w+)"/.exec(line)?.[1]),
      ).to.deep.equal([undefined, undefined, 'innerArea']);
      const back = oneEvent(view, 'linked-view-change');
      history.back();
      expect((await back).detail.dimension).to.equal('size');
      // An address without one: each shows the page's own again (none: the element's default; capoluogo).
      view.state = { dimension: '' };
      expect([a, b, own].map((el) => el.getAttribute('dimension'))).to.deep.equal([null, 'capoluogo', 'innerArea']);
      expect(new URLSearchParams(location.search).get('dimension')).to.equal('size');
      // A characteristic the breakdown has not is said and left out.
      view.setAttribute('dimension', 'comune');
      expect(view.state.dimension).to.equal('');
      expect(capture.warnings).to.deep.equal(['[linked-view] ignored dimension="comune": not a valid dimension.']);
    } finally {
      capture.restore();
      history.replaceState(null, '', original);
    }
  });

  it('keeps how each element shows its data in the URL: read on start, replaced when chosen, each its own, kept by Back', async () => {
    const original = location.href;
    history.replaceState(
      null,
      '',
      `${location.pathname}?region=09&map-view=table&map-points=&chart-view=sideways&list-sort=index&chart-view-2=lines`,
    );
    const capture = captureWarnings();
    try {
      const { view, map, timeline } = await viewOf(
        'url',
        `<region-map id="m2" points="active"></region-map>
         <institution-list filter="all"></institution-list>
         <region-map id="own" data-unlinked></region-map>
         <trend-timeline id="kept" view="table" data-unlinked="view"></trend-timeline>
         <a id="l" href="/print.html" data-link-view>Print</a>`,
      );
      // An element that keeps its own way of showing (data-unlinked="view") follows the rest; the address's name for
      // it is neither read nor written.
      const keeps = view.querySelector('#kept')!;
      expect(attrs(keeps, 'view', 'scope')).to.deep.equal(['table', 'region:09']);
      fire(keeps, 'scuole-presentation-change', { attribute: 'view', value: 'stacked' });
      expect(new URLSearchParams(location.search).get('chart-view-2')).to.equal('lines');
      const [second, list, own] = ['#m2', 'institution-list', '#own'].map((s) => view.querySelector(s)!) as [Element, Element, Element];
      const address = () => Object.fromEntries(new URLSearchParams(location.search));
      const link = () => Object.fromEntries(new URL((view.querySelector('#l') as HTMLAnchorElement).href).searchParams);
      // The first map as the address says (its table, no points), the second its own; a view the timeline has not is
      // said and left out, of the address too.
      expect(attrs(map, 'view', 'points')).to.deep.equal(['table', '']);
      expect(attrs(second, 'view', 'points')).to.deep.equal([null, 'active']);
      expect(timeline.getAttribute('view')).to.equal(null);
      expect(attrs(list, 'filter', 'sort')).to.deep.equal(['all', 'index']);
      expect(capture.warnings).to.deep.equal([`[linked-view] ignored chart-view="sideways" in the page's address: not a value it takes.`]);

      // Chosen in the second map: under its own name, in the links too.
      fire(second, 'scuole-presentation-change', { attribute: 'view', value: 'table' });
      expect(second.getAttribute('view')).to.equal('table');
      expect(address()).to.deep.equal({
        region: '09',
        'map-view': 'table',
        'map-points': '',
        'list-sort': 'index',
        'chart-view-2': 'lines',
        'map-view-2': 'table',
      });
      expect(link()['map-view-2']).to.equal('table');
      // A list's filter chosen, then its own again: the address says the last.
      fire(list, 'scuole-presentation-change', { attribute: 'filter', value: 'inactive' });
      expect(address()['list-filter']).to.equal('inactive');
      fire(list, 'scuole-presentation-change', { attribute: 'filter', value: 'all' });
      expect(address()['list-filter']).to.equal('all');
      // A value the attribute does not take, and an element that follows nothing, change nothing.
      fire(map, 'scuole-presentation-change', { attribute: 'view', value: 'globe' });
      fire(own, 'scuole-presentation-change', { attribute: 'view', value: 'table' });
      expect(address()['map-view']).to.equal('table');
      expect(own.getAttribute('view')).to.equal(null);

      // A place chosen (a new entry), a view chosen there (the entry replaced: Back is for places), then Back: the place
      // goes back, the elements stay as the reader left them, and the entry says so.
      fire(map, 'region-map-navigate', { region: '12' });
      fire(list, 'scuole-presentation-change', { attribute: 'sort', value: 'students' });
      const back = oneEvent(view, 'linked-view-change');
      history.back();
      expect((await back).detail.region).to.equal('09');
      await mutations();
      expect(attrs(second, 'view')).to.deep.equal(['table']);
      expect(attrs(list, 'sort')).to.deep.equal(['students']);
      expect(address()).to.include({ region: '09', 'map-view-2': 'table', 'list-sort': 'students' });
    } finally {
      capture.restore();
      history.replaceState(null, '', original);
    }
  });

  it('keeps two views of one page apart in the URL when each `url` has a name, and warns when two share the names', async () => {
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1&a-region=12&b-year=2019`);
    const capture = captureWarnings();
    const both = await fixture<HTMLAnchorElement>(html`<a href="/demo/dashboard.en.html" data-link-view="va vb">English</a>`);
    try {
      const a = await viewOf('id="va" url="a"');
      const b = await viewOf('id="vb" url="b"');
      expect([a.view.state.region, a.view.state.year, b.view.state.region, b.view.state.year]).to.deep.equal(['12', null, '', 2019]);
      fire(a.map, 'region-map-navigate', { region: '09' });
      fire(b.map, 'region-map-navigate', { region: '03' });
      fire(b.timeline, 'trend-timeline-year-change', { year: 2020 });
      const params = Object.fromEntries(new URLSearchParams(location.search));
      expect(params).to.deep.equal({ keep: '1', 'a-region': '09', 'b-region': '03', 'b-year': '2020' });
      expect(a.timeline.getAttribute('scope')).to.equal('region:09');
      expect(b.timeline.getAttribute('scope')).to.equal('region:03');
      // A link that names both views carries both.
      expect(Object.fromEntries(new URL(both.href).searchParams)).to.deep.equal({ 'a-region': '09', 'b-region': '03', 'b-year': '2020' });

      // Back: the entry before b's region; a keeps its own.
      const back = oneEvent(b.view, 'linked-view-change');
      history.back();
      expect((await back).detail.region).to.equal('');
      expect(a.view.state.region).to.equal('09');

      // The page opened again at this address: each view reads its own names.
      a.view.remove();
      b.view.remove();
      history.replaceState(null, '', `${location.pathname}?a-region=09&b-region=03`);
      const [a2, b2] = [await viewOf('url="a"'), await viewOf('url="b"')];
      expect([a2.view.state.region, b2.view.state.region]).to.deep.equal(['09', '03']);
      expect(capture.warnings).to.deep.equal([]);

      // Two views under the same names: said once, by the second.
      a2.view.remove();
      b2.view.remove();
      await viewOf('url');
      await viewOf('url="true"');
      expect(capture.warnings).to.have.length(1);
      expect(capture.warnings[0]).to.include('give each url a name of its own');
    } finally {
      capture.restore();
      both.remove();
      history.replaceState(null, '', original);
    }
  });

  it('keeps Italy chosen in a view whose markup names a region, across reload and back (demo/confronto.html)', async () => {
    // Italy left the address without a-region: a reload opened the markup's Toscana again, and going back to the
    // page as it opened showed Italy in both views, Lombardia lost too.
    const original = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1`);
    try {
      const a = await viewOf('url="a" region="09"');
      const b = await viewOf('url="b" region="03"');
      fire(a.map, 'region-map-navigate', { region: '' });
      expect(a.view.state.region).to.equal('');
      expect(Object.fromEntries(new URLSearchParams(location.search))).to.deep.equal({ keep: '1', 'a-region': '' });
      // Reloaded: a view made again from the same markup reads Italy from the address.
      const again = await viewOf('url="a" region="09"');
      expect([again.view.state.region, again.timeline.getAttribute('scope')]).to.deep.equal(['', 'nation']);
      // Back to the page as it opened: each view's markup region, not Italy for both.
      const back = oneEvent(a.view, 'linked-view-change');
      history.back();
      expect((await back).detail.region).to.equal('09');
      await mutations();
      expect([a.timeline.getAttribute('scope'), b.view.state.region, b.timeline.getAttribute('scope')]).to.deep.equal([
        'region:09',
        '03',
        'region:03',
      ]);
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('warns once about an invalid attribute and ignores it; elements added later follow too; data-unlinked ones do not', async () => {
    const capture = captureWarnings();
    try {
      const { view } = await viewOf('region="99" school="<b>"', '<trend-timeline data-unlinked scope="nation"></trend-timeline>');
      expect(view.state).to.deep.equal({ ...EMPTY_VIEW });
      expect(capture.warnings).to.have.length(2);
      expect(capture.warnings[0]).to.contain('region="99"');
      view.setAttribute('region', '09');
      const late = document.createElement('territory-list');
      view.append(late);
      await mutations();
      expect(late.getAttribute('scope')).to.equal('region:09');
      expect(late.getAttribute('src')).to.equal('/data/index.json');
      expect(view.querySelector('[data-unlinked]')!.getAttribute('scope')).to.equal('nation');
      const renamed = document.createElement('my-map');
      renamed.setAttribute('data-link-as', 'region-map');
      view.append(renamed);
      await mutations();
      expect(attrs(renamed, 'region', 'level')).to.deep.equal(['09', 'provinces']);
      view.src = '/moved/index.json';
      expect(late.getAttribute('src')).to.equal('/moved/index.json');
      expect(view.querySelector('school-search')!.getAttribute('src')).to.equal('/other/index.json');
    } finally {
      capture.restore();
    }
  });

  it('writes the snippet that reproduces the view: script with integrity, absolute data URL, state, elements, escaped values', async () => {
    const { view, map } = await viewOf('year="2023"');
    map.setAttribute('class', 'host-only');
    map.setAttribute('data-note', 'a "quoted" <value> & more');
    await nextFrame();
    const snippet = view.snippet({ script: 'https://cdn.example/s.js', integrity: 'sha384-abc' });
    const lines = snippet.split('\n');
    expect(lines[0]).to.equal(
      '<script type="module" src="https://cdn.example/s.js" integrity="sha384-abc" crossorigin="anonymous"></script>',
    );
    expect(lines[1]).to.equal(`<linked-view src="${new URL('/data/index.json', location.href).href}" year="2023">`);
    expect(lines[2]).to.equal(
      '  <region-map metric="erasmus.ka1" year="2023" data-note="a &quot;quoted&quot; &lt;value&gt; &amp; more"></region-map>',
    );
    expect(lines).to.include('  <school-profile id="p" variant="card"></school-profile>');
    // The search reads other data than the view: it keeps its own URL, absolute; the others take the view's.
    expect(lines).to.include(`  <school-search src="${new URL('/other/index.json', location.href).href}"></school-search>`);
    expect(lines.at(-1)).to.equal('</linked-view>');
    const pinned = view.snippet({ script: 'https://cdn.example/s.js', src: 'https://example.org/r1/index.json' });
    expect(pinned.split('\n')[1]).to.equal('<linked-view src="https://example.org/r1/index.json" year="2023">');
  });

  it('binds a plain control of the page to a key of the state (data-link-state), both ways', async () => {
    const view = await fixture<LinkedView>(html`<linked-view>
      <select data-link-state="programme"><option value="">tutti</option><option value="erasmus">Erasmus+</option></select>
      <institution-list></institution-list>
    </linked-view>`);
    const select = view.querySelector('select')!;
    const changed = oneEvent(view, 'linked-view-change');
    select.value = 'erasmus';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect((await changed).detail.programme).to.equal('erasmus');
    expect(view.querySelector('institution-list')!.getAttribute('programme')).to.equal('erasmus');
    view.state = { programme: '' };
    expect(select.value).to.equal('');
    // A value outside the vocabulary changes nothing.
    select.append(new Option('x', 'comenius'));
    select.value = 'comenius';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(view.state.programme).to.equal('');
  });
});
