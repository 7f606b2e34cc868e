/**
 * The elements inside an Angular page that runs on zone.js, as most Angular
 * applications still do: zone.js is loaded first and patches the page's
 * promises, timers and event listeners, then Angular, then the elements (all
 * in the page's bundle, in that order, as an application's build puts them;
 * test/embedding/hosts/angular-zone-host.ts). A page of its own, since
 * zone.js changes the page for every test after it.
 */
import { expect } from '@open-wc/testing';
import { expectRoundTrip, hostModule } from '../support/framework-round-trip.js';

describe('inside an Angular 21 page on zone.js', () => {
  it('gets attributes and properties from the framework, and its event drives the framework’s state', async function () {
    this.timeout(30_000);
    const mount = await hostModule('angular-zone-host', 'mountAngularZone');
    // The page really runs on zone.js: its promises are zone.js's.
    expect((globalThis as { Zone?: unknown }).Zone).to.not.equal(undefined);
    await expectRoundTrip(mount);
  });
});
