/**
 * What leaves us through the shipped bundle is what the sources make. A
 * minifier that changes a template or a string the exports are written from
 * (it once broke the badge's gauge, and no test saw it) would hand a user a
 * file that differs from the one every other test reads. Each element, with the
 * same data, attributes and size, in this page (the sources) and in a frame (the
 * single-file CDN bundle, as a host page loads it): every file it downloads must
 * be the same, byte for byte for CSV and XLSX, pixel for pixel for PNG and SVG
 * (an SVG's words too: its minified templates may write the same picture in
 * fewer bytes), and so must the embed code the snippet writes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { downloadedBlob } from '../support/element-helpers.js';
import { sourcesBesideBundle } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/survey-results/define.js';
import '../../components/institution-list/define.js';
import '../../components/territory-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/linked-view/define.js';
import '../../components/embed-snippet/define.js';

/** Each element: its markup for the data at `src`, what its shadow root shows once drawn, and the buttons of its downloads. */
const VIEWS: { markup: (src: string) => string; drawn: string; files: string[] }[] = [
  {
    markup: (src) => `<region-map src="${src}" metric="etwinning.projects" points="active" style="height: 480px"></region-map>`,
    drawn: 'canvas.areas',
    files: ['CSV', 'XLSX', 'SVG', 'PNG'],
  },
  {
    markup: (src) => `<trend-timeline src="${src}" metrics="etwinning.projects" scope="region:09"></trend-timeline>`,
    drawn: 'svg[part~="chart"]',
    files: ['CSV', 'XLSX', 'SVG', 'PNG'],
  },
  {
    markup: (src) => `<institution-list src="${src}" scope="region:09"></institution-list>`,
    drawn: '[role="row"]',
    files: ['CSV', 'Excel'],
  },
  {
    markup: (src) => `<survey-results src="${src}" scope="province:048"></survey-results>`,
    drawn: '[part~="question"] li',
    files: ['CSV', 'XLSX'],
  },
  {
    markup: (src) => `<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list>`,
    drawn: '[part~="item"]',
    files: ['CSV', 'XLSX'],
  },
  {
    markup: (src) => `<participation-breakdown src="${src}" scope="region:09"></participation-breakdown>`,
    drawn: '[part~="chart"]',
    files: ['CSV', 'XLSX'],
  },
];

const drawn = (hosts: Element[]) =>
  hosts.every((host, k) => host.shadowRoot?.querySelector(VIEWS[k]!.drawn) && !host.shadowRoot.querySelector('[aria-busy]'));

/** The first byte at which two files part, or -1 where they are the same. */
function partAt(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** A picture as a bitmap: a PNG as it is, an SVG drawn at twice its size (so that a half pixel's difference shows). */
async function bitmapOf(file: Blob): Promise<ImageBitmap> {
  if (file.type !== 'image/svg+xml') return createImageBitmap(file);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(await file.text())}`;
  await image.decode();
  const canvas = new OffscreenCanvas(image.width * 2, image.height * 2);
  const context = canvas.getContext('2d')!;
  context.scale(2, 2);
  context.drawImage(image, 0, 0);
  return canvas.transferToImageBitmap();
}

/** The words of an SVG (its texts and titles), each run of white space read as one space. */
const svgWords = async (file: Blob) =>
  [...new DOMParser().parseFromString(await file.text(), 'image/svg+xml').querySelectorAll('text, title')].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

/** How many pixels of two pictures differ (every pixel where their sizes differ). */
async function differentPixels(a: Blob, b: Blob): Promise<number> {
  const [one, two] = await Promise.all([bitmapOf(a), bitmapOf(b)]);
  if (one.width !== two.width || one.height !== two.height) return Math.max(one.width * one.height, two.width * two.height);
  const pixels = (bitmap: ImageBitmap) => {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return new Uint32Array(context.getImageData(0, 0, bitmap.width, bitmap.height).data.buffer);
  };
  const [p, q] = [pixels(one), pixels(two)];
  let count = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) count++;
  return count;
}

describe('the shipped bundle’s downloads', () => {
  let removeBoth = () => {};
  afterEach(() => removeBoth());

  it('are the files the sources make: CSV and XLSX byte for byte, PNG and SVG pixel for pixel', async function () {
    this.timeout(90_000);
    const { src } = await serveContract({ survey: true });
    const both = await sourcesBesideBundle(VIEWS.map((view) => view.markup(src)).join(''));
    removeBoth = both.removeBoth;
    const { sources, shipped, realm } = both;
    await waitUntil(() => drawn(sources), 'the sources did not draw', { timeout: 20_000 });
    await waitUntil(() => drawn(shipped), 'the bundle did not draw', { timeout: 20_000 });
    const differences: string[] = [];
    let compared = 0;
    for (const [k, view] of VIEWS.entries())
      for (const label of view.files) {
        const source = await downloadedBlob(sources[k]!.shadowRoot!, label);
        const bundle = await downloadedBlob(shipped[k]!.shadowRoot!, label, realm);
        const name = `${sources[k]!.localName} ${label}`;
        expect(bundle.type, name).to.equal(source.type);
        expect(source.size, `${name} is empty`).to.be.greaterThan(100);
        compared++;
        if (label === 'PNG' || label === 'SVG') {
          // A picture: the same pixels, and for an SVG the same words (the minified templates write a colour or the
          // white space between elements in fewer bytes: `#fff` for `#ffffff`, the same picture).
          const pixels = await differentPixels(source, bundle);
          if (pixels > 0) differences.push(`${name}: ${pixels} pixels differ`);
          if (label === 'SVG') {
            const [one, two] = [await svgWords(source), await svgWords(bundle)];
            if (JSON.stringify(one) !== JSON.stringify(two)) differences.push(`${name}: words ${one.join(' | ')} / ${two.join(' | ')}`);
            expect(one.length, `${name} has words`).to.be.greaterThan(3);
          }
          continue;
        }
        const [a, b] = [new Uint8Array(await source.arrayBuffer()), new Uint8Array(await bundle.arrayBuffer())];
        const at = partAt(a, b);
        if (at < 0) continue;
        const around = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(Math.max(0, at - 40), at + 40));
        differences.push(`${name} at byte ${at} of ${a.length} / ${b.length}: sources «${around(a)}», bundle «${around(b)}»`);
      }
    expect(differences).to.deep.equal([]);
    expect(compared).to.equal(16);
  });

  it('write the embed code the sources write', async function () {
    this.timeout(30_000);
    const { src } = await serveContract();
    const markup = `<linked-view src="${src}" region="09" year="2023">
        <region-map metric="etwinning.projects"></region-map>
        <trend-timeline></trend-timeline>
        <embed-snippet integrity="sha384-${'A'.repeat(64)}"></embed-snippet>
      </linked-view>`;
    const both = await sourcesBesideBundle(markup);
    removeBoth = both.removeBoth;
    const code = async (root: Element) => {
      const snippet = root.querySelector('embed-snippet')!;
      await waitUntil(() => snippet.shadowRoot?.querySelector('button[part~="button"]'), 'no button', { timeout: 20_000 });
      snippet.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
      const area = () => snippet.shadowRoot!.querySelector('textarea')?.value ?? '';
      await waitUntil(() => area().includes('<linked-view') && area().includes('Dati sintetici'), 'no snippet', { timeout: 20_000 });
      return area();
    };
    const [source, bundle] = [await code(both.sources[0]!), await code(both.shipped[0]!)];
    expect(source)
      .to.contain(`integrity="sha384-${'A'.repeat(64)}"`)
      .and.contain('region="09"');
    expect(bundle).to.equal(source);
  });
});
