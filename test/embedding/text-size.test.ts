/**
 * Text enlarged (WCAG 1.4.4): every text of every element is sized relative to
 * the element's own size (`--se-font-size`, the reader's default by default),
 * so that a host that doubles it doubles every text, chart labels and notes
 * alike, and a page whose own text-size control changes its root size carries
 * the elements with it once it writes `--se-font-size: 1rem` (the README says
 * so).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/school-profile/define.js';
import '../../components/school-search/define.js';
import '../../components/survey-results/define.js';

/** Each element, and what shows it drawn. */
const ELEMENTS = (src: string) =>
  [
    [`<region-map src="${src}" metric="etwinning.projects" view="table"></region-map>`, '[part~="legend"]'],
    [`<trend-timeline src="${src}" scope="region:09" compare="nation"></trend-timeline>`, '[part~="chart"]'],
    [`<territory-list src="${src}" kind="role-models" scope="region:09"></territory-list>`, '[part~="list"]'],
    [`<institution-list src="${src}" scope="region:09" filter="all"></institution-list>`, '[role="grid"]'],
    [`<participation-breakdown src="${src}" scope="region:09"></participation-breakdown>`, '[part~="summary"]'],
    [`<school-profile src="${src}" code="FIIC81200A" variant="full"></school-profile>`, '[part~="section"]'],
    // Its results, once a name is typed.
    [`<school-search src="${src}"></school-search>`, '[part~="option"]'],
    [`<survey-results src="${src}" scope="region:09"></survey-results>`, '[part~="summary"]'],
  ] as const;

/** The size of every text the element shows, by where it is in its shadow tree. */
function textSizes(element: Element): Map<string, number> {
  const sizes = new Map<string, number>();
  const walker = document.createTreeWalker(element.shadowRoot!, NodeFilter.SHOW_TEXT);
  let i = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode(), i++) {
    const parent = node.parentElement;
    if (!parent || !node.textContent!.trim() || parent.closest('style')) continue;
    // Text laid out (not in a closed details, not a hidden state).
    if (parent.getClientRects().length === 0) continue;
    sizes.set(
      `${i} ${parent.localName}.${parent.getAttribute('class') ?? ''} «${node.textContent!.trim().slice(0, 30)}»`,
      parseFloat(getComputedStyle(parent).fontSize),
    );
  }
  return sizes;
}

/** Every text whose size did not follow the element's by `ratio`. */
function notScaled(before: Map<string, number>, after: Map<string, number>, ratio: number): string[] {
  return [...before]
    .filter(([key, size]) => after.has(key) && Math.abs(after.get(key)! / size - ratio) > 0.02)
    .map(([key, size]) => `${key}: ${size} → ${after.get(key)} px`);
}

describe('text enlarged', () => {
  it('doubles every text of every element when the element’s size doubles, and follows a page’s own text-size control through --se-font-size: 1rem', async () => {
    const { src } = await serveContract({ survey: true });
    const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
    for (const [markup, drawn] of ELEMENTS(src)) {
      host.innerHTML = markup;
      const element = host.firstElementChild!;
      if (element.localName === 'school-search') {
        await waitUntil(() => element.shadowRoot?.querySelector('[part~="input"]'), 'no search box');
        const input = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
        input.focus();
        input.value = 'firenze';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      }
      await waitUntil(
        () => element.shadowRoot?.querySelector(`${drawn}, [part~="error"]`) && !element.shadowRoot.querySelector('[aria-busy="true"]'),
        `${element.localName} not drawn`,
        { timeout: 8000 },
      );
      expect(element.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '', `${element.localName}: no error`).to.equal('');
      const before = textSizes(element);
      expect(before.size, `${element.localName}: texts found`).to.be.above(2);
      // A host that doubles the elements on purpose.
      host.style.setProperty('--se-font-size', '32px');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(notScaled(before, textSizes(element), 2), `${element.localName}: texts that did not double`).to.deep.equal([]);
      // A page whose «A+» doubles its root: the elements follow it where the page writes --se-font-size: 1rem.
      host.style.setProperty('--se-font-size', '1rem');
      document.documentElement.style.fontSize = '200%';
      try {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const root = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const probe = document.createElement('div');
        probe.style.fontSize = 'medium';
        document.body.append(probe);
        const medium = parseFloat(getComputedStyle(probe).fontSize);
        probe.remove();
        expect(root / medium, 'the root doubled').to.be.closeTo(2, 0.01);
        expect(
          notScaled(before, textSizes(element), root / medium),
          `${element.localName}: texts that did not follow the root`,
        ).to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
        host.style.removeProperty('--se-font-size');
      }
    }
  });
});
