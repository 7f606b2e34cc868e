/**
 * A national map without a year draws from its metric's latest year's file
 * (src/contract/area-latest.ts), then gets every year from the whole file:
 * the same picture as from the whole file, and a change of year that waits for
 * it shows its own year until then, never another year's values as this one's.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { latestOfAreas, registerAreasLatestKind } from '../../src/contract/area-latest.js';
import type { AreaFile } from '../../src/contract/contract.types.js';
import { indexFixture, topologyFixture } from '../../test/fixtures/contract.fixture.js';
import { nationalAreaFile } from '../../test/fixtures/national-area.fixture.js';
import { hits, serve, type RouteOptions } from '../../test/support/data-routes.js';
import { captureWarnings, downloaded } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';
import type { RegionMap } from './region-map.js';

const shadow = (el: RegionMap) => el.shadowRoot!;
const title = (el: RegionMap) => shadow(el).querySelector('.note strong')!.textContent!;
const body = (el: RegionMap) => shadow(el).querySelector('.body')!;
const pendingNote = (el: RegionMap) => shadow(el).querySelector('.pending')!.textContent!.trim();

/**
 * A data source with all Italy's comuni, its metric's whole area file (answered after `wholeRoute`) and latest year's
 * (unless `uploaded` is false); `provisional`: the metric's programme's provisional years.
 */
async function nationalSource(wholeRoute: RouteOptions = {}, uploaded = true, provisional: number[] = []) {
  registerAreasLatestKind();
  const index = indexFixture();
  index.programmes.find((p) => p.id === 'etwinning')!.provisionalYears = provisional;
  index.shards.areas = 'areas/{level}/{metric}.json';
  index.shards.areasLatest = 'areas/{level}/{metric}.latest.json';
  index.geometry.comuniNational = { url: 'geo/comuni/italia.topo.json', object: 'comuni' };
  const { folder, src } = await serveContract({ index });
  const whole = nationalAreaFile();
  await serve(`${folder}/geo/comuni/italia.topo.json`, topologyFixture('comuni', ['048017', '048001']));
  if (uploaded) await serve(`${folder}/areas/comuni/etwinning.projects.latest.json`, latestOfAreas(whole as AreaFile, provisional));
  await serve(`${folder}/areas/comuni/etwinning.projects.json`, whole, wholeRoute);
  return { folder, src, years: whole.years };
}

/** A national map of comuni, `year` set or not, with the attributes of `more`, once drawn. */
async function nationalMap(src: string, year?: number, more: Record<string, string> = {}): Promise<RegionMap> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
  const map = document.createElement('region-map');
  const attributes = {
    src,
    level: 'comuni',
    metric: 'etwinning.projects',
    lang: 'it',
    ...(year !== undefined && { year: String(year) }),
    ...more,
  };
  for (const [name, value] of Object.entries(attributes)) map.setAttribute(name, value);
  box.append(map);
  await waitUntil(() => shadow(map).querySelector('[part~="legend"]'), 'map not drawn', { timeout: 5000 });
  return map;
}

/** The map's SVG download, the console's warnings kept out of the test's output. */
async function svgOf(map: RegionMap): Promise<string> {
  const capture = captureWarnings();
  try {
    return await downloaded(shadow(map), 'SVG');
  } finally {
    capture.restore();
  }
}

