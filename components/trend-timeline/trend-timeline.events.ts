/**
 * Events of <trend-timeline>: prefixed, bubbling and composed, fired on user
 * action only (never when a property is set from outside, so that two linked
 * elements do not echo each other forever).
 */
import type { TimelineSelection } from './trend-timeline.types.js';

/** The user chose a year (click, Enter or Space on the chart). */
export class TrendTimelineYearChangeEvent extends Event {
  static readonly type = 'trend-timeline-year-change';
  constructor(readonly detail: { year: number }) {
    super(TrendTimelineYearChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** The user chose a region among the small multiples. */
export class TrendTimelineSelectEvent extends Event {
  static readonly type = 'trend-timeline-select';
  constructor(readonly detail: TimelineSelection) {
    super(TrendTimelineSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'trend-timeline-year-change': TrendTimelineYearChangeEvent;
    'trend-timeline-select': TrendTimelineSelectEvent;
  }
}
