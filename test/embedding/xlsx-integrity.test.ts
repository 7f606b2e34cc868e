/**
 * The XLSX writer the shipped bundle imports from beside itself, checked by an
 * import map's integrity as the README tells hosts: with the hash of
 * integrity.json the download comes; with a wrong one the browser refuses the
 * writer, and the element says the file could not be made. Only the shipped
 * bundle has the writer beside it (`npm test` builds it first; the bundle the
 * tests build from the sources has it inside).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bundleScript, framedPage } from '../support/framed-page.js';
import { serveContract } from '../support/serve-contract.js';

const WRITER = new URL('/__bundle__/scuole-europa-xlsx.min.js', location.href).href;

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** An institution list in a frame whose import map gives the writer's integrity; what its XLSX button gives. */
async function xlsxWith(integrity: string): Promise<{ file: Blob | null; said: () => string }> {
  const { src } = await serveContract();
  const frame = await framedPage({
    head: `<script type="importmap">${JSON.stringify({ integrity: { [WRITER]: integrity } })}</script>${bundleScript()}`,
    body: `<institution-list src="${src}" scope="region:09" filter="all"></institution-list>`,
    width: 900,
    height: 700,
  });
  const realm = frame.contentWindow as Window & typeof globalThis;
  const files: Blob[] = [];
  realm.URL.createObjectURL = (blob: Blob | MediaSource) => (files.push(blob as Blob), 'blob:test');
  const list = frame.contentDocument!.querySelector('institution-list')!;
  await waitUntil(() => list.shadowRoot?.querySelector('.body [role="row"]'), 'list not drawn', { timeout: 8000 });
  const said = () => list.shadowRoot!.querySelector('[part~="download-note"]')!.textContent!.replace(/\s+/g, ' ').trim();
  [...list.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Excel'))!.click();
  await waitUntil(() => files.length > 0 || said() !== '', 'neither a file nor a word', { timeout: 10_000 });
  frame.remove();
  return { file: files[0] ?? null, said };
}

describe('the shipped XLSX writer under an import map’s integrity', () => {
  it('loads with the hash integrity.json gives, and is refused with another, which the element says', async function () {
    if ((await fetch(WRITER)).status !== 200) this.skip(); // a bundle built from the sources: the writer is inside it
    this.timeout(30_000);
    const integrity = await sha384(WRITER);
    const good = await xlsxWith(integrity);
    expect(good.file?.type).to.include('spreadsheetml');
    const bad = await xlsxWith(`sha384-${'A'.repeat(64)}`);
    expect(bad.file).to.equal(null);
    expect(bad.said()).to.equal('Non è stato possibile creare il file XLSX (i dettagli nella console del browser).');
  });
});
