/**
 * Events of <region-map>: prefixed, bubbling and composed, fired on user action
 * only (never when a property is set from outside).
 */
import type { MapSelection } from './region-map.types.js';

/** An area was chosen (click, Enter or Space). */
export class RegionMapSelectEvent extends Event {
  static readonly type = 'region-map-select';
  constructor(readonly detail: MapSelection) {
    super(RegionMapSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** The user changed the year (slider, play, keyboard). */
export class RegionMapYearChangeEvent extends Event {
  static readonly type = 'region-map-year-change';
  constructor(readonly detail: { year: number }) {
    super(RegionMapYearChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The user chose another survey wave in the picker of a survey's map; `detail.wave` is its id (the index's `surveys`). */
export class RegionMapWaveChangeEvent extends Event {
  static readonly type = 'region-map-wave-change';
  constructor(readonly detail: { wave: string }) {
    super(RegionMapWaveChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The user drilled into a region or a province, or went back up (Escape,
 * breadcrumb); `region` is '' for Italy, `province` '' outside a province.
 */
export class RegionMapNavigateEvent extends Event {
  static readonly type = 'region-map-navigate';
  constructor(readonly detail: { region: string; province: string }) {
    super(RegionMapNavigateEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'region-map-select': RegionMapSelectEvent;
    'region-map-year-change': RegionMapYearChangeEvent;
    'region-map-wave-change': RegionMapWaveChangeEvent;
    'region-map-navigate': RegionMapNavigateEvent;
  }
}
