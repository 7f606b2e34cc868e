/**
 * Stage 2, rolling up: plessi into their institutions (the unit that takes
 * part), the years each programme's data covers, the metrics that have data,
 * and every metric summed by comune, province, region and nation.
 */
import { allocationOf } from '../aggregate/allocation.js';
import { aggregateAreas, type AreaKey, type AreaTotals } from '../aggregate/areas.js';
import { buildInstitutions, type Institution } from '../aggregate/institutions.js';
import { metricSpecs, type MetricSpec } from '../aggregate/metrics.js';
import { SOURCE_IDS } from '../assemble/sources.js';
import type { BuildConfig } from '../config.js';
import type { ByCodeAndYear } from '../readers/participation.js';
import type { Inputs } from './read-inputs.js';

export interface RolledUp {
  /** The school years of the contract, from the config. */
  years: number[];
  institutions: Map<string, Institution>;
  /** Each institution's share of each area, by code (see aggregate/allocation.ts). */
  allocations: Map<string, Map<AreaKey, number>>;
  /** The years each programme's data covers ('all': any of them), within the contract's years. */
  coverage: Map<string, Set<number>>;
  metrics: MetricSpec[];
  areas: Map<AreaKey, AreaTotals>;
}

export function yearsOf(config: BuildConfig): number[] {
  return Array.from({ length: config.years.to - config.years.from + 1 }, (_, i) => config.years.from + i);
}

/** The contract's years from the first to the last year that has rows. */
export function yearsCovered<T>(rows: ByCodeAndYear<T>, years: readonly number[]): Set<number> {
  let min = Infinity;
  let max = -Infinity;
  for (const byYear of rows.values()) {
    for (const year of byYear.keys()) {
      min = Math.min(min, year);
      max = Math.max(max, year);
    }
  }
  return new Set(years.filter((year) => year >= min && year <= max));
}

export function rollUp(inputs: Inputs, config: BuildConfig): RolledUp {
  const years = yearsOf(config);
  const etwinning = inputs.etwinning ?? new Map();
  const erasmus = inputs.erasmus ?? new Map();
  const funding = inputs.funding.flatMap((r) => r.rows);
  const comuneGrants = inputs.funding.flatMap((r) => r.comuneGrants);
  const institutions = buildInstitutions(inputs.schools, inputs.located.locations, inputs.students, { etwinning, erasmus, funding });

  const fundingYears = new Set([...funding, ...comuneGrants].map((row) => row.year).filter((year) => years.includes(year)));
  const coverage = new Map<string, Set<number>>([
    ['etwinning', yearsCovered(etwinning, years)],
    ['erasmus', yearsCovered(erasmus, years)],
    [
      'funding',
      fundingYears.size
        ? new Set(years.filter((y) => y >= Math.min(...fundingYears) && y <= Math.max(...fundingYears)))
        : new Set<number>(),
    ],
  ]);
  coverage.set('all', new Set([...coverage.values()].flatMap((set) => [...set])));
  const sources = {
    etwinning: SOURCE_IDS.etwinning,
    erasmus: SOURCE_IDS.erasmus,
    funding: inputs.funding[0]?.programme.id ?? SOURCE_IDS.funding,
    participation: SOURCE_IDS.participation,
    ...(inputs.funding[0] && { fundingLabel: inputs.funding[0].programme.label }),
    fundingCounts: [...funding, ...comuneGrants].some((row) => row.internationalisation),
  };
  // A programme without data in any year gets no metric (rather than a column of zeros).
  const metrics = metricSpecs(sources).filter(
    (metric) => metric.definition.programme === 'all' || coverage.get(metric.definition.programme)!.size > 0,
  );
  const placed = comuneGrants.map((grant) => {
    const comune = inputs.limits.comuni.get(grant.comune);
    return { grant, location: comune ? { comune: comune.code, province: comune.province, region: comune.region } : null };
  });
  // Computed once: the areas' sums and the shadow zones' tallies use the same allocation.
  const allocations = new Map(
    [...institutions.values()].map((institution) => [
      institution.code,
      allocationOf(institution, inputs.located.locations, inputs.students),
    ]),
  );
  const areas = aggregateAreas(
    inputs.schools,
    inputs.located.locations,
    inputs.students,
    institutions,
    allocations,
    metrics,
    years,
    coverage,
    placed,
  );
  return { years, institutions, allocations, coverage, metrics, areas };
}
