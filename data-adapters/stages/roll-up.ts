/**
 * Stage 2, rolling up: plessi into their institutions (the unit that takes
 * part), the years each programme's data covers, the metrics that have data,
 * and every metric summed by comune, province, region and nation.
 */
import { allocationOf, type AllocationBasis } from '../aggregate/allocation.js';
import { aggregateAreas, type AreaKey, type AreaTotals } from '../aggregate/areas.js';
import { buildInstitutions, type Institution } from '../aggregate/institutions.js';
import { institutionDispersion, regionalDispersions, type RegionDispersions } from '../aggregate/dispersion.js';
import { metricSpecs, type MetricSpec } from '../aggregate/metrics.js';
import { fundingLinesOf, SOURCE_IDS } from '../assemble/sources.js';
import type { BuildConfig } from '../config.js';
import type { ByCodeAndYear } from '../readers/participation.js';
import type { Inputs } from './read-inputs.js';

export interface RolledUp {
  /** The school years of the contract: the config's, else every year of the inputs. */
  years: number[];
  institutions: Map<string, Institution>;
  /** Each institution's share of each area, by code (see aggregate/allocation.ts). */
  allocations: Map<string, Map<AreaKey, number>>;
  /** How many institutions' shares are made from every plesso's students, from the counted plessi's only, or from plessi alone. */
  allocationBases: Record<AllocationBasis, number>;
  /** The years each programme's data covers ('all': any of them), within the contract's years. */
  coverage: Map<string, Set<number>>;
  metrics: MetricSpec[];
  areas: Map<AreaKey, AreaTotals>;
  /** Each region's dispersion per metric and year (aggregate/dispersion.ts), for the index and the report. */
  regionDispersions: RegionDispersions;
}

const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The years that have at least one row. */
export function yearsWithRows<T>(rows: ByCodeAndYear<T>): Set<number> {
  const years = new Set<number>();
  for (const byYear of rows.values()) for (const year of byYear.keys()) years.add(year);
  return years;
}

/**
 * The contract's years: the config's when it names them (the readers rejected
 * rows outside), else from the first to the last year of any participation or
 * funding row, else the registry's school year: no row is ever left out unseen.
 */
export function yearsOf(inputs: Inputs, config: BuildConfig): number[] {
  if (config.years) return span(config.years.from, config.years.to);
  const seen = new Set<number>([
    ...yearsWithRows(inputs.etwinning ?? new Map()),
    ...yearsWithRows(inputs.erasmus ?? new Map()),
    ...inputs.funding.flatMap((r) => [...r.rows, ...r.comuneGrants].map((row) => row.year)),
  ]);
  if (seen.size === 0) for (const school of inputs.schools) seen.add(school.schoolYear);
  if (seen.size === 0) return [];
  const sorted = [...seen].sort((a, b) => a - b);
  return span(sorted[0]!, sorted.at(-1)!);
}

export function rollUp(inputs: Inputs, config: BuildConfig): RolledUp {
  const years = yearsOf(inputs, config);
  const etwinning = inputs.etwinning ?? new Map();
  const erasmus = inputs.erasmus ?? new Map();
  const funding = inputs.funding.flatMap((r) => r.rows);
  const comuneGrants = inputs.funding.flatMap((r) => r.comuneGrants);
  const institutions = buildInstitutions(inputs.schools, inputs.located.locations, inputs.students, { etwinning, erasmus, funding });

  // A programme covers the years its export has rows for: a year without any row is no data (null), never 0.
  const coverage = new Map<string, Set<number>>([
    ['etwinning', yearsWithRows(etwinning)],
    ['erasmus', yearsWithRows(erasmus)],
    ['funding', new Set([...funding, ...comuneGrants].map((row) => row.year))],
  ]);
  coverage.set('all', new Set([...coverage.values()].flatMap((set) => [...set])));
  const sources = {
    etwinning: SOURCE_IDS.etwinning,
    erasmus: SOURCE_IDS.erasmus,
    fundingLines: fundingLinesOf(inputs.funding).lines,
    fundingTotal: SOURCE_IDS.fundingTotal,
    participation: SOURCE_IDS.participation,
    fundingCounts: [...funding, ...comuneGrants].some((row) => row.internationalisation),
  };
  // A programme without data in any year gets no metric (rather than a column of zeros); a count of projects, people or euros carries how much one
  // institution's varies (a share of institutions needs none: Wilson's interval is its own).
  const metrics = metricSpecs(sources)
    .filter((metric) => metric.definition.programme === 'all' || coverage.get(metric.definition.programme)!.size > 0)
    .map((metric) =>
      metric.definition.counts
        ? metric
        : {
            ...metric,
            definition: {
              ...metric.definition,
              dispersion: institutionDispersion(institutions.values(), metric, years, coverage.get(metric.definition.programme)),
            },
          },
    );
  const placed = comuneGrants.map((grant) => {
    const comune = inputs.limits.comuni.get(grant.comune);
    return { grant, location: comune ? { comune: comune.code, province: comune.province, region: comune.region } : null };
  });
  // Computed once: the areas' sums and the shadow zones' tallies use the same allocation.
  const allocationBases: Record<AllocationBasis, number> = { students: 0, counted: 0, plessi: 0 };
  const allocations = new Map(
    [...institutions.values()].map((institution) => {
      const { shares, basis } = allocationOf(institution, inputs.located.locations, inputs.students);
      allocationBases[basis] += 1;
      return [institution.code, shares];
    }),
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
  return {
    years,
    institutions,
    allocations,
    allocationBases,
    coverage,
    metrics,
    areas,
    regionDispersions: regionalDispersions(institutions.values(), metrics, years),
  };
}
