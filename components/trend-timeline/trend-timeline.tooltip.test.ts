/**
 * The tooltip of a year (trend-timeline.templates.ts renderTooltip): beside
 * the year's line where there is room, pushed back into the chart where there
 * is not (src/util/beside-point.ts). Placed beside the line, it was as
 * narrow as the room there: in a phone's column with the reader's text twice
 * the size, 140 px wide and 600 tall.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { serveContract } from '../../test/support/serve-contract.js';
import './define.js';

/** A timeline of Toscana compared with Italy in a column `width` px wide, its text `fontSize`. */
async function timelineIn(width: number, fontSize: string) {
  const { src } = await serveContract();
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  box.innerHTML = `<trend-timeline src="${src}" lang="it" scope="region:09" compare="nation" style="font-size: ${fontSize}"></trend-timeline>`;
  const el = box.querySelector('trend-timeline')!;
  await waitUntil(() => el.shadowRoot!.querySelector('svg[part~="chart"]'), 'no chart', { timeout: 5000 });
  const chart = el.shadowRoot!.querySelector<HTMLElement>('.chart')!;
  chart.scrollIntoView({ block: 'center' });
  return { el, chart };
}

/** The tooltip's box once the mouse is at `fx` of the chart's width, half its height. */
async function tooltipAt(el: Element, chart: HTMLElement, fx: number) {
  const r = chart.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.left + fx * r.width), Math.round(r.top + r.height / 2)] });
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="tooltip"]'), `no tooltip at ${fx}`);
  const tooltip = el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
  const box = tooltip.getBoundingClientRect();
  // The year's line the tooltip is beside (the year nearest the mouse).
  const line = el.shadowRoot!.querySelector('line.rule.focus')!.getBoundingClientRect().left;
  // As wide as it may be: its text on one line each, up to 18em and the chart. Its own width put back as it was: the
  // next point may show the same year, and its render sets no width it already set.
  const own = tooltip.style.width;
  tooltip.style.width = 'max-content';
  const widest = tooltip.getBoundingClientRect().width;
  tooltip.style.width = own;
  return { line, box, widest };
}

describe('<trend-timeline>’s tooltip', () => {
  afterEach(() => resetMouse());

  it('is as wide as a narrow chart allows where the reader’s text is twice the size, inside it', async () => {
    const { el, chart } = await timelineIn(296, '32px');
    for (const fx of [0.3, 0.5, 0.7]) {
      const { box, widest } = await tooltipAt(el, chart, fx);
      const frame = chart.getBoundingClientRect();
      expect(box.width, `as wide as it may be at ${fx}`).to.be.at.least(widest - 1);
      expect(box.left >= frame.left - 1 && box.right <= frame.right + 1, `inside the chart at ${fx}`).to.equal(true);
    }
  });

  it('stays beside the year’s line where there is room', async () => {
    const { el, chart } = await timelineIn(900, '16px');
    for (const fx of [0.3, 0.7]) {
      const { line, box } = await tooltipAt(el, chart, fx);
      expect(box.left > line || box.right < line, `beside the line at ${fx}`).to.equal(true);
    }
  });

  it('on a phone, stays beside the line or moves back only as far as the chart’s edge', async () => {
    const { el, chart } = await timelineIn(343, '16px');
    for (const fx of [0.2, 0.5, 0.8]) {
      const { line, box, widest } = await tooltipAt(el, chart, fx);
      const frame = chart.getBoundingClientRect();
      expect(box.width, `as wide as it may be at ${fx}`).to.be.at.least(widest - 1);
      const beside = box.left > line || box.right < line;
      const atEdge = Math.abs(box.right - frame.right) < 1 || Math.abs(box.left - frame.left) < 1;
      expect(beside || atEdge, `beside the line, or against the far edge, at ${fx}`).to.equal(true);
    }
  });
});
