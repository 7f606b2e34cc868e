/**
 * Runs `work` when the browser is idle (after a first paint, between frames),
 * or after 50 ms where there is no `requestIdleCallback` (Safari).
 */
export function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback;
  if (idle) idle(work);
  else setTimeout(work, 50);
}

/**
 * Runs `work` when the browser is idle after the next frame is painted: an
 * idle period can come before that frame, and work done there would delay the
 * picture it waits for (a change of year's re-colouring).
 */
export function whenIdleAfterPaint(work: () => void): void {
  void afterNextPaint().then(() => whenIdle(work));
}

/** Resolves once the next frame is painted: what was rendered before it is on screen. */
export function afterNextPaint(): Promise<void> {
  // The animation frame runs before the paint; a task queued from it runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
