/**
 * The national area file (`shards.areas`, contract 1.1): every comune of Italy
 * with one metric's series, its shadow-zone status and its institutions'
 * tally, so that a map of all Italy's comuni downloads one file instead of the
 * 20 region shards. A module of its own, as the search index's schema.
 */
import {
  areaFields,
  ComuneCode,
  documentHeader,
  InstitutionTally,
  MetricId,
  ProvinceCode,
  SchoolYear,
  ShadowZone,
} from './contract.schema.js';
import * as v from './schema-dsl.js';

/** A comune as its region shard has it, with one metric's series and its institutions' tally. */
export const AreaWithTally = v.object({
  code: ComuneCode,
  province: ProvinceCode,
  ...areaFields,
  shadow: ShadowZone,
  hasGeometry: v.boolean(),
  tally: InstitutionTally,
});

/** A national area file (`shards.areas`): every comune of Italy with one metric, for a national comuni map. */
export const AreaFile = v.object({
  ...documentHeader,
  kind: v.literal('areas', 'kind.areas'),
  level: v.oneOf(['comuni'] as const),
  metric: MetricId,
  years: v.array(SchoolYear),
  areas: v.array(AreaWithTally),
});
