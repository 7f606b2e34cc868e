/**
 * The Angular page of angular-host.ts on zone.js: zone.js first (an Angular
 * application's polyfills), then Angular, then the elements, bundled in that
 * order; change detection runs when zone.js sees the event's handler.
 */
import 'zone.js';
import { provideZoneChangeDetection } from '@angular/core';
import '../../../src/define-all.js';
import { mountAngularWith } from './angular-host.js';

export const mountAngularZone = (container: HTMLElement, src: string, onChosen: (detail: unknown) => void) =>
  mountAngularWith(provideZoneChangeDetection({ eventCoalescing: true }), container, src, onChosen);
