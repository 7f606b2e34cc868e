/**
 * The elements inside React, Vue and Angular pages, in real Chromium: attributes and
 * properties set by the framework reach the element, and the element's custom
 * event reaches the framework's handler, whose state change flows back in.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define-all.js';
import type { TerritoryList } from '../../components/territory-list/territory-list.js';
import { serveContract } from '../support/serve-contract.js';

type Mounted = { unmount(): void };
/** Mounts the framework's page; Angular's bootstrap is asynchronous, React's and Vue's are not. */
type Mount = (container: HTMLElement, src: string, onChosen: (detail: unknown) => void) => Mounted | Promise<Mounted>;

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function hostModule(name: string, exported: string): Promise<Mount> {
  const url = `/__host__/${name}.js`;
  const module = (await import(/* @vite-ignore */ url)) as Record<string, Mount>;
  return module[exported]!;
}

for (const [framework, name, exported] of [
  ['React 19', 'react-host', 'mountReact'],
  ['Vue 3', 'vue-host', 'mountVue'],
  ['Angular 21', 'angular-host', 'mountAngular'],
] as const) {
  describe(`inside a ${framework} page`, () => {
    it('gets attributes and properties from the framework, and its event drives the framework’s state', async function () {
      this.timeout(30_000);
      const mount = await hostModule(name, exported);
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
    });
  });
}
