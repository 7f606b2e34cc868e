/**
 * The national area file (`shards.areas`, contract 1.1): every comune of Italy
 * with one metric's series, its shadow-zone status and its institutions'
 * tally, so that a map of all Italy's comuni downloads one file instead of the
 * 20 region shards. The file is columnar: one array per field of a region
 * shard's comune, each as long as `columns.code` (the i-th entry of every
 * column is the i-th comune; null where the field is absent), one array per
 * year for the values, and each distinct shadow-zone reason written once in
 * `reasons`. Rows would repeat every key and every reason ~7,900 times: 3.8 MB
 * of JSON to parse against 1.1 MB. `src/contract/area-rows.ts` reads it back
 * as rows. A module of its own, as the search index's schema.
 */
import {
  areaFields,
  Count,
  documentHeader,
  LocalizedText,
  MetricId,
  ProvinceCode,
  SchoolYear,
  shadowZoneFields,
} from './contract.schema.js';
import * as v from './schema-dsl.js';

const { values: _values, ...comuneFields } = areaFields;

/** A comune's ISTAT code (six digits) or a province's (three); which one, the file's `level` says (semantic-checks.ts). */
export const AreaCode = v.string({ re: /^\d{3}(\d{3})?$/, key: 'code.area' });

/** Every comune's fields, one array per field, in the order of `code`. */
export const AreaColumns = v.object({
  /** A comune's code in a file of comuni, a province's in a file of provinces (whose `province` is its own code). */
  ...v.columnShape({ code: AreaCode, province: ProvinceCode, ...comuneFields }),
  /** `values[y][i]`: the metric's value in `years[y]` for the i-th comune (null: no data). */
  values: v.array(v.array(v.nullable(v.number()))),
  /** Active institutions with a school in the comune, and role models among them. */
  ...v.columnShape({ active: Count, roleModels: Count }),
  /** The shadow-zone fields, a reason as its place in the file's `reasons`. */
  shadow: v.object(v.columnShape({ ...shadowZoneFields, reason: v.optional(Count) })),
});

/** A national area file (`shards.areas`): every comune of Italy with one metric, for a national comuni map. */
export const AreaFile = v.object({
  ...documentHeader,
  kind: v.literal('areas', 'kind.areas'),
  level: v.oneOf(['comuni', 'provinces'] as const),
  metric: MetricId,
  years: v.array(SchoolYear),
  /** Areas of the file that the geometry cannot draw (comuni merged or created after the boundaries' year). */
  withoutGeometry: v.array(AreaCode),
  /** Each distinct shadow-zone reason once; `columns.shadow.reason` points into it. */
  reasons: v.array(LocalizedText),
  columns: AreaColumns,
});