describe("<region-map> from a latest year's file", () => {
  it('draws the latest year from that file alone, the same picture as from the whole file', async () => {
    // The whole file answers late: the first picture cannot have come from it.
    const latest = await nationalSource({ delay: 3000 });
    const map = await nationalMap(latest.src);
    expect(await hits(`${latest.folder}/areas/comuni/etwinning.projects.latest.json`)).to.equal(1);
    expect(title(map)).to.contain('2024/25');
    expect(shadow(map).querySelector('#summary')!.textContent).to.contain('2 comuni');
    const fromLatest = await svgOf(map);
    // The same year drawn by a map given it (which reads the whole file), from another source so that nothing is shared.
    const other = await nationalSource();
    const fromWhole = await svgOf(await nationalMap(other.src, latest.years.at(-1)));
    expect(await hits(`${other.folder}/areas/comuni/etwinning.projects.latest.json`)).to.equal(0);
    expect(fromLatest).to.equal(fromWhole);
    await expect(map).to.be.accessible();
  });

  it('draws a provisional latest year from that file alone, in the classes of the latest final year it carries', async () => {
    // The whole file answers after the map must have drawn (nationalMap waits 5 s): the first picture cannot have come
    // from it. The fixture's comuni have no value in 2023/24: the latest final year with values is 2022/23.
    const latest = await nationalSource({ delay: 8000 }, true, [2024]);
    const map = await nationalMap(latest.src);
    expect(title(map)).to.contain('2024/25');
    expect(await hits(`${latest.folder}/areas/comuni/etwinning.projects.latest.json`)).to.equal(1);
    expect(shadow(map).querySelector('[part~="legend"] .about')!.textContent!.trim()).to.equal(
      'Soglie delle classi del 2022/23 (ultimo anno con dati definitivi), le stesse in ogni anno.',
    );
    // The same picture as a map given the year, which reads the whole file.
    const other = await nationalSource({}, true, [2024]);
    expect(await svgOf(map)).to.equal(await svgOf(await nationalMap(other.src, latest.years.at(-1))));
  });

  it('reads the whole file at once for another year’s classes, which the latest year’s file lacks', async () => {
    const about = (map: RegionMap) => shadow(map).querySelector('[part~="legend"] .about')!.textContent!.trim();
    const { folder, src, years } = await nationalSource();
    const map = await nationalMap(src, undefined, { 'classes-year': String(years[0]) });
    expect(await hits(`${folder}/areas/comuni/etwinning.projects.latest.json`), 'the latest year’s file').to.equal(0);
    expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(1);
    expect(title(map)).to.contain('2024/25');
    expect(about(map)).to.equal('Soglie delle classi del 2021/22, le stesse in ogni anno.');
    // A map drawn from the latest year's file, then asked for another year's classes: its picture waits for the whole
    // file, never drawn in the latest year's classes under the other's note.
    const other = await nationalSource({ delay: 1500 });
    const later = await nationalMap(other.src);
    expect(about(later)).to.equal('Soglie delle classi del 2024/25, le stesse in ogni anno.');
    later.classesYear = `${years[0]!}`;
    await later.updateComplete;
    expect(body(later).getAttribute('aria-busy')).to.equal('true');
    expect(pendingNote(later)).to.equal('Caricamento delle classi del 2021/22…');
    const notes = () => [...shadow(later).querySelectorAll('.note')].map((note) => note.textContent).join(' ');
    expect(notes(), 'no note that the year has no values').not.to.include('classes-year');
    await waitUntil(() => about(later).includes('2021/22'), 'the classes of 2021/22 not drawn', { timeout: 5000 });
    expect(body(later).getAttribute('aria-busy')).to.equal(null);
    expect(pendingNote(later)).to.equal('');
    expect(await svgOf(later)).to.equal(await svgOf(map));
  });

  it('asks for the whole file once drawn, and shows another year from it', async () => {
    const { folder, src, years } = await nationalSource();
    const map = await nationalMap(src);
    await waitUntil(async () => (await hits(`${folder}/areas/comuni/etwinning.projects.json`)) === 1, 'the whole file not asked for', {
      timeout: 3000,
    });
    map.year = years[0]!;
    await waitUntil(() => title(map).includes('2021/22'), 'the first year not shown', { timeout: 3000 });
    expect(body(map).getAttribute('aria-busy')).to.equal(null);
    // As a map given that year draws it from the whole file.
    const other = await nationalSource();
    expect(await svgOf(map)).to.equal(await svgOf(await nationalMap(other.src, years[0])));
  });

  it('asks for the whole file when it comes back, if it left the page before the idle time that asks for it', async () => {
    const { folder, src } = await nationalSource();
    // The page's idle callbacks held back, so that the map surely leaves before its idle request runs.
    const held: (() => void)[] = [];
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = (work: IdleRequestCallback) => held.push(() => work({} as IdleDeadline));
    let map: RegionMap;
    try {
      map = await nationalMap(src);
      const box = map.parentElement!;
      map.remove();
      for (const work of held.splice(0)) work();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`), 'asked for while off the page').to.equal(0);
      window.requestIdleCallback = idle;
      box.append(map);
    } finally {
      window.requestIdleCallback = idle;
    }
    await waitUntil(async () => (await hits(`${folder}/areas/comuni/etwinning.projects.json`)) === 1, 'the whole file not asked for', {
      timeout: 3000,
    });
  });

  it('asks for the whole file again when it comes back, if it failed while the latest year showed', async () => {
    // Three failures: the loader's first try and its two retries, all at the idle time after the first picture.
    const { folder, src, years } = await nationalSource({ fail: 3 });
    const whole = `${folder}/areas/comuni/etwinning.projects.json`;
    const capture = captureWarnings();
    try {
      const map = await nationalMap(src);
      await waitUntil(async () => (await hits(whole)) === 3, 'the whole file not tried three times', { timeout: 10_000 });
      await waitUntil(() => capture.warnings.length > 0, 'the failure not said in the console', { timeout: 3000 });
      const box = map.parentElement!;
      map.remove();
      box.append(map);
      await waitUntil(async () => (await hits(whole)) === 4, 'the whole file not asked for again', { timeout: 5000 });
      map.year = years[0]!;
      await waitUntil(() => title(map).includes('2021/22'), 'the year asked for not shown', { timeout: 5000 });
      expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
    } finally {
      capture.restore();
    }
  });

  it('keeps its own year in the picture, busy and said, while another year comes; then shows it', async () => {
    const { folder, src, years } = await nationalSource({ delay: 1500 });
    const map = await nationalMap(src);
    const slider = shadow(map).querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    slider.value = '1';
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await map.updateComplete;
    expect(map.year).to.equal(years[1]);
    // The control says the year asked for; the picture, its title and its summary stay the latest year until the file comes.
    expect(slider.value).to.equal('1');
    expect(slider.getAttribute('aria-valuetext')).to.equal('2022/23');
    expect(pendingNote(map)).to.equal('Caricamento del 2022/23…');
    expect(body(map).getAttribute('aria-busy')).to.equal('true');
    expect(title(map)).to.contain('2024/25');
    expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
    await waitUntil(() => title(map).includes('2022/23'), 'the year asked for not shown', { timeout: 5000 });
    expect(body(map).getAttribute('aria-busy')).to.equal(null);
    expect(pendingNote(map)).to.equal('');
    expect(shadow(map).activeElement, 'the focus stays on the slider').to.equal(slider);
    expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(1);
  });

  it('plays on only once the year it moved to has come, never ahead of the picture', async () => {
    // The whole file comes ~3 s after it is asked for: Play's second tick (2.4 s) finds the first year still coming.
    const { src, years } = await nationalSource({ delay: 3000 });
    const map = await nationalMap(src);
    const play = [...shadow(map).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riproduci')!;
    play.click();
    await waitUntil(() => map.year === years[0], 'Play did not move to the first year', { timeout: 2000 });
    expect(pendingNote(map)).to.equal('Caricamento del 2021/22…');
    await aTimeout(1500);
    expect(map.year, 'moved on while its year was still coming').to.equal(years[0]);
    await waitUntil(() => title(map).includes('2021/22'), 'the first year not shown', { timeout: 5000 });
    await waitUntil(() => map.year === years[1], 'Play did not go on once the year came', { timeout: 2000 });
    await waitUntil(() => title(map).includes('2022/23'), 'the second year not shown', { timeout: 2000 });
    // Paused, so that no tick outlives the test.
    [...shadow(map).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Pausa')!.click();
  });

  // A host that did not upload the latest year's file the index names answers 404; one whose single-page fallback sends
  // its home page in its place answers 200 with a web page: either way the map reads the whole file and says so.
  for (const [host, page] of [
    ['did not upload', undefined],
    ['sends its home page in place of', '<!doctype html><html lang="it"><title>USR</title></html>'],
  ] as const)
    it(`draws from the whole file, and says so in the console, when the host ${host} the latest year's file the index names`, async () => {
      const { folder, src } = await nationalSource({}, false);
      if (page) await serve(`${folder}/areas/comuni/etwinning.projects.latest.json`, page);
      const capture = captureWarnings();
      let map: RegionMap;
      try {
        map = await nationalMap(src);
      } finally {
        capture.restore();
      }
      expect(shadow(map).querySelector('[part~="error"]')).to.equal(null);
      expect(title(map)).to.contain('2024/25');
      expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(1);
      expect(capture.warnings.join('\n')).to.match(
        /etwinning\.projects\.latest\.json was not found \(HTTP 404 or 403, or a web page in its place\): reading the whole area file instead/,
      );
    });

  it('shows the year asked for once "Riprova" has read the other years that failed', async () => {
    // Three failures: the loader's first try and its two retries.
    const { folder, src, years } = await nationalSource({ fail: 3 });
    const map = await nationalMap(src);
    const capture = captureWarnings();
    try {
      map.year = years[0]!;
      await waitUntil(() => shadow(map).querySelector('[part~="error"]'), 'no error shown', { timeout: 10_000 });
      const retry = [...shadow(map).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Riprova')!;
      retry.click();
      await waitUntil(
        () => shadow(map).querySelector('[part~="legend"]') && title(map).includes('2021/22'),
        'the year asked for not shown',
        {
          timeout: 5000,
        },
      );
      expect(map.year).to.equal(years[0]);
      expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(4);
    } finally {
      capture.restore();
    }
  });

  it('says, in the page language, that the other years could not be read, and offers to try again', async () => {
    const { folder, src, years } = await nationalSource({ status: 503, fail: 99 });
    const map = await nationalMap(src);
    const capture = captureWarnings();
    try {
      map.year = years[0]!;
      await waitUntil(() => shadow(map).querySelector('[part~="error"]'), 'no error shown', { timeout: 10_000 });
      expect(shadow(map).querySelector('[part~="error"]')!.textContent).to.contain('Impossibile mostrare la mappa');
      // An error the map shows stays when it leaves the page and comes back: "Riprova" is the reader's to press.
      const asked = await hits(`${folder}/areas/comuni/etwinning.projects.json`);
      const box = map.parentElement!;
      map.remove();
      box.append(map);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(shadow(map).querySelector('[part~="error"]'), 'the error shown again').to.not.equal(null);
      expect(await hits(`${folder}/areas/comuni/etwinning.projects.json`)).to.equal(asked);
      // Back to the latest year: its picture again, from the file in hand.
      map.year = null;
      await waitUntil(() => shadow(map).querySelector('[part~="legend"]'), 'the latest year not shown again', { timeout: 3000 });
      expect(title(map)).to.contain('2024/25');
    } finally {
      capture.restore();
    }
  });
});
