/**
 * The focus ring reaches 3:1 against the element's background (WCAG 1.4.11) in
 * the light and the dark scheme, measured on the colours the browser computes
 * for a button focused from the keyboard: one of its two tones must contrast.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { contrast, rgbs as rgb } from '../support/contrast.js';
import { serveContract } from '../support/serve-contract.js';
import '../../components/territory-list/define.js';
import '../../components/institution-list/define.js';

/** The best contrast of the focused element's ring (outline and inner shadow) against the host's background. */
function ringContrast(host: HTMLElement, focused: Element): number {
  const style = getComputedStyle(focused);
  const background = rgb(getComputedStyle(host).backgroundColor)[0]!;
  const tones = [...rgb(style.outlineColor), ...rgb(style.boxShadow)];
  expect(tones.length, 'a ring is drawn').to.be.at.least(2);
  return Math.max(...tones.map((tone) => contrast(tone, background)));
}

describe('the focus ring', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of ['light', 'dark'] as const)
    it(`reaches 3:1 on the ${scheme} background, on a button and in the grid of institutions`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const { src } = await serveContract();
      const host = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <territory-list src=${src} kind="role-models" scope="nation"></territory-list>
        <institution-list src=${src} scope="region:09" filter="all"></institution-list>
      </div>`);
      const list = host.querySelector('territory-list')!;
      const grid = host.querySelector('institution-list')!;
      await waitUntil(
        () => list.shadowRoot?.querySelector('.regions button') && grid.shadowRoot?.querySelector('[role="grid"]'),
        'not ready',
        {
          timeout: 5000,
        },
      );
      host.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = list.shadowRoot!.activeElement!;
      expect(button.tagName).to.equal('BUTTON');
      expect(ringContrast(list, button)).to.be.at.least(3);
      const cell = grid.shadowRoot!.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!;
      cell.focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(ringContrast(grid, grid.shadowRoot!.activeElement!)).to.be.at.least(3);
    });
});
