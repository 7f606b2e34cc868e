/**
 * What ships, not only the source: the minified single-file CDN bundle's map,
 * in a page of its own, reads the packed geometry layers the index names
 * (src/contract/pack-topology.ts: getters made when topojson-client first reads
 * the arcs and the areas), draws them, and moves the keyboard from area to
 * area, which needs the TopoJSON made from the packed lists.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { dashboardIndex } from '../fixtures/dashboard.fixture.js';
import { button } from '../support/dashboard-page.js';
import { hits } from '../support/data-routes.js';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';

/** The CDN bundle's map, with `attributes`, 400 px wide in a page of its own, on the dashboard's fixture contract (served in `folder`). */
async function framedMap(attributes: string) {
  const { folder, src } = await serveContract({ index: dashboardIndex() });
  const frame = await framedPage({
    head: bundleScript(),
    body: `<region-map src="${new URL(src, location.href).href}" ${attributes} style="width: 400px"></region-map>`,
  });
  return { folder, frame };
}

describe('the CDN bundle’s map', () => {
  it('draws the packed layers the index names, and the keyboard moves from area to area', async function () {
    this.timeout(30_000);
    const { folder, frame } = await framedMap('level="regions"');
    const map = () => frame.contentDocument!.querySelector('region-map')!;
    const canvas = () => map().shadowRoot?.querySelector<HTMLCanvasElement>('canvas.areas');
    await waitUntil(() => (canvas()?.width ?? 0) > 0 && map().shadowRoot!.querySelector('[part~="legend"]'), 'no map', { timeout: 10_000 });
    expect([await hits(`${folder}/geo/regions.packed.json`), await hits(`${folder}/geo/regions.topo.json`)]).to.deep.equal([1, 0]);
    // Painted: some of the canvas's pixels are not transparent.
    const { width, height } = canvas()!;
    const pixels = canvas()!.getContext('2d')!.getImageData(0, 0, width, height).data;
    let painted = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
    expect(painted).to.be.greaterThan((width * height) / 10);
    // The keyboard needs each area's centroid, from the TopoJSON the packed lists make.
    const live = () => map().shadowRoot!.querySelector('[aria-live]')?.textContent?.trim() ?? '';
    expect(live()).to.equal('');
    const box = map().shadowRoot!.querySelector<HTMLElement>('[role="application"]')!;
    box.focus();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitUntil(() => /Toscana|Lazio/.test(live()), 'no area announced');
    frame.remove();
  });

  it('reads a removed attribute or a property set to null as its default', async function () {
    // The default comes back through Lit's property accessors (src/element/scuole-element.ts): what the minifier keeps.
    this.timeout(30_000);
    const { frame } = await framedMap('classification="equal"');
    const map = () =>
      frame.contentDocument!.querySelector('region-map')! as HTMLElement & {
        classification: string | null;
        updateComplete: Promise<boolean>;
      };
    const legend = () => map().shadowRoot?.querySelector('[part~="legend"]');
    const alert = () => map().shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    await waitUntil(() => legend(), 'no map', { timeout: 10_000 });
    map().removeAttribute('classification');
    await map().updateComplete;
    expect(map().classification).to.equal('quantile');
    map().classification = 'equal';
    await map().updateComplete;
    map().classification = null;
    await map().updateComplete;
    expect(map().classification).to.equal('quantile');
    await waitUntil(() => legend(), 'no map at the end', { timeout: 10_000 });
    expect(alert()).to.equal('');
    frame.remove();
  });
});

describe('the CDN bundle’s map over the years', () => {
  it('colours an earlier year by the latest year’s thresholds, and says so under its legend', async function () {
    this.timeout(30_000);
    const { frame } = await framedMap('metric="etwinning.projects" year="2021"');
    const about = () => frame.contentDocument!.querySelector('region-map')!.shadowRoot?.querySelector('[part~="legend"] .about');
    await waitUntil(() => about(), 'no note under the legend', { timeout: 10_000 });
    expect(about()!.textContent!.trim()).to.equal('Soglie delle classi del 2024/25, le stesse in ogni anno.');
    frame.remove();
  });
});

