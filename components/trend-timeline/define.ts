/** Registers <trend-timeline> (harmless if another copy of the library already did). */
import { defineElement } from '../../src/util/define-element.js';
import { prepareChartOnce } from './prepare-chart.js';
import { TrendTimeline } from './trend-timeline.js';

export { TrendTimeline };
export * from './trend-timeline.events.js';
export * from './trend-timeline.types.js';

// A page that loads this entry shows timelines: their chart is prepared now, while data downloads
// (the bundles of every element prepare it when a first timeline connects instead). Not by a copy that registered nothing.
if (defineElement('trend-timeline', TrendTimeline)) prepareChartOnce();

declare global {
  interface HTMLElementTagNameMap {
    'trend-timeline': TrendTimeline;
  }
}
