/**
 * A table's row headings that stay at its box's start as it scrolls sideways
 * (src/styles/sticky-heads.styles.ts), checked as a reader sees them: the
 * table scrolled to its end, each heading at the box's start and drawn over
 * what passes under it, no wider than 55% of the box, no word of it broken,
 * and a rule at its end, in forced colours too.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { brokenWords } from './broken-words.js';
import { endRuleContrast } from './end-rule.js';

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** `headings`: the column's cells, its heading's first; `words`: what a word is (brokenWords). `label` names the table in messages. */
export async function expectHeadingsInSight(table: HTMLElement, headings: readonly Element[], words = /\S+/g, label = ''): Promise<void> {
  const root = table.getRootNode() as ShadowRoot;
  expect(table.scrollWidth, `${label} the table scrolls`).to.be.above(table.clientWidth + 20);
  table.scrollLeft = table.scrollWidth;
  await frames();
  for (const heading of headings) {
    const said = `${label} «${heading.textContent!.trim()}»`;
    // In sight, for what is drawn there to be read (the page, not the table, scrolls).
    scrollBy(0, heading.getBoundingClientRect().top - innerHeight / 2);
    const at = heading.getBoundingClientRect();
    expect(at.left, `${said} at the box's start`).to.be.closeTo(table.getBoundingClientRect().left, 1.5);
    const drawn = root.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2);
    expect(heading.contains(drawn), `${said} drawn over what scrolls`).to.equal(true);
    // The values keep most of the box, and no word of the heading is broken.
    expect(at.width, said).to.be.below(0.55 * table.clientWidth);
    expect(brokenWords(heading, words), said).to.deep.equal([]);
  }
  // Its rule goes with it, in forced colours too (the table drew collapsed borders where the cells were: scrolled away).
  const first = headings[1] ?? headings[0]!;
  scrollBy(0, first.getBoundingClientRect().top - innerHeight / 2);
  for (const forced of [false, true]) {
    await executeServerCommand('forced-colors', { active: forced });
    try {
      await frames();
      expect(await endRuleContrast(first), `${label} a rule at the headings' end (forced colours: ${forced})`).to.be.above(20);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  }
}
