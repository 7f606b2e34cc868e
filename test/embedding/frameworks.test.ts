/**
 * The elements inside React, Vue and Angular pages, in real Chromium:
 * attributes and properties set by the framework reach the element, and the
 * element's custom event reaches the framework's handler, whose state change
 * flows back in (test/support/framework-round-trip.ts). Angular with zone.js,
 * which patches the page's globals, has a page of its own
 * (angular-zone.test.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import { expectRoundTrip, hostModule } from '../support/framework-round-trip.js';
import { serveContract } from '../support/serve-contract.js';

for (const [framework, name, exported] of [
  ['React 19', 'react-host', 'mountReact'],
  ['Vue 3', 'vue-host', 'mountVue'],
  ['Angular 21, zoneless', 'angular-host', 'mountAngular'],
] as const) {
  describe(`inside a ${framework} page`, () => {
    it('gets attributes and properties from the framework, and its event drives the framework’s state', async function () {
      this.timeout(30_000);
      await expectRoundTrip(await hostModule(name, exported));
    });
  });
}

describe('inside a React 19 page, a property bound to null', () => {
  it('reads as its default: a profile given code={null} waits, shows the school chosen, then waits again', async function () {
    this.timeout(30_000);
    // React 19 sets `code` to null: the profile read null.trim() and threw into the page.
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const { src } = await serveContract();
    const container = document.body.appendChild(document.createElement('div'));
    const mountReactProfile = await hostModule<
      (container: HTMLElement, src: string) => { show(code: string | null): void; unmount(): void }
    >('react-host', 'mountReactProfile');
    const app = mountReactProfile(container, src);
    try {
      const profile = container.querySelector('school-profile')!;
      const name = () => profile.shadowRoot?.querySelector('[part~="name"]')?.textContent?.trim();
      expect((profile as HTMLElement & { code: string }).code).to.equal('');
      app.show('FIIC81200A');
      await waitUntil(() => name() === 'IC Firenze Centro', 'the school chosen is not shown', { timeout: 10_000 });
      app.show(null);
      await waitUntil(() => !name(), 'the profile still shows the school', { timeout: 10_000 });
      expect(profile.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      app.unmount();
      container.remove();
      window.removeEventListener('error', onError);
    }
  });
});
