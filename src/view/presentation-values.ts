/**
 * The values of the attributes a reader changes in an element (see
 * src/element/presentation-change.ts), in a module of their own: the elements
 * read them, and `<linked-view>` checks a page's address against them without
 * loading the elements' code.
 */
export const MAP_VIEWS = ['map', 'table'] as const;
export const TIMELINE_VIEWS = ['lines', 'stacked', 'table'] as const;
/** The breakdown's and the survey's: their classes or answers as bars, or as a table. */
export const BAR_VIEWS = ['bars', 'table'] as const;
export type BarView = (typeof BAR_VIEWS)[number];
export const INSTITUTION_FILTERS = ['inactive', 'active', 'role-models', 'all'] as const;
export const INSTITUTION_SORTS = ['name', 'comune', 'students', 'index'] as const;
