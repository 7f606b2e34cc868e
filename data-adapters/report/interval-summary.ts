/**
 * What the report says of the rates' intervals: per metric with a dispersion,
 * in the last year it has one, the nation's φ, the lowest and the highest of
 * the regions', and the regions whose own is larger than the nation's (their
 * areas' intervals are made with it: src/map/value-interval.ts dispersionOf).
 */
import type { RegionDispersions } from '../aggregate/dispersion.js';
import type { MetricSpec } from '../aggregate/metrics.js';

export interface IntervalSummary {
  metric: string;
  year: number;
  nation: number;
  lowest: { region: string; dispersion: number } | null;
  highest: { region: string; dispersion: number } | null;
  /** The regions (by name) whose φ is larger than the nation's, largest first. */
  above: string[];
}

export function intervalSummary(
  metrics: readonly MetricSpec[],
  regions: RegionDispersions,
  years: readonly number[],
  names: ReadonlyMap<string, { name: string }>,
): IntervalSummary[] {
  return metrics.flatMap(({ definition }) => {
    const national = definition.dispersion ?? [];
    let i = national.length - 1;
    while (i >= 0 && national[i] === null) i--;
    if (i < 0) return [];
    const nation = national[i]!;
    const own = [...regions]
      .map(([code, byMetric]) => ({ region: names.get(code)?.name ?? code, dispersion: byMetric[definition.id]?.[i] ?? null }))
      .filter((r): r is { region: string; dispersion: number } => r.dispersion !== null)
      .sort((a, b) => a.dispersion - b.dispersion || a.region.localeCompare(b.region));
    return [
      {
        metric: definition.id,
        year: years[i]!,
        nation,
        lowest: own[0] ?? null,
        highest: own.at(-1) ?? null,
        above: own
          .filter((r) => r.dispersion > nation)
          .reverse()
          .map((r) => r.region),
      },
    ];
  });
}
