/**
 * A host page that scales or zooms the elements (`transform: scale(0.6)`,
 * CSS `zoom: 1.5`): the pointer still names what is under it, on the map and
 * on the timeline (its year, and the line it points at), and the map's canvas
 * is drawn at the size it is shown.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { serveContract } from '../support/serve-contract.js';
import { earlierSurveyFixture } from '../fixtures/survey.fixture.js';
import { markerPoints } from '../support/timeline-points.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';

const HOSTS = [
  'transform: scale(0.6); transform-origin: 0 0',
  'zoom: 1.5',
  'transform: translate(40px, 30px) scale(1.3); transform-origin: 0 0',
];

describe('a host that scales or zooms the elements', () => {
  before(() => document.body.style.setProperty('margin', '0'));
  afterEach(() => resetMouse());

  for (const style of HOSTS)
    it(`names the area, the year and the line under the pointer (${style})`, async () => {
      const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
      const host = await fixture<HTMLElement>(html`<div style="width: 400px; ${style}"></div>`);
      host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" lang="it"></region-map>
        <trend-timeline src="${src}" lang="it" metrics="survey:piano:approvato" scope="region:09" compare="nation"></trend-timeline>`;
      const map = host.querySelector('region-map')!;
      const timeline = host.querySelector('trend-timeline')!;
      const canvas = () => map.shadowRoot?.querySelector<HTMLCanvasElement>('canvas.areas');
      await waitUntil(() => canvas()?.width && timeline.shadowRoot?.querySelector('svg[part~="chart"]'), 'not drawn', { timeout: 8000 });
      await aTimeout(100);
      const rect = canvas()!.getBoundingClientRect();
      for (const [fx, name] of [
        [0.25, 'Toscana'],
        [0.75, 'Lazio'],
      ] as const) {
        await sendMouse({ type: 'move', position: [Math.round(rect.left + fx * rect.width), Math.round(rect.top + rect.height / 2)] });
        await waitUntil(
          () => map.shadowRoot!.querySelector('[part~="tooltip"] strong')?.textContent === name,
          `the map does not name ${name} at ${fx} of its width`,
        );
      }
      // Drawn at the size it is shown (no blur under zoom): the bitmap is at least as wide as the canvas on screen.
      expect(canvas()!.width).to.be.at.least(Math.floor(rect.width));
      // The timeline: the last year's point, where it is drawn on screen.
      const chart = timeline.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="chart"]')!;
      chart.scrollIntoView({ block: 'center' });
      await aTimeout(50);
      const marks = [...chart.querySelectorAll<SVGTextElement>('text.year')];
      const last = marks.at(-1)!.getBoundingClientRect();
      await sendMouse({
        type: 'move',
        position: [Math.round(last.left + last.width / 2), Math.round(chart.getBoundingClientRect().top + 20)],
      });
      await waitUntil(
        () => timeline.shadowRoot!.querySelector('[aria-live]')?.textContent?.includes(marks.at(-1)!.textContent!.trim()),
        `the timeline does not name ${marks.at(-1)!.textContent} under the pointer: ${timeline.shadowRoot!.querySelector('[aria-live]')?.textContent}`,
      );
      // The line under the pointer, set apart with its band: Italy's point at the year it lies farthest from Toscana's,
      // from the chart's units to the screen's.
      const box = chart.getBoundingClientRect();
      const scale = box.width / chart.viewBox.baseVal.width;
      const [tuscany, italy] = [markerPoints(timeline.shadowRoot!, 'c0'), markerPoints(timeline.shadowRoot!, 'c1')];
      const apart = (k: number) => Math.abs(italy[k]![1] - (tuscany.find(([tx]) => tx === italy[k]![0])?.[1] ?? Infinity));
      const farthest = italy.reduce((best, _, k) => (apart(k) > apart(best) ? k : best), 0);
      expect(apart(farthest), 'Italy’s line apart from Toscana’s somewhere').to.be.above(6);
      const [x, y] = italy[farthest]!;
      await sendMouse({ type: 'move', position: [Math.round(box.left + (x! + 3) * scale), Math.round(box.top + y! * scale)] });
      await waitUntil(
        () => timeline.shadowRoot!.querySelector('g.series.emphasis')?.classList.contains('c1'),
        `the timeline does not set Italy's line apart under the pointer: ${timeline.shadowRoot!.querySelector('[aria-live]')?.textContent}`,
      );
    });

  it('survives a container narrower than 8 px and draws once widened, with no error reaching the page', async () => {
    const { src } = await serveContract();
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const host = await fixture<HTMLElement>(html`<div style="width: 5px"></div>`);
      host.innerHTML = `<region-map src="${src}" metric="etwinning.projects" lang="it"></region-map>
        <trend-timeline src="${src}" lang="it"></trend-timeline>`;
      const map = host.querySelector('region-map')!;
      await waitUntil(() => map.shadowRoot?.querySelector('[part~="legend"]'), 'map not rendered', { timeout: 8000 });
      for (const width of [3, 1, 0, 7, 250, 6, 400]) {
        host.style.width = `${width}px`;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const canvas = map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.areas')!;
      await waitUntil(() => canvas.width >= 400, 'not drawn once widened');
      await aTimeout(100);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it("keeps the timeline's line-end labels after the lines in a right-to-left page", async () => {
    const { src } = await serveContract();
    const boxes: DOMRect[][] = [];
    for (const dir of ['ltr', 'rtl']) {
      const host = await fixture<HTMLElement>(html`<div style="width: 500px" dir=${dir}></div>`);
      host.innerHTML = `<trend-timeline src="${src}" scope="region:09" compare="nation" lang="it"></trend-timeline>`;
      const timeline = host.querySelector('trend-timeline')!;
      await waitUntil(() => timeline.shadowRoot?.querySelector('text.direct-label'), 'no line-end labels', { timeout: 8000 });
      const chart = timeline.shadowRoot!.querySelector('svg[part~="chart"]')!.getBoundingClientRect();
      boxes.push(
        [...timeline.shadowRoot!.querySelectorAll('text.direct-label')].map((label) => {
          const box = label.getBoundingClientRect();
          return new DOMRect(box.x - chart.x, box.y - chart.y, box.width, box.height);
        }),
      );
    }
    expect(boxes[1]!.map((b) => Math.round(b.x))).to.deep.equal(boxes[0]!.map((b) => Math.round(b.x)));
  });
});
