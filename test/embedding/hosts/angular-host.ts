/**
 * An Angular page that uses <territory-list> as Angular code would: a
 * standalone component whose template binds the element's properties
 * (`[scope]`, `[limit]`), sets a plain attribute (`kind`) and listens to the
 * custom event (`(territory-list-select)`), with `CUSTOM_ELEMENTS_SCHEMA` so
 * that Angular lets an unknown tag through. Zoneless, as Angular's new
 * applications are: the scope is a signal, and choosing a region sets it.
 * Compiled in the page (JIT, `@angular/compiler`), so that no Angular CLI is
 * needed; the component is declared without decorator syntax.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type EnvironmentProviders } from '@angular/core';
import { createApplication } from '@angular/platform-browser';

type Chosen = Event & { detail: { level: string; code: string } };

export const mountAngular = (container: HTMLElement, src: string, onChosen: (detail: unknown) => void) =>
  mountAngularWith(provideZonelessChangeDetection(), container, src, onChosen);

/** The page with the change detection `detection` provides (zoneless here, zone.js in angular-zone-host.ts). */
export async function mountAngularWith(
  detection: EnvironmentProviders,
  container: HTMLElement,
  src: string,
  onChosen: (detail: unknown) => void,
): Promise<{ unmount(): void }> {
  class TerritoryHost {
    readonly src = src;
    readonly scope = signal('nation');

    chosen(event: Event): void {
      const { detail } = event as Chosen;
      onChosen(detail);
      if (detail.level === 'regions') this.scope.set(`region:${detail.code}`);
    }
  }
  const Host = Component({
    selector: 'territory-host',
    schemas: [CUSTOM_ELEMENTS_SCHEMA],
    template: `<territory-list [src]="src" kind="role-models" [scope]="scope()" [limit]="5"
      (territory-list-select)="chosen($event)"></territory-list>`,
  })(TerritoryHost);
  const app = await createApplication({ providers: [detection] });
  const root = document.createElement('territory-host');
  container.append(root);
  app.bootstrap(Host, root);
  return { unmount: () => app.destroy() };
}
