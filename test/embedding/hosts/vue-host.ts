/**
 * A Vue 3 page that uses <territory-list> as Vue code would: reactive props
 * (Vue sets those the element has as properties, others as attributes) and a
 * listener of the custom event (`onTerritoryListSelect` listens to
 * `territory-list-select`). Choosing a region updates the reactive scope.
 */
import { createApp, h, ref, type App } from 'vue';

export function mountVue(container: HTMLElement, src: string, onChosen: (detail: unknown) => void): App {
  const app = createApp({
    setup() {
      const scope = ref('nation');
      return () =>
        h('territory-list', {
          src,
          kind: 'role-models',
          scope: scope.value,
          limit: 5,
          onTerritoryListSelect: (event: Event & { detail: { level: string; code: string } }) => {
            onChosen(event.detail);
            if (event.detail.level === 'regions') scope.value = `region:${event.detail.code}`;
          },
        });
    },
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-');
  app.mount(container);
  return app;
}
