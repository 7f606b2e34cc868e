/** Registers <region-map> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { RegionMap } from './region-map.js';

export { RegionMap };
export * from './region-map.events.js';
export * from './region-map.types.js';

defineElement('region-map', RegionMap);

declare global {
  interface HTMLElementTagNameMap {
    'region-map': RegionMap;
  }
}
