/**
 * The table's years stay at its box's start as a narrow table scrolls
 * sideways (src/styles/sticky-heads.styles.ts): two metrics compared with
 * Italy are four columns of values, which scroll in a 320 px column, and
 * scrolled, they stood beside no year.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { dashboardIndex } from '../../test/fixtures/dashboard.fixture.js';
import { serveContract } from '../../test/support/serve-contract.js';
import { expectHeadingsInSight } from '../../test/support/sticky-headings.js';
import './define.js';

for (const lang of ['it', 'en'])
  describe(`<trend-timeline>’s table in a narrow column (${lang})`, () => {
    it('keeps the years at the start as it scrolls sideways, drawn over the values, each on one line, with a rule', async () => {
      const { src } = await serveContract({ index: dashboardIndex() });
      const holder = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      holder.innerHTML = `<trend-timeline src="${src}" lang="${lang}" scope="region:09" metrics="etwinning.active erasmus.active" compare="nation" normalisation="perSchool" view="table"></trend-timeline>`;
      const timeline = holder.querySelector('trend-timeline')!;
      await waitUntil(() => timeline.shadowRoot!.querySelector('tbody th'), 'table not drawn', { timeout: 10_000 });
      const table = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
      const years = [...table.querySelectorAll('tr')].map((row) => row.firstElementChild!);
      // «Anno scolastico» or «School year», then each year, no word broken («2014/15» broke as «2014/1» «5» at 4.5em in
      // the profile).
      await expectHeadingsInSight(table, years);
    });
  });
