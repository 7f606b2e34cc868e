/**
 * The elements' pickers (<select>) show the element's choice whoever made it last. An option's `selected` attribute
 * (the templates wrote `?selected`) moves the picker only if the reader has not chosen that option before (the HTML
 * standard's "dirtiness"): a choice the page or a linked view made after the reader's was drawn while the picker
 * kept showing the reader's; the templates now set the options' `selected` property. On the dashboard (test/e2e/dashboard-walk.test.ts): a wave chosen, another, the first again, then
 * Back showed the earlier wave's results under the picker's later one.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { apply, settled, walkSuite } from '../support/element-walk.js';

/** Each picker: its element with the attributes of a view, the picker's place among the element's selects, its property. */
const PICKERS = [
  { tag: 'institution-list', attributes: { scope: 'region:09' }, at: 0, property: 'filter' },
  { tag: 'institution-list', attributes: { scope: 'region:09' }, at: 1, property: 'sort' },
  { tag: 'participation-breakdown', attributes: { scope: 'region:09' }, at: 0, property: 'dimension' },
  { tag: 'survey-results', attributes: { scope: 'region:09' }, at: 0, property: 'wave' },
  { tag: 'survey-results', attributes: { scope: 'region:09' }, at: 1, property: 'question' },
] as const;

describe('a picker shows the choice its element shows, after the reader used it', () => {
  const walk = walkSuite();

  for (const { tag, attributes, at, property } of PICKERS)
    it(`<${tag}>'s ${property}: chosen by the reader, then set by the page`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="width: 480px"></div>`);
      const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
      apply(el, 'src', 'A', walk.sources);
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      box.append(el);
      await settled(el, tag);
      const picker = () => el.shadowRoot!.querySelectorAll('select')[at]!;
      const first = picker().selectedIndex;
      const before = picker().value;
      // The reader picks another option, the first again, then the other.
      const other = (first + 1) % picker().options.length;
      for (const index of [other, first, other]) {
        picker().selectedIndex = index;
        picker().dispatchEvent(new Event('change', { bubbles: true }));
        await settled(el, `${tag} after the reader's choice`);
      }
      const chosen = picker().value;
      expect(el[property] ?? '', 'the element follows the reader').to.equal(chosen);
      expect(chosen).to.not.equal(before);
      // The page (a linked view, Back) sets the first choice again: the element shows it, and so does its picker.
      el[property] = before;
      await settled(el, `${tag} after the page's choice`);
      expect(picker().value, `the picker of ${property}`).to.equal(before);
      expect(walk.errors).to.deep.equal([]);
    });
});
