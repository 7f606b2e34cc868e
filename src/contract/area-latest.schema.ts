/**
 * The national area file's latest year (`shards.areasLatest`): every comune
 * (or province) of Italy with what a map shows of one metric in the last
 * school year, and nothing else: its value that year, the denominators of the
 * rates, its shadow-zone status and reason, its institutions' tally. A map of
 * all Italy's comuni that shows the latest year (no `year` attribute) draws
 * from it; the whole area file (every year, every shadow-zone figure) follows
 * once the map is drawn, for a change of year. The file is about half of the
 * whole one (~0.55 against ~1.07 MB for the demo's comuni), and a cold page
 * pays each megabyte of JSON several times over before its first picture:
 * received, decoded, parsed, checked. Written from the whole file by
 * `latestOfAreas` (src/contract/area-latest.ts), so the two cannot disagree;
 * where its year is provisional, with the values of the latest final year.
 */
import { areaFields, Count, documentHeader, LocalizedText, MetricId, SchoolYear, shadowZoneFields } from './contract.schema.js';
import { AreaCode } from './area-file.schema.js';
import * as v from './schema-dsl.js';

const { name, schools, institutions, institutionShare, students } = areaFields;

/** Every area's fields, one array per field, in the order of `code` (null where the field is absent). */
export const AreaLatestColumns = v.object({
  ...v.columnShape({ code: AreaCode, name, schools, institutions, institutionShare, students }),
  /** `value[i]`: the metric's value in the file's `year` for the i-th area (null: no data). */
  value: v.array(v.nullable(v.number())),
  /** Active institutions with a school in the area, and role models among them. */
  ...v.columnShape({ active: Count, roleModels: Count }),
  /** The shadow-zone status, and its reason as its place in the file's `reasons`. */
  shadow: v.object(v.columnShape({ status: shadowZoneFields.status, reason: v.optional(Count) })),
});

/** The latest year of a national area file (`shards.areasLatest`): what a national map draws first. */
export const AreaLatestFile = v.object({
  ...documentHeader,
  kind: v.literal('areas-latest', 'kind.areasLatest'),
  level: v.oneOf(['comuni', 'provinces'] as const),
  metric: MetricId,
  /** The school year of the values: the last of the whole file's years, and of the index's. */
  year: SchoolYear,
  /**
   * Where `year` is provisional for the metric's programme (its `provisionalYears`): the latest year with final
   * figures and a value in an area the geometry draws, and its values (in the order of `code`), whose classes colour
   * every year of a map (src/map/classes-year.ts), so that a first picture from this file is its whole file's.
   */
  final: v.optional(v.object({ year: SchoolYear, value: v.array(v.nullable(v.number())) })),
  /** Areas of the file that the geometry cannot draw (comuni merged or created after the boundaries' year). */
  withoutGeometry: v.array(AreaCode),
  /** Each distinct shadow-zone reason once; `columns.shadow.reason` points into it. */
  reasons: v.array(LocalizedText),
  columns: AreaLatestColumns,
});
