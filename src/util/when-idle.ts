/**
 * Runs `work` when the browser is idle (after a first paint, between frames),
 * or after 50 ms where there is no `requestIdleCallback` (Safari).
 */
export function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback;
  if (idle) idle(work);
  else setTimeout(work, 50);
}
