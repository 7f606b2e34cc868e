/**
 * Aggregates per comune, province, region and nation, per year: the number of
 * school codes, of institutions with a plesso in the area, of students, and
 * every metric of the institutions allocated to the area by their share of
 * students (see allocation.ts), with the institutions' allocated count as the
 * denominator of per-institution rates. Grants to schools no longer in the
 * registry count in the comune their row names. Years a programme's data does
 * not cover are `null` (no data), never zero.
 */
import { areaKeysOf, type AreaKey } from './allocation.js';
import type { Institution, InstitutionYear } from './institutions.js';
import type { Location } from './locate-schools.js';
import type { MetricSpec } from './metrics.js';
import type { ComuneGrant } from '../readers/funding.js';
import type { SchoolRecord } from '../readers/registry.js';
import { storedPrecision } from './stored-precision.js';

export type { AreaKey } from './allocation.js';

export interface AreaTotals {
  schools: number;
  /** Institutions with at least one plesso in the area. */
  institutions: number;
  /** The institutions allocated to the area (the sum of their shares): the denominator of per-institution rates. */
  institutionShare: number;
  students: number | null;
  values: Record<string, (number | null)[]>;
}

export function aggregateAreas(
  schools: readonly SchoolRecord[],
  locations: ReadonlyMap<string, Location>,
  students: ReadonlyMap<string, number>,
  institutions: ReadonlyMap<string, Institution>,
  /** Each institution's share of each area (allocation.ts), by code. */
  allocations: ReadonlyMap<string, ReadonlyMap<AreaKey, number>>,
  metrics: readonly MetricSpec[],
  years: readonly number[],
  /** Years covered by each programme's data. */
  coverage: ReadonlyMap<string, ReadonlySet<number>>,
  /** Grants outside the registry, with the location of the comune they name (null: not in the limits). */
  comuneGrants: readonly { grant: ComuneGrant; location: Location | null }[] = [],
): Map<AreaKey, AreaTotals> {
  const areas = new Map<AreaKey, AreaTotals>();
  const area = (key: AreaKey) => {
    let totals = areas.get(key);
    if (!totals) {
      totals = { schools: 0, institutions: 0, institutionShare: 0, students: null, values: {} };
      for (const metric of metrics) {
        const covered = coverage.get(metric.definition.programme);
        totals.values[metric.definition.id] = years.map((year) => (!covered || covered.has(year) ? 0 : null));
      }
      areas.set(key, totals);
    }
    return totals;
  };
  for (const school of schools) {
    const location = locations.get(school.code);
    if (!location) continue;
    const count = students.get(school.code);
    for (const key of areaKeysOf(location)) {
      const totals = area(key);
      totals.schools++;
      if (count !== undefined) totals.students = (totals.students ?? 0) + count;
    }
  }
  const add = (targets: readonly [AreaTotals, number][], year: number, data: InstitutionYear, only = metrics) => {
    const i = years.indexOf(year);
    if (i < 0) return;
    for (const metric of only) {
      const value = metric.read(data);
      if (value === 0) continue;
      for (const [totals, share] of targets) {
        const series = totals.values[metric.definition.id]!;
        if (series[i] !== null) series[i] = series[i]! + value * share;
      }
    }
  };
  for (const institution of institutions.values()) {
    const targets = [...allocations.get(institution.code)!].map(([key, share]) => [area(key), share] as [AreaTotals, number]);
    for (const [totals, share] of targets) {
      totals.institutions++;
      totals.institutionShare += share;
    }
    // Institutions with no row in a covered year still count as active = 0: nothing to add.
    for (const [year, data] of institution.years) add(targets, year, data);
  }
  // A grant without an institution adds projects and euros, never an institution (funding.active counts institutions).
  const fundingMetrics = metrics.filter((metric) => metric.definition.programme === 'funding' && metric.definition.id !== 'funding.active');
  for (const { grant, location } of comuneGrants) {
    if (!location) continue;
    const { internationalisation, programme, projects, amountEur } = grant;
    const targets = areaKeysOf(location).map((key) => [area(key), 1] as [AreaTotals, number]);
    // Only the funding metrics: a grant without an institution makes no institution active.
    const data = { etwinning: null, erasmus: null, funding: [{ programme, projects, amountEur, internationalisation }] };
    add(targets, grant.year, data, fundingMetrics);
  }
  // The sums and their denominator rounded by one rule, so that a rate of them stays true (stored-precision.ts).
  for (const totals of areas.values()) {
    totals.institutionShare = storedPrecision(totals.institutionShare);
    for (const series of Object.values(totals.values))
      for (let i = 0; i < series.length; i++) if (series[i] !== null) series[i] = storedPrecision(series[i]!);
  }
  return areas;
}
