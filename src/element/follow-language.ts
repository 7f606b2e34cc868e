/**
 * Makes `lang` reactive for every element of the library: one page-wide
 * MutationObserver watches `lang` attributes in the document and in the shadow
 * roots that hold an element, and tells each connected element to look again
 * when one changes anywhere (on the element, an ancestor, the page). An element
 * re-renders only when its own language changed.
 */
export interface LanguageFollower {
  /** Called after any `lang` attribute changed; the element compares and re-renders if needed. */
  languageMayHaveChanged(): void;
  getRootNode(): Node;
}

const followers = new Set<LanguageFollower>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observeRoots(from: Node): void {
  let root: Node | null = from.getRootNode();
  while (root && !observedRoots.has(root)) {
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    observedRoots.add(root);
    observer!.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    // A shadow root's host has ancestors of its own, up to the document.
    root = root instanceof ShadowRoot ? root.host.getRootNode() : null;
  }
}

/** Starts following the page's language for `element`; returns the function that stops. */
export function followLanguage(element: LanguageFollower): () => void {
  if (typeof MutationObserver === 'undefined') return () => undefined;
  observer ??= new MutationObserver(() => {
    for (const follower of followers) follower.languageMayHaveChanged();
  });
  observeRoots(element as unknown as Node);
  followers.add(element);
  return () => followers.delete(element);
}
