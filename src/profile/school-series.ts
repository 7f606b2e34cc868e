/**
 * The numbers of a full profile: the school's series per metric (read with the
 * same rules the adapters use for areas), a sparkline's path, partner
 * countries, and the comparison with the average institution of its comune,
 * province, region and nation.
 */
import type { MetricDefinition, NationalIndex, RegionShard, SchoolShard } from '../contract/contract.types.js';
import { participationByYear, participationReader, schoolValues } from '../contract/participation.js';
import { provisionalFlags } from '../contract/provisional-years.js';
import { areaValue, type AreaLike } from '../map/area-values.js';
import { valueInterval } from '../map/value-interval.js';

/** The metrics a profile shows, in this order, when the index defines them. */
export const PROFILE_METRICS = [
  'etwinning.projects',
  'etwinning.teachers',
  'erasmus.ka1',
  'erasmus.ka2',
  'erasmus.participants',
  'erasmus.grant',
  'funding.amount',
] as const;

export interface MetricSeries {
  metric: MetricDefinition;
  /** Per year of the index; null where the metric was not measured (`schoolValues`). */
  values: (number | null)[];
  /** Per year of the index: whether the metric's figures are provisional there (its programme's, still being reported). */
  provisional: boolean[];
}

export function schoolSeries(shard: SchoolShard, index: NationalIndex): MetricSeries[] {
  const years = participationByYear(shard, index.years);
  return PROFILE_METRICS.flatMap((id) => {
    const metric = index.metrics.find((m) => m.id === id);
    if (!metric || !participationReader(id)) return [];
    return [{ metric, values: schoolValues(years, index, id), provisional: provisionalFlags(index, metric) }];
  });
}

/** The last year a series has a value in, as an index of the years; -1 for none. */
export function lastMeasured(values: readonly (number | null)[]): number {
  let i = values.length - 1;
  while (i >= 0 && values[i] === null) i--;
  return i;
}

/** A polyline through the values, scaled to the box (y down); null values leave gaps. */
export function sparklinePath(values: readonly (number | null)[], width: number, height: number, pad = 2): string {
  const max = Math.max(0, ...values.filter((v): v is number => v !== null));
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const y = (v: number) => (max === 0 ? height - pad : height - pad - (v / max) * (height - 2 * pad));
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    const x = values.length > 1 ? pad + i * step : width / 2;
    path += `${pen ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(y(v) * 10) / 10}`;
    pen = true;
  });
  return path;
}

/** Partner countries of the school's Erasmus+ projects, with the number of years each appears, most frequent first. */
export function partnerCountries(shard: SchoolShard): { country: string; years: number }[] {
  const tally = new Map<string, number>();
  for (const row of shard.participation.erasmus)
    for (const country of new Set(row.partnerCountries)) tally.set(country, (tally.get(country) ?? 0) + 1);
  return [...tally].map(([country, years]) => ({ country, years })).sort((a, b) => b.years - a.years || a.country.localeCompare(b.country));
}

export interface ComparisonRow {
  metric: MetricDefinition;
  /** Null in a year the metric was not measured. */
  school: number | null;
  /** The figures of the year compared are provisional (the school's and its areas' alike). */
  provisional: boolean;
  /**
   * The average institution of each area, or null when the area is unknown or empty, with its 95% interval where
   * the metric's dispersion is known (a comune's few institutions swing it by chance: src/map/value-interval.ts).
   */
  areas: { level: 'comune' | 'province' | 'region' | 'nation'; name: string; value: number | null; interval: [number, number] | null }[];
}

/**
 * The school against the average institution of its areas, in the last year
 * with data in the index: each area's total over its institutions as the map
 * divides it (allocated by students, as the total is: `areaValue`), so that a
 * comune reads the same here and on the map. A comune whose one institution is
 * the school's own is left out (`alone` names it): its "average institution"
 * is the school itself, over its share of the comune, and its interval said
 * nothing ("0 (0 – 826,27)" teachers per institution in Marradi).
 */
export function comparison(
  shard: SchoolShard,
  index: NationalIndex,
  region: RegionShard | null,
  series: readonly MetricSeries[],
): { year: number; rows: ComparisonRow[]; alone: string | null } | null {
  const yearIndex = index.years.length - 1;
  if (yearIndex < 0) return null;
  const { address } = shard.school;
  const summary = index.regions.find((r) => r.code === address.region.code);
  const comune = region?.comuni.find((c) => c.code === address.comune.code);
  // The school has a plesso there, so an only institution is its own.
  const alone = comune && comune.institutions <= 1 ? comune.name : null;
  const areas: { level: ComparisonRow['areas'][number]['level']; area: AreaLike | undefined }[] = [
    ...(alone ? [] : [{ level: 'comune' as const, area: comune }]),
    { level: 'province', area: region?.provinces.find((p) => p.code === address.province.code) },
    { level: 'region', area: summary },
    { level: 'nation', area: index.nation },
  ];
  const rows = series.map(({ metric, values, provisional }) => ({
    metric,
    school: values[yearIndex] ?? null,
    provisional: provisional[yearIndex] ?? false,
    areas: areas.map(({ level, area }) => {
      if (!area) return { level, name: '', value: null, interval: null };
      const value = areaValue(area, metric.id, yearIndex, 'perSchool');
      // The nation's interval with the nation's dispersion; an area's with its region's where larger.
      const interval = valueInterval(value, metric, 'perSchool', yearIndex, level === 'nation' ? undefined : summary);
      return { level, name: area.name, value: value.value, interval };
    }),
  }));
  return { year: index.years[yearIndex]!, rows, alone };
}
