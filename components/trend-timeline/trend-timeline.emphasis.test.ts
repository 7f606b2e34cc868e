/**
 * One line of many, with its band (src/timeline/nearest-series.ts): a survey
 * question's options for a region and Italy are twelve lines and twelve 95%
 * bands, which read as one. The line pointed at, tapped or reached with the
 * up and down arrows is drawn with its band and the others faded without
 * theirs; Escape, a tap away from every line or the focus leaving brings them
 * all back, and a download is always the whole chart.
 */
import { aTimeout, elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { captureWarnings, downloaded } from '../../test/support/element-helpers.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { earlierSurveyFixture } from '../../test/fixtures/survey.fixture.js';
import { markerPoints } from '../../test/support/timeline-points.js';
import './define.js';
import type { TrendTimeline } from './trend-timeline.js';

const shadow = (el: TrendTimeline) => el.shadowRoot!;
const chartBox = (el: TrendTimeline) => shadow(el).querySelector<HTMLElement>('.chart')!;
const live = (el: TrendTimeline) => shadow(el).querySelector('[aria-live]')!.textContent!.trim();
const groups = (el: TrendTimeline) => [...shadow(el).querySelectorAll('g.series')];
const emphasised = (el: TrendTimeline) => shadow(el).querySelector('g.series.emphasis');
/** The values the tooltip gives, after its year. */
const tooltipValues = (el: TrendTimeline) =>
  [...shadow(el).querySelectorAll('[part~="tooltip"] p:not(:first-child)')].map((p) => p.textContent!.trim());
/** The tooltip's one value, where it gives one alone. */
const tooltipLine = (el: TrendTimeline) => {
  const values = tooltipValues(el);
  return values.length === 1 ? values[0]! : `${values.length} values`;
};
/** Presses `keys` in turn where the focus is (the chart, focused first by the test), and waits for the render. */
async function press(el: TrendTimeline, ...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
  await elementUpdated(el);
}
/** Every group's band path, empty where it has none. */
const bands = (el: TrendTimeline) => groups(el).map((g) => g.querySelector('.interval')?.getAttribute('d') ?? '');

async function timeline(attributes: Record<string, string>) {
  const { src } = await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] });
  const box = await fixture<HTMLDivElement>(html`<div style="width: 720px"></div>`);
  const el = document.createElement('trend-timeline');
  for (const [name, value] of Object.entries({ src, lang: 'it', scope: 'region:09', compare: 'nation', ...attributes }))
    el.setAttribute(name, value);
  box.append(el);
  await waitUntil(() => shadow(el).querySelector('[part~="chart"], [part~="error"]'), 'nothing shown', { timeout: 5000 });
  await elementUpdated(el);
  return el;
}

/** The points of the series drawn in colour group `className` (`c0`…), in page pixels (the chart drawn at its own size). */
function pointsOf(el: TrendTimeline, className: string): [number, number][] {
  const svg = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
  return markerPoints(shadow(el), className).map(([x, y]) => [svg.left + x, svg.top + y]);
}

