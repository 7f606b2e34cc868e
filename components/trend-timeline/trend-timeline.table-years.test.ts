/**
 * The table's years stay at its box's start as a narrow table scrolls
 * sideways (src/styles/sticky-heads.styles.ts): two metrics compared with
 * Italy are four columns of values, which scroll in a 320 px column, and
 * scrolled, they stood beside no year.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { dashboardIndex } from '../../test/fixtures/dashboard.fixture.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { expectHeadingsInSight } from '../../test/support/sticky-headings.js';
import './define.js';

/** The table of Toscana's `metrics` compared with Italy, per institution, in a column `width` px wide. */
async function tableOf(lang: string, metrics: string, width: number): Promise<HTMLElement> {
  const { src } = await serveContract({ index: dashboardIndex() });
  const holder = await fixture<HTMLDivElement>(html`<div></div>`);
  holder.style.width = `${width}px`;
  holder.innerHTML = `<trend-timeline src="${src}" lang="${lang}" scope="region:09" metrics="${metrics}" compare="nation" normalisation="perSchool" view="table"></trend-timeline>`;
  const timeline = holder.querySelector('trend-timeline')!;
  await waitUntil(() => timeline.shadowRoot!.querySelector('tbody th'), 'table not drawn', { timeout: 10_000 });
  return timeline.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
}

for (const lang of ['it', 'en'])
  describe(`<trend-timeline>’s table in a narrow column (${lang})`, () => {
    it('keeps the years at the start as it scrolls sideways, drawn over the values, each on one line, with a rule', async () => {
      const table = await tableOf(lang, 'etwinning.active erasmus.active', 320);
      const years = [...table.querySelectorAll('tr')].map((row) => row.firstElementChild!);
      // «Anno» or «Year», then each year, no word broken («2014/15» broke as «2014/1» «5» at 4.5em in the profile).
      await expectHeadingsInSight(table, years);
    });

    it('fits a region compared with Italy in a phone’s card, its years’ column as narrow as a year', async () => {
      // Under «Anno scolastico» the column was 5.6em: the demo's Lombardia compared with Italy scrolled by 10 px in a
      // 320 px phone's card (256 px), and this one by 5 px in 240.
      const table = await tableOf(lang, 'participation.active', 240);
      expect(table.scrollWidth).to.be.at.most(table.clientWidth);
    });
  });
