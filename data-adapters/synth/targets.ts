/**
 * National targets per school year for the synthetic model, from the published
 * figures in stats/headline_stats_from_pages.csv (INDIRE and press pages).
 *
 * Where a source gives two figures for the same year, the first listed is
 * followed and the conflict is reported (`used: false`). Published years are
 * met as published. Between them values are interpolated on the log scale,
 * with noise (a year never repeats its neighbour); outside them:
 *  - flows (new projects, labels, KA1 and KA2 projects, accreditations) follow
 *    the growth of the nearest segment, held within ±10% a year (a fall or a
 *    boom between two figures is not projected for years), with noise; a series
 *    with one figure grows 5% a year (Erasmus+ 2021-2027 roughly doubled the
 *    budget of 2014-2020), with noise;
 *  - the stock of registered teachers follows the slope of the nearest segment;
 *  - the School Label exists from 2018/19 and the Erasmus+ accreditation from
 *    2021 (the 2021-2027 programme): zero before.
 * Regional figures (School Label schools per region in 2020/21) are regional
 * targets the model meets within the nation's.
 */
import { normaliseName } from '../aggregate/locate-schools.js';
import { clean, openCsv } from '../io/read-csv.js';
import type { Random } from '../stats/random.js';

export const TARGET_SERIES = {
  etwinningProjects: { metric: 'etwinning_new_projects', rule: 'flow' },
  etwinningTeachers: { metric: 'etwinning_registered_teachers_cumulative', rule: 'stock' },
  qualityLabels: { metric: 'etwinning_national_quality_labels', rule: 'flow' },
  schoolLabel: { metric: 'etwinning_school_label_schools', rule: 'since:2018' },
  accredited: { metric: 'erasmus_school_accredited_institutes', rule: 'since:2021' },
  ka1: { metric: 'erasmus_school_ka1_projects', also: 'erasmus_school_ka1_projects_approved', rule: 'flow' },
  ka2: { metric: 'erasmus_school_ka2_projects', rule: 'flow' },
} as const;

export type TargetName = keyof typeof TARGET_SERIES;

export interface PublishedFigure {
  metric: string;
  year: number;
  value: number;
  used: boolean;
  source: string;
}

export interface Targets {
  years: number[];
  series: Record<TargetName, Map<number, number>>;
  /** School Label schools per region (normalised name, as the model's regionKey) and year, where published. */
  regionalSchoolLabel: Map<number, Map<string, number>>;
  /** Every national figure read, and whether it was used (false: a conflicting second figure). */
  published: Record<TargetName, PublishedFigure[]>;
}

/** The largest yearly growth (or fall) projected beyond the published years. */
export const MAX_YEARLY_CHANGE = 0.1;
/** The yearly growth of a series with a single published figure. */
export const SINGLE_FIGURE_GROWTH = 0.05;
/** The noise of a year without a published figure (log scale). */
const NOISE = 0.06;

