/**
 * Colours as people set them: a host page's brand colour on `:root`
 * (`--se-color-primary`) in the light and the dark scheme never brings a text
 * below 4.5:1 (WCAG 1.4.3), and Windows' forced colours keep the tooltip
 * readable, a pressed toggle distinct from an unpressed one, and the survey's
 * intervals and reference marks visible on their tracks.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { contrast, toRgb } from '../support/contrast.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/territory-list/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/school-profile/define.js';
import '../../components/survey-results/define.js';

/** Brand colours of real public bodies' sites, from dark to light, and two extremes. */
const BRANDS = ['#0066cc', '#003366', '#e4007c', '#009246', '#ffcc00', '#7fb2e5', '#0000ff', '#ffffff'];

async function page(src: string) {
  const host = await fixture<HTMLElement>(html`<div style="width: 700px">
    <region-map src=${src} metric="etwinning.projects" lang="it"></region-map>
    <territory-list src=${src} kind="role-models" scope="nation"></territory-list>
    <trend-timeline src=${src} scope="region:09" metrics="etwinning.projects"></trend-timeline>
    <school-profile src=${src} code="FIIC81200A" variant="card"></school-profile>
    <survey-results src=${src} scope="province:048"></survey-results>
  </div>`);
  const [map, list, timeline, profile, survey] = ['region-map', 'territory-list', 'trend-timeline', 'school-profile', 'survey-results'].map(
    (tag) => host.querySelector(tag)!,
  );
  await waitUntil(
    () =>
      map!.shadowRoot?.querySelector('[part~="legend"]') &&
      list!.shadowRoot?.querySelector('.regions button') &&
      timeline!.shadowRoot?.querySelector('svg') &&
      profile!.shadowRoot?.querySelector('h2, h3, [part~="name"]') &&
      survey!.shadowRoot?.querySelector('[part~="question"] li'),
    'elements not ready',
    { timeout: 8000 },
  );
  return { host, elements: [map!, list!, timeline!, profile!, survey!] };
}

/** The opaque background behind an element inside a shadow root: its own, or its nearest ancestor's, up to the host. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | null)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
  }
  return 'rgb(255, 255, 255)';
}

/** Every text-bearing button and link in the elements' shadow roots, with its contrast. */
function textContrasts(elements: Element[]): { what: string; ratio: number }[] {
  const found: { what: string; ratio: number }[] = [];
  for (const element of elements)
    for (const node of element.shadowRoot!.querySelectorAll<HTMLElement>('button, a')) {
      if (!node.textContent!.trim() || node.offsetParent === null) continue;
      const ratio = contrast(toRgb(getComputedStyle(node).color), toRgb(backgroundOf(node)));
      found.push({ what: `${element.localName} ${node.localName} "${node.textContent!.trim().slice(0, 30)}"`, ratio });
    }
  return found;
}

describe('colours', () => {
  afterEach(async () => {
    document.documentElement.style.removeProperty('--se-color-primary');
    await emulateMedia({ colorScheme: 'light' });
    await executeServerCommand('forced-colors', { active: false });
  });

  for (const scheme of ['light', 'dark'] as const)
    it(`keeps every button and link at 4.5:1 with a host's brand colour on :root, ${scheme} scheme`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { src } = await serveContract({ survey: true });
      const { elements } = await page(src);
      for (const brand of BRANDS) {
        document.documentElement.style.setProperty('--se-color-primary', brand);
        const low = textContrasts(elements).filter(({ ratio }) => ratio < 4.5);
        expect(
          low.map(({ what, ratio }) => `${what}: ${ratio.toFixed(2)}`),
          `brand ${brand}`,
        ).to.deep.equal([]);
      }
      document.documentElement.style.setProperty('--se-color-primary', '#0066cc');
      for (const element of elements) await expect(element).to.be.accessible();
    });

  for (const scheme of ['light', 'dark'] as const)
    it(`edges the map at 3:1 against the page, however light its lightest class (${scheme} scheme)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { src } = await serveContract({ survey: true });
      const { elements } = await page(src);
      const map = elements[0]!;
      const canvas = map.shadowRoot!.querySelector<HTMLCanvasElement>('canvas.areas')!;
      const ctx = canvas.getContext('2d')!;
      const background = toRgb(getComputedStyle(map).backgroundColor);
      // Along the middle row, from the left: the first drawn pixels are the edge, not the fill of the lightest class.
      const row = ctx.getImageData(0, Math.floor(canvas.height / 2), canvas.width, 1).data;
      const first = [...Array(canvas.width).keys()].find((x) => row[4 * x + 3]! > 0)!;
      const over = (x: number) =>
        [0, 1, 2].map((c) => Math.round((row[4 * x + c]! * row[4 * x + 3]! + background[c]! * (255 - row[4 * x + 3]!)) / 255)) as [
          number,
          number,
          number,
        ];
      const best = Math.max(...[first, first + 1, first + 2].map((x) => contrast(over(x), background)));
      expect(best).to.be.at.least(3);
    });

  it('in forced colours, keeps the tooltip readable and a pressed toggle distinct', async () => {
    // Through the DevTools protocol: the runner's emulateMedia does not pass forced-colors on.
    await executeServerCommand('forced-colors', { active: true });
    const { src } = await serveContract({ survey: true });
    const { elements } = await page(src);
    const [map, , timeline] = elements;
    const box = map!.shadowRoot!.querySelector<HTMLElement>('.map')!;
    box.focus();
    await waitUntil(() => map!.shadowRoot!.querySelector('[part~="tooltip"]'), 'no tooltip');
    const tip = getComputedStyle(map!.shadowRoot!.querySelector('[part~="tooltip"]')!);
    expect(contrast(toRgb(tip.color), toRgb(tip.backgroundColor)), 'tooltip text on its background').to.be.at.least(4.5);
    for (const element of [map!, timeline!]) {
      const pressed = element.shadowRoot!.querySelector<HTMLElement>('button[aria-pressed="true"]')!;
      const unpressed = element.shadowRoot!.querySelector<HTMLElement>('button[aria-pressed="false"]')!;
      const [p, u] = [getComputedStyle(pressed), getComputedStyle(unpressed)];
      expect(contrast(toRgb(p.color), toRgb(backgroundOf(pressed))), `${element.localName}: pressed label`).to.be.at.least(4.5);
      expect(contrast(toRgb(u.color), toRgb(backgroundOf(unpressed))), `${element.localName}: unpressed label`).to.be.at.least(4.5);
      expect(toRgb(backgroundOf(pressed)), `${element.localName}: pressed looks unpressed`).to.not.deep.equal(
        toRgb(backgroundOf(unpressed)),
      );
    }
    // The survey's bars: each interval and first reference's mark stands out from the track it crosses (their
    // background was forced to the track's: an interval seemed to end where its bar does).
    const survey = elements[4]!.shadowRoot!;
    const track = toRgb(getComputedStyle(survey.querySelector('.track')!).backgroundColor);
    const marks = [...survey.querySelectorAll('.track .interval, .track .ref:not(.ref-1)')];
    expect(marks.length, 'intervals and references drawn').to.be.greaterThan(3);
    for (const mark of marks)
      expect(contrast(toRgb(getComputedStyle(mark).backgroundColor), track), `${mark.className} on the track`).to.be.at.least(3);
  });
});
