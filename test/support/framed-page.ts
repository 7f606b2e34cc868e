/**
 * A same-origin page in a frame, as a host site would be: its own head (a
 * policy, a stylesheet, the bundle's script tag) and body, in Italian.
 * Resolves once the frame has loaded. Without a size, the frame keeps the
 * browser's default (300 × 150).
 */
export async function framedPage(page: { head?: string; body?: string; width?: number; height?: number }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (page.width && page.height) frame.style.cssText = `width: ${page.width}px; height: ${page.height}px`;
  frame.srcdoc = `<!doctype html><html lang="it"><head>${page.head ?? ''}</head><body>${page.body ?? ''}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The single-file CDN bundle's script tag (a query keeps two copies of it apart). */
export const bundleScript = (query = '') => `<script type="module" src="/__bundle__/cdn.js${query}"></script>`;
