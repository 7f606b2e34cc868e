/** The vocabularies of <trend-timeline>'s attributes, reused by its validation and story controls. */
export { VALUE_MODES, type ValueMode } from '../../src/map/area-values.js';
export { SCOPE_LEVELS, type ScopeLevel } from '../../src/timeline/scopes.js';

/** lines: one line per series; stacked: the programme mix piled up; table: the figures. */
export const TIMELINE_VIEWS = ['lines', 'stacked', 'table'] as const;
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

/** full: the chart with its controls; sparkline: a compact line for badges; multiples: one mini chart per region. */
export const TIMELINE_VARIANTS = ['full', 'sparkline', 'multiples'] as const;
export type TimelineVariant = (typeof TIMELINE_VARIANTS)[number];

/** What the selection event carries (small multiples). */
export interface TimelineSelection {
  level: 'region';
  code: string;
  name: string;
}
