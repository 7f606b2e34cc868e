import { warn } from '../element/warnings.js';

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
