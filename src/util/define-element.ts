import { warn } from '../element/warnings.js';

/** Set on the page when its Trusted Types policy refused Lit's "lit-html" (src/util/trusted-types-guard.ts). */
export const POLICY_REFUSED = Symbol.for('scuole-europa.trusted-types-refused');

/** The Trusted Types refusal is told once per page, not once per tag. */
let refusalTold = false;

/**
 * Registers a custom element unless its tag is taken. Two copies of the bundle
 * on one page (a theme and a plugin, say) must not throw; the first copy wins.
 * A host with a name clash imports the class and registers it under its own tag.
 * On a server (a page rendered in Node imports the bundle) there is no registry:
 * nothing is registered and nothing throws.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): boolean {
  if (!registry) return false;
  if ((globalThis as Record<symbol, unknown>)[POLICY_REFUSED]) {
    if (!refusalTold)
      warn(
        'scuole-europa',
        `this page's Content-Security-Policy requires Trusted Types but does not allow the policy "lit-html": the elements keep their fallback content. Allow it with "trusted-types lit-html" (and 'allow-duplicates' when several copies of the library are on the page).`,
      );
    refusalTold = true;
    return false;
  }
  const existing = registry.get(tag);
  if (existing === constructor) return false;
  if (existing) {
    warn(
      'scuole-europa',
      `<${tag}> is already defined by another script; this copy is not registered. Import the class and register it under another tag if you need both.`,
    );
    return false;
  }
  registry.define(tag, constructor);
  return true;
}
