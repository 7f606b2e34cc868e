/**
 * End to end: the real dashboard page (demo/dashboard.html, with the single-file
 * bundle) in a frame, on the fixture contract: choose a region, change the
 * year, search a school, then back and forward through the URL; axe on the
 * whole page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { dashboardIndex } from '../fixtures/dashboard.fixture.js';
import { framedPage } from '../support/framed-page.js';
import { toRgb } from '../support/contrast.js';
import { axeViolations, button, inShadow, listsReady, openDashboard, params, text } from '../support/dashboard-page.js';

/** A printed page as test/support/pdf-pages.mjs reads it. */
type PrintedPage = { text: string; fills: string[] };

describe('the dashboard (demo/dashboard.html)', () => {
  afterEach(() => document.querySelectorAll('iframe[title="cruscotto"]').forEach((f) => f.remove()));

  it('links map, timeline, lists, search and profile, with the state in the URL, back and forward', async function () {
    this.timeout(60_000);
    const d = await openDashboard();
    const map = d.$('region-map');
    const timeline = d.$('trend-timeline');
    const models = d.$('territory-list[kind="role-models"]');
    const profileSection = d.$('section.school');
    // Nation: the lists offer regions, the school's panel waits out of sight.
    expect(timeline.getAttribute('scope')).to.equal('nation');
    expect(profileSection.offsetParent).to.equal(null);

    // 1. A region, chosen from a list: everything follows, and the URL says so.
    button(models, 'Toscana').click();
    await listsReady(d);
    expect(params(d).get('region')).to.equal('09');
    expect([map.getAttribute('region'), map.getAttribute('level'), timeline.getAttribute('scope')]).to.deep.equal([
      '09',
      'provinces',
      'region:09',
    ]);
    await waitUntil(() => text(inShadow(models, '[part~="item"] .name')) === 'IC Firenze Centro', 'role models of Toscana', {
      timeout: 10_000,
    });

    // 2. A year, chosen on the map's slider: the timeline follows.
    await waitUntil(() => inShadow(map, 'input[type="range"]'), 'map not drawn', { timeout: 10_000 });
    const slider = inShadow(map, 'input[type="range"]') as HTMLInputElement;
    const first = String(dashboardIndex().years[0]);
    slider.value = '0';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    expect(timeline.getAttribute('year')).to.equal(first);
    expect(params(d).get('year')).to.equal(first);

    // 3. A school, found with the search: its profile opens.
    const search = d.$('school-search');
    const input = inShadow(search, 'input') as HTMLInputElement;
    input.focus();
    await waitUntil(() => !text(inShadow(search, '[role="status"]')).startsWith('Carico'), 'search index not loaded', { timeout: 10_000 });
    input.value = 'rodari';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await waitUntil(() => inShadow(search, '[role="option"]'), 'no result', { timeout: 5000 });
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(params(d).get('school')).to.equal('FIIC81200A');
    expect(timeline.getAttribute('scope')).to.equal('school:FIIC81200A');
    const profile = d.$('school-profile');
    await waitUntil(() => text(profile.shadowRoot?.querySelector('#name') ?? null) === 'IC Firenze Centro', 'profile not shown', {
      timeout: 10_000,
    });
    expect(profileSection.offsetParent).to.not.equal(null);
    // Right under the search, the first panel of the board: on a phone the other panels run ~7,000 px.
    expect(d.$('.board').firstElementChild).to.equal(profileSection);
    const tools = d.$('.tools').getBoundingClientRect();
    expect(profileSection.getBoundingClientRect().top - tools.bottom).to.be.below(40);

    // 4. Back: the school goes; back again: Italy; forward: the region again.
    d.win.history.back();
    await waitUntil(() => !params(d).has('school') && profileSection.offsetParent === null, 'back to the region', { timeout: 5000 });
    expect(timeline.getAttribute('scope')).to.equal('region:09');
    d.win.history.back();
    await waitUntil(() => !params(d).has('region') && map.getAttribute('level') === 'regions', 'back to Italy', { timeout: 5000 });
    expect(timeline.getAttribute('scope')).to.equal('nation');
    d.win.history.forward();
    await waitUntil(() => params(d).get('region') === '09' && timeline.getAttribute('scope') === 'region:09', 'forward to the region', {
      timeout: 5000,
    });
  });

  it('answers a regional office: which institutions to contact with their mentors, what the inactive have in common, the file of them, by programme', async function () {
    this.timeout(60_000);
    const d = await openDashboard();
    const list = d.$('institution-list');
    const breakdown = d.$('participation-breakdown');
    // Italy: the list asks for a region first.
    expect(text(inShadow(list, '[part~="caption"]'))).to.match(/^Scegli una regione/);

    // A region chosen from a list: the list and the breakdown follow it.
    button(d.$('territory-list[kind="role-models"]'), 'Toscana').click();
    await waitUntil(() => text(inShadow(list, '[part~="caption"]')).startsWith('Istituzioni (non attive) in Toscana'), 'list of Toscana', {
      timeout: 10_000,
    });
    // 1. Which institutions are not active, and which role model could mentor them.
    const row = inShadow(list, '.body [role="row"]')!;
    expect(text(row.querySelector('.open'))).to.equal('Liceo "Agnoletti" <b>');
    const mentor = [...row.querySelectorAll<HTMLButtonElement>('.open')].find((b) => text(b) === 'IC Firenze Centro')!;
    expect(mentor).to.exist;

    // 3. What the inactive have in common: by inner-areas class, against Italy, with the finding (or its absence) in words.
    await waitUntil(() => inShadow(breakdown, '[part~="summary"]'), 'breakdown of Toscana', { timeout: 10_000 });
    expect(text(inShadow(breakdown, '[part~="summary"]'))).to.match(/^Nessuna classe con almeno 10 istituzioni/);
    expect([...breakdown.shadowRoot!.querySelectorAll('.chart li:not(.note) .label')].map(text)).to.deep.equal([
      'A polo (1)',
      'C cintura (1)',
    ]);

    // 5. What the region's schools said in the observatory's survey, beside Italy.
    const survey = d.$('survey-results');
    await waitUntil(
      () => text(inShadow(survey, '[part~="summary"]')).startsWith('Hanno risposto 22 istituzioni su 36'),
      'survey of Toscana',
      {
        timeout: 10_000,
      },
    );
    expect(text(inShadow(survey, '.legend'))).to.equal('Italia');
    // Against the wave before (compare="previous"): the plans approved in Toscana since 2023/24, with the interval.
    const approved = inShadow(survey, '[part~="question"] .change');
    expect(text(approved)).to.match(/^\+[\d,]+ punti rispetto al 2023\/24 \(al 95% tra [+\-−]?[\d,]+ e \+[\d,]+\)$/);
    // The same plans across the waves, for the same area beside Italy, said with the change's interval.
    const surveyTrend = d.$('trend-timeline[metrics^="survey:"]');
    expect(surveyTrend.getAttribute('scope')).to.equal(survey.getAttribute('scope'));
    await waitUntil(() => text(inShadow(surveyTrend, '[part~="summary"]')).startsWith('Toscana:'), 'survey trend of Toscana', {
      timeout: 10_000,
    });
    expect(text(inShadow(surveyTrend, '[part~="summary"]'))).to.match(
      /\(\+[\d,]+ punti percentuali; al 95% tra [+\-−]?[\d,]+ e \+[\d,]+\)/,
    );
    // A question chosen in the results: the timeline shows it across the waves (a scale's question as its mean).
    const picker = [...survey.shadowRoot!.querySelectorAll('select')].find((s) => s.querySelector('option[value="importanza"]'))!;
    picker.value = 'importanza';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(
      () => text(inShadow(surveyTrend, '[part~="title"]')).startsWith('Quanto è importante'),
      'the question chosen over time',
      {
        timeout: 10_000,
      },
    );
    expect(text(inShadow(surveyTrend, '[part~="title"]'))).to.equal("Quanto è importante l'internazionalizzazione per la scuola? (media)");
    expect(text(inShadow(surveyTrend, '[part~="summary"]'))).to.match(/^Toscana: /);
    // And on the survey's map, among Toscana's provinces (the province chosen above stays one of them).
    const surveyMap = d.$('region-map[metric^="survey:"]');
    const mapTitle = () => text(inShadow(surveyMap, '.note strong'));
    await waitUntil(() => mapTitle().startsWith('Quanto è importante'), `the question chosen on the map: ${mapTitle()}`, {
      timeout: 10_000,
    });
    expect([surveyMap.getAttribute('region'), surveyMap.getAttribute('level')]).to.deep.equal(['09', 'provinces']);
    expect(mapTitle()).to.match(/\(media\), 2024\/25$/);
    picker.value = '';
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => text(inShadow(surveyTrend, '[part~="title"]')).includes('«Sì, approvato»'), 'the page’s own question again', {
      timeout: 10_000,
    });
    await waitUntil(() => mapTitle().includes('«Sì, approvato»'), 'the page’s own question again on the map', { timeout: 10_000 });

    // 4. The file: exactly the inactive institutions of the province, with their mentors.
    const blobs: Blob[] = [];
    d.win.URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:test');
    button(list, 'Scarica CSV').click();
    await waitUntil(() => blobs.length > 0, 'no CSV', { timeout: 10_000 });
    const csv = new TextDecoder().decode(await blobs[0]!.arrayBuffer());
    const [header, ...rows] = csv.split('\n');
    const data = rows.slice(0, rows.indexOf(''));
    expect(header!.split(';').slice(0, 2)).to.deep.equal(['Istituzione', 'Codice']);
    expect(data).to.have.length(1);
    expect(data[0]!.split(';').slice(1, 2)).to.deep.equal(['FIPS02000X']);
    expect(data[0]).to.contain('IC Firenze Centro (FIIC81200A, 6,2 km)');

    // A programme chosen once moves the map, the timeline, the list and the breakdown, and stays in the URL.
    const programme = d.doc.querySelector<HTMLSelectElement>('select[data-link-state="programme"]')!;
    programme.value = 'erasmus';
    programme.dispatchEvent(new Event('change', { bubbles: true }));
    expect(params(d).get('programme')).to.equal('erasmus');
    expect(d.$('region-map').getAttribute('metric')).to.equal('erasmus.active');
    expect(d.$('trend-timeline').getAttribute('metrics')).to.equal('erasmus.active');
    expect([list.getAttribute('programme'), breakdown.getAttribute('programme')]).to.deep.equal(['erasmus', 'erasmus']);
    await waitUntil(() => text(inShadow(list, '[part~="caption"]')).includes('Erasmus+'), 'list by Erasmus+', { timeout: 10_000 });

    // The mentor opens its profile, and the URL says so.
    inShadow(list, '.body [role="row"]')!.querySelectorAll<HTMLButtonElement>('.open')[1]!.click();
    expect(params(d).get('school')).to.equal('FIIC81200A');
    await waitUntil(
      () => text(d.$('school-profile').shadowRoot?.querySelector('#name') ?? null) === 'IC Firenze Centro',
      'mentor profile',
      {
        timeout: 10_000,
      },
    );
    d.win.history.back();
    await waitUntil(() => !params(d).has('school'), 'back', { timeout: 5000 });
    expect(programme.value).to.equal('erasmus', 'the control follows the state');
  });

  it("says a share with its uncertainty, as the single-file bundle ships it: the timeline's bands, the map's places as ranges", async function () {
    this.timeout(30_000);
    const d = await openDashboard();
    const timeline = d.$('trend-timeline');
    await waitUntil(() => inShadow(timeline, 'path.interval'), 'no interval band', { timeout: 10_000 });
    const band = inShadow(timeline, 'path.interval') as SVGPathElement;
    expect(band.getAttribute('d')).to.match(/^M[\d.,L]+Z/);
    const style = d.win.getComputedStyle(band);
    expect(Number(style.fillOpacity)).to.be.within(0.05, 0.3);
    expect(style.fill).to.not.equal('none');
    expect(text(timeline.shadowRoot!.querySelector('[part~="base"]'))).to.contain('intervallo al 95%');
    const map = d.$('region-map');
    map.setAttribute('view', 'table');
    await waitUntil(() => inShadow(map, '[part~="table"] th'), 'map table not shown', { timeout: 10_000 });
    expect(text(inShadow(map, '[part~="table"] th'))).to.equal('Posizione (intervallo)');
  });

  it('starts with a skip link that takes the keyboard to the dashboard', async function () {
    this.timeout(60_000);
    const d = await openDashboard();
    const skip = d.$<HTMLAnchorElement>('a.skip');
    expect(d.doc.querySelector('body *:is(a, button, input, select, [tabindex])')).to.equal(skip, 'the first thing Tab reaches');
    skip.focus();
    expect(skip.getBoundingClientRect().top).to.be.at.least(0, 'visible when focused');
    skip.click();
    await waitUntil(() => d.doc.activeElement === d.$('#content'), 'focus moved to the dashboard', { timeout: 2000 });
  });

  it('keeps the keyboard in the page: every control reached with Tab and pressed with Enter leaves the focus on something shown, never on the body', async function () {
    this.timeout(120_000);
    const d = await openDashboard();
    /** The focused element, through the shadow roots, and how to name it. */
    const focused = () => {
      let el: Element | null = d.doc.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el as HTMLElement | null;
    };
    const name = (el: HTMLElement | null) =>
      el
        ? `${(el.getRootNode() as ShadowRoot).host?.localName ?? 'page'} ${el.localName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`
        : 'nothing';
    const shown = (el: HTMLElement | null) => Boolean(el && el !== d.doc.body && el.isConnected && el.getClientRects().length > 0);
    d.$<HTMLAnchorElement>('a.skip').focus();
    const pressed = new Set<string>();
    const lost: string[] = [];
    // The page's last stop (its footer's link): a Tab past it would take the keyboard out of the page, into the
    // browser's own controls, where it stays for the test files after this one.
    const last = [...d.doc.querySelectorAll<HTMLElement>('a[href], button, input, select')].at(-1)!;
    for (let stop = 0; stop < 200 && d.doc.activeElement !== last; stop++) {
      await sendKeys({ press: 'Tab' });
      const at = focused();
      if (!at || at === d.doc.body) break;
      const label = name(at);
      // Downloads, copying, Play (a timer: keep-focus.test.ts covers what it changes) and the table views (which take
      // away the map's zoom and the chart's controls before they are reached) are left out.
      if (!['button', 'summary'].includes(at.localName) || pressed.has(label) || /Scarica|Copia|Riproduci|Pausa|Tabella/.test(label))
        continue;
      pressed.add(label);
      await sendKeys({ press: 'Enter' });
      await waitUntil(
        () => ![...d.doc.querySelectorAll('*')].some((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')),
        `${label}: still loading`,
        {
          timeout: 10_000,
        },
      );
      await new Promise(requestAnimationFrame);
      const after = focused();
      if (!shown(after)) lost.push(`${label} -> ${name(after)}`);
    }
    expect(lost).to.deep.equal([]);
    const hosts = new Set([...pressed].map((label) => label.split(' ')[0]));
    for (const host of ['embed-snippet', 'region-map', 'trend-timeline', 'territory-list', 'institution-list', 'survey-results'])
      expect(hosts.has(host), `${host} among ${[...pressed].join('; ')}`).to.equal(true);
  });

  it('does not jump while its script and data arrive: the layout shifts in sight add up to under 0.05', async function () {
    // The page moved twice: the elements took room when their script defined them, then the map and the chart
    // grew from a line of "Caricamento…" to 700 and 550 px when their data came (a cumulative layout shift of 0.38).
    this.timeout(60_000);
    const d = await openDashboard();
    const map = d.$('region-map');
    const timeline = d.$('trend-timeline');
    await waitUntil(() => inShadow(map, 'canvas') && inShadow(timeline, 'svg[part~="chart"]'), 'map and chart not drawn', {
      timeout: 10_000,
    });
    const shifts = await new Promise<{ value: number; sources: string[] }[]>((resolve) => {
      type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };
      const observer = new d.win.PerformanceObserver((list) => {
        observer.disconnect();
        resolve(
          (list.getEntries() as Shift[])
            .filter((e) => !e.hadRecentInput)
            .map((e) => ({ value: e.value, sources: e.sources.map((s) => (s.node as Element | undefined)?.localName ?? '?') })),
        );
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      setTimeout(() => resolve([]), 2000);
    });
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).to.be.below(0.05);
  });

  it('reflows at 320 CSS px: the page never scrolls sideways (WCAG 1.4.10), its title included', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?region=09');
    d.frame.style.width = '320px';
    await waitUntil(() => d.win.innerWidth === 320, 'the frame did not narrow');
    await waitUntil(() => d.doc.documentElement.scrollWidth <= 320, `the page scrolls sideways: ${d.doc.documentElement.scrollWidth} px`, {
      timeout: 5000,
    });
    // With a reader's wider text spacing too (WCAG 1.4.12), the title's long word breaks rather than pushing the page.
    const style = d.doc.createElement('style');
    style.textContent = '* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    d.doc.head.append(style);
    await waitUntil(() => d.doc.documentElement.scrollWidth <= 320, `with text spacing: ${d.doc.documentElement.scrollWidth} px`, {
      timeout: 5000,
    });
  });

  it('prints on A4 from its first page: the map under the page’s heading, or a school’s profile broken between its parts', async function () {
    this.timeout(120_000);
    // The demo's data for the page printed in a tab of its own (a frame prints inside its box), as a reader prints it.
    await openDashboard();
    const print = async (path: string) => ((await executeServerCommand('print-page', { path })) as PrintedPage[]).map((p) => p.text);
    const heading = 'OSSERVATORIO NAZIONALE';
    const [first] = await print('/demo/dashboard.html?region=09');
    // The map with its legend and notes under the page's heading (on the demo's Toscana its 13 cm on paper keep it
    // there: region-map.gestures.test.ts; this fixture's map is wide).
    expect(first).to.include(heading).and.include('Scuole attive sul territorio').and.include('Soglie delle classi');
    // A school's profile, near a page long, kept whole left the page's heading alone on the first page (and a page
    // and a half of its details, kept whole, the badge alone on the next).
    const pages = await print('/demo/dashboard.html?region=09&school=FIIC81200A');
    expect(pages[0]).to.include(heading).and.include('Profilo della scuola').and.include('Scheda');
  });

  it('prints the colours that carry data, and prints a dark screen as a light one', async function () {
    this.timeout(120_000);
    const d = await openDashboard('?region=09');
    const survey = d.$('survey-results');
    await waitUntil(() => inShadow(survey, '.bar'), 'no survey bars');
    const bar = `rgb(${toRgb(getComputedStyle(inShadow(survey, '.bar')!).backgroundColor).join(', ')})`;
    const print = (colorScheme: string) =>
      executeServerCommand('print-page', { path: '/demo/dashboard.html?region=09', colorScheme }) as Promise<PrintedPage[]>;
    const light = await print('light');
    // The survey's bars are backgrounds, which a browser leaves off paper unless asked: they printed as nothing (and
    // the map's legend as empty squares).
    const barsPage = light.find((page) => page.text.includes('Quali sono i principali ostacoli'))!;
    expect(barsPage.fills, 'the bars’ colour on their page').to.include(bar);
    // A reader whose screen is dark prints on white paper all the same: the same colours as from a light screen (the
    // dark scheme's light text printed pale grey, and its colours of the bars and the map's points on white).
    const dark = await print('dark');
    const colours = (pages: PrintedPage[]) => [...new Set(pages.flatMap((page) => page.fills))].sort();
    expect(colours(dark)).to.deep.equal(colours(light));
  });

  it('prints on A4: no controls, the map whole on one page with its legend and notes, undistorted', async function () {
    this.timeout(60_000);
    const d = await openDashboard();
    // A4 less 1.5 cm margins, at 96 px per inch: 680 × 1009 px (the height is what the viewport's units read).
    d.frame.style.width = '680px';
    d.frame.style.height = '1009px';
    await emulateMedia({ media: 'print' });
    try {
      await waitUntil(() => getComputedStyle(d.$('.tools')).display === 'none', 'the controls are printed');
      const map = d.$('region-map');
      await waitUntil(
        () => inShadow(map, 'canvas.areas') && getComputedStyle(inShadow(map, '.toolbar')!).display === 'none',
        'map toolbar printed',
      );
      // No element prints its toolbar's buttons (views, downloads, show all): they do nothing on paper.
      const printed = [...d.doc.querySelectorAll('*')]
        .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('.toolbar button') ?? [])].map((b) => [el.localName, b] as const))
        .filter(([, b]) => b.getBoundingClientRect().width > 0)
        .map(([tag, b]) => `${tag}: ${text(b)}`);
      expect(printed).to.deep.equal([]);
      expect(inShadow(d.$('trend-timeline'), '.toolbar button'), 'the timeline has its buttons, hidden').to.not.equal(null);
      const section = d.$('section.map').getBoundingClientRect();
      expect(section.height, 'the map section fits one page').to.be.at.most(1009);
      // Drawn again for paper: on the first page, under the page's heading, as on screen.
      expect(section.bottom + d.frame.contentWindow!.scrollY, 'the map on the first page').to.be.at.most(1009);
      const legend = inShadow(map, '[part~="legend"]')!.getBoundingClientRect();
      const summary = inShadow(map, '#summary')!.getBoundingClientRect();
      expect(legend.height).to.be.greaterThan(0);
      expect(summary.bottom).to.be.at.most(section.bottom + 1);
      const canvas = inShadow(map, 'canvas.areas') as HTMLCanvasElement;
      const box = canvas.getBoundingClientRect();
      expect(box.width / box.height, 'drawn proportions kept').to.be.closeTo(canvas.width / canvas.height, 0.02);
      expect(box.right).to.be.at.most(section.right + 1);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('prints every table whole on A4: none cut at the page’s edge, in the table views and the school’s profile', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?region=09&school=FIIC81200A');
    d.frame.style.width = '680px';
    await waitUntil(() => inShadow(d.$('school-profile'), '.by-year table'), 'no profile table', { timeout: 10_000 });
    // Every element's table view, as a reader who prints what they see.
    for (const tag of ['region-map', 'trend-timeline', 'participation-breakdown', 'survey-results']) {
      const table = () =>
        [...(d.$(tag).shadowRoot?.querySelectorAll<HTMLButtonElement>('.toolbar button') ?? [])].find((b) => text(b) === 'Tabella');
      await waitUntil(table, `no table view in ${tag}`, { timeout: 10_000 });
      if (table()!.getAttribute('aria-pressed') === 'false') table()!.click();
      await waitUntil(() => inShadow(d.$(tag), 'table'), `no table in ${tag}`, { timeout: 10_000 });
    }
    await emulateMedia({ media: 'print' });
    try {
      // Paper cannot scroll: a box that scrolls sideways on screen shows all of its table, or its columns past the page
      // are lost (the profile's year by year table, 801 px, and the survey's, 876 px, were cut at 680).
      await waitUntil(() => getComputedStyle(d.$('.tools')).display === 'none', 'not printing');
      const cut = [...d.doc.querySelectorAll('*')]
        .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('table') ?? [])].map((table) => [el.localName, table] as const))
        .map(([tag, table]) => ({ tag, box: table.parentElement!, table }))
        .filter(({ box, table }) => table.getBoundingClientRect().width > 0 && box.scrollWidth > box.clientWidth + 1)
        .map(({ tag, box }) => `${tag}: ${box.scrollWidth} px in ${box.clientWidth}`);
      expect(cut).to.deep.equal([]);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('opens a shared URL in the same view, and gives the embed snippet of it, frozen at the data release on request', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?region=09&year=2022&school=FIIC81200A');
    expect(d.$('trend-timeline').getAttribute('scope')).to.equal('school:FIIC81200A');
    expect(d.$('region-map').getAttribute('year')).to.equal('2022');
    // The map's points turned on with its toggle: the code embeds them (it copied the page's own attribute).
    await waitUntil(() => inShadow(d.$('region-map'), '[part~="legend"]'), 'map not drawn', { timeout: 10_000 });
    button(d.$('region-map'), 'Istituzioni attive').click();
    const embed = d.$('embed-snippet');
    button(embed, 'Incorpora').click();
    const code = () => (inShadow(embed, 'textarea') as HTMLTextAreaElement | null)?.value ?? '';
    await waitUntil(() => code().includes('integrity="sha384-') && inShadow(embed, 'input[type="checkbox"]'), 'snippet not complete', {
      timeout: 10_000,
    });
    const origin = d.win.location.origin;
    // The code says, before anything, what its data are: the demo's are synthetic, and it follows the latest release.
    expect(code()).to.match(
      /^<!--\n {2}Titolo: .+\n {2}Fonte: .+\n {2}Dati del: \d{4}-\d{2}-\d{2}\n {2}Dati sintetici: .+\n {2}Rilascio dei dati: .+; il codice legge sempre i dati più recenti\.\n-->\n<script /,
    );
    const scriptLine = code()
      .split('\n')
      .find((line) => line.startsWith('<script type="module"'));
    expect(scriptLine).to.match(
      new RegExp(
        `^<script type="module" src="${origin}/dist/cdn/scuole-europa.min.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"></script>$`,
      ),
    );
    expect(code()).to.contain(`<linked-view src="${origin}/demo-data/index.json" region="09" year="2022" school="FIIC81200A">`);
    expect(code()).to.match(/\n {2}<region-map [^\n]*points="active role-models"/);
    const pin = inShadow(embed, 'input[type="checkbox"]') as HTMLInputElement;
    pin.click();
    await waitUntil(() => code().includes('/demo-data/releases/'), 'not pinned');
    expect(code()).to.match(/\n {2}Rilascio dei dati: [^\n]+, fissato\.\n-->\n/);
    // Pasted into a page, the comment is one comment node and the code runs as written.
    const pasted = d.doc.createElement('template');
    pasted.innerHTML = code();
    expect([...pasted.content.childNodes].filter((node) => node.nodeType === Node.COMMENT_NODE)).to.have.length(1);
    expect(pasted.content.querySelectorAll('script[type="module"]')).to.have.length(1);
    // What ships has its XLSX writer beside it (the bundle built from the sources has it inside): its hash in an import map, before the script.
    const writer = `${origin}/dist/cdn/scuole-europa-xlsx.min.js`;
    const listed = (await (await fetch(`${origin}/dist/cdn/integrity.json`)).json()) as { files: Record<string, string> };
    const shipped = 'scuole-europa-xlsx.min.js' in listed.files;
    const importMap = pasted.content.querySelector('script[type="importmap"]');
    expect(importMap ? Object.keys(JSON.parse(importMap.textContent!).integrity as object) : [], 'the import map').to.deep.equal(
      shipped ? [writer] : [],
    );
    if (importMap) expect(importMap.nextElementSibling!.getAttribute('type')).to.equal('module');
    const pinned = /<linked-view src="([^"]+)"/.exec(code())![1]!;
    // The frozen URL answers with the same release.
    const index = (await (await fetch(pinned)).json()) as { release: string };
    expect(pinned).to.contain(`/releases/${encodeURIComponent(index.release)}/index.json`);
    // Pasted whole into a blank page, its script (with its integrity) runs and the same view comes up from the frozen data.
    const frame = await framedPage({ body: code(), width: 1000, height: 800 });
    try {
      const page = frame.contentDocument!;
      const timeline = () => page.querySelector('trend-timeline')!;
      await waitUntil(
        () => inShadow(page.querySelector('region-map')!, 'canvas') && inShadow(timeline(), 'svg'),
        'the pasted code drew nothing',
        {
          timeout: 20_000,
        },
      );
      expect(timeline().getAttribute('src')).to.equal(pinned);
      expect(timeline().getAttribute('scope')).to.equal('school:FIIC81200A');
      expect(page.querySelector('region-map')!.getAttribute('year')).to.equal('2022');
      await waitUntil(
        () => text(inShadow(page.querySelector('school-profile')!, '[part~="name"]')) !== '',
        'the pasted profile shows no school',
      );
      const failed = [...page.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[role="alert"]'));
      expect(failed.map((el) => el.localName)).to.deep.equal([]);
      // Its XLSX download comes: the writer's hash in the import map is the one that ships.
      const realm = frame.contentWindow as Window & typeof globalThis;
      const files: Blob[] = [];
      realm.URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), 'blob:test');
      const list = page.querySelector('institution-list')!;
      await waitUntil(() => inShadow(list, '.body [role="row"]'), 'the pasted list shows no institution', { timeout: 10_000 });
      [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b).includes('Excel'))!.click();
      await waitUntil(() => files.length > 0 || text(inShadow(list, '[part~="download-note"]')) !== '', 'neither a file nor a word', {
        timeout: 10_000,
      });
      expect(files[0]?.type ?? 'no file', text(inShadow(list, '[part~="download-note"]'))).to.include('spreadsheetml');
    } finally {
      frame.remove();
    }
  });

  it('opens a reloaded or shared URL showing each panel as its reader left it: the tables, the map’s points, the list’s filter and order', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?region=09');
    const [map, timeline, list] = [d.$('region-map'), d.$('trend-timeline'), d.$('institution-list')];
    const [breakdown, survey] = [d.$('participation-breakdown'), d.$('survey-results')];
    const drawn = () =>
      inShadow(map, '[part~="legend"]') &&
      inShadow(timeline, 'svg') &&
      inShadow(list, 'select') &&
      inShadow(breakdown, 'select') &&
      inShadow(survey, 'select');
    await waitUntil(drawn, 'panels not drawn', { timeout: 15_000 });
    button(breakdown, 'Tabella').click();
    button(survey, 'Tabella').click();
    button(map, 'Tabella').click();
    button(map, 'Istituzioni attive').click();
    button(timeline, 'Tabella').click();
    const [filter, sort] = [...list.shadowRoot!.querySelectorAll('select')] as [HTMLSelectElement, HTMLSelectElement];
    filter.value = 'all';
    filter.dispatchEvent(new Event('change'));
    sort.value = 'index';
    sort.dispatchEvent(new Event('change'));
    const shown = {
      'map-view': 'table',
      'map-points': 'active role-models',
      'chart-view': 'table',
      'list-filter': 'all',
      'list-sort': 'index',
      'breakdown-view': 'table',
      'survey-view': 'table',
    };
    expect(Object.fromEntries(params(d))).to.deep.equal({ region: '09', ...shown });
    // The English twin's link carries them too.
    const english = new URL(d.doc.querySelector<HTMLAnchorElement>('a[data-link-view]')!.href);
    expect(Object.fromEntries(english.searchParams)).to.include(shown);
    // The same address opened again: every panel as it was left.
    const search = d.win.location.search;
    d.frame.remove();
    const again = await openDashboard(search);
    const [map2, timeline2, list2] = [again.$('region-map'), again.$('trend-timeline'), again.$('institution-list')];
    const [breakdown2, survey2] = [again.$('participation-breakdown'), again.$('survey-results')];
    const tables = () => [map2, timeline2, breakdown2, survey2].every((el) => inShadow(el, 'table')) && inShadow(list2, 'select');
    await waitUntil(tables, 'panels not shown as left', { timeout: 15_000 });
    expect(button(map2, 'Tabella').getAttribute('aria-pressed')).to.equal('true');
    expect(button(map2, 'Istituzioni attive').getAttribute('aria-pressed')).to.equal('true');
    for (const el of [timeline2, breakdown2, survey2]) expect(button(el, 'Tabella').getAttribute('aria-pressed')).to.equal('true');
    const selects = [...list2.shadowRoot!.querySelectorAll('select')].map((s) => s.value);
    expect(selects).to.deep.equal(['all', 'index']);
    expect(Object.fromEntries(params(again))).to.deep.equal({ region: '09', ...shown });
  });

  it('opens a shared URL whose area the data no longer holds at its region, saying so once above the panels, not in each of them', async function () {
    this.timeout(60_000);
    for (const [area, said] of [
      ['comune:048999', "Nei dati non c'è il comune «048999» (il suo codice può essere cambiato): si vede tutta la regione."],
      ['province:199', "Nei dati non c'è la provincia «199» (il suo codice può essere cambiato): si vede tutta la regione."],
    ]) {
      const d = await openDashboard(`?region=09&area=${area}`);
      const view = d.$('linked-view');
      const notice = () => text(inShadow(view, '[part~="notice"]'));
      await waitUntil(() => notice() !== '', `nothing said of ${area}`, { timeout: 10_000 });
      expect(notice()).to.equal(said);
      expect(params(d).has('area')).to.equal(false);
      expect(d.$('trend-timeline').getAttribute('scope')).to.equal('region:09');
      // Each panel shows the region; none keeps an error of the area.
      await waitUntil(() => inShadow(d.$('region-map'), 'canvas') && inShadow(d.$('trend-timeline'), 'svg'), 'map or timeline not drawn', {
        timeout: 10_000,
      });
      await listsReady(d);
      const failed = [...d.doc.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('[role="alert"]'));
      expect(failed.map((el) => el.localName)).to.deep.equal([]);
      // The notice is in the page's reading order, above the panels, and the page stays clean for axe.
      const line = inShadow(view, '[part~="notice"]')!;
      expect(line.getBoundingClientRect().bottom).to.be.at.most(d.$('school-search').getBoundingClientRect().top + 1);
      if (area!.startsWith('comune')) expect(await axeViolations(d)).to.deep.equal([]);
      d.frame.remove();
    }
  });

  it('speaks English on its English twin, which links back to the Italian page at the same view; no axe violations', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?region=09&year=2022', 'dashboard.en.html');
    await waitUntil(() => inShadow(d.$('region-map'), 'canvas'), 'map not drawn', { timeout: 10_000 });
    expect(d.doc.documentElement.lang).to.equal('en');
    expect(button(d.$('region-map'), 'Download CSV')).to.not.equal(undefined);
    expect(text(d.$('h1'))).to.equal('The internationalisation of Italian schools');
    const back = new URL(d.$<HTMLAnchorElement>('a[hreflang="it"]').href);
    expect(back.pathname).to.equal('/demo/dashboard.html');
    expect(Object.fromEntries(back.searchParams)).to.deep.equal({ region: '09', year: '2022' });
    // A choice moves the link with the view.
    const programme = d.$<HTMLSelectElement>('select[data-link-state="programme"]');
    programme.value = 'erasmus';
    programme.dispatchEvent(new Event('change', { bubbles: true }));
    expect(new URL(d.$<HTMLAnchorElement>('a[hreflang="it"]').href).searchParams.get('programme')).to.equal('erasmus');
    expect(await axeViolations(d), 'axe on the English page').to.deep.equal([]);
  });

  it('compares two regions side by side (demo/confronto.html): each view under its own names in the address, one legend and one axis; no axe violations', async function () {
    this.timeout(60_000);
    const d = await openDashboard('?a-region=09&b-region=12', 'confronto.html');
    const [first, second] = [...d.doc.querySelectorAll('linked-view')] as (HTMLElement & { state: { region: string } })[];
    const maps = [...d.doc.querySelectorAll('region-map')];
    await waitUntil(() => maps.every((m) => inShadow(m, '[part~="legend"]')), 'maps not drawn', { timeout: 10_000 });
    expect([first!.state.region, second!.state.region]).to.deep.equal(['09', '12']);
    const legends = maps.map((m) => [...m.shadowRoot!.querySelectorAll('[part~="legend"] li')].slice(0, 6).map(text));
    expect(legends[0]).to.deep.equal(['meno di 10%', '10% – 20%', '20% – 25%', '25% – 30%', '30% – 40%', '40% o più']);
    expect(legends[1]).to.deep.equal(legends[0]);
    const timelines = [...d.doc.querySelectorAll('trend-timeline')];
    await waitUntil(() => timelines.every((t) => inShadow(t, '.grid .tick')), 'charts not drawn', { timeout: 10_000 });
    const tops = timelines.map((t) => text([...t.shadowRoot!.querySelectorAll('.grid .tick')].at(-1)));
    // One axis, at least to the page's 40% (the fixture's few institutions reach 100%: the axis goes there, never cut off).
    expect(tops[1]).to.equal(tops[0]);
    expect(parseFloat(tops[0]!)).to.be.at.least(40);
    // Back to Italy on the first map: written empty, since the first view's markup names Toscana (an address without
    // it reopened Toscana); the second view's stays; the language link carries both.
    maps[0]!.dispatchEvent(new CustomEvent('region-map-navigate', { detail: { region: '' }, bubbles: true, composed: true }));
    expect(Object.fromEntries(params(d))).to.deep.equal({ 'a-region': '', 'b-region': '12' });
    expect(second!.state.region).to.equal('12');
    expect(Object.fromEntries(new URL(d.$<HTMLAnchorElement>('a[hreflang="en"]').href).searchParams)).to.deep.equal({
      'a-region': '',
      'b-region': '12',
    });
    await listsReady(d);
    expect(await axeViolations(d), 'axe on the comparison').to.deep.equal([]);
  });

  it('has no axe violations on the whole page, at the national and the school level', async function () {
    this.timeout(60_000);
    for (const query of ['', '?region=09&school=FIIC81200A']) {
      const d = await openDashboard(query);
      if (query) await waitUntil(() => d.$('school-profile').shadowRoot?.querySelector('#name'), 'profile not shown', { timeout: 10_000 });
      await waitUntil(() => inShadow(d.$('region-map'), 'canvas') && inShadow(d.$('trend-timeline'), 'svg'), 'charts not drawn', {
        timeout: 10_000,
      });
      expect(await axeViolations(d), `axe at "${query || 'Italia'}"`).to.deep.equal([]);
      d.frame.remove();
    }
  });
});
