/**
 * A table wider than its box scrolls sideways, and a keyboard must scroll it
 * too (WCAG 2.1.1): every such box is a tab stop with a name (a region named by
 * its table's title or caption), and the arrow keys move it once focused. Not
 * every browser makes a scrolling box a tab stop by itself, as Chromium now
 * does, so the attribute is read, not the browser's focus order. In a 240 px
 * column (the timeline's table of three series: a province's, its region's and
 * Italy's), each element's table view, the full profile's tables open.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { earlierSurveyFixture } from '../fixtures/survey.fixture.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';
import '../../components/school-profile/define.js';

/** The element's boxes that scroll sideways, their content wider than they are. */
function sidewaysBoxes(host: Element): HTMLElement[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('*')].filter(
    (el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1,
  );
}

/** The box's accessible name, as its attributes give it. */
function nameOf(box: HTMLElement): string {
  const by = box.getAttribute('aria-labelledby');
  const root = box.getRootNode() as ShadowRoot;
  return (by ? (root.getElementById(by)?.textContent ?? '') : (box.getAttribute('aria-label') ?? '')).trim();
}

const pressedTable = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')].find((b) => /^(Tabella|Table)$/.test(b.textContent!.trim()));

describe('a table wider than its box, from the keyboard', () => {
  it('is a named tab stop in every element, and the arrow keys scroll it', async () => {
    const { src } = await serveContract();
    const survey = (await serveContract({ survey: true, earlierSurveys: [earlierSurveyFixture()] })).src;
    const page = await fixture<HTMLElement>(html`<div style="width: 240px">
      <region-map src=${src} metric="etwinning.projects" view="table"></region-map>
      <trend-timeline src=${src} metrics="etwinning.projects" scope="province:048" compare="region:09 nation" view="table"></trend-timeline>
      <participation-breakdown src=${src} scope="region:09"></participation-breakdown>
      <survey-results src=${survey} scope="province:048"></survey-results>
      <school-profile src=${src} code="FIIC81200A" variant="full"></school-profile>
    </div>`);
    const [map, timeline, breakdown, results, profile] = [...page.children] as HTMLElement[];
    const has = (el: HTMLElement | undefined, selector: string) => Boolean(el?.shadowRoot?.querySelector(selector));
    await waitUntil(
      () =>
        has(map, 'td') &&
        has(timeline, 'td') &&
        pressedTable(breakdown!) &&
        pressedTable(results!) &&
        has(profile, '[part~="comparison"] td'),
      'not ready',
      { timeout: 8000 },
    );
    pressedTable(breakdown!)!.click();
    pressedTable(results!)!.click();
    for (const details of profile!.shadowRoot!.querySelectorAll('details')) details.open = true;
    await waitUntil(() => has(breakdown, 'td') && has(results, 'td'), 'no table views', { timeout: 5000 });
    await new Promise(requestAnimationFrame);

    const boxes = [map, timeline, breakdown, results, profile].flatMap((el) => sidewaysBoxes(el!).map((box) => ({ el: el!, box })));
    // Every element has one at this width, the profile more (its comparison, its values by year, its funding).
    expect(new Set(boxes.map(({ el }) => el.localName)).size).to.equal(5);
    expect(boxes.length).to.be.at.least(6);
    for (const { el, box } of boxes) {
      const what = `${el.localName} ${box.getAttribute('part')}`;
      expect(box.getAttribute('tabindex'), `${what}: a tab stop`).to.equal('0');
      expect(box.getAttribute('role'), `${what}: a region`).to.equal('region');
      expect(nameOf(box), `${what}: named`).to.not.equal('');
      box.scrollLeft = 0;
      box.focus();
      expect((box.getRootNode() as ShadowRoot).activeElement, `${what}: focused`).to.equal(box);
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => box.scrollLeft > 0, `${what}: the arrow key scrolled it`, { timeout: 2000 });
    }
  });
});
