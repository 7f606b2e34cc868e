/** The page side of the browser benchmarks. */

/** Resolves after the browser has painted what was drawn. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** A fresh box of a fixed size for one contender. */
export function container(width: number, height: number): HTMLElement {
  const div = document.createElement('div');
  div.style.cssText = `width:${width}px;height:${height}px;position:relative`;
  document.body.append(div);
  return div;
}

/** Waits until `element` (a Lit element) has rendered what `done` looks for, then until it is painted. */
export async function renderedAndPainted(element: HTMLElement & { updateComplete: Promise<unknown> }, done: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !done(); i++) {
    await element.updateComplete;
    if (done()) break;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  await painted();
}
