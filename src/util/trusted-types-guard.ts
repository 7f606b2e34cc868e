/**
 * Runs first in the single-file CDN bundle, before Lit creates its Trusted
 * Types policy ("lit-html"). A page whose Content-Security-Policy requires
 * Trusted Types but does not allow that policy (`trusted-types 'none'`), or a
 * second copy of the bundle on a page without 'allow-duplicates', would make
 * Lit's policy creation throw while the bundle loads: an uncaught error in the
 * host page and, for the first case, elements that can never render. Here the
 * refusal is caught: the page keeps the elements' fallback content (they are
 * not registered, src/util/define-element.ts) and gets one console message
 * that says which policy to allow. The page's own `createPolicy` is put back
 * as soon as the bundle has loaded.
 */
import { POLICY_REFUSED } from './define-element.js';

type PolicyFactory = { createPolicy: (name: string, ...rest: unknown[]) => unknown };

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
if (factory) {
  const create = factory.createPolicy;
  factory.createPolicy = function (this: PolicyFactory, name: string, ...rest: unknown[]) {
    try {
      return create.call(this, name, ...rest);
    } catch (error) {
      if (name !== 'lit-html') throw error;
      // A second copy meets the first copy's policy ("already exists"): that copy registers nothing anyway.
      if (!/exist/i.test(String((error as Error)?.message))) (globalThis as Record<symbol, unknown>)[POLICY_REFUSED] = true;
      return undefined;
    }
  };
  // The bundle loads in one synchronous run: the page's own factory is back before anything else runs.
  queueMicrotask(() => (factory.createPolicy = create));
}
