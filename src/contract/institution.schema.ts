/**
 * The contract's parts about institutions beyond their index (v1.x, all
 * optional where used): the context of a comune, an institution's activity by
 * programme, its registry contacts, mentor links, and the breakdown of
 * institutions by their characteristics.
 */
import * as v from './schema-dsl.js';
import { Amount, Count, NonEmptyText, SchoolCode, SchoolYear } from './primitives.schema.js';
import { ACTIVITY_PROGRAMMES, BREAKDOWN_DIMENSIONS, INNER_AREA_CLASSES } from './vocabulary.js';

/**
 * A comune's context (ISTAT/NUVAP inner-areas map 2020, joined to the limits):
 * null fields are unknown ("n.d."), e.g. for a comune created since 2020.
 */
export const ComuneContext = v.object({
  innerArea: v.nullable(v.oneOf(INNER_AREA_CLASSES)),
  /** Mean travel time to the nearest pole, in minutes. */
  travelMinutes: v.nullable(Amount),
  /** Resident population (2020 census). */
  population: v.nullable(Count),
  capoluogo: v.nullable(v.boolean()),
});

/** The school years an institution was active in, by programme ('all': internationalisation in any). */
export const Activity = v.object({
  all: v.array(SchoolYear),
  etwinning: v.array(SchoolYear),
  erasmus: v.array(SchoolYear),
  funding: v.array(SchoolYear),
});

/** The registry's contacts of an institution (website: http(s) only, from the adapters). */
export const Contacts = v.object({
  email: v.nullable(NonEmptyText),
  pec: v.nullable(NonEmptyText),
  website: v.nullable(NonEmptyText),
});

/** A mentor proposed to an inactive institution, or an institution a role model is proposed to mentor. */
export const MentorLink = v.object({
  code: SchoolCode,
  name: NonEmptyText,
  comuneName: NonEmptyText,
  distanceKm: Amount,
  /** In the same comune: its distance is then 0, not a measured "0 km" (absent in older documents). */
  sameComune: v.optional(v.boolean()),
});

/** Institutions and how many of them were active, per class of one characteristic, per programme and year. */
export const BreakdownClass = v.object({
  id: NonEmptyText,
  institutions: Count,
  /**
   * Of them, institutions classed by an estimate (size only): their counted students leave out ordinary plessi the
   * students' file lacks, each estimated as the index does (the median of the counted plessi of its grade).
   */
  estimated: v.optional(Count),
  /** `active[programme][i]`: active institutions of the class in `years[i]`. */
  active: v.record(v.oneOf(ACTIVITY_PROGRAMMES), v.array(Count)),
});

export const Breakdown = v.object({
  dimension: v.oneOf(BREAKDOWN_DIMENSIONS),
  classes: v.array(BreakdownClass),
});
