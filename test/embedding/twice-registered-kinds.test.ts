/**
 * Two copies of the CDN bundle on one page, the page's one loader made by the
 * copy whose elements are not the ones registered: a document kind that an
 * element teaches the validator (a survey wave, src/survey/survey-kind.ts) must
 * be known to the validator that loader checks with. It was not: the survey's
 * results read "validateDocument: the kind "survey" is not registered".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';

describe('two copies of the bundle, the loader of the other copy', () => {
  it('reads a survey wave through the loader the other copy made', async () => {
    const capture = captureWarnings();
    try {
      const first = await import(/* @vite-ignore */ `${'/__bundle__/cdn.js'}?copy=a`);
      const second = await import(/* @vite-ignore */ `${'/__bundle__/cdn.js'}?copy=b`);
      // The second copy makes the page's loader (its own validator); the first copy's elements are the registered ones.
      const loader = second.sharedLoader();
      expect(first.sharedLoader()).to.equal(loader);
      expect(customElements.get('survey-results')).to.equal(first.SurveyResults);
      const { src } = await serveContract({ survey: true });
      const box = document.createElement('div');
      box.innerHTML = `<survey-results src="${src}" scope="nation"></survey-results>`;
      document.body.append(box);
      const results = box.querySelector('survey-results')!;
      await waitUntil(() => results.shadowRoot?.querySelector('[part~="summary"], [part~="error"]'), 'survey not loaded', {
        timeout: 8000,
      });
      expect(results.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '').to.equal('');
      expect(results.shadowRoot!.querySelector('[part~="chart"]')).to.exist;
      expect(capture.warnings.filter((w) => w.includes('kind "survey"'))).to.deep.equal([]);
      box.remove();
    } finally {
      capture.restore();
    }
  });
});
