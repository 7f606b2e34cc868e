/**
 * Two copies of the CDN bundle on one page (a theme and a plugin each bring
 * one): nothing throws, the first copy's elements stay registered, the second
 * only warns once per tag, and both share one loader, so one request per file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { hits } from '../support/data-routes.js';
import { captureWarnings } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';

describe('two copies of the bundle on one page', () => {
  it('registers once, warns once per tag, shares the loader, and the elements work', async () => {
    const capture = captureWarnings();
    try {
      const first = await import(/* @vite-ignore */ `${'/__bundle__/cdn.js'}?copy=1`);
      const second = await import(/* @vite-ignore */ `${'/__bundle__/cdn.js'}?copy=2`);
      expect(first.RegionMap).not.to.equal(second.RegionMap);
      expect(customElements.get('region-map')).to.equal(first.RegionMap);
      expect(customElements.get('trend-timeline')).to.equal(first.TrendTimeline);
      expect(capture.warnings.filter((w) => w.includes('<region-map> is already defined'))).to.have.length(1);
      expect(capture.warnings.filter((w) => w.includes('<trend-timeline> is already defined'))).to.have.length(1);
      expect(first.sharedLoader()).to.equal(second.sharedLoader());

      const { folder, src } = await serveContract();
      const box = document.createElement('div');
      box.style.width = '500px';
      box.innerHTML = `<region-map src="${src}"></region-map><trend-timeline src="${src}"></trend-timeline>`;
      document.body.append(box);
      const [map, timeline] = [box.querySelector('region-map')!, box.querySelector('trend-timeline')!];
      await waitUntil(
        () => map.shadowRoot?.querySelector('[part~="legend"]') && timeline.shadowRoot?.querySelector('[part~="chart"]'),
        'elements not drawn',
        { timeout: 8000 },
      );
      // Data loaded through the second copy's loader comes from the same cache.
      await second.sharedLoader().index(src);
      expect(await hits(`${folder}/index.json`)).to.equal(1);
      box.remove();
    } finally {
      capture.restore();
    }
  });
});