describe('the CDN bundle’s map legend', () => {
  it('sets a class’s areas apart under a veil of the rest, and brings them all back', async function () {
    // The veil is drawn with a canvas compositing mode and the keys kept to one tab stop: what the minifier keeps.
    this.timeout(30_000);
    const { frame } = await framedMap('level="regions"');
    const root = () => frame.contentDocument!.querySelector('region-map')!.shadowRoot;
    const keys = () => [...(root()?.querySelectorAll<HTMLButtonElement>('[part~="legend"] button.key') ?? [])];
    await waitUntil(() => keys().length > 1, 'no keys', { timeout: 10_000 });
    expect(keys().map((key) => key.tabIndex)).to.deep.equal(keys().map((_, i) => (i === 0 ? 0 : -1)));
    // Painted where the veil is, cleared where the class's areas are: the highlight canvas holds both kinds of pixel.
    const highlight = () => {
      const canvas = root()!.querySelector<HTMLCanvasElement>('canvas.highlight');
      const pixels = canvas?.width ? canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data : [];
      let veiled = 0;
      let clear = 0;
      for (let i = 3; i < pixels.length; i += 4) {
        if (pixels[i]! > 100) veiled++;
        else if (pixels[i] === 0) clear++;
      }
      return { veiled, clear };
    };
    keys()[0]!.click();
    await waitUntil(() => highlight().veiled > 1000, 'nothing veiled');
    expect(highlight().clear).to.be.greaterThan(1000);
    expect(keys()[0]!.getAttribute('aria-pressed')).to.equal('true');
    expect(root()!.querySelector('.legend-said')!.textContent).to.match(/^In evidenza sulla mappa: .+ \(\d+ region[ei] su \d+\)\.$/);
    // The class kept in the table: its rows alone, as many as the live region counts.
    const map = frame.contentDocument!.querySelector('region-map')!;
    button(map, 'Tabella').click();
    await waitUntil(() => root()!.querySelector('#table-only'), 'the table keeps every row');
    const counted = Number(/\((\d+) region/.exec(root()!.querySelector('#table-only')!.textContent!)![1]);
    expect(root()!.querySelectorAll('tbody tr').length).to.equal(counted);
    button(map, 'Mappa').click();
    await waitUntil(() => highlight().veiled > 1000, 'not set apart again on the map');
    keys()[0]!.click();
    await waitUntil(() => highlight().veiled === 0, 'still veiled');
    frame.remove();
  });
});

describe('the CDN bundle’s map table', () => {
  it('keeps the rows whose name begins with the words typed in its search box', async function () {
    this.timeout(30_000);
    const { frame } = await framedMap('level="regions" view="table"');
    const root = () => frame.contentDocument!.querySelector('region-map')!.shadowRoot;
    const rows = () => [...(root()?.querySelectorAll('tbody th') ?? [])].map((th) => th.textContent!.trim());
    await waitUntil(() => rows().length > 1, 'no rows', { timeout: 10_000 });
    const all = rows().length;
    const box = root()!.querySelector<HTMLInputElement>('.name-find input')!;
    box.value = 'tosc';
    box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await waitUntil(() => rows().length === 1, 'the table did not follow its search box');
    expect(rows()).to.deep.equal(['Toscana']);
    expect(root()!.querySelector('#found')!.textContent!.trim()).to.equal(`Nella tabella, con «tosc» nel nome: 1 regione su ${all}.`);
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await waitUntil(() => rows().length === all, 'Escape did not bring every row back');
    expect(box.value).to.equal('');
    frame.remove();
  });
});

describe('the CDN bundle’s map, searched by name', () => {
  it('opens its search box, and Enter in it goes to the area found, shown and said', async function () {
    this.timeout(30_000);
    const { frame } = await framedMap('level="regions"');
    const root = () => frame.contentDocument!.querySelector('region-map')!.shadowRoot;
    await waitUntil(() => (root()?.querySelector<HTMLCanvasElement>('canvas.areas')?.width ?? 0) > 0, 'no map', { timeout: 10_000 });
    root()!.querySelector<HTMLButtonElement>('button[aria-controls="name-find"]')!.click();
    await waitUntil(() => root()!.activeElement?.matches('.name-find input'), 'the box did not open, the focus in it');
    const box = root()!.querySelector<HTMLInputElement>('.name-find input')!;
    box.value = 'laz';
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => root()!.querySelector('[part~="tooltip"] strong')?.textContent === 'Lazio', 'Enter did not go to Lazio');
    expect(root()!.querySelector('.found-at')!.textContent!.trim()).to.equal('Area 1 di 1 trovate.');
    expect(root()!.querySelector('.map + [aria-live]')!.textContent!.trim()).to.match(/^Area 1 di 1 trovate\. Lazio\. /);
    frame.remove();
  });
});
