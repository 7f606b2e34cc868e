/** Registers <trend-timeline> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { TrendTimeline } from './trend-timeline.js';

export { TrendTimeline };
export * from './trend-timeline.events.js';
export * from './trend-timeline.types.js';

defineElement('trend-timeline', TrendTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'trend-timeline': TrendTimeline;
  }
}
