/** The vocabularies of <trend-timeline>'s attributes, reused by its validation and story controls. */
export { VALUE_MODES, type ValueMode } from '../../src/map/area-values.js';
export { SCOPE_LEVELS, type ScopeLevel } from '../../src/timeline/scopes.js';
export { TIMELINE_VARIANTS, TIMELINE_VIEWS, type TimelineVariant, type TimelineView } from '../../src/timeline/timeline-view.js';

/** What the selection event carries (small multiples). */
export interface TimelineSelection {
  level: 'region';
  code: string;
  name: string;
}
