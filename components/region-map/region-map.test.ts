import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { tallySchools } from '../../src/map/load-map.js';
import { packTopology } from '../../src/contract/pack-topology.js';
import { bundleFixture, indexFixture, regionFixture, topologyFixture } from '../../test/fixtures/contract.fixture.js';
import { freshFolder, hits, serve } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded, downloadedBlob } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { surveyFixture } from '../../test/fixtures/survey.fixture.js';
import { nationalAreaFile } from '../../test/fixtures/national-area.fixture.js';
import { areaColumns } from '../../src/contract/area-rows.js';
import { expectSvgSnapshot } from '../../test/support/svg-snapshot.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const ready = (el: RegionMap) => waitUntil(() => shadow(el).querySelector('[part~="legend"]'), 'map not drawn', { timeout: 5000 });
const failed = (el: RegionMap) => waitUntil(() => shadow(el).querySelector('[part~="error"]'), 'no error shown', { timeout: 5000 });
const mapBox = (el: RegionMap) => shadow(el).querySelector<HTMLElement>('[role="application"]')!;
const live = (el: RegionMap) => shadow(el).querySelector('[aria-live]')!.textContent!.trim();
/** The texts under the title, and the legend's entries, white space collapsed. */
const flat = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const notesOf = (el: RegionMap) => [...shadow(el).querySelectorAll('.note')].map(flat);
const legendLabels = (el: RegionMap) => [...shadow(el).querySelectorAll('[part~="legend"] li')].map(flat);

/** A map with every attribute set before it connects, ready once drawn. */
async function mapOf(src: string, attributes = '') {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  const map = document.createElement('region-map');
  const all = `src=${src} metric=etwinning.projects year=2024 lang=it ${attributes}`;
  for (const pair of all.split(' ').filter(Boolean)) {
    const [name, ...value] = pair.split('=');
    map.setAttribute(name!, value.join('='));
  }
  box.append(map);
  await ready(map);
  return map;
}

/** A map's SVG download, its console warnings (shards without points, say) kept out of the test's output. */
async function quietSvg(src: string, attributes: string): Promise<string> {
  const capture = captureWarnings();
  try {
    return await downloaded(shadow(await mapOf(src, attributes)), 'SVG');
  } finally {
    capture.restore();
  }
}

