/**
 * A download that cannot be made (a browser that refuses the file, the XLSX
 * writer not found beside a self-hosted bundle) is said where the reader
 * clicked, in the page's language, as well as once in the console; the view
 * stays as it was, and the next download that works clears the sentence.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings, downloadedBlob } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/institution-list/define.js';
import '../../components/survey-results/define.js';

const VIEWS: { markup: (src: string) => string; drawn: string }[] = [
  { markup: (src) => `<region-map src="${src}" metric="etwinning.projects"></region-map>`, drawn: 'canvas.areas' },
  { markup: (src) => `<trend-timeline src="${src}" metrics="etwinning.projects"></trend-timeline>`, drawn: 'svg[part~="chart"]' },
  { markup: (src) => `<institution-list src="${src}" scope="region:09"></institution-list>`, drawn: '[role="row"]' },
  { markup: (src) => `<survey-results src="${src}" scope="province:048"></survey-results>`, drawn: '[part~="question"] li' },
];

const note = (el: Element) => el.shadowRoot!.querySelector('[part~="download-note"]')!;
/** What the note says, each run of white space one space. */
const said = (el: Element) => note(el).textContent!.replace(/\s+/g, ' ').trim();

describe('a download that fails', () => {
  for (const view of VIEWS) {
    const tag = /^<([a-z-]+)/.exec(view.markup(''))![1]!;
    it(`is said in <${tag}>, beside its buttons, and the next one clears it`, async () => {
      const { src } = await serveContract({ survey: true });
      const host = await fixture<HTMLDivElement>(html`<div lang="it" style="width: 800px"></div>`);
      host.innerHTML = view.markup(src);
      const el = host.firstElementChild!;
      await waitUntil(() => el.shadowRoot?.querySelector(view.drawn), 'not drawn', { timeout: 8000 });
      expect(note(el).getAttribute('role')).to.equal('status');
      expect(said(el)).to.equal('');
      expect(note(el).getBoundingClientRect().height, 'empty, it takes no room').to.be.at.most(1);
      const capture = captureWarnings();
      const original = URL.createObjectURL;
      URL.createObjectURL = () => {
        throw new Error('refused by the browser');
      };
      try {
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('CSV'))!.click();
        await waitUntil(() => said(el) !== '', 'nothing said');
      } finally {
        URL.createObjectURL = original;
        capture.restore();
      }
      expect(said(el)).to.equal('Non è stato possibile creare il file CSV (i dettagli nella console del browser).');
      expect(capture.warnings.filter((w) => w.includes('CSV export failed: refused by the browser'))).to.have.length(1);
      // The view is as it was: no error in place of it.
      expect(el.shadowRoot!.querySelector(view.drawn)).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      host.lang = 'en';
      await waitUntil(() => said(el).startsWith('The CSV file could not be made'), 'not in English');
      expect((await downloadedBlob(el.shadowRoot!, 'CSV')).size).to.be.greaterThan(0);
      await waitUntil(() => said(el) === '', 'the failure still said after a download that worked');
    });
  }
});
