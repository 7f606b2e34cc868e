/**
 * Every element's downloads are one group under one word, «Scarica: CSV Excel
 * SVG PNG», where each button said «Scarica» and the map's and the timeline's
 * four took two rows of a phone's toolbar. What a screen reader is given is
 * read from Chromium's accessibility tree: the group named «Scarica», each
 * button named whole («Scarica CSV», «Scarica Excel (XLSX)»), in English too.
 * On a 375 px phone (a 311 px column) the four take one row; on paper none.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';

interface AxNode {
  role: string;
  name: string;
}

const groupOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.downloads');

/** The text a sighted reader sees: not what is only clipped out of sight for a screen reader. */
function seenText(element: Element): string {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement!.closest('.visually-hidden')) words.push(node.textContent!);
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

async function elements(lang: string) {
  const { src } = await serveContract();
  const survey = (await serveContract({ survey: true })).src;
  const page = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 311px">
    <region-map src=${src} metric="etwinning.projects"></region-map>
    <trend-timeline src=${src} metrics="etwinning.projects" scope="region:09"></trend-timeline>
    <participation-breakdown src=${src} scope="region:09"></participation-breakdown>
    <survey-results src=${survey} scope="province:048"></survey-results>
    <territory-list src=${src} kind="role-models" scope="region:09"></territory-list>
    <institution-list src=${src} scope="region:09" filter="all"></institution-list>
  </div>`);
  const all = [...page.children] as HTMLElement[];
  await waitUntil(() => all.every((el) => groupOf(el)), 'not every element drew its downloads', { timeout: 8000 });
  await new Promise(requestAnimationFrame);
  return all;
}

describe('the download buttons', () => {
  for (const [lang, verb] of [
    ['it', 'Scarica'],
    ['en', 'Download'],
  ] as const) {
    it(`are a group named «${verb}» in every element, each button named whole (${lang})`, async () => {
      const all = await elements(lang);
      const nodes = (await executeServerCommand('ax-names', { roles: ['button', 'group'] })) as AxNode[];
      const groups = nodes.filter((node) => node.role === 'group' && node.name === verb);
      expect(groups.length, 'one group per element').to.equal(all.length);
      const names = nodes.filter((node) => node.role === 'button' && node.name.startsWith(`${verb} `)).map((node) => node.name);
      // The map and the timeline's chart offer pictures too; every element a CSV and a spreadsheet.
      expect(names.filter((name) => name === `${verb} CSV`).length).to.equal(6);
      expect(names.filter((name) => name === `${verb} Excel (XLSX)`).length).to.equal(6);
      expect(names.filter((name) => name === `${verb} SVG`).length).to.equal(2);
      expect(names.filter((name) => name === `${verb} PNG`).length).to.equal(2);
      for (const el of all) {
        // The word is seen once, before the buttons; the buttons show the file's kind.
        const shown = seenText(groupOf(el)!);
        expect(shown, el.localName).to.match(new RegExp(`^${verb}: CSV Excel( SVG PNG)?$`));
      }
    });
  }

  it('take one row of a phone’s column in the map and the timeline, and none on paper', async () => {
    const [map, timeline] = await elements('it');
    for (const el of [map!, timeline!]) {
      const group = groupOf(el)!;
      const tops = [...group.querySelectorAll('button')].map((b) => Math.round(b.getBoundingClientRect().top));
      expect(tops.length, el.localName).to.equal(4);
      expect(new Set(tops).size, `${el.localName}: its four buttons on one row`).to.equal(1);
      expect(group.getBoundingClientRect().right, `${el.localName}: within the column`).to.be.at.most(
        el.getBoundingClientRect().right + 0.5,
      );
    }
    await emulateMedia({ media: 'print' });
    try {
      for (const el of [map!, timeline!]) expect(getComputedStyle(groupOf(el)!).display, el.localName).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
