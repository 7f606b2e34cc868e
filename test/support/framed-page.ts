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

/**
 * The same markup twice, `width` wide and in Italian: in this page, where the test's imports defined the elements
 * (the sources), and in a frame whose only script is the CDN bundle (what ships). `removeBoth()` takes both away.
 */
export async function sourcesBesideBundle(
  markup: string,
  width = 900,
): Promise<{ sources: Element[]; shipped: Element[]; realm: Window & typeof globalThis; removeBoth: () => void }> {
  const page = document.createElement('div');
  page.lang = 'it';
  page.style.width = `${width}px`;
  page.innerHTML = markup;
  document.body.append(page);
  const frame = await framedPage({
    head: bundleScript(),
    body: `<div style="width: ${width}px">${markup}</div>`,
    width: width + 100,
    height: 800,
  });
  return {
    sources: [...page.children],
    shipped: [...frame.contentDocument!.body.firstElementChild!.children],
    realm: frame.contentWindow as Window & typeof globalThis,
    removeBoth: () => (page.remove(), frame.remove()),
  };
}
