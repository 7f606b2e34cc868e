/**
 * What every framework page of the embedding tests must do with
 * <territory-list> (test/embedding/hosts/*.ts): the attribute and the
 * properties the framework sets reach the element, and the element's custom
 * event reaches the framework's handler, whose state change flows back in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TerritoryList } from '../../components/territory-list/territory-list.js';
import { serveContract } from './serve-contract.js';

type Mounted = { unmount(): void };
/** Mounts the framework's page; Angular's bootstrap is asynchronous, React's and Vue's are not. */
export type Mount = (container: HTMLElement, src: string, onChosen: (detail: unknown) => void) => Mounted | Promise<Mounted>;

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The framework page bundled by the test server (test/support/bundle-server.mjs), and its mount function. */
export async function hostModule<T = Mount>(name: string, exported: string): Promise<T> {
  const url = `/__host__/${name}.js`;
  const module = (await import(/* @vite-ignore */ url)) as Record<string, T>;
  return module[exported]!;
}

export async function expectRoundTrip(mount: Mount): Promise<void> {
  const { src } = await serveContract();
  const container = document.createElement('div');
  document.body.append(container);
  const chosen: unknown[] = [];
  const app = await mount(container, src, (detail) => chosen.push(detail));
  try {
    await waitUntil(() => container.querySelector('territory-list')?.shadowRoot?.querySelector('button'), 'list not rendered', {
      timeout: 10_000,
    });
    const list = container.querySelector('territory-list') as TerritoryList;
    expect(list.kind).to.equal('role-models');
    expect(list.limit).to.equal(5);
    expect(list.scope).to.equal('nation');
    const toscana = [...list.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Toscana')!;
    toscana.click();
    expect(chosen).to.deep.equal([{ kind: 'role-models', level: 'regions', code: '09', name: 'Toscana' }]);
    await waitUntil(
      () => text(list.shadowRoot!.querySelector('[part~="item"] .name')) === 'IC Firenze Centro',
      'the framework did not pass the new scope',
      { timeout: 10_000 },
    );
    expect(list.scope).to.equal('region:09');
  } finally {
    app.unmount();
    container.remove();
  }
}
