/**
 * National targets per school year for the synthetic model, from the published
 * figures in stats/headline_stats_from_pages.csv (INDIRE and press pages).
 *
 * Where a source gives two figures for the same year, the first listed is used
 * and the conflict is reported. Between published years values are interpolated
 * linearly; outside them:
 *  - flows (new projects, labels, KA1 and KA2 projects) stay at the nearest
 *    published value;
 *  - the stock of registered teachers follows the slope of the nearest segment;
 *  - the School Label exists from 2018/19 and the Erasmus+ accreditation from
 *    2021 (the 2021-2027 programme): zero before, the nearest segment's slope
 *    back to their first year, the last value after.
 */
import { clean, openCsv } from '../io/read-csv.js';

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
  /** Every national figure read, and whether it was used (false: a conflicting second figure). */
  published: Record<TargetName, PublishedFigure[]>;
}

function interpolate(points: [number, number][], years: readonly number[], rule: string): Map<number, number> {
  const sorted = [...points].sort((a, b) => a[0] - b[0]);
  const out = new Map<number, number>();
  const since = rule.startsWith('since:') ? Number(rule.slice(6)) : -Infinity;
  for (const year of years) {
    if (sorted.length === 0 || year < since) {
      out.set(year, 0);
      continue;
    }
    const first = sorted[0]!;
    const last = sorted.at(-1)!;
    let value: number;
    if (year <= first[0]) {
      const next = sorted[1];
      const slope = next ? (next[1] - first[1]) / (next[0] - first[0]) : 0;
      value = rule === 'flow' ? first[1] : first[1] - slope * (first[0] - year);
    } else if (year >= last[0]) {
      const previous = sorted.at(-2);
      const slope = previous ? (last[1] - previous[1]) / (last[0] - previous[0]) : 0;
      value = rule === 'stock' ? last[1] + slope * (year - last[0]) : last[1];
    } else {
      const right = sorted.findIndex(([y]) => y >= year);
      const [x1, y1] = sorted[right - 1]!;
      const [x2, y2] = sorted[right]!;
      value = y1 + ((y2 - y1) * (year - x1)) / (x2 - x1);
    }
    out.set(year, Math.max(0, Math.round(value)));
  }
  return out;
}

export async function readTargets(path: string, years: readonly number[]): Promise<Targets> {
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
    );
  }
  return { years: [...years], series, published };
}
