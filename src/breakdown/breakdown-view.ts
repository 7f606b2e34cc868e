/**
 * The view of a breakdown: for one characteristic, programme and year, each
 * class's participation rate with its 95% interval (Wilson), beside the same
 * class's rate in the reference areas (the region, the nation), and the largest
 * gap said in words, only where the interval leaves no doubt. A rate on 3
 * institutions is shown with its interval, never as a finding.
 *
 * The sentence looks at every class of every characteristic at once (about 20
 * in a region): at 95% each, an area where every class takes part alike was
 * said to differ in one case of three. Each class is therefore judged on an
 * interval widened for the number of classes compared (Bonferroni), so that
 * such an area is said to differ in at most about one case in twenty
 * (test/breakdown/breakdown-view.node.test.ts).
 */
import type { Breakdown, RegionShard } from '../contract/contract.types.js';
import type { ActivityProgramme, BreakdownDimension } from '../contract/vocabulary.js';
import { upperNormalQuantile } from '../util/normal-quantile.js';
import { wilson } from '../util/wilson.js';
import { breakdownOf, type BreakdownInstitution } from './participation-breakdown.js';

export interface Rate {
  institutions: number;
  active: number;
  /** Null with no institution. */
  rate: number | null;
  low: number | null;
  high: number | null;
}

export interface ClassRate extends Rate {
  id: string;
  /** The class's rate in each reference (region, nation), when there is one. */
  references: (number | null)[];
}

export interface DimensionView {
  dimension: BreakdownDimension;
  overall: Rate;
  classes: ClassRate[];
  /** Institutions classed by an estimate of their size (their count leaves plessi out). */
  estimated: number;
}

/** A gap worth saying: a class whose whole interval, widened for the classes compared, lies away from the area's rate. */
export interface Gap {
  dimension: BreakdownDimension;
  id: string;
  rate: number;
  /** The class's 95% interval, as its bar shows it. */
  low: number;
  high: number;
  overall: number;
  /** Class rate / area rate, and its 95% interval: the class's interval over the area's rate. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
  institutions: number;
}

/** Classes with fewer institutions are never said to differ. */
export const MIN_INSTITUTIONS = 10;

/** The chance, over all the classes compared, that an area where none differs is said to differ. */
export const FAMILY_ERROR = 0.05;

function rateOf(active: number, institutions: number): Rate {
  if (institutions === 0) return { institutions, active, rate: null, low: null, high: null };
  const [low, high] = wilson(active, institutions);
  return { institutions, active, rate: active / institutions, low, high };
}

/** The institutions of a region shard (one row each), in a province when one is given. */
export function shardInstitutions(shard: RegionShard, province = ''): BreakdownInstitution[] {
  const comuni = new Map(shard.comuni.map((c) => [c.code, c]));
  return shard.schools.flatMap((school) => {
    const comune = school.comune ? comuni.get(school.comune) : undefined;
    if (school.code !== school.institution || !school.activity || (province && comune?.province !== province)) return [];
    return [
      {
        gradeGroup: school.gradeGroup,
        students: school.students ?? null,
        studentsEstimate: school.studentsEstimate,
        context: comune?.context,
        activity: school.activity,
      },
    ];
  });
}

export const breakdownOfShard = (shard: RegionShard, years: readonly number[], province = '') =>
  breakdownOf(shardInstitutions(shard, province), years);

/** One characteristic of an area, with its references, for a programme and a year (its index in the years). */
export function dimensionView(
  area: readonly Breakdown[],
  references: readonly (readonly Breakdown[] | undefined)[],
  dimension: BreakdownDimension,
  programme: ActivityProgramme,
  year: number,
): DimensionView {
  const of = (breakdown: readonly Breakdown[] | undefined) => breakdown?.find((b) => b.dimension === dimension)?.classes ?? [];
  const classes = of(area);
  const sum = (pick: (c: (typeof classes)[number]) => number) => classes.reduce((total, c) => total + pick(c), 0);
  return {
    dimension,
    overall: rateOf(
      sum((c) => c.active[programme]?.[year] ?? 0),
      sum((c) => c.institutions),
    ),
    estimated: sum((c) => c.estimated ?? 0),
    classes: classes.map((c) => ({
      id: c.id,
      ...rateOf(c.active[programme]?.[year] ?? 0, c.institutions),
      references: references.map((reference) => {
        const match = of(reference).find((r) => r.id === c.id);
        return match && match.institutions ? (match.active[programme]?.[year] ?? 0) / match.institutions : null;
      }),
    })),
  };
}

/**
 * The largest gap among the views' known classes (n ≥ 10), each judged on its
 * interval at 1 − FAMILY_ERROR / (the number of such classes): one that lies
 * wholly away from the area's rate. Null when none does.
 */
export function largestGap(views: readonly DimensionView[]): Gap | null {
  const compared = views.flatMap((view) =>
    view.overall.rate
      ? view.classes
          .filter((c) => c.id !== 'nd' && c.institutions >= MIN_INSTITUTIONS && c.rate !== null)
          .map((c) => ({ view, c, overall: view.overall.rate! }))
      : [],
  );
  if (compared.length === 0) return null;
  const z = upperNormalQuantile(FAMILY_ERROR / compared.length / 2);
  let best: Gap | null = null;
  for (const { view, c, overall } of compared) {
    const [low, high] = wilson(c.active, c.institutions, z);
    const clear = high < overall || low > overall;
    const ratio = c.rate! / overall;
    if (clear && (!best || Math.abs(Math.log(ratio || 1e-3)) > Math.abs(Math.log(best.ratio || 1e-3))))
      best = {
        dimension: view.dimension,
        id: c.id,
        rate: c.rate!,
        low: c.low!,
        high: c.high!,
        overall,
        ratio,
        ratioLow: c.low! / overall,
        ratioHigh: c.high! / overall,
        institutions: c.institutions,
      };
  }
  return best;
}
