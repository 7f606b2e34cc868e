/**
 * The elements in a plain HTML page with no build step (one script tag with the
 * single-file bundle) under a strict Content-Security-Policy (no
 * 'unsafe-inline', no 'unsafe-eval'): they style themselves through
 * constructable stylesheets and the CSSOM, and nothing they do is refused.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { dashboardIndex, dashboardRegion } from '../fixtures/dashboard.fixture.js';
import { serve } from '../support/data-routes.js';
import { serveContract } from '../support/serve-contract.js';
import { regionFixture } from '../fixtures/contract.fixture.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'";

/** A same-origin frame with the policy and the bundle, and the violations it reports. */
async function strictFrame(policy = POLICY): Promise<{ doc: Document; violations: string[] }> {
  const frame = await framedPage({
    head: `<meta http-equiv="Content-Security-Policy" content="${policy}">${bundleScript()}`,
    width: 800,
    height: 900,
  });
  const doc = frame.contentDocument!;
  const violations: string[] = [];
  doc.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.sample || event.blockedURI}`),
  );
  await waitUntil(
    () => frame.contentWindow!.customElements.get('trend-timeline') && frame.contentWindow!.customElements.get('region-map'),
    'elements not defined in the frame',
    { timeout: 10_000 },
  );
  return { doc, violations };
}

describe('strict Content-Security-Policy', () => {
  it('refuses an inline style attribute in the frame (the check itself works)', async () => {
    const { doc, violations } = await strictFrame();
    const div = doc.createElement('div');
    doc.body.append(div);
    div.setAttribute('style', 'color: red');
    await waitUntil(() => violations.length > 0, 'no violation reported');
    expect(violations[0]).to.match(/^style-src/);
  });

  it('draws the map and the timeline with every style applied and no violation', async () => {
    const { src } = await serveContract();
    const { doc, violations } = await strictFrame();
    doc.body.innerHTML = `<region-map src="${src}" metric="etwinning.projects" points="active"></region-map>
      <trend-timeline src="${src}" compare="region:09"></trend-timeline>`;
    const map = doc.querySelector('region-map')!;
    const timeline = doc.querySelector('trend-timeline')!;
    await waitUntil(
      () =>
        map.shadowRoot?.querySelector('.swatch:not(.no-data):not(.shadow)') &&
        timeline.shadowRoot?.querySelector('svg[part~="chart"] .series'),
      'elements not drawn',
      { timeout: 8_000 },
    );
    // Styles set from data reached the elements: legend colours and series strokes.
    const swatch = map.shadowRoot!.querySelector<HTMLElement>('.swatch:not(.no-data):not(.shadow)')!;
    expect(getComputedStyle(swatch).backgroundColor).to.match(/^rgb/);
    expect(swatch.style.background).not.to.equal('');
    const series = timeline.shadowRoot!.querySelector<SVGGElement>('.series')!;
    expect(getComputedStyle(series).stroke).to.equal('rgb(0, 114, 178)');
    // The element's own stylesheet applies (constructable stylesheets are allowed).
    expect(getComputedStyle(timeline.shadowRoot!.querySelector('button')!).borderTopStyle).to.equal('solid');
    expect(violations).to.deep.equal([]);
  });

  it('draws the bars of the breakdown and the survey, and scrolls the institution list, with no violation', async () => {
    // Bars and the list's spacers were sized through interpolated style attributes, which this policy refuses:
    // bars of no length and a list whose scroll height ignored the rows not drawn.
    const { folder, src } = await serveContract({ index: dashboardIndex(), survey: true });
    await serve(`${folder}/regions/09.json`, dashboardRegion());
    const { doc, violations } = await strictFrame();
    doc.body.innerHTML = `<participation-breakdown src="${src}" scope="nation"></participation-breakdown>
      <survey-results src="${src}" scope="nation"></survey-results>
      <institution-list src="${src}" scope="region:09" filter="all"></institution-list>`;
    const [breakdown, survey, list] = ['participation-breakdown', 'survey-results', 'institution-list'].map((tag) =>
      doc.querySelector(tag)!,
    );
    await waitUntil(
      () =>
        breakdown!.shadowRoot?.querySelector('.chart .bar') &&
        survey!.shadowRoot?.querySelector('.chart .bar') &&
        list!.shadowRoot?.querySelector('.body [role="row"]'),
      'elements not drawn',
      { timeout: 8_000 },
    );
    for (const element of [breakdown!, survey!]) {
      const bars = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.chart .bar')];
      expect(
        bars.some((bar) => bar.getBoundingClientRect().width > 1),
        element.localName,
      ).to.equal(true);
    }
    // The rows not drawn still count in the scroll height: the spacers got their size.
    const scroller = list!.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const rows = list!.shadowRoot!.querySelectorAll('.body [role="row"]').length;
    const total = Number(list!.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')) - 1;
    if (total > rows) expect(scroller.scrollHeight).to.be.greaterThan(rows * 40);
    expect(violations).to.deep.equal([]);
  });

  it('under img-src without data: or blob:, downloads the map as PNG and says in the timeline why its PNG cannot be made', async () => {
    const { src } = await serveContract();
    const { doc } = await strictFrame("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'");
    const frameWindow = doc.defaultView as Window & typeof globalThis;
    const files: Blob[] = [];
    frameWindow.URL.createObjectURL = (blob: Blob | MediaSource) => {
      files.push(blob as Blob);
      return 'blob:test';
    };
    doc.body.innerHTML = `<region-map src="${src}" metric="etwinning.projects"></region-map>
      <trend-timeline src="${src}" lang="it"></trend-timeline>`;
    const map = doc.querySelector('region-map')!;
    const timeline = doc.querySelector('trend-timeline')!;
    await waitUntil(
      () => map.shadowRoot?.querySelector('[part~="legend"]') && timeline.shadowRoot?.querySelector('svg[part~="chart"]'),
      'not drawn',
      {
        timeout: 8_000,
      },
    );
    const button = (element: Element, label: string) =>
      [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!;
    button(map, 'PNG').click();
    await waitUntil(() => files.some((file) => file.type === 'image/png'), 'no PNG of the map');
    button(timeline, 'PNG').click();
    await waitUntil(
      () => timeline.shadowRoot!.querySelector('[role="status"]')!.textContent!.includes('Content-Security-Policy'),
      'the timeline did not say why its PNG cannot be made',
    );
    // Said in the element's language, and again in another when it turns to it.
    const said = () => timeline.shadowRoot!.querySelector('[part~="download-note"]')!.textContent!.trim();
    expect(said()).to.match(/^Il PNG non si può creare in questa pagina/);
    timeline.setAttribute('lang', 'en');
    await waitUntil(() => said().startsWith('The PNG cannot be made on this page'), said());
  });

  it('downloads a large table as XLSX with no worker, which the policy would refuse without a word', async function () {
    this.timeout(30_000);
    // 3,000 institutions: a sheet of ~1 MB of XML, which the former writer compressed in a Worker made from a blob: URL
    // (refused by worker-src, here script-src 'self'), and the download never came.
    const contract = await serveContract();
    const region = regionFixture();
    const template = region.schools.find((s) => s.code === 'FIPS02000X')!;
    for (let i = 0; i < 3000; i++) {
      const code = `FIIC${String(i).padStart(5, '0')}X`;
      region.schools.push({ ...template, code, institution: code, name: `Istituto ${String(i).padStart(5, '0')}`, students: 100 + i });
    }
    await serve(`${contract.folder}/regions/09.json`, region);
    const { doc, violations } = await strictFrame();
    const frameWindow = doc.defaultView as Window & typeof globalThis;
    const files: Blob[] = [];
    const original = frameWindow.URL.createObjectURL.bind(frameWindow.URL);
    // Each file made is kept, and given its real address: a worker's script would be refused, as on a host's page.
    frameWindow.URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), original(blob));
    doc.body.innerHTML = `<institution-list src="${contract.src}" scope="region:09" filter="all"></institution-list>`;
    const list = doc.querySelector('institution-list')!;
    await waitUntil(() => list.shadowRoot?.querySelector('.body [role="row"]'), 'list not drawn', { timeout: 8_000 });
    [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Excel'))!.click();
    await waitUntil(() => files.some((file) => file.type.includes('spreadsheetml')), 'no XLSX download', { timeout: 15_000 });
    const xlsx = files.find((file) => file.type.includes('spreadsheetml'))!;
    expect(xlsx.size).to.be.greaterThan(20_000);
    expect(violations).to.deep.equal([]);
  });

  it("says that the page's own policy refused the data's site (connect-src), not CORS, and names what to add", async () => {
    const { src } = await serveContract();
    // The same server under another origin: this policy's connect-src 'self' refuses it before any request is made.
    const elsewhere = src.replace('//localhost:', '//127.0.0.1:');
    const { doc, violations } = await strictFrame();
    doc.body.innerHTML = `<school-profile src="${elsewhere}" code="FIIC81200A"></school-profile>
      <trend-timeline src="${elsewhere}" lang="en"></trend-timeline>`;
    const alert = (tag: string) => doc.querySelector(tag)!.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    await waitUntil(() => alert('school-profile') && alert('trend-timeline'), 'no error shown', { timeout: 10_000 });
    const origin = new URL(elsewhere).origin;
    expect(alert('school-profile')).to.contain(
      `la Content-Security-Policy di questa pagina non consente di scaricarli da ${origin}. Aggiungete ${origin} alla sua direttiva connect-src.`,
    );
    expect(alert('school-profile')).not.to.contain('Access-Control-Allow-Origin');
    expect(alert('trend-timeline')).to.contain(`this page's Content-Security-Policy does not allow downloading it from ${origin}`);
    expect(violations.some((v) => v.startsWith('connect-src'))).to.equal(true);
  });
});
