/** The page side of the browser benchmarks. */

/**
 * Resolves once the browser has rendered the frame that shows what was drawn:
 * a message posted from the next animation frame arrives right after that
 * frame's style, layout and paint (waiting for a second frame would add up to
 * one frame interval to every contender). `atFrame`, if given, is read as that
 * frame begins, and its answer is what the promise resolves with: what the
 * painted frame shows.
 */
export function painted(): Promise<void>;
export function painted<T>(atFrame: () => T): Promise<T>;
export function painted<T>(atFrame?: () => T): Promise<T | void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const seen = atFrame?.();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(seen);
      channel.port2.postMessage(null);
    }),
  );
}

/** A fresh box of a fixed size for one contender. */
export function container(width: number, height: number): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px;position:relative`;
  document.body.append(div);
  return div;
}

/**
 * Waits until `element` (a Lit element whose data is already in the loader's
 * cache) has rendered what `done` looks for, then until it is painted. Its data
 * arrives through promise callbacks, so it yields to microtasks first and to
 * the event loop only if that is not enough.
 */
export async function renderedAndPainted(element: HTMLElement & { updateComplete: Promise<unknown> }, done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) {
    await element.updateComplete;
    if (done()) break;
    await (i < 1000 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 0)));
  }
  await painted();
}

const held = new Map<string, Promise<void>>();
let fetchPatched = false;

/**
 * Holds back the page's downloads of `url` until the returned function is
 * called: a download in flight, for timing an element that is on the page
 * before its data, as on any real page.
 */
export function holdFetch(url: string): () => void {
  let release!: () => void;
  held.set(url, new Promise<void>((resolve) => (release = resolve)));
  if (!fetchPatched) {
    fetchPatched = true;
    const pageFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const response = await pageFetch(input, init);
      await held.get(input instanceof Request ? input.url : String(input));
      return response;
    };
  }
  return release;
}
