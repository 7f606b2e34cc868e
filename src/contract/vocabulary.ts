/**
 * The closed vocabularies of the contract. Each union type is derived from its
 * `as const` array so validators, story controls and elements share one list.
 */

/** What a document is: the national index, a region shard, a school shard or all of them in one file. */
export const DOCUMENT_KINDS = ['index', 'region', 'school', 'bundle', 'areas', 'areas-latest', 'survey'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Units a metric can be expressed in; elements format values from this. */
export const METRIC_UNITS = ['count', 'eur', 'score', 'percent'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** How a metric may be normalised by a widget (the denominators travel with every area). */
export const NORMALISATIONS = ['perSchool', 'per1000Students'] as const;
export type Normalisation = (typeof NORMALISATIONS)[number];

/** How a metric aggregates from schools to areas. */
export const AGGREGATIONS = ['sum', 'mean', 'max'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** Shadow-zone status of an area: flagged, fine, too few schools for a stable rate, or no schools at all. */
export const SHADOW_STATUSES = ['shadow', 'ok', 'insufficient', 'nodata'] as const;
export type ShadowStatus = (typeof SHADOW_STATUSES)[number];

/** Broad grade groups used to match compatible schools (mentors) and to summarise. */
export const GRADE_GROUPS = ['infanzia', 'primaria', 'secondaria-primo-grado', 'secondaria-secondo-grado', 'comprensivo', 'altro'] as const;
export type GradeGroup = (typeof GRADE_GROUPS)[number];

/** ISTAT's inner-areas classes of a comune (2020): A pole … F ultra-peripheral; D-F are the "aree interne". */
export const INNER_AREA_CLASSES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type InnerAreaClass = (typeof INNER_AREA_CLASSES)[number];

/** The programmes an activity can be read by: any (internationalisation), or one of them. */
export const ACTIVITY_PROGRAMMES = ['all', 'etwinning', 'erasmus', 'funding'] as const;
export type ActivityProgramme = (typeof ACTIVITY_PROGRAMMES)[number];

/** The characteristics the participation of institutions is broken down by. */
export const BREAKDOWN_DIMENSIONS = ['gradeGroup', 'size', 'innerArea', 'capoluogo'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** State schools, or paritarie (each its own institution). */
export const SCHOOL_KINDS = ['statale', 'paritaria'] as const;
export type SchoolKind = (typeof SCHOOL_KINDS)[number];

/** Geometry layers referenced from the index. */
export const GEOMETRY_LAYERS = ['regions', 'provinces', 'comuni'] as const;
export type GeometryLayer = (typeof GEOMETRY_LAYERS)[number];

/** How the internationalisation index normalises and aggregates its indicators. */
export const INDEX_NORMALISATIONS = ['percentile-rank', 'winsorised-min-max', 'capped-z-score'] as const;
export type IndexNormalisation = (typeof INDEX_NORMALISATIONS)[number];
export const INDEX_AGGREGATIONS = ['arithmetic', 'geometric'] as const;
export type IndexAggregation = (typeof INDEX_AGGREGATIONS)[number];

/** Kinds of annotation on the time axis. */
export const ANNOTATION_KINDS = ['period', 'event'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** Languages every label exists in; Italian is the default. */
export const LANGUAGES = ['it', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