function interpolate(points: [number, number][], years: readonly number[], rule: string, random: Random | null): Map<number, number> {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const out = new Map<number, number>();
  const since = rule.startsWith('since:') ? Number(rule.slice(6)) : -Infinity;
  const published = new Set(sorted.map(([year]) => year));
  const clampGrowth = (rate: number) => Math.min(MAX_YEARLY_CHANGE, Math.max(-MAX_YEARLY_CHANGE, rate));
  /** Yearly growth of the segment between two figures (log scale). */
  const growth = (a: [number, number], b: [number, number]) =>
    Math.exp(Math.log(Math.max(1, b[1]) / Math.max(1, a[1])) / (b[0] - a[0])) - 1;
  for (const year of years) {
    if (sorted.length === 0 || year < since) {
      out.set(year, 0);
      continue;
    }
    const first = sorted[0]!;
    const last = sorted.at(-1)!;
    let value: number;
    if (rule === 'stock' && (year < first[0] || year > last[0])) {
      const [a, b] = year < first[0] ? [first, sorted[1]] : [sorted.at(-2), last];
      const slope = a && b ? (b[1] - a[1]) / (b[0] - a[0]) : 0;
      value = year < first[0] ? first[1] - slope * (first[0] - year) : last[1] + slope * (year - last[0]);
    } else if (year < first[0]) {
      const rate = sorted.length > 1 ? clampGrowth(growth(first, sorted[1]!)) : SINGLE_FIGURE_GROWTH;
      value = first[1] / (1 + rate) ** (first[0] - year);
    } else if (year > last[0]) {
      const rate = sorted.length > 1 ? clampGrowth(growth(sorted.at(-2)!, last)) : SINGLE_FIGURE_GROWTH;
      value = last[1] * (1 + rate) ** (year - last[0]);
    } else if (published.has(year)) {
      value = sorted.find(([y]) => y === year)![1];
    } else {
      const right = sorted.findIndex(([y]) => y >= year);
      const [x1, y1] = sorted[right - 1]!;
      const [x2, y2] = sorted[right]!;
      const t = (year - x1) / (x2 - x1);
      value = Math.exp((1 - t) * Math.log(Math.max(1, y1)) + t * Math.log(Math.max(1, y2)));
    }
    // Stocks stay smooth; a flow's unpublished year carries noise, a published one is met as published.
    if (random && rule !== 'stock' && !published.has(year)) value *= Math.exp(NOISE * random.normal());
    out.set(year, Math.max(0, Math.round(value)));
  }
  return out;
}

/** "Campania (15)" → "CAMPANIA", as the model keys regions. */
const regionKeyOf = (scope: string) => normaliseName(scope.replace(/\(.*\)/, ''));

/** The targets; `random` draws the noise of the years without a figure (none: no noise, for tests of the rules). */
export async function readTargets(path: string, years: readonly number[], random: Random | null = null): Promise<Targets> {
  const csv = await openCsv(path);
  const rows: { metric: string; scope: string; year: number; value: number; source: string }[] = [];
  for await (const row of csv.rows) {
    if ('malformed' in row) continue;
    const year = Number(/\d{4}/.exec(row.values.PERIOD ?? '')?.[0]);
    const value = Number(clean(row.values.VALUE));
    if (Number.isFinite(year) && Number.isFinite(value))
      rows.push({
        metric: clean(row.values.METRIC) ?? '',
        scope: clean(row.values.SCOPE) ?? '',
        year,
        value,
        source: clean(row.values.SOURCEURL) ?? '',
      });
  }
  const series = {} as Targets['series'];
  const published = {} as Targets['published'];
  for (const [name, spec] of Object.entries(TARGET_SERIES) as [TargetName, (typeof TARGET_SERIES)[TargetName]][]) {
    const metrics: string[] = [spec.metric, ...('also' in spec ? [spec.also] : [])];
    const figures: PublishedFigure[] = [];
    const seen = new Set<number>();
    for (const row of rows) {
      if (row.scope !== 'Italy' || !metrics.includes(row.metric)) continue;
      figures.push({ metric: row.metric, year: row.year, value: row.value, used: !seen.has(row.year), source: row.source });
      seen.add(row.year);
    }
    published[name] = figures;
    series[name] = interpolate(
      figures.filter((f) => f.used).map((f) => [f.year, f.value]),
      years,
      spec.rule,
      random,
    );
  }
  const regionalSchoolLabel = new Map<number, Map<string, number>>();
  for (const row of rows) {
    if (row.metric !== TARGET_SERIES.schoolLabel.metric || row.scope === 'Italy' || !years.includes(row.year)) continue;
    const byRegion = regionalSchoolLabel.get(row.year) ?? new Map<string, number>();
    byRegion.set(regionKeyOf(row.scope), row.value);
    regionalSchoolLabel.set(row.year, byRegion);
  }
  return { years: [...years], series, published, regionalSchoolLabel };
}
