/**
 * The contract's smallest values, one definition each: the main schema
 * (contract.schema.ts) and the institutions' parts (institution.schema.ts),
 * which it imports, both build on them, so a bound such as a school year's is
 * written once.
 */
import * as v from './schema-dsl.js';
import { CODE_PATTERNS } from './codes.js';

export const SchoolCode = v.string({ re: CODE_PATTERNS.school, key: 'code.school' });
export const Count = v.number({ int: true, min: 0, key: 'count' });
export const Amount = v.number({ min: 0, key: 'non-negative' });
export const NonEmptyText = v.string({ min: 1, key: 'non-empty' });

/** A day, `2026-03-02`: one of the calendar. */
export const Day = v.string({ re: /^\d{4}-\d\d-\d\d$/, day: true, key: 'date' });
/** An instant with its zone, `2026-12-03T09:30:00Z`: a day of the calendar and a time of the clock. */
export const Timestamp = v.string({
  re: /^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/,
  day: true,
  key: 'timestamp',
});

/** A school year by its first calendar year: 2023 means 2023/24. */
export const SchoolYear = v.number({ int: true, min: 1990, max: 2100, key: 'year' });
