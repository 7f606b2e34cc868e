/**
 * Text enlarged (WCAG 1.4.4): every text of every element is sized relative to
 * the element's own size (`--se-font-size`, the reader's default by default),
 * so that a host that doubles it doubles every text, chart labels and notes
 * alike, and a page whose own text-size control changes its root size carries
 * the elements with it once it writes `--se-font-size: 1rem` (the README says
 * so).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { brokenWords } from '../support/broken-words.js';
import { drawnInTurn } from '../support/every-element.js';

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

/**
 * Every text whose size did not follow the element's by `ratio`; fails where most texts cannot be found again (a
 * render at the new size that drew other texts would leave nothing compared).
 */
function notScaled(before: Map<string, number>, after: Map<string, number>, ratio: number): string[] {
  const compared = [...before].filter(([key]) => after.has(key));
  expect(compared.length, 'the texts found again at the new size').to.be.at.least(0.8 * before.size);
  return compared
    .filter(([key, size]) => Math.abs(after.get(key)! / size - ratio) > 0.02)
    .map(([key, size]) => `${key}: ${size} → ${after.get(key)} px`);
}

describe('text enlarged', () => {
  it('doubles every text of every element when the element’s size doubles, and follows a page’s own text-size control through --se-font-size: 1rem', async () => {
    for await (const { element, host } of drawnInTurn('width: 900px')) {
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

  it('keeps every element within a phone’s column with the text twice the size: what is wider scrolls inside it', async () => {
    // A reader with text twice the size on a 360 px phone, in a panel's 296 px: the profile's details (columns of
    // 14em, 448 px), the breakdown's select (its longest option) and the timeline's small multiples (9.5em) made their
    // element wider than its column, and the page scrolled sideways.
    const multiples = (src: string) =>
      [[`<trend-timeline src="${src}" variant="multiples"></trend-timeline>`, '[part~="multiple"]']] as const;
    for await (const { host, markup } of drawnInTurn('width: 296px; --se-font-size: 32px', multiples)) {
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(host.scrollWidth, `${markup.replace(/ src="[^"]*"/, '')}: as wide as its column`).to.be.at.most(host.clientWidth + 1);
    }
  });

  it('breaks no word that half a phone’s column holds whole, with the text twice the size, in its tables too', async () => {
    // In the same 296 px column at 32 px, the profile's indicators beside their values («0 nel 2025/26 (provvisorio)»)
    // read «Pro gett i eTwi nnin g»; the institutions' grid, its names capped at 45%, «ALTIER O SPINE LLI», and the
    // tables' row headings, capped at 55%, «Indicato re» (both are cards there: src/styles/table-cards.styles.ts). A
    // word wider than half the column may break (a school's name in capitals, the index's long word at its soft
    // hyphens). The badge too, as a school's sidebar shows it: its gauge and score on a line broke the score («82,»
    // over «5»); every table view, the profile's values by year opened; a map inside a province.
    const more = (src: string) =>
      [
        [`<school-profile src="${src}" code="FIIC81200A"></school-profile>`, '[part~="gauge"]'],
        [`<trend-timeline src="${src}" scope="region:09" compare="nation" view="table"></trend-timeline>`, '[part~="table"]'],
        // Its breadcrumb's three steps (they shrank to a letter's width: «I t a l i a»).
        [
          `<region-map src="${src}" metric="etwinning.projects" region="09" province="048" level="comuni"></region-map>`,
          '[part~="legend"]',
        ],
      ] as const;
    for await (const { element, host, markup } of drawnInTurn('width: 296px; --se-font-size: 32px', more)) {
      const root = element.shadowRoot!;
      // The breakdown's and the survey's tables are a toggle away; the profile's values by year a disclosure.
      const toggle = [...root.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')].find((b) => b.textContent!.trim() === 'Tabella');
      if (toggle && element.localName !== 'region-map' && element.localName !== 'trend-timeline') {
        toggle.click();
        await waitUntil(() => root.querySelector('table'), `${element.localName}: no table`);
      }
      for (const details of root.querySelectorAll('details')) details.open = true;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const squeezed = brokenWords(root, /[^\s-]+/g, { narrowerThan: host.clientWidth / 2 });
      expect(squeezed, `${markup.replace(/ src="[^"]*"/, '')}: words broken`).to.deep.equal([]);
      expect(host.scrollWidth, `${markup.replace(/ src="[^"]*"/, '')}: as wide as its column`).to.be.at.most(host.clientWidth + 1);
    }
  });
});
