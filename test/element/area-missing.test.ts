/**
 * Every element that reads an area tells the page, once, of a province or
 * comune the data does not hold (`scuole-area-missing`, for a <linked-view>
 * around: src/element/area-missing.ts), and of nothing else: not of an area it
 * holds, nor of a school it does not.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureWarnings } from '../support/element-helpers.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/region-map/define.js';
import '../../components/trend-timeline/define.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';
import '../../components/participation-breakdown/define.js';
import '../../components/survey-results/define.js';
import '../../components/school-profile/define.js';

/** Each element, its area written `{code}`, and the area's level. */
const CASES: [markup: string, level: 'province' | 'comune'][] = [
  ['<region-map region="09" level="comuni" province="{code}"></region-map>', 'province'],
  ['<trend-timeline scope="comune:{code}"></trend-timeline>', 'comune'],
  ['<territory-list kind="role-models" scope="province:{code}"></territory-list>', 'province'],
  ['<institution-list scope="comune:{code}"></institution-list>', 'comune'],
  ['<participation-breakdown scope="province:{code}"></participation-breakdown>', 'province'],
  ['<survey-results scope="comune:{code}"></survey-results>', 'comune'],
];
/** An area of each level the data lacks, and one it holds (Firenze). */
const MISSING = { province: '199', comune: '048999' };
const HELD = { province: '048', comune: '048017' };

async function told(src: string, markup: string): Promise<{ details: unknown[]; element: Element }> {
  const details: unknown[] = [];
  const box = await fixture<HTMLDivElement>(html`<div @scuole-area-missing=${(e: CustomEvent) => details.push(e.detail)}></div>`);
  box.innerHTML = markup.replace(/^<([\w-]+)/, `<$1 src="${src}"`);
  const element = box.firstElementChild!;
  await waitUntil(
    () => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy="true"]') && element.shadowRoot.childElementCount > 0,
    `${markup} not settled`,
    { timeout: 10_000 },
  );
  // A render more: told once, not at every update.
  (element as HTMLElement & { requestUpdate(): void }).requestUpdate();
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { details, element };
}

describe('an area the data does not hold, told by the elements that read one', () => {
  for (const [markup, level] of CASES) {
    it(`${markup.match(/^<([\w-]+)/)![1]} tells of its ${level} the data lacks once, and of the one it holds nothing`, async () => {
      const capture = captureWarnings();
      try {
        const { src } = await serveContract({ survey: true });
        const gone = await told(src, markup.replace('{code}', MISSING[level]));
        expect(gone.element.shadowRoot!.querySelector('[role="alert"]'), 'its error shows').to.not.equal(null);
        expect(gone.details).to.deep.equal([{ level, code: MISSING[level] }]);
        const there = await told(src, markup.replace('{code}', HELD[level]));
        expect(there.element.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
        expect(there.details).to.deep.equal([]);
      } finally {
        capture.restore();
      }
    });
  }

  it('a profile tells nothing of a school the data does not hold (it says so itself, with a search)', async () => {
    const capture = captureWarnings();
    try {
      const { src } = await serveContract();
      const { details } = await told(src, '<school-profile code="FIIC99999X" variant="full"></school-profile>');
      expect(details).to.deep.equal([]);
    } finally {
      capture.restore();
    }
  });
});
