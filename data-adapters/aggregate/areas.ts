/**
 * Aggregates per comune, province, region and nation, per year: the number of
 * school codes, of institutions (by their seat), of students, and every metric
 * summed over the institutions seated in the area. Years a programme's data does
 * not cover are `null` (no data), never zero.
 */
import type { Institution } from './institutions.js';
import type { Location } from './locate-schools.js';
import type { MetricSpec } from './metrics.js';
import type { SchoolRecord } from '../readers/registry.js';

export interface AreaTotals {
  schools: number;
  institutions: number;
  students: number | null;
  values: Record<string, (number | null)[]>;
}

export type AreaKey = `nation` | `region:${string}` | `province:${string}` | `comune:${string}`;

const keysOf = (location: Location): AreaKey[] => {
  const keys: AreaKey[] = ['nation', `region:${location.region}`];
  if (location.province) keys.push(`province:${location.province}`);
  if (location.comune) keys.push(`comune:${location.comune}`);
  return keys;
};

export function aggregateAreas(
  schools: readonly SchoolRecord[],
  locations: ReadonlyMap<string, Location>,
  students: ReadonlyMap<string, number>,
  institutions: ReadonlyMap<string, Institution>,
  metrics: readonly MetricSpec[],
  years: readonly number[],
  /** Years covered by each programme's data. */
  coverage: ReadonlyMap<string, ReadonlySet<number>>,
): Map<AreaKey, AreaTotals> {
  const areas = new Map<AreaKey, AreaTotals>();
  const area = (key: AreaKey) => {
    let totals = areas.get(key);
    if (!totals) {
      totals = { schools: 0, institutions: 0, students: null, values: {} };
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
    for (const key of keysOf(location)) {
      const totals = area(key);
      totals.schools++;
      if (count !== undefined) totals.students = (totals.students ?? 0) + count;
    }
  }
  for (const institution of institutions.values()) {
    const targets = keysOf(institution.location).map(area);
    for (const totals of targets) totals.institutions++;
    for (const [year, data] of institution.years) {
      const i = years.indexOf(year);
      if (i < 0) continue;
      for (const metric of metrics) {
        const value = metric.read(data);
        if (value === 0) continue;
        for (const totals of targets) {
          const series = totals.values[metric.definition.id]!;
          if (series[i] !== null) series[i] = series[i]! + value;
        }
      }
    }
    // Institutions with no row in a covered year still count as active = 0: nothing to add.
  }
  for (const totals of areas.values()) {
    for (const series of Object.values(totals.values))
      for (let i = 0; i < series.length; i++) if (series[i] !== null) series[i] = Math.round(series[i]! * 100) / 100;
  }
  return areas;
}
