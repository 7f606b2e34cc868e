/** Helpers shared by the elements' browser tests. */

import { aTimeout, waitUntil } from '@open-wc/testing';

/** Collects console warnings until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/** Clicks the button of `root` whose text has `label` and returns the text of the file it downloads. */
export async function downloaded(root: ShadowRoot, label: string): Promise<string> {
  return (await downloadedBlob(root, label)).text();
}

/**
 * Clicks the button of `root` whose text has `label` and returns the file it downloads. `realm` is the window whose
 * code makes the file: a frame's, for an element the frame's own script defined (the CDN bundle in a host page).
 */
export async function downloadedBlob(root: ShadowRoot, label: string, realm: Window & typeof globalThis = window): Promise<Blob> {
  const blobs: Blob[] = [];
  const original = realm.URL.createObjectURL;
  realm.URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  };
  try {
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes(label))!.click();
    // The export code may load on the first download (the XLSX writer is 70 KB): wait for the file, longer than
    // waitUntil's default second, which a busy machine overran.
    await waitUntil(() => blobs.length > 0, `no ${label} download`, { timeout: 10_000 });
  } finally {
    realm.URL.createObjectURL = original;
  }
  return blobs[0]!;
}

/**
 * Waits until `read()` (what is shown) stays the same, nothing being `busy()`, for `quietMs`; returns what it shows.
 * `before` runs ahead of each reading (an element's pending update). Throws naming `what` after `timeoutMs`.
 */
export async function untilSteady(
  read: () => string,
  busy: () => boolean,
  what: string,
  { quietMs = 500, timeoutMs = 15_000, before }: { quietMs?: number; timeoutMs?: number; before?: () => Promise<unknown> | undefined } = {},
): Promise<string> {
  let last = '';
  let since = performance.now();
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    await before?.();
    const now = read();
    if (now !== last || busy()) {
      last = now;
      since = performance.now();
    } else if (performance.now() - since > quietMs) return now;
    await aTimeout(100);
  }
  throw new Error(`never settled: ${what}`);
}