describe('<trend-timeline> with one line in emphasis', () => {
  afterEach(() => resetMouse());

  it('goes down and up the lines at a year with the arrow keys, draws that one with its band and says its value alone', async () => {
    const el = await timeline({ metrics: 'survey:ostacoli' });
    const all = bands(el);
    expect(all.every(Boolean), 'every line has its band at first').to.equal(true);
    expect(chartBox(el).getAttribute('aria-label')).to.include('Frecce su e giù per seguire una linea sola');
    chartBox(el).focus();
    await press(el, 'End');
    // Every line's value at the last year first; the down arrow goes to the top line, the highest of them, alone.
    const lines = tooltipValues(el);
    expect(lines.length).to.equal(12);
    const value = (line: string) => Number(line.match(/: ([\d,]+)%/)![1]!.replace(',', '.'));
    const top = lines.reduce((a, b) => (value(b) > value(a) ? b : a));
    await press(el, 'ArrowDown');
    expect(tooltipLine(el)).to.equal(top);
    expect(live(el)).to.equal(`2024/25. ${top}`);
    // Its band alone, the others' gone and their lines faded.
    const group = emphasised(el)!;
    expect(group.querySelector('.interval')!.getAttribute('d')).to.not.equal('');
    expect(groups(el).filter((g) => g !== group && g.querySelector('.interval')).length).to.equal(0);
    expect(groups(el).filter((g) => g !== group && !g.classList.contains('faded')).length).to.equal(0);
    expect(getComputedStyle(groups(el).find((g) => g !== group)!).opacity).to.equal('0.3');
    // Down again: the next lower value; up: back to the top, and up at the top stays there.
    await press(el, 'ArrowDown');
    const second = tooltipLine(el);
    expect(value(second)).to.be.at.most(value(top));
    expect(second).to.not.equal(top);
    await press(el, 'ArrowUp', 'ArrowUp');
    expect(tooltipLine(el)).to.equal(top);
    // Left goes to the other wave with the same line, said alone there too.
    await press(el, 'ArrowLeft');
    const name = top.split(':')[0]!;
    expect(live(el).startsWith(`2023/24. ${name}:`), live(el)).to.equal(true);
    expect(tooltipLine(el).startsWith(`${name}:`)).to.equal(true);
    // Escape: every line and band again, and the focus still on the chart.
    await press(el, 'Escape');
    expect(emphasised(el) === null, 'no line in emphasis').to.equal(true);
    expect(shadow(el).querySelectorAll('.faded').length).to.equal(0);
    expect(bands(el)).to.deep.equal(all);
    expect(shadow(el).activeElement === chartBox(el), 'focus kept on the chart').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('draws the line under the pointer with its band, keeps a tapped one after the pointer leaves, and lets it go away from the lines', async () => {
    const el = await timeline({ metrics: 'survey:piano:approvato' });
    // Two lines, Toscana (c0) and Italy (c1): the pointer on Italy's first point.
    const [x, y] = pointsOf(el, 'c1')[0]!;
    await sendMouse({ type: 'move', position: [Math.round(x + 4), Math.round(y)] });
    await waitUntil(() => emphasised(el), 'no line in emphasis under the pointer');
    expect(emphasised(el)!.classList.contains('c1')).to.equal(true);
    expect(tooltipLine(el).startsWith('Italia:'), tooltipLine(el)).to.equal(true);
    // The pointer leaves: all again.
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !emphasised(el), 'the emphasis stays after the pointer left');
    // A tap (a click) on the line keeps it when the pointer has gone, as a finger does not hover.
    await sendMouse({ type: 'click', position: [Math.round(x + 4), Math.round(y)] });
    await sendMouse({ type: 'move', position: [2, 2] });
    await aTimeout(50);
    expect(emphasised(el)?.classList.contains('c1')).to.equal(true);
    // A tap far from both lines lets it go.
    const svg = shadow(el).querySelector('svg[part~="chart"]')!.getBoundingClientRect();
    const far = [...pointsOf(el, 'c0'), ...pointsOf(el, 'c1')].every(([, py]) => Math.abs(py - (svg.top + 14)) > 30);
    expect(far, 'the plot’s top is away from both lines').to.equal(true);
    await sendMouse({ type: 'click', position: [Math.round(x + 4), Math.round(svg.top + 14)] });
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !emphasised(el), 'a tap away from the lines keeps the emphasis');
    // Away from both lines the tooltip gives both values.
    await sendMouse({ type: 'move', position: [Math.round(x + 4), Math.round(svg.top + 14)] });
    await waitUntil(() => tooltipValues(el).length === 2, `the tooltip away from the lines: ${tooltipValues(el).join(' | ')}`);
  });

  it('sets a line apart under a mouse only close to it, under a finger within its reach', async () => {
    const el = await timeline({ metrics: 'survey:piano:approvato' });
    // Italy's point (c1) where it lies farthest from Toscana's (c0), and 12 px beyond it, away from Toscana's.
    const [tuscany, italy] = [pointsOf(el, 'c0'), pointsOf(el, 'c1')];
    const k = Math.abs(italy[0]![1] - tuscany[0]![1]) > Math.abs(italy.at(-1)![1] - tuscany.at(-1)![1]) ? 0 : italy.length - 1;
    const away = Math.sign(italy[k]![1] - tuscany[k]![1]) || -1;
    const [x, y] = [italy[k]![0] + (k === 0 ? 4 : -4), italy[k]![1] + 12 * away];
    expect(Math.abs(y - tuscany[k]![1]), 'Toscana’s line farther still').to.be.above(18);
    await sendMouse({ type: 'move', position: [Math.round(x), Math.round(y)] });
    await waitUntil(() => tooltipValues(el).length === 2, `a mouse 12 px off the line: ${tooltipValues(el).join(' | ')}`);
    expect(emphasised(el) === null, 'no line set apart 12 px from a mouse').to.equal(true);
    await sendMouse({ type: 'move', position: [2, 2] });
    // A finger's tap there is on Italy's line.
    chartBox(el).dispatchEvent(new PointerEvent('click', { pointerType: 'touch', clientX: x, clientY: y, bubbles: true }));
    await elementUpdated(el);
    expect(emphasised(el)?.classList.contains('c1'), 'a tap 12 px off sets the line apart').to.equal(true);
  });

  it('follows the legend entry the mouse is over, and lets the line go when the focus leaves the chart', async () => {
    const el = await timeline({ metrics: 'survey:piano:approvato' });
    const entry = shadow(el).querySelectorAll('[part~="legend"] li')[1]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(entry.left + 30), Math.round(entry.top + entry.height / 2)] });
    await waitUntil(() => emphasised(el)?.classList.contains('c1'), 'the legend entry pointed at does not set its line apart');
    await sendMouse({ type: 'move', position: [2, 2] });
    await waitUntil(() => !emphasised(el), 'the legend’s line stays set apart');
    chartBox(el).focus();
    await press(el, 'ArrowUp');
    expect(emphasised(el)).to.not.equal(null);
    chartBox(el).blur();
    await elementUpdated(el);
    expect(emphasised(el) === null, 'no line in emphasis').to.equal(true);
  });

  it('starts again with every line when the page changes what it shows (a question chosen elsewhere)', async () => {
    const el = await timeline({ metrics: 'survey:ostacoli' });
    chartBox(el).focus();
    await press(el, 'ArrowDown', 'ArrowDown');
    expect(emphasised(el) === null, 'a line set apart').to.equal(false);
    // A line of the old question's twelve is none of the new one's, whose lines the same numbers would name.
    el.question = 'importanza';
    await waitUntil(() => shadow(el).querySelector('[part~="title"]')?.textContent?.includes('importante'), 'the question did not change');
    await elementUpdated(el);
    expect(emphasised(el) === null, 'no line set apart in the new question').to.equal(true);
    expect(shadow(el).querySelectorAll('.faded').length).to.equal(0);
    await press(el, 'ArrowDown');
    expect(emphasised(el) === null, 'the arrows set a line apart again').to.equal(false);
  });

  it('downloads the whole chart, every band and no line faded, whatever line was picked', async () => {
    const el = await timeline({ metrics: 'survey:piano:approvato' });
    chartBox(el).focus();
    await press(el, 'ArrowDown');
    expect(emphasised(el)).to.not.equal(null);
    const svg = await downloaded(shadow(el), 'SVG');
    expect(svg).to.not.include('opacity: 0.3');
    expect(svg.match(/fill-opacity: 0.14/g)?.length, 'both bands at their usual shade').to.equal(2);
    expect(emphasised(el) === null, 'no line in emphasis').to.equal(true);
  });

  it('says how in English, and the line followed in English', async () => {
    const el = await timeline({ metrics: 'survey:piano:approvato', lang: 'en' });
    expect(chartBox(el).getAttribute('aria-label')).to.include(
      'Up and down arrows follow one line alone, with its interval; Escape goes back to all of them.',
    );
    chartBox(el).focus();
    await press(el, 'End', 'ArrowUp');
    // From the bottom line going up: the lower of the two at the last wave, said alone, with its interval.
    const said = live(el);
    expect(said, said).to.match(/^2024\/25\. (Tuscany|Toscana|Italy): [\d.]+%; 95% interval [\d.]+% to [\d.]+%$/);
  });

  it('has nothing to set apart in one line or in the stacked view: the arrows do nothing there and are not offered', async () => {
    const warnings = captureWarnings();
    try {
      const one = await timeline({ metrics: 'survey:piano:approvato', compare: '' });
      expect(chartBox(one).getAttribute('aria-label')).to.not.include('Frecce su e giù');
      chartBox(one).focus();
      await press(one, 'ArrowDown');
      expect(emphasised(one) === null, 'no line in emphasis').to.equal(true);
      const stacked = await timeline({ metrics: '', scope: 'nation', compare: '', view: 'stacked' });
      expect(shadow(stacked).querySelector('.band'), 'the stacked view is drawn').to.not.equal(null);
      chartBox(stacked).focus();
      await press(stacked, 'ArrowDown');
      expect(emphasised(stacked) === null, 'no line in emphasis').to.equal(true);
      expect(shadow(stacked).querySelectorAll('.faded').length).to.equal(0);
    } finally {
      warnings.restore();
    }
  });
});
