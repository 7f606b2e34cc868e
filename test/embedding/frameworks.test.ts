/**
 * The elements inside React, Vue and Angular pages, in real Chromium:
 * attributes and properties set by the framework reach the element, and the
 * element's custom event reaches the framework's handler, whose state change
 * flows back in (test/support/framework-round-trip.ts). Angular with zone.js,
 * which patches the page's globals, has a page of its own
 * (angular-zone.test.ts).
 */
import '../../src/define-all.js';
import { expectRoundTrip, hostModule } from '../support/framework-round-trip.js';

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