describe('<region-map>', () => {
  it('draws the regions with a legend, a summary and no axe violations', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    const legend = shadow(map).querySelector('[part~="legend"]')!.textContent!;
    expect(legend).to.contain('Nessun dato');
    expect(shadow(map).querySelector('#summary')!.textContent).to.contain('Progetti eTwinning');
    expect(shadow(map).textContent).to.contain('Dati sintetici');
    await expect(map).to.be.accessible();
  });

  it('starts inside the region it is given: its provinces, not Italy with that region alone coloured', async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const map = await mapOf(src, 'region=09');
      expect(map.level).to.equal('provinces');
      expect(map.getAttribute('level')).to.equal('provinces');
      expect(shadow(map).querySelector('#summary')!.textContent).to.contain(': 1 provincia.');
      const crumbs = [...shadow(map).querySelectorAll('.breadcrumb li')].map((li) => li.textContent!.trim());
      expect(crumbs).to.deep.equal(['Italia', 'Toscana']);
      expect(capture.warnings.join(' ')).to.not.contain('no data');
      // With drill-level="comuni", its comuni.
      const comuni = await mapOf(src, 'region=09 drill-level=comuni');
      expect(comuni.level).to.equal('comuni');
    } finally {
      capture.restore();
    }
  });

  it('speaks English when the page does', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    map.setAttribute('lang', 'en');
    map.requestUpdate();
    await elementUpdated(map);
    expect(shadow(map).querySelector('[part~="legend"]')!.textContent).to.contain('No data');
  });

  it('draws values per institution where the page writes no normalisation, and totals where it asks for them', async () => {
    // A choropleth of totals coloured the areas by their size: the most schools, the darkest colour and the "best".
    const index = indexFixture();
    const noRates = { ...index.metrics[0]!, id: 'etwinning.totals', normalisations: [] };
    index.metrics.push(noRates);
    index.nation.values['etwinning.totals'] = index.nation.values['etwinning.projects']!;
    index.regions[0]!.values['etwinning.totals'] = index.regions[0]!.values['etwinning.projects']!;
    const { src } = await serveContract({ index });
    const summary = (map: RegionMap) => shadow(map).querySelector('#summary')!.textContent!.replace(/\s+/g, ' ').trim();
    const map = await mapOf(src);
    // The fixture's one region with values: named alone, not as the best and the worst.
    expect(summary(map)).to.match(/^Progetti eTwinning per istituzione, 2024\/25: 2 regioni\. Una sola area ha un valore: Toscana \(3[;)]/);
    map.setAttribute('normalisation', 'absolute');
    await waitUntil(() => summary(map).startsWith('Progetti eTwinning, 2024/25'), `no totals: ${summary(map)}`);
    expect(summary(map)).to.contain('Toscana (6');
    map.removeAttribute('normalisation');
    await waitUntil(() => summary(map).startsWith('Progetti eTwinning per istituzione'), `not per institution again: ${summary(map)}`);
    // A metric with no values per institution: its totals, and nothing to say (the page asked for none).
    const warnings = captureWarnings();
    try {
      const totals = await mapOf(src, 'metric=etwinning.totals');
      expect(summary(totals)).to.match(/^Progetti eTwinning, 2024\/25: /);
      expect(shadow(totals).textContent).not.to.contain('non è disponibile');
      expect(warnings.warnings).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('moves between neighbouring areas with the arrow keys and announces each', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    mapBox(map).focus();
    await elementUpdated(map);
    // No normalisation written: per institution (the fixture's Toscana: 6 projects, 2 institutions).
    expect(live(map)).to.match(/^Toscana\. Progetti eTwinning per istituzione: 3/);
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await elementUpdated(map);
    expect(live(map)).to.match(/^Lazio\. Progetti eTwinning per istituzione: n\.d\./);
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await elementUpdated(map);
    expect(live(map)).to.match(/^Toscana/);
    expect(live(map)).to.contain('Posizione: 1 di 1');
  });

  it('drills into a region, then a province, with Enter, firing select and navigate events, and comes back with Escape', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    mapBox(map).focus();
    await elementUpdated(map);
    const selected = oneEvent(map, 'region-map-select');
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const event = await selected;
    expect(event.detail).to.deep.equal({ level: 'regions', code: '09', name: 'Toscana' });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(
      () => map.level === 'provinces' && shadow(map).querySelector('[aria-current="page"]')?.textContent === 'Toscana',
      'did not drill down',
    );
    await ready(map);
    expect(shadow(map).querySelector('#summary')!.textContent).to.contain('1 provincia');
    // The focus stayed in the map, not on the page's body (WCAG 2.4.3), and the new level is announced.
    await waitUntil(() => shadow(map).activeElement === mapBox(map), 'focus lost after Enter');
    await waitUntil(
      () => live(map).startsWith('Toscana. Progetti eTwinning per istituzione, 2024/25: 1 provincia.'),
      `drill not announced: ${live(map)}`,
    );
    // Play is a button whose name says what it does next, not a toggle that also changes its name.
    const play = [...shadow(map).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riproduci')!;
    expect(play.hasAttribute('aria-pressed')).to.equal(false);
    // A province's comuni: Enter on Firenze, the one province of the fixture's Toscana.
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await elementUpdated(map);
    const navigated = oneEvent(map, 'region-map-navigate');
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await navigated).detail).to.deep.equal({ region: '09', province: '048' });
    await waitUntil(() => shadow(map).querySelector('[aria-current="page"]')?.textContent === 'Firenze', 'not in the province');
    await ready(map);
    expect(map.level).to.equal('comuni');
    const summary = shadow(map).querySelector('#summary')!.textContent!;
    expect(summary).to.contain('2 comuni');
    // The best and the worst of the year's projects per institution, named (2024: Firenze 5, Bagno a Ripoli 1).
    expect(summary).to.contain('Migliore: Firenze (5)').and.to.contain('Peggiore: Bagno a Ripoli (1)');
    const crumbs = [...shadow(map).querySelectorAll('.breadcrumb li')].map((li) => li.textContent!.trim());
    expect(crumbs).to.deep.equal(['Italia', 'Toscana', 'Firenze']);
    await waitUntil(() => shadow(map).activeElement === mapBox(map), 'focus lost in the province');
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitUntil(() => map.level === 'provinces' && map.province === '', 'did not go back to the region');
    // No province is no attribute (an embed snippet copied a bare `province`), a region its code.
    expect([map.getAttribute('region'), map.hasAttribute('province')]).to.deep.equal(['09', false]);
    await ready(map);
    await waitUntil(() => live(map).startsWith('Firenze'), 'focus not on the province just left');
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitUntil(() => map.level === 'regions' && map.region === '', 'did not go back');
    expect(map.hasAttribute('region')).to.equal(false);
    await ready(map);
    // Back in Italy: focus in the map, on the region just left, which is announced.
    await waitUntil(
      () => shadow(map).activeElement === mapBox(map) && live(map).startsWith('Toscana'),
      'focus not on the region just left',
    );
    // Escape closes the tooltip (WCAG 1.4.13); an arrow brings it back.
    expect(shadow(map).querySelector('[part~="tooltip"]')).to.not.equal(null);
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await elementUpdated(map);
    expect(shadow(map).querySelector('[part~="tooltip"]')).to.equal(null);
  });

  it('on a bundle of one region, enters that region only, says why on the others, and what to write for all Italy', async () => {
    const folder = freshFolder();
    const src = await serve(`${folder}/bundle.json`, bundleFixture());
    const capture = captureWarnings();
    try {
      const map = await mapOf(src);
      const navigated: string[] = [];
      map.addEventListener('region-map-navigate', (event) => navigated.push(event.detail.region));
      const key = async (name: string) => {
        mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
        await elementUpdated(map);
      };
      mapBox(map).focus();
      await key('ArrowRight');
      // Lazio's provinces and comuni are not in Toscana's file: Enter leaves the reader where they are, told why
      // (it led to an error in place of the map, with no way back but a reload).
      expect(live(map)).to.match(/^Lazio\..*Le sue province e i suoi comuni non sono in questi dati\.$/);
      await key('Enter');
      await aTimeout(50);
      expect([map.region, map.level, navigated]).to.deep.equal(['', 'regions', []]);
      expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
      await key('ArrowLeft');
      expect(live(map))
        .to.match(/^Toscana/)
        .and.not.to.contain('non sono in questi dati');
      await key('Enter');
      await waitUntil(() => shadow(map).querySelector('[aria-current="page"]')?.textContent === 'Toscana', 'did not enter Toscana');
      expect(navigated).to.deep.equal(['09']);
      // A map of all Italy's comuni or provinces, or of a region the file does not hold: the error says what it holds.
      for (const [attributes, said] of [
        [
          'level=comuni',
          `level="comuni" senza region mostra tutta l'Italia, ma questi dati contengono solo Toscana (region="09"): scrivere anche la regione.`,
        ],
        ['level=provinces', `level="provinces" senza region mostra tutta l'Italia`],
        ['region=12', `Non trovo la regione "12" nei dati (${src}), che contengono solo Toscana ("09").`],
      ] as [string, string][]) {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
        const other = document.createElement('region-map');
        for (const pair of `src=${src} lang=it ${attributes}`.split(' ')) other.setAttribute(...(pair.split('=') as [string, string]));
        box.append(other);
        await failed(other);
        await waitUntil(
          () => flat(shadow(other).querySelector('[role="alert"]')!).includes(said),
          `${attributes}: ${flat(shadow(other).querySelector('[role="alert"]')!)}`,
        );
      }
      // The region the page named, which the file lacks: the way back names it from the index, not "12".
      const lazio = document.querySelector<RegionMap>('region-map[region="12"]')!;
      const crumbs = () => [...shadow(lazio).querySelectorAll('.breadcrumb li')].map(flat).join(' › ');
      await waitUntil(() => crumbs() === 'Italia › Lazio', `the way back reads ${crumbs()}`);
    } finally {
      capture.restore();
    }
  });

  it("keeps the way back when a region's file fails after the reader entered it, with the focus on it", async () => {
    const { folder, src } = await serveContract();
    await serve(`${folder}/regions/09.json`, 'missing', { status: 404 });
    const capture = captureWarnings();
    try {
      const map = await mapOf(src);
      mapBox(map).focus();
      await elementUpdated(map);
      mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await failed(map);
      // The error alone, before: the map, its breadcrumb and the focus were gone, and only a reload led back.
      const crumbs = () => [...shadow(map).querySelectorAll('.breadcrumb li')].map(flat);
      await waitUntil(() => crumbs().join(' › ') === 'Italia › Toscana', `no way back: ${crumbs().join(' › ')}`);
      const back = shadow(map).querySelector<HTMLButtonElement>('.breadcrumb button')!;
      await waitUntil(() => shadow(map).activeElement === back, 'the focus is not on the way back');
      back.click();
      await ready(map);
      expect([map.region, map.level]).to.deep.equal(['', 'regions']);
      await waitUntil(() => shadow(map).activeElement === mapBox(map) && live(map).startsWith('Toscana'), 'focus not on the region left');
    } finally {
      capture.restore();
    }
  });

  it('shows active and role-model schools at comuni level, in the legend and in the announcement', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'region=09 level=comuni points=active');
    expect(shadow(map).querySelector('[part~="legend"]')!.textContent).to.contain('Istituzioni attive (2022/23–2024/25)');
    const toggle = [...shadow(map).querySelectorAll('button')].find((b) => b.textContent === 'Scuole virtuose')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await elementUpdated(map);
    expect(map.points).to.equal('active role-models');
    // Reflected, as the view is: an embed code copies the attribute.
    expect(map.getAttribute('points')).to.equal('active role-models');
    expect(shadow(map).querySelector('[part~="legend"]')!.textContent).to.contain('Scuole virtuose');
    mapBox(map).focus();
    await elementUpdated(map);
    // Firenze has two plessi of one role-model institution: counted once.
    const text = live(map);
    expect(text).to.contain("Istituzioni attive dal 2022/23 al 2024/25 con almeno un plesso nell'area: 1");
    expect(text).to.contain("Scuole virtuose con almeno un plesso nell'area: 1");
    await expect(map).to.be.accessible();
    // Both turned off: no attribute, as a page that wrote none.
    for (const name of ['Istituzioni attive', 'Scuole virtuose'])
      [...shadow(map).querySelectorAll('button')].find((b) => b.textContent === name)!.click();
    await elementUpdated(map);
    expect(map.hasAttribute('points')).to.equal(false);
  });

  it("says its points count institutions active over the index's years, not the year shown, each once where it has a plesso", async () => {
    // Pieve di Teco's map of 2025/26 read «0%» beside «Istituzioni attive: 2»: an active liceo's plesso there has no students
    // in the file, so the share, which divides institutions among areas by their students, gives it none of the liceo.
    const { src } = await serveContract();
    const map = await mapOf(src, 'region=09 level=comuni points=active year=2019');
    const legend = () => shadow(map).querySelector('[part~="legend"]')!.textContent!.replace(/\s+/g, ' ');
    expect(legend()).to.contain('Istituzioni attive (2022/23–2024/25)');
    mapBox(map).focus();
    await elementUpdated(map);
    expect(live(map)).to.contain("Istituzioni attive dal 2022/23 al 2024/25 con almeno un plesso nell'area: 1");
    map.lang = 'en';
    await waitUntil(() => legend().includes('Active institutions (2022/23–2024/25)'), 'legend not in English');
    map.blur();
    mapBox(map).focus();
    await waitUntil(
      () => live(map).includes('Active institutions from 2022/23 to 2024/25 with at least one plesso in the area: 1'),
      live(map),
    );
  });

  it('shows points at regions level too, reading the region shards only once points are asked for', async () => {
    const { folder, src } = await serveContract();
    await serve(`${folder}/regions/12.json`, {
      ...regionFixture(),
      region: { code: '12', name: 'Lazio' },
      provinces: [],
      comuni: [],
      schools: [],
    });
    const map = await mapOf(src);
    expect(await hits(`${folder}/regions/09.json`)).to.equal(0);
    map.points = 'active role-models';
    await waitUntil(() => shadow(map).querySelector('[part~="legend"]')?.textContent?.includes('Scuole virtuose'), 'no points legend');
    await map.updateComplete;
    expect(await hits(`${folder}/regions/09.json`)).to.equal(1);
    mapBox(map).focus();
    await elementUpdated(map);
    // Toscana: two institutions, one active and a role model (its plesso counted once), one not active.
    expect(live(map)).to.match(
      /^Toscana\..*Istituzioni attive dal 2022\/23 al 2024\/25 con almeno un plesso nell'area: 1\. Scuole virtuose con almeno un plesso nell'area: 1\.$/,
    );
  });

  it('redraws a change of year from the paths it builds when idle, pixel for pixel as its first paint traced them', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    const canvas = shadow(map).querySelector<HTMLCanvasElement>('canvas.areas')!;
    const pixels = () => canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    // Counted, not compared with deep.equal: a failure's diff of a million bytes would stall the runner.
    const differing = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.reduce((n, v, i) => n + (v === b[i] ? 0 : 1), 0);
    const first = pixels();
    expect(
      first.some((v, i) => i % 4 === 3 && v > 0),
      'something drawn',
    ).to.equal(true);
    // A pointer over the map draws the picking canvas, which builds the snapped paths later redraws fill.
    const box = mapBox(map).getBoundingClientRect();
    mapBox(map).dispatchEvent(
      new PointerEvent('pointermove', { clientX: box.left + 5, clientY: box.top + 5, pointerType: 'mouse', bubbles: true }),
    );
    map.year = 2023;
    await elementUpdated(map);
    expect(differing(pixels(), first), 'another year, other colours').to.be.greaterThan(0);
    map.year = 2024;
    await elementUpdated(map);
    expect(differing(pixels(), first)).to.equal(0);
  });

  it("paints a change of year under a pointer's tooltip before ranking the areas, then says the place; a keyboard user hears it at once", async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    const tooltip = () => shadow(map).querySelector('[part~="tooltip"]')?.textContent ?? '';
    const box = mapBox(map).getBoundingClientRect();
    // The picking canvas is drawn when the page is idle: point over the map until it names Toscana.
    const points = Array.from({ length: 81 }, (_, k) => [0.1 + 0.1 * (k % 9), 0.1 + 0.1 * Math.floor(k / 9)] as const);
    let k = 0;
    await waitUntil(async () => {
      const [x, y] = points[k++ % points.length]!;
      mapBox(map).dispatchEvent(
        new PointerEvent('pointermove', {
          clientX: box.left + x * box.width,
          clientY: box.top + y * box.height,
          pointerType: 'mouse',
          bubbles: true,
        }),
      );
      await map.updateComplete;
      return tooltip().includes('Toscana');
    }, 'no tooltip of Toscana');
    await waitUntil(() => tooltip().includes('Posizione: 1 di 1'), `no place once ranked: ${tooltip()}`);
    // Ranking all Italy's comuni takes longer than the rest of a change of year (#19): it waits for the frame.
    map.year = 2022;
    await map.updateComplete;
    expect(tooltip()).to.contain('Toscana').and.contain('Progetti eTwinning per istituzione: 2').and.not.contain('Posizione');
    await waitUntil(() => tooltip().includes('Posizione: 1 di 1'), `no place after the change: ${tooltip()}`);
    mapBox(map).dispatchEvent(new PointerEvent('pointerleave'));
    mapBox(map).focus();
    map.year = 2024;
    await map.updateComplete;
    expect(live(map)).to.match(/^Toscana\..*Posizione: 1 di 1/);
  });

  it('says that its values are real when only other data of the release is synthetic, on the map and in its downloads', async () => {
    // Erasmus+ grants from a real source in a release whose eTwinning data is synthetic (as the demo's PNRR grants):
    // the map read "valori generati da un modello, non dati reali" over real values.
    const index = indexFixture();
    index.metrics.find((m) => m.id === 'erasmus.grant')!.source = 'mim-anagrafe';
    const { src } = await serveContract({ index });
    const noteOf = (map: RegionMap) => [...shadow(map).querySelectorAll('[role="note"]')].map((p) => p.textContent!.trim());
    const real = await mapOf(src, 'metric=erasmus.grant');
    const others =
      'I valori mostrati vengono da fonti reali; altri dati di questa versione sono sintetici (generati da un modello), e così ciò che ne deriva.';
    expect(noteOf(real)).to.deep.equal([others]);
    const csv = await downloaded(shadow(real), 'CSV');
    expect(csv).to.include(others).and.not.include('non dati reali');
    const modelled = await mapOf(src, 'metric=etwinning.projects');
    expect(noteOf(modelled)).to.deep.equal(['Dati sintetici: valori generati da un modello, non dati reali.']);
  });

  it('says a provisional year in its summary, which a change of year announces, not only beside its title', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'metric=erasmus.grant');
    const summary = () => shadow(map).querySelector('#summary')!.textContent!.replace(/\s+/g, ' ').trim();
    // The fixture's Erasmus+ is provisional from 2022/23 on.
    expect(summary()).to.match(/^Contributi Erasmus\+ per istituzione, 2024\/25 \(dato provvisorio\): /);
    map.year = 2021;
    await elementUpdated(map);
    await waitUntil(() => summary().includes('2021/22'));
    expect(summary()).to.match(/^Contributi Erasmus\+ per istituzione, 2021\/22: /);
    map.lang = 'en';
    map.year = 2023;
    await waitUntil(() => summary().includes('2023/24'));
    expect(summary()).to.match(/, 2023\/24 \(provisional figure\): /);
  });

  it('keeps Play off while the reader asks for reduced motion, says why beside it, stops playing when the preference turns on, and keeps the focus on it', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    const play = () => [...shadow(map).querySelectorAll('button')].find((b) => /^(Riproduci|Pausa)$/.test(b.textContent!.trim()))!;
    const reason = () => shadow(map).querySelector('#play-reduced');
    try {
      play().focus();
      play().click();
      await waitUntil(() => play().textContent!.trim() === 'Pausa', 'did not play');
      expect(reason()).to.equal(null);
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => play().getAttribute('aria-disabled') === 'true', 'Play still on under reduced motion');
      expect(play().textContent!.trim()).to.equal('Riproduci');
      // A keyboard reader on Play when the preference turns on stays there (disabled took the focus to the page's body).
      await map.updateComplete;
      expect(shadow(map).activeElement).to.equal(play());
      const year = shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!.value;
      play().click();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(play().textContent!.trim()).to.equal('Riproduci');
      expect(shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!.value).to.equal(year);
      // The reason is text a keyboard or touch reader sees too, and the button's description.
      expect(reason()!.textContent).to.equal('Animazione disattivata (movimento ridotto)');
      expect(reason()!.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(play().getAttribute('aria-describedby')).to.equal('play-reduced');
      await expect(map).shadowDom.to.be.accessible();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    await waitUntil(() => !play().hasAttribute('aria-disabled') && reason() === null, 'Play still off without the preference');
    expect(play().hasAttribute('aria-describedby')).to.equal(false);
  });

  it('fires a year event when the user moves the slider, not when the year is set from outside', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src);
    let fired = 0;
    map.addEventListener('region-map-year-change', () => fired++);
    map.year = 2023;
    await elementUpdated(map);
    expect(fired).to.equal(0);
    const slider = shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.value = '0';
    const changed = oneEvent(map, 'region-map-year-change');
    slider.dispatchEvent(new Event('input'));
    expect((await changed).detail).to.deep.equal({ year: 2021 });
    expect(slider.getAttribute('aria-valuetext')).to.equal('2021/22');
  });

  it("says the best's and the worst's range of places in the summary once the view is ranked, when the page is idle", async () => {
    const index = indexFixture();
    index.metrics[0] = { ...index.metrics[0]!, dispersion: index.years.map(() => 2) };
    const { src } = await serveContract({ index });
    // A count's highest and lowest, in the totals the page asks for.
    const map = await mapOf(src, 'normalisation=absolute');
    const summary = () => shadow(map).querySelector('#summary')!.textContent!;
    await waitUntil(() => / posto su \d+/.test(summary()), `no places: ${summary()}`);
    // The fixture's one region with data (Lazio has none): named alone, surely first of the one with a value.
    expect(summary()).to.contain('Una sola area ha un valore: Toscana (6; 1º posto su 1 area con un valore)');
  });

  it('shows the same data as a table, and normalises per school with the denominator', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'view=table normalisation=perSchool');
    const rows = [...shadow(map).querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows[0]).to.equal('1 Toscana 3 2');
    expect(rows[1]).to.contain('Lazio');
    // Each column named in words, as in the CSV: the count is the institutions the value was divided by (was "n").
    const headers = () => [...shadow(map).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    // Regions carry no shadow-zone verdict: no status column of dashes (a comuni map has one: test/map/map-places.node.test.ts).
    expect(headers()).to.deep.equal(['Posizione', 'Area', 'Valore', 'Istituzioni']);
    // Exact places (a rate of an older contract, among the areas with enough institutions): no note on ranges to read.
    expect(shadow(map).querySelector('[part~="table"] + .note')).to.equal(null);
    map.normalisation = 'per1000Students';
    await elementUpdated(map);
    await waitUntil(() => headers()[3] === 'Studenti', 'students named');
  });

  it('gives its table and its files a column for each kind of point it draws, counted as the points are', async () => {
    // The table is the map's text alternative: the points drawn on the canvas were only in each area's announcement.
    const { src } = await serveContract();
    const map = await mapOf(src, 'region=09 level=comuni view=table normalisation=perSchool');
    const headers = () => [...shadow(map).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    // The page's table headed by the legend's keys, the rule in a note under it; the file's headings say the whole rule.
    const [active, models] = ['Istituzioni attive (2022/23–2024/25)', 'Scuole virtuose'];
    expect(headers()).to.not.include(active);
    map.points = 'active role-models';
    await waitUntil(() => headers().includes(models), 'no columns of points');
    expect(headers().slice(3, 6)).to.deep.equal(['Istituzioni', active, models]);
    const row = (name: string) =>
      [...shadow(map).querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!;
    // Firenze: one role-model institution, two of its plessi there, counted once; the other comune none.
    const cells = (name: string) => [...row(name).querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells('Firenze').slice(3, 5)).to.deep.equal(['1', '1']);
    expect(cells('Bagno a Ripoli').slice(3, 5)).to.deep.equal(['0', '0']);
    expect(row('Firenze').querySelectorAll('td')[3]!.dataset.label, "a card's label").to.equal(active);
    const notes = [...shadow(map).querySelectorAll('[part~="table"] ~ .note')].map((p) => p.textContent!.trim());
    expect(notes).to.include('Istituzioni attive e scuole virtuose: ognuna è contata una volta in ogni area dove ha almeno un plesso.');
    const [header, ...lines] = (await downloaded(shadow(map), 'CSV')).replace(/^\uFEFF/, '').split('\n');
    expect(header!.split(';').slice(-3, -1)).to.deep.equal([
      "Istituzioni attive dal 2022/23 al 2024/25 con almeno un plesso nell'area",
      "Scuole virtuose con almeno un plesso nell'area",
    ]);
    expect(
      lines
        .find((line) => line.startsWith('048017;'))!
        .split(';')
        .slice(-3, -1),
    ).to.deep.equal(['1', '1']);
  });

  it('names the school year of the students a rate per 1,000 students divides by, in its title and its count column', async () => {
    // Every year's rate divides by one year's students: 2014/15's read as over 2014/15's students.
    const index = indexFixture();
    index.studentsYear = 2024;
    const { src } = await serveContract({ index });
    const map = await mapOf(src, 'view=table normalisation=per1000Students year=2022');
    expect(shadow(map).querySelector('.note strong')!.textContent).to.equal(
      'Progetti eTwinning ogni 1.000 studenti (iscritti nel 2024/25), 2022/23',
    );
    expect([...shadow(map).querySelectorAll('thead th')].map((th) => th.textContent!.trim())[3]).to.equal(
      'Studenti (iscritti nel 2024/25)',
    );
    // Per institution, the year is not said.
    map.normalisation = 'perSchool';
    await elementUpdated(map);
    await waitUntil(
      () => !shadow(map).querySelector('.note strong')!.textContent!.includes('iscritti'),
      'the students named per institution',
    );
  });

  it('says why an area with a value has no rate: no students counted, no institution left; on the map, in its summary and its CSV', async () => {
    // As Trentino-Alto Adige's schools, missing from the students' file: Lazio has projects, no students, no institution.
    const index = indexFixture();
    index.regions[1]!.values = { 'etwinning.projects': [1, 2, 3, 4] };
    const { src } = await serveContract({ index });
    const map = await mapOf(src, 'normalisation=per1000Students');
    const summary = () => (shadow(map).querySelector('#summary')?.textContent ?? '').replace(/\s+/g, ' ').trim();
    expect(summary()).to.match(/ Nessuno studente contato, tasso non calcolabile: Lazio\.$/);
    mapBox(map).focus();
    await elementUpdated(map);
    mapBox(map).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitUntil(() => live(map).startsWith('Lazio'), 'Lazio announced');
    // One full stop after "n.d.", not two.
    expect(live(map)).to.contain('n.d. Nessuno studente contato: tasso non calcolabile.');
    const lines = (await downloaded(shadow(map), 'CSV')).replace(/^\uFEFF/, '').split('\n');
    // One cell, quoted for its comma.
    expect(lines.filter(Boolean).at(-1)).to.equal('"Nessuno studente contato, tasso non calcolabile: Lazio."');
    map.normalisation = 'perSchool';
    map.lang = 'en';
    await waitUntil(() => summary().endsWith('No institution in the current registry, no rate: Lazio.'), summary());
    // Institutions there, none allocated to it: their plessi have no student count. Said apart from "no students counted".
    const shared = indexFixture();
    shared.regions[1]!.values = { 'etwinning.projects': [1, 2, 3, 4] };
    Object.assign(shared.regions[1]!, { institutions: 2, institutionShare: 0 });
    map.src = (await serveContract({ index: shared })).src;
    await waitUntil(() => summary().endsWith('No students counted to allocate institutions by, no rate: Lazio.'), summary());
    map.lang = 'it';
    await waitUntil(
      () => summary().endsWith('Nessuno studente contato per ripartire le istituzioni, tasso non calcolabile: Lazio.'),
      summary(),
    );
    map.lang = 'en';
    // A count has no rate to miss.
    map.normalisation = 'absolute';
    await waitUntil(() => !summary().includes('no rate'), summary());
  });

  it("colours the regions by a survey's estimate in its wave's year, with its interval and n in the table, the announcement and the CSV", async () => {
    const { src } = await serveContract({ survey: true });
    const map = await mapOf(src, 'metric=survey:piano:approvato view=table');
    const file = surveyFixture();
    const toscana = file.areas.find((a) => a.code === '09')!.results[0]!.shares![0]!;
    const pct = (v: number) => `${(Math.round(v * 1000) / 10).toLocaleString('it-IT')}%`;
    const rows = [...shadow(map).querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows.find((r) => r.includes('Toscana'))).to.contain(`${pct(toscana.value)} (${pct(toscana.low)} – ${pct(toscana.high)}) 22`);
    const headings = [...shadow(map).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    // An estimate's place is a range, from its interval and the others'.
    expect(headings[0]).to.equal('Posizione (intervallo)');
    // Under the table, how to read a range: an estimate's, not a count's.
    const note = shadow(map).querySelector('[part~="table"] + .note')!.textContent!;
    expect(note)
      .to.match(/^Posizione \(intervallo\): i posti che l'area può occupare/)
      .and.not.to.contain('conteggio');
    expect(headings[3]).to.equal('Risposte');
    const lines = (await downloaded(shadow(map), 'CSV')).replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).to.equal(
      'Codice ISTAT;Area;"La scuola ha un piano per l\'internazionalizzazione nel PTOF? «Sì, approvato»";Minimo (95%);Massimo (95%);Risposte;Posizione;Posizione migliore possibile;Posizione peggiore possibile',
    );
    expect(lines.join('\n')).to.contain('2024/25');
    map.view = 'map';
    await elementUpdated(map);
    mapBox(map).focus();
    await waitUntil(() => /intervallo al 95%/.test(live(map)), 'announcement with the interval');
    await expect(map).to.be.accessible();
  });

  it('exports the current view as CSV in the page language, then says what it is and where it comes from', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'normalisation=perSchool');
    const lines = (await downloaded(shadow(map), 'CSV')).replace(/^\uFEFF/, '').split('\n');
    expect(lines.slice(0, 3)).to.deep.equal([
      'Codice ISTAT;Area;Progetti eTwinning per istituzione;Progetti eTwinning;Istituzioni;Posizione',
      '09;Toscana;3;6;2;1',
      '12;Lazio;;;;',
    ]);
    const about = lines.slice(4).join('\n');
    expect(about).to.contain('Titolo;"Progetti eTwinning per istituzione, 2024/25 — Italia"');
    expect(about).to.match(/\nFonte;.+/);
    expect(about).to.match(/\nDati del;\d{4}-\d{2}-\d{2}/);
    expect(about).to.contain('Dati sintetici');
    map.lang = 'en';
    await elementUpdated(map);
    const english = (await downloaded(shadow(map), 'CSV')).replace(/^\uFEFF/, '').split('\n');
    expect(english[0]).to.equal('ISTAT code,Area,eTwinning projects per institution,eTwinning projects,Institutions,Rank');
  });

  it('downloads the same table as an XLSX workbook, its writer loaded only then (its cells: test/map/map-export.node.test.ts)', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'normalisation=perSchool');
    const blob = await downloadedBlob(shadow(map), 'XLSX');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).to.deep.equal([0x50, 0x4b], 'a zip (XLSX) file');
    expect(blob.size).to.be.greaterThan(2000);
  });

  it('draws the points of a map of regions from the tallies in the index, without downloading any region shard', async () => {
    // An index written before the tallies: the points come from the region shards.
    const old = await serveContract();
    const fromShards = await quietSvg(old.src, 'points=active');
    expect(await hits(`${old.folder}/regions/09.json`)).to.equal(1);
    // With them (contract 1.1): the same drawing, and not one shard asked for.
    const index = indexFixture();
    const tallies = tallySchools([regionFixture()], 'regions');
    expect(tallies.get('09')!.active, 'the fixture has active institutions to draw').to.be.greaterThan(0);
    for (const region of index.regions) region.tally = tallies.get(region.code) ?? { active: 0, roleModels: 0 };
    const { folder, src } = await serveContract({ index });
    const fromIndex = await downloaded(shadow(await mapOf(src, 'points=active')), 'SVG');
    expect(await hits(`${folder}/regions/09.json`)).to.equal(0);
    expect(await hits(`${folder}/regions/12.json`)).to.equal(0);
    expect(fromIndex).to.include('Istituzioni attive');
    // The figure says how they count, as the table does under it.
    expect(fromIndex).to.include('ognuna è contata una volta in ogni area dove ha almeno un plesso');
    expect(await quietSvg(src, '')).to.not.include('ognuna è contata');
    expect(fromIndex).to.equal(fromShards);
  });

  it('draws an area’s two points side by side, centred where its one point is, so that the diamond hides no circle', async () => {
    const { src } = await serveContract();
    const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    const map = await mapOf(src, 'points=active');
    const alone = [...parse(await downloaded(shadow(map), 'SVG')).querySelectorAll('g circle')];
    expect(alone.length, "Toscana's circle").to.equal(1);
    const anchor = ['cx', 'cy'].map((a) => Number(alone[0]!.getAttribute(a)));
    map.points = 'active role-models';
    await map.updateComplete;
    const svg = parse(await downloaded(shadow(map), 'SVG'));
    const circle = svg.querySelector('g circle')!;
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((a) => Number(circle.getAttribute(a)));
    // The map's diamond (the legend has its own): four corners, left and right ones on the anchor's line.
    const cornersOf = (p: Element) =>
      p
        .getAttribute('d')!
        .slice(1, -1)
        .split('L')
        .map((xy) => xy.split(',').map(Number));
    const diamonds = [...svg.querySelectorAll('path')].filter((p) => /^M[^L]+L[^L]+L[^L]+L[^L]+Z$/.test(p.getAttribute('d') ?? ''));
    const corners = diamonds.map(cornersOf).find((c) => Math.abs(c[1]![1]! - anchor[1]!) < 1e-6)!;
    expect(corners, 'a diamond on the anchor’s line').to.not.equal(undefined);
    const [left, right] = [Math.min(...corners.map(([x]) => x!)), Math.max(...corners.map(([x]) => x!))];
    expect(cy).to.be.closeTo(anchor[1]!, 1e-9);
    expect(corners[1]![1], 'the diamond on the same line').to.be.closeTo(anchor[1]!, 1e-9);
    // Drawn on one spot before: the circle's right edge now a pixel short of the diamond's left corner.
    expect(left - (cx! + r!)).to.be.closeTo(1, 1e-9);
    expect((cx! - r! + right) / 2, 'the pair centred on the anchor').to.be.closeTo(anchor[0]!, 1e-9);
  });

  it("draws an area's points inside it, where its centroid is not (a crescent, as Liguria is), in the SVG it downloads", async () => {
    const { folder, src } = await serveContract();
    // Toscana as a "C" open to the east, its centroid in the opening; Lazio a square in the opening.
    const crescent: [number, number][] = [
      [0, 0],
      [10, 0],
      [0, 2],
      [-8, 0],
      [0, 6],
      [8, 0],
      [0, 2],
      [-10, 0],
      [0, -10],
    ];
    const square: [number, number][] = [
      [4, 3],
      [5, 0],
      [0, 4],
      [-5, 0],
      [0, -4],
    ];
    await serve(`${folder}/geo/regions.topo.json`, {
      type: 'Topology',
      transform: { scale: [1, 1], translate: [0, 0] },
      objects: {
        regions: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '09', arcs: [[0]] },
            { type: 'Polygon', id: '12', arcs: [[1]] },
          ],
        },
      },
      arcs: [crescent, square],
    });
    const text = await quietSvg(src, 'points=active');
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement as unknown as SVGSVGElement;
    document.body.append(svg);
    try {
      const toscana = [...svg.querySelectorAll('path')].find((p) => p.querySelector('title')?.textContent?.startsWith('Toscana'))!;
      const [scale, , , , dx, dy] = /matrix\(([^)]+)\)/.exec(toscana.parentElement!.getAttribute('transform')!)![1]!.split(' ').map(Number);
      const circles = [...svg.querySelectorAll('circle')].filter((c) => c.closest('g'));
      expect(circles.length, "Toscana's point").to.equal(1);
      const [cx, cy] = ['cx', 'cy'].map((a) => Number(circles[0]!.getAttribute(a)));
      // In the area's own units: inside Toscana's outline, not in Lazio nor the gap.
      const at = new DOMPoint((cx! - dx!) / scale!, (cy! - dy!) / scale!);
      expect(toscana.isPointInFill(at), `(${at.x}, ${at.y}) in Toscana`).to.equal(true);
    } finally {
      svg.remove();
    }
  });

  it("draws all Italy's comuni from the national area file of its metric, without any region shard, as it would from the shards", async () => {
    const national = (index: ReturnType<typeof indexFixture>) => {
      index.geometry.comuniNational = { url: 'geo/comuni/italia.topo.json', object: 'comuni' };
      return index;
    };
    // An index without area files: the comuni come from the region shards.
    const old = await serveContract({ index: national(indexFixture()) });
    await serve(`${old.folder}/geo/comuni/italia.topo.json`, topologyFixture('comuni', ['048017', '048001']));
    // Lazio's shard, empty: a map of all comuni needs every region's.
    await serve(`${old.folder}/regions/12.json`, {
      ...regionFixture(),
      region: { code: '12', name: 'Lazio' },
      provinces: [],
      comuni: [],
      schools: [],
    });
    const fromShards = await quietSvg(old.src, 'level=comuni points=active');
    expect(await hits(`${old.folder}/regions/09.json`)).to.equal(1);
    // With them: one file of the metric shown, the same drawing, no shard.
    const index = national(indexFixture());
    index.shards.areas = 'areas/{level}/{metric}.json';
    expect(
      tallySchools([regionFixture()], 'comuni').get('048017')!.active,
      'the fixture has active institutions to draw',
    ).to.be.greaterThan(0);
    const file = nationalAreaFile();
    const { folder, src } = await serveContract({ index });
    await serve(`${folder}/geo/comuni/italia.topo.json`, topologyFixture('comuni', ['048017', '048001']));
    await serve(`${folder}/areas/comuni/etwinning.projects.json`, file);
    const fromFile = await downloaded(shadow(await mapOf(src, 'level=comuni points=active')), 'SVG');
    expect(await hits(`${folder}/regions/09.json`)).to.equal(0);
    expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(1);
    expect(fromFile).to.include('Istituzioni attive');
    expect(fromFile).to.equal(fromShards);
  });

  it("asks for all Italy's comuni and its metric's values while the index is on its way, and draws what the index names", async () => {
    const file = nationalAreaFile();
    const index = indexFixture();
    index.shards.areas = 'areas/{level}/{metric}.json';
    index.geometry.comuniNational = { url: 'geo/comuni/italia.topo.json', packed: 'geo/comuni/italia.packed.json', object: 'comuni' };
    const folder = freshFolder();
    await serve(`${folder}/geo/comuni/italia.packed.json`, packTopology(topologyFixture('comuni', ['048017', '048001'])));
    await serve(`${folder}/areas/comuni/etwinning.projects.json`, file);
    // The index answers after 600 ms: both files are asked for before it arrives, and only once.
    const src = await serve(`${folder}/index.json`, index, { delay: 600 });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
    const map = document.createElement('region-map');
    for (const [name, value] of Object.entries({ src, level: 'comuni', metric: 'etwinning.projects', year: '2024', lang: 'it' }))
      map.setAttribute(name, value);
    box.append(map);
    await waitUntil(async () => (await hits(`${folder}/areas/comuni/etwinning.projects.json`)) === 1, 'the area file not asked for', {
      timeout: 500,
    });
    expect(await hits(`${folder}/geo/comuni/italia.packed.json`)).to.equal(1);
    expect(shadow(map).querySelector('[part~="legend"]'), 'drawn before its index arrived').to.equal(null);
    await ready(map);
    expect(await hits(`${folder}/index.json`)).to.equal(1);
    expect(await hits(`${folder}/geo/comuni/italia.packed.json`)).to.equal(1);
    expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(1);
    expect(await hits(`${folder}/geo/comuni/italia.topo.json`)).to.equal(0);
    expect(shadow(map).querySelector('#summary')!.textContent).to.contain('2 comuni');
  });

  it('never draws a file found where the data tools would write it when the index names another one', async () => {
    const index = indexFixture();
    index.shards.areas = 'values/{level}-{metric}.json';
    index.geometry.comuniNational = { url: 'shapes/italia.topo.json', packed: 'shapes/italia.packed.json', object: 'comuni' };
    const folder = freshFolder();
    // At the usual addresses: a broken file, and another metric's values, either an error if drawn. The index names neither.
    await serve(`${folder}/geo/comuni/italia.packed.json`, '{"this file": "is not the layer"');
    await serve(`${folder}/areas/comuni/etwinning.projects.json`, { ...nationalAreaFile(), metric: 'erasmus.active' });
    await serve(`${folder}/shapes/italia.packed.json`, packTopology(topologyFixture('comuni', ['048017', '048001'])));
    await serve(`${folder}/values/comuni-etwinning.projects.json`, nationalAreaFile());
    const src = await serve(`${folder}/index.json`, index);
    const map = await mapOf(src, 'level=comuni');
    expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
    expect(await hits(`${folder}/shapes/italia.packed.json`)).to.equal(1);
    expect(await hits(`${folder}/values/comuni-etwinning.projects.json`)).to.equal(1);
    // The files the index names are drawn.
    expect(shadow(map).querySelector('#summary')!.textContent).to.contain('2 comuni');
  });

  it("draws all Italy's provinces from their national area file, without any region shard, as it would from the shards", async () => {
    const lazio = { ...regionFixture(), region: { code: '12', name: 'Lazio' }, provinces: [], comuni: [], schools: [] };
    // An index whose area files are comuni's only (as contract 1.1 first had): the provinces come from the shards.
    const old = await serveContract({
      index: { ...indexFixture(), shards: { ...indexFixture().shards, areas: 'areas/{level}/{metric}.json' } },
    });
    await serve(`${old.folder}/regions/12.json`, lazio);
    const fromShards = await quietSvg(old.src, 'level=provinces points=active');
    expect(await hits(`${old.folder}/regions/09.json`)).to.equal(1);
    expect(await hits(`${old.folder}/areas/provinces/etwinning.projects.json`)).to.equal(0, 'not asked for: the index does not list it');
    // With the provinces' files: one file, the same drawing, no shard.
    const index = indexFixture();
    index.shards.areas = 'areas/{level}/{metric}.json';
    index.areaLevels = ['comuni', 'provinces'];
    const shard = regionFixture();
    const tallies = tallySchools([shard], 'provinces');
    expect(tallies.get('048')!.active, 'the fixture has active institutions to draw').to.be.greaterThan(0);
    const { contract, generatedAt, release, synthetic } = index;
    const file = {
      ...{ contract, generatedAt, release, synthetic },
      kind: 'areas',
      level: 'provinces',
      metric: 'etwinning.projects',
      years: shard.years,
      ...areaColumns(
        shard.provinces.map(({ acronym: _a, region: _r, ...province }) => ({
          ...province,
          province: province.code,
          hasGeometry: true,
          tally: tallies.get(province.code) ?? { active: 0, roleModels: 0 },
        })),
        'etwinning.projects',
        shard.years.length,
      ),
    };
    const { folder, src } = await serveContract({ index });
    await serve(`${folder}/areas/provinces/etwinning.projects.json`, file);
    const fromFile = await downloaded(shadow(await mapOf(src, 'level=provinces points=active')), 'SVG');
    expect(await hits(`${folder}/regions/09.json`)).to.equal(0);
    expect(await hits(`${folder}/areas/provinces/etwinning.projects.json`)).to.equal(1);
    expect(fromFile).to.include('Istituzioni attive');
    expect(fromFile).to.equal(fromShards);
  });

  it('exports an SVG snapshot with fixed data and rounded numbers', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'year=2022 normalisation=absolute');
    await expectSvgSnapshot(await downloaded(shadow(map), 'SVG'), 'region-map-export', import.meta.url);
  });

  it('exports SVG and PNG figures that stand alone: title and place, legend, source, date and notes; PNG from the table view too', async () => {
    const { src } = await serveContract();
    const map = await mapOf(src, 'points=active');
    const svg = new DOMParser().parseFromString(await downloaded(shadow(map), 'SVG'), 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts[0]).to.equal('Progetti eTwinning per istituzione, 2024/25 — Italia');
    expect(texts).to.include.members(['Nessun dato', 'Istituzioni attive (2022/23–2024/25)']);
    expect(texts.some((t) => t!.startsWith('Fonte: '))).to.equal(true);
    // The day as people read it, not the file's ISO day.
    expect(texts.some((t) => /^Dati (del |dell’)\d{1,2} [a-z]+ \d{4}$/.test(t!))).to.equal(true);
    expect(texts.some((t) => t!.startsWith('Dati sintetici'))).to.equal(true);
    expect(svg.querySelectorAll('path title').length, 'one titled path per area').to.equal(2);
    map.view = 'table';
    await elementUpdated(map);
    const png = await downloadedBlob(shadow(map), 'PNG');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    // 800 CSS pixels wide at twice the resolution; taller than the map alone (title, legend and notes around it).
    expect(bitmap.width).to.equal(1600);
    expect(bitmap.height).to.be.greaterThan(bitmap.width / 2 + 200);
  });

  it('offers to try again after a fault that may pass, and draws the map when the host answers', async () => {
    const { folder } = await serveContract();
    // The index fails three times (the loader's first try and two retries), then answers.
    const src = await serve(`${folder}/index`, indexFixture(), { fail: 3 });
    const capture = captureWarnings();
    try {
      const el = await fixture<RegionMap>(html`<region-map src=${src} lang="it"></region-map>`);
      await failed(el);
      const retry = shadow(el).querySelector<HTMLButtonElement>('[part~="retry"]')!;
      expect(retry.textContent).to.equal('Riprova');
      retry.click();
      await ready(el);
      expect(await hits(`${folder}/index`)).to.equal(4);
    } finally {
      capture.restore();
    }
  });

  it('shows a clear error and warns once when src is missing', async () => {
    const capture = captureWarnings();
    try {
      const el = await fixture<RegionMap>(html`<region-map lang="it"></region-map>`);
      await failed(el);
      await aTimeout(50);
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain("Manca l'attributo src");
      expect(capture.warnings.filter((w) => w.includes('src attribute'))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('shows the loader error for a missing file, in the page language, without throwing', async () => {
    const capture = captureWarnings();
    try {
      const folder = freshFolder();
      const src = await serve(`${folder}/index.json`, 'nope', { status: 404 });
      const el = await fixture<RegionMap>(html`<region-map src=${src} lang="en"></region-map>`);
      await failed(el);
      await waitUntil(
        () => shadow(el).querySelector('[role="alert"]')!.textContent!.includes('Data not found (HTTP 404)'),
        'no localized message',
      );
      expect(capture.warnings.some((w) => w.includes('HTTP 404'))).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('shows the latest year for a year the data does not have, and says so, as the lists do (an old link went blank)', async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      // A year written as a school year, as an old link or a hand-written attribute may have it.
      const map = await mapOf(src, 'year=2024/25');
      const note = [...shadow(map).querySelectorAll('.note')].map((n) => n.textContent!.trim());
      expect(note).to.include(
        'year="2024/25" non è un anno dei dati (dal 2021/22 al 2024/25; il 2024/25 si scrive 2024): è stato ignorato.',
      );
      expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
      expect(shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!.value, 'the slider on the year shown').to.equal('3');
      expect(capture.warnings.filter((w) => w.includes('year="2024/25" is not a year of the data'))).to.have.length(1);
      // Moving to a year of the data takes it, and the note goes.
      map.year = 2022;
      await elementUpdated(map);
      expect(shadow(map).textContent).not.to.contain('2024/25" non è');
    } finally {
      capture.restore();
    }
  });

  it('shows an error for garbled data and for an unknown metric', async () => {
    const capture = captureWarnings();
    try {
      const folder = freshFolder();
      const bad = await serve(`${folder}/index.json`, '{"contract":');
      const el = await fixture<RegionMap>(html`<region-map src=${bad}></region-map>`);
      await failed(el);
      await waitUntil(() => shadow(el).querySelector('[role="alert"]')!.textContent!.includes('JSON'), 'no parse message');
      const { src } = await serveContract();
      const other = await fixture<RegionMap>(html`<region-map src=${src} metric="etwinning.nothing"></region-map>`);
      await failed(other);
      expect(shadow(other).querySelector('[role="alert"]')!.textContent).to.contain('Indicatore sconosciuto "etwinning.nothing"');
      expect(capture.warnings.some((w) => w.includes('Unknown metric'))).to.equal(true);
      const cases: [string, string, string][] = [
        // A region written without its leading zero: the error says how codes are written.
        ['region', '9', 'Regione sconosciuta "9": usare il codice ISTAT di due cifre (09 per la Toscana, 12 per il Lazio).'],
        // A province of Italy without its region: the error writes the attributes that show it (it read "Provincia sconosciuta").
        [
          'province',
          '048',
          'La provincia "048" si mostra con la sua regione e i suoi comuni: scrivere region="09" level="comuni" province="048".',
        ],
        // A palette it does not have: it drew the blues without a word.
        ['palette', 'reds', 'Tavolozza sconosciuta "reds": usare blues, viridis o cividis.'],
      ];
      for (const [name, value, message] of cases) {
        const box = await fixture<HTMLDivElement>(html`<div></div>`);
        const map = document.createElement('region-map') as RegionMap;
        map.setAttribute('src', src);
        map.setAttribute(name, value);
        box.append(map);
        await failed(map);
        expect(shadow(map).querySelector('[role="alert"]')!.textContent).to.contain(message);
      }
      // A province well written that the data does not hold (an old link's code): said as data, and told to the page
      // (a <linked-view> around shows the region instead).
      const told: unknown[] = [];
      const box = await fixture<HTMLDivElement>(html`<div @scuole-area-missing=${(e: CustomEvent) => told.push(e.detail)}></div>`);
      box.innerHTML = `<region-map src="${src}" region="09" level="comuni" province="199"></region-map>`;
      const gone = box.querySelector('region-map') as RegionMap;
      await failed(gone);
      expect(shadow(gone).querySelector('[role="alert"]')!.textContent).to.contain('Non trovo la provincia "199" nei dati');
      expect(told).to.deep.equal([{ level: 'province', code: '199' }]);
    } finally {
      capture.restore();
    }
  });

  it('says under its title a normalisation its metric does not offer and a view it does not know, until given one it has', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const map = await mapOf(
        src,
        'metric=erasmus.grant normalisation=per1000Students view=grafico classes=12 points=actives drill-level=comune',
      );
      const notes = () => notesOf(map);
      expect(notes()).to.include(
        'normalisation="per1000Students" non è disponibile per «Contributi Erasmus+»: si vedono i valori assoluti.',
      );
      expect(notes()).to.include('view="grafico" non è un valore ammesso (map, table): è stato ignorato, si vede view="map".');
      // Classes outside 2 to 7: the nearest drawn, and said (it drew 7 without a word).
      expect(notes()).to.include('classes="12" non è un numero intero da 2 a 7: è stato ignorato, si vede classes="7".');
      // A word of points it does not know: said, and neither the toggle nor the legend claims points the map does not draw.
      expect(notes()).to.include('points="actives": "actives" non è un valore ammesso (active, role-models): è stato ignorato.');
      const toggle = [...shadow(map).querySelectorAll('.toolbar button')].find((b) => b.textContent!.trim() === 'Istituzioni attive')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(map).querySelector('[part~="legend"] .point')).to.equal(null);
      expect(map.view).to.equal('map');
      // A drill level it does not know: the default, said now (it failed only once a region was entered, as a "level").
      expect(notes()).to.include(
        'drill-level="comune" non è un valore ammesso (provinces, comuni): è stato ignorato, si vede drill-level="provinces".',
      );
      expect(map.drillLevel).to.equal('provinces');
      expect(capture.warnings.join(' ')).to.include('normalisation="per1000Students" is not available for “erasmus.grant”');
      // The reader's language, then a metric that offers it and the table view: nothing more to say.
      map.lang = 'en';
      await waitUntil(
        () => notes().some((n) => n.includes('is not available for “Erasmus+ grants”: absolute values are shown.')),
        'English',
      );
      map.metric = 'etwinning.projects';
      map.view = 'table';
      map.classes = 4;
      map.points = 'active';
      await waitUntil(() => !notes().some((n) => n.includes('normalisation=')), 'the note stays');
      expect(notes().join(' ')).not.to.include('view=');
      expect(notes().join(' ')).not.to.include('classes=');
      expect(notes().join(' ')).not.to.include('points=');
      await expect(map).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('draws the classes a page sets (breaks) in its legend and its picture, the same on any map, and says one it cannot read', async () => {
    const { src } = await serveContract();
    // Set as a page's script would: mapOf's attributes are one word each.
    const map = await mapOf(src);
    map.setAttribute('breaks', '2 4.5 10');
    await waitUntil(() => legendLabels(map)[0] === 'meno di 2', 'breaks not drawn');
    expect(legendLabels(map).slice(0, 4)).to.deep.equal(['meno di 2', '2 – 4,50', '4,50 – 10', '10 o più']);
    // Toscana's 6 projects in the third class of four: the legend holds every class, whatever the values.
    const svg = await downloaded(shadow(map), 'SVG');
    for (const label of ['meno di 2', '2 – 4,50', '10 o più']) expect(svg).to.include(`>${label}<`);
    map.lang = 'en';
    await waitUntil(() => legendLabels(map)[0] === 'under 2', 'English');
    expect(legendLabels(map)[3]).to.equal('10 or more');
    // Thresholds replace classes: a count of classes out of range is not said as drawn («classes="7" is shown»).
    map.classes = 12;
    await elementUpdated(map);
    const said = [...shadow(map).querySelectorAll('.note')].map((p) => p.textContent!).join(' ');
    expect(said).not.to.include('classes=');

    const capture = captureWarnings();
    try {
      const wrong = await mapOf(src, 'breaks=2,5');
      expect(notesOf(wrong)).to.include(
        'breaks="2,5" ignorato («2,5» non è un numero; decimali con il punto: 12.5): si vedono le classi della mappa.',
      );
      expect(legendLabels(wrong)[0]).not.to.include('meno di');
      const percent = await mapOf(src, 'breaks=10%');
      expect(notesOf(percent)).to.include(
        'breaks="10%" ignorato (qui non si scrive in percentuale: togliere il segno % da «10%»): si vedono le classi della mappa.',
      );
      expect(capture.warnings.filter((w) => w.includes('breaks='))).to.have.length(2);
      await expect(wrong).to.be.accessible();
    } finally {
      capture.restore();
    }
  });

  it('colours every year by the latest year’s thresholds, says so under the legend and in its pictures, and keeps it as the reader moves the year', async () => {
    // Toscana's projects grow from 1 to 8, Lazio's from 2 to 9: each year's own classes drew 2021/22 as 2024/25.
    const index = indexFixture();
    index.regions[0]!.values['etwinning.projects'] = [1, 2, 4, 8];
    index.regions[1]!.values['etwinning.projects'] = [2, 3, 5, 9];
    const { src } = await serveContract({ index });
    const fills = async (map: RegionMap) =>
      [...(await downloaded(shadow(map), 'SVG')).matchAll(/fill="([^"]+)"[^>]*><title>(Toscana|Lazio):/g)].map((m) => `${m[2]} ${m[1]}`);
    const map = await mapOf(src, 'year=2021 normalisation=absolute');
    const note = 'Soglie delle classi del 2024/25, le stesse in ogni anno.';
    expect(legendLabels(map)).to.deep.equal(['1 – 9', '9 o più', 'Nessun dato', note]);
    const [toscana, lazio] = await fills(map);
    expect(toscana!.split(' ')[1], 'one class for 1 and 2, below 2024/25’s threshold').to.equal(lazio!.split(' ')[1]);
    expect(await downloaded(shadow(map), 'SVG')).to.include(`>${note}<`);
    // The reader moves the year with the keyboard: the thresholds stay, the colours tell the years apart.
    const slider = shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    for (let k = 0; k < 3; k++) await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => map.year === 2024, 'the year did not move');
    await waitUntil(() => legendLabels(map)[0] === '8', 'the legend did not follow the year');
    expect(legendLabels(map)).to.deep.equal(['8', '9', 'Nessun dato', note]);
    expect(shadow(map).activeElement, 'the focus stays on the slider').to.equal(slider);
    const [toscana24, lazio24] = await fills(map);
    expect(toscana24, 'Toscana’s 8 in 2024/25 is the colour of its 1 in 2021/22: both below the threshold').to.equal(toscana);
    expect(lazio24).not.to.equal(lazio);
    map.lang = 'en';
    await waitUntil(() => legendLabels(map).at(-1) === 'Class thresholds of 2024/25, the same in every year.', 'English');

    // Each year its own, as the page may ask: said too.
    const own = await mapOf(src, 'year=2021 classes-year=each normalisation=absolute');
    expect(legendLabels(own)).to.deep.equal([
      '1',
      '2',
      'Nessun dato',
      'Classi proprie di ogni anno: i colori non si confrontano tra anni.',
    ]);
    await expect(own).to.be.accessible();

    const capture = captureWarnings();
    try {
      const wrong = await mapOf(src, 'year=2021 classes-year=2021/22');
      expect(notesOf(wrong)).to.include(
        'classes-year="2021/22" non è un valore ammesso (latest, each, un anno scolastico come 2019): è stato ignorato, si vede classes-year="latest".',
      );
      expect(legendLabels(wrong).at(-1)).to.equal(note);
      expect(capture.warnings.filter((w) => w.includes('classes-year="2021/22"'))).to.have.length(1);
    } finally {
      capture.restore();
    }
  });

  it('colours every year by the classes of a school year the page names, and says so, or why it cannot', async () => {
    // Toscana's projects grow from 1 to 8, Lazio's from 2 to 9: by 2021/22's classes both reach its top class.
    const index = indexFixture();
    index.regions[0]!.values['etwinning.projects'] = [1, 2, 4, 8];
    index.regions[1]!.values['etwinning.projects'] = [2, 3, 5, 9];
    const { src } = await serveContract({ index });
    const fills = async (map: RegionMap) =>
      [...(await downloaded(shadow(map), 'SVG')).matchAll(/fill="([^"]+)"[^>]*><title>(?:Toscana|Lazio):/g)].map((m) => m[1]);
    const map = await mapOf(src, 'year=2024 classes-year=2021 normalisation=absolute');
    const note = 'Soglie delle classi del 2021/22, le stesse in ogni anno.';
    // The legend's ends say how far 2024/25's values reach, open where none is.
    expect(legendLabels(map)).to.deep.equal(['meno di 2', '2 – 9', 'Nessun dato', note]);
    const [toscana, lazio] = await fills(map);
    expect(toscana, 'both above 2021/22’s threshold').to.equal(lazio);
    expect(await downloaded(shadow(map), 'SVG')).to.include(`>${note}<`);
    expect(notesOf(map).join(' ')).not.to.include('classes-year');
    // Its own year looks as its own classes draw it.
    map.year = 2021;
    await waitUntil(() => legendLabels(map)[0] === '1', 'the legend did not follow the year');
    expect(legendLabels(map)).to.deep.equal(['1', '2', 'Nessun dato', note]);
    const [toscana21, lazio21] = await fills(map);
    expect(toscana21).not.to.equal(lazio21);
    expect(lazio21, 'Lazio’s 2 in 2021/22 is as dark as its 9 in 2024/25').to.equal(lazio);
    await expect(map).to.be.accessible();

    const capture = captureWarnings();
    try {
      const latest = await mapOf(src, 'year=2024 normalisation=absolute');
      const missing = await mapOf(src, 'year=2024 classes-year=2030 normalisation=absolute');
      expect(notesOf(missing)).to.include(
        'classes-year="2030" non è un anno dei dati (dal 2021/22 al 2024/25; il 2024/25 si scrive 2024): è stato ignorato.',
      );
      expect(legendLabels(missing)).to.deep.equal(legendLabels(latest));
      expect(await fills(missing)).to.deep.equal(await fills(latest));
      missing.lang = 'en';
      await waitUntil(() =>
        notesOf(missing).some((n) => n.startsWith('classes-year="2030" is not a year of the data (2021/22 to 2024/25;')),
      );
      // A year of the data without a value in the map's areas.
      index.regions[0]!.values['etwinning.projects'] = [null, 2, 4, 8];
      index.regions[1]!.values['etwinning.projects'] = [null, 3, 5, 9];
      const { src: emptyFirst } = await serveContract({ index });
      const empty = await mapOf(emptyFirst, 'year=2024 classes-year=2021 normalisation=absolute');
      expect(notesOf(empty)).to.include(
        'classes-year="2021": nel 2021/22 le aree della mappa non hanno valori di «Progetti eTwinning»: è stato ignorato.',
      );
      expect(legendLabels(empty).at(-1)).to.equal('Soglie delle classi del 2024/25, le stesse in ogni anno.');
      expect(capture.warnings.filter((w) => w.includes('classes-year='))).to.deep.equal([
        '[region-map] classes-year="2030" is not a year of the data (2021/22 to 2024/25; 2024/25 is written 2024): it was ignored.',
        '[region-map] classes-year="2021": in 2021/22 the map\'s areas have no values of “etwinning.projects”: it was ignored.',
      ]);
    } finally {
      capture.restore();
    }
  });

  it('drops the note of a value it ignored once the page removes the attribute, binds it to null or writes the default', async () => {
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const map = await mapOf(src);
      const notes = () => notesOf(map).join(' ');
      for (const [name, property, fallback] of [
        ['view', 'view', 'map'],
        ['drill-level', 'drillLevel', 'provinces'],
        ['classes-year', 'classesYear', 'latest'],
      ] as const) {
        for (const unset of [
          () => map.removeAttribute(name),
          () => ((map as unknown as Record<string, null>)[property] = null),
          // The value it already shows, written as an attribute (the view's is reflected: it reads it already) or set.
          () => map.setAttribute(name, fallback),
          () => ((map as unknown as Record<string, string>)[property] = fallback),
        ]) {
          map.setAttribute(name, 'x');
          await elementUpdated(map);
          expect(notes(), name).to.include(`${name}="x" non è un valore ammesso`);
          unset();
          await elementUpdated(map);
          expect(notes(), `${name} unset`).not.to.include(`${name}="x"`);
        }
      }
    } finally {
      capture.restore();
    }
  });

  it('keeps the legend beside a wide map as narrow as its keys: the note under it wraps, on a phone too', async () => {
    const { src } = await serveContract();
    for (const width of [800, 320]) {
      const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}></div>`);
      const map = document.createElement('region-map');
      map.src = src;
      map.metric = 'etwinning.projects';
      map.year = 2022;
      box.append(map);
      await ready(map);
      const list = shadow(map).querySelector<HTMLElement>('[part~="legend"]')!;
      const about = list.querySelector<HTMLElement>('.about')!;
      // The legend as wide with the note as without it.
      const withNote = list.getBoundingClientRect().width;
      about.style.display = 'none';
      const withoutNote = list.getBoundingClientRect().width;
      about.style.display = '';
      expect(withNote, 'the note widened the legend').to.be.closeTo(withoutNote, 0.5);
      // Right under the keys, not pushed to the foot of the map's height.
      const keys = [...list.querySelectorAll('li:not(.about)')].map((li) => li.getBoundingClientRect().bottom);
      expect(about.getBoundingClientRect().top - Math.max(...keys), 'under the last key').to.be.within(0, 16);
      if (width === 800) expect(withNote, 'beside the map').to.be.below(300);
      expect(about.getBoundingClientRect().width, 'the note as wide as the legend').to.be.within(
        list.getBoundingClientRect().width - 1,
        list.getBoundingClientRect().width + 1,
      );
      expect(about.scrollWidth, 'nothing cut').to.be.at.most(about.clientWidth + 1);
      expect(map.getBoundingClientRect().width).to.be.at.most(width);
    }
  });

  it('shows only the last of quickly changed sources, never a stale one', async () => {
    const slowIndex = indexFixture();
    slowIndex.metrics[0]!.label = { it: 'LENTO', en: 'SLOW' };
    const slow = await serveContract({ index: slowIndex, indexRoute: { delay: 600 } });
    const fastIndex = indexFixture();
    fastIndex.metrics[0]!.label = { it: 'VELOCE', en: 'FAST' };
    const fast = await serveContract({ index: fastIndex });
    const el = await fixture<RegionMap>(html`<div style="width: 300px"><region-map src=${slow.src} lang="it"></region-map></div>`);
    const map = el.querySelector('region-map')!;
    await aTimeout(50);
    map.src = fast.src;
    await ready(map);
    await aTimeout(800);
    expect(shadow(map).textContent).to.contain('VELOCE');
    expect(shadow(map).textContent).not.to.contain('LENTO');
  });

  it("holds the map's height while its data loads, so that the page under it does not jump when the map comes", async () => {
    // A line of "Caricamento…" (21 px) grew to the map's 700 px: the dashboard's panels under it moved all at once.
    const slow = await serveContract({ indexRoute: { delay: 800 } });
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><region-map src=${slow.src} lang="it" style="--region-map-height: 420px"></region-map></div>`,
    );
    const map = box.querySelector('region-map')!;
    await waitUntil(() => shadow(map).querySelector('[aria-busy="true"]'), 'no loading state');
    const loading = map.getBoundingClientRect().height;
    expect(loading).to.be.closeTo(420, 1);
    await ready(map);
    expect(map.getBoundingClientRect().height, 'drawn: no shorter than it waited').to.be.at.least(loading);
  });

  it('hides the shadow zones with shadow-zones="false" and shows them again when the attribute goes', async () => {
    // A boolean attribute on by default could not be turned off in HTML: shadow-zones="false" read as true.
    const { src } = await serveContract();
    const capture = captureWarnings();
    try {
      const legend = (m: RegionMap) => shadow(m).querySelector('[part~="legend"]')!.textContent!;
      const summary = (m: RegionMap) => shadow(m).querySelector('#summary')!.textContent!;
      const shown = await mapOf(src, 'region=09');
      expect(legend(shown)).to.contain("Zona d'ombra");
      expect(summary(shown)).to.contain("Zone d'ombra tra le province:");
      const hidden = await mapOf(src, 'region=09 shadow-zones=false');
      expect(hidden.shadowZones).to.equal(false);
      expect(legend(hidden)).not.to.contain("Zona d'ombra");
      expect(summary(hidden)).not.to.contain("Zone d'ombra");
      hidden.removeAttribute('shadow-zones');
      await waitUntil(() => legend(hidden).includes("Zona d'ombra"), 'the overlay did not come back');
      expect((await mapOf(src, 'region=09 shadow-zones')).shadowZones).to.equal(true);
    } finally {
      capture.restore();
    }
  });

  it('registers twice without throwing', async () => {
    const { RegionMap } = await import('./region-map.js');
    const { defineElement } = await import('../../src/util/define-element.js');
    expect(() => defineElement('region-map', RegionMap)).not.to.throw();
    expect(customElements.get('region-map')).to.equal(RegionMap);
  });
});
