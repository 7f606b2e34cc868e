/**
 * What a timeline shows, derived from its data and attributes once per data,
 * attributes and language (pure; tested in Node): the series (one per scope
 * and metric) with their values in the chosen normalisation and their
 * provisional years, the unit, the title and the annotations of the time axis.
 * A wrong attribute is a `UsageError`.
 */
import { fundingCounts } from '../contract/funding-counts.js';
import { provisionalFlags } from '../contract/provisional-years.js';
import type { LocalizedText, MetricDefinition, NationalIndex } from '../contract/contract.types.js';
import type { Language, MetricUnit } from '../contract/vocabulary.js';
import { UsageError } from '../element/usage-error.js';
import { isShareShown, shownUnit } from '../i18n/format.js';
import { readUnitValues, type UnreadValues } from '../util/unit-values.js';
import { localize } from '../i18n/lang.js';
import { areaValue, modesOf, VALUE_MODES, type AreaLike, type UndividedReason, type ValueMode } from '../map/area-values.js';
import { valueInterval, type RegionDispersions } from '../map/value-interval.js';
import { distinctNames } from './distinct-names.js';
import { words, type TimelineData, type TimelineUsage } from './load-timeline.js';
import type { OwnIntervals, ScopeLevel } from './scopes.js';
import { TIMELINE_VIEWS } from '../view/presentation-values.js';

export { TIMELINE_VIEWS };
export type TimelineView = (typeof TIMELINE_VIEWS)[number];

export const TIMELINE_VARIANTS = ['full', 'sparkline', 'multiples'] as const;
export type TimelineVariant = (typeof TIMELINE_VARIANTS)[number];

export interface SeriesView {
  label: string;
  values: (number | null)[];
  provisional: boolean[];
  /** The value's 95% interval per year, a share's or a rate's (src/map/value-interval.ts); absent for a count. */
  intervals?: ([number, number] | null)[];
  /**
   * Lines only: the index of an earlier series with the same value every year, whose line this one's is drawn
   * over and hides (a school that is its comune's only institution); the chart draws that one wider beneath and
   * the summary says so.
   */
  sameAs?: number;
  /** A rate whose area has values but nothing to divide them by (no students counted, no institution): why, said rather than a bare "n.d.". */
  undivided?: UndividedReason;
  /** A plesso's institution, whose activity its values are (a primary school's site read the institution's projects as its own). */
  institution?: string;
  /** A school's own values, one institution's: its share of active institutions is 0 or 1 a year, whether it was active. */
  oneInstitution?: true;
}

export interface TimelineAnnotation {
  kind: 'period' | 'event';
  /** Year indices, clipped to the chart's years. */
  from: number;
  to: number;
  label: string;
}

export interface TimelineViewModel {
  years: number[];
  series: SeriesView[];
  metrics: MetricDefinition[];
  unit: MetricUnit;
  mode: ValueMode;
  /**
   * The normalisation asked for when some metrics do not offer it (named here, in the view's language): every
   * series is shown in absolute values, and the element says so.
   */
  modeUnavailable: { mode: ValueMode; metrics: string[] } | null;
  /**
   * Shown per institution where absolute values would not compare, and said: a school beside areas (its own count,
   * its areas' averages), or with no normalisation written areas beside each other (a comune beside Italy, Toscana
   * beside Lombardia) and the small multiples of the regions.
   */
  perInstitution: 'school' | 'areas' | 'regions' | null;
  /**
   * Shares, shown as percentages: counts of institutions per institution (src/i18n/format.ts isShareShown), or a
   * survey's estimates of a share (src/timeline/survey-series.ts).
   */
  share: boolean;
  stacked: boolean;
  /**
   * Whether its metrics can be piled up: not where one counts institutions beside another series (an institution
   * active in several programmes is counted in each). Asked for, they are drawn as lines, and `stackRefused` names
   * the metrics that count institutions (in the view's language).
   */
  canStack: boolean;
  stackRefused: string[] | null;
  /** The metrics a compact chart (sparkline, small multiples) does not draw, in the view's language: it draws the first. */
  unshown: string[] | null;
  /** Why stacked areas asked for are drawn as lines, where the data says it (a survey's answers: src/timeline/survey-series.ts). */
  unstacked?: LocalizedText;
  title: string;
  annotations: TimelineAnnotation[];
  /**
   * The least top of the value axis the page set (`value-max`), so that charts side by side share their scale unless
   * a value goes past it (never cut off); undefined for the data's own.
   */
  valueMax: number | undefined;
  /** A `value-max` the chart could not read, as written, and why: the axis goes up to the data's highest value. */
  valueMaxIgnored: UnreadValues | null;
  /** What the intervals around the values are, where the data says it (a survey's estimates: src/timeline/survey-series.ts). */
  intervalNote?: LocalizedText;
  /** The data's notes (src/timeline/load-timeline.ts TimelineData.notes), said under the title. */
  dataNotes?: LocalizedText[];
}

/** The attributes the view depends on. */
export interface TimelineInputs {
  metrics: string;
  normalisation: string;
  view: string;
  variant: string;
  /** The least top of the value axis, in the unit the chart shows (src/util/unit-values.ts); empty for the data's own. */
  valueMax?: string;
}

/** The few words of the interface a view's labels need. */
export interface TimelineLabels {
  nation: string;
  modes: Record<Exclude<ValueMode, 'absolute'>, string>;
  /** What a count of institutions per institution is: the share of them. */
  share: string;
  /** Each level's word, after a name two areas share ("Firenze (comune)", "Firenze (provincia)"). */
  levels: Readonly<Record<ScopeLevel, string>>;
}

/** The programme mix the stacked view shows by default: one count per programme. */
const PROGRAMME_MIX = ['etwinning.projects', 'erasmus.ka1', 'erasmus.ka2', 'funding.projects'];

/**
 * The metrics asked for; the stacked view defaults to one count per programme
 * (the programme mix of internationalisation). National funding is in the mix
 * only where it counts as internationalisation (src/contract/funding-counts.ts):
 * piled up on the projects, the demo's PNRR 1.4.1 website grants read as a burst
 * of international activity.
 */
export function metricsOf(index: NationalIndex, ids: readonly string[], stacked: boolean): MetricDefinition[] {
  if (ids.length === 0) {
    if (!stacked) return index.metrics.slice(0, 1);
    const withFunding = fundingCounts(index);
    const mix = PROGRAMME_MIX.filter((id) => withFunding || id !== 'funding.projects').flatMap((id) =>
      index.metrics.filter((m) => m.id === id),
    );
    return mix.length > 0 ? mix : index.metrics.slice(0, 1);
  }
  return ids.map((id) => {
    const metric = index.metrics.find((m) => m.id === id);
    if (!metric) throw new UsageError<TimelineUsage>('metric', id, index.metrics.map((m) => m.id).join(', '));
    return metric;
  });
}

/** An area's values of a metric for every year, in a normalisation. */
export function seriesValues(area: AreaLike, metric: MetricDefinition, years: number, mode: ValueMode): (number | null)[] {
  return Array.from({ length: years }, (_, i) => areaValue(area, metric.id, i, mode).value);
}

/** Why an area has values but nothing to divide them by in `mode` (src/i18n/undivided.ts), if it has: its rate is missing every year. */
export function undividedIn(area: AreaLike, metric: MetricDefinition, years: number, mode: ValueMode): UndividedReason | undefined {
  for (let i = 0; i < years && mode !== 'absolute'; i++) {
    const { undivided } = areaValue(area, metric.id, i, mode);
    if (undivided) return undivided;
  }
  return undefined;
}

/**
 * An area's values for every year with their 95% intervals: a share's (a
 * comune's one or two institutions swing it from 0% to 100%, and the chart
 * should say so) or a rate's of counts (src/map/value-interval.ts).
 */
export function seriesIntervals(
  area: AreaLike,
  metric: MetricDefinition,
  years: number,
  mode: ValueMode,
  region?: RegionDispersions,
): ([number, number] | null)[] {
  return Array.from({ length: years }, (_, i) => valueInterval(areaValue(area, metric.id, i, mode), metric, mode, i, region));
}

/**
 * A series' intervals, when it has any (a count has none, nor a rate whose contract has no dispersion): a survey
 * estimate's own (src/timeline/survey-series.ts), else its share's or rate's.
 */
export function intervalsOf(
  area: AreaLike & { intervals?: OwnIntervals },
  metric: MetricDefinition,
  years: number,
  mode: ValueMode,
  region?: RegionDispersions,
): Pick<SeriesView, 'intervals'> {
  const own = area.intervals?.[metric.id];
  if (own) return { intervals: [...own] };
  const intervals = seriesIntervals(area, metric, years, mode, region);
  return intervals.some(Boolean) ? { intervals } : {};
}

/** The periods and events of the contract that fall within the years, as year indices. */
export function annotationsOf(index: NationalIndex, years: readonly number[], lang: Language): TimelineAnnotation[] {
  const first = years[0]!;
  const last = years.at(-1)!;
  return index.annotations
    .filter((a) => a.to >= first && a.from <= last)
    .map((a) => ({
      kind: a.kind,
      from: years.indexOf(Math.max(a.from, first)),
      to: years.indexOf(Math.min(a.to, last)),
      label: localize(a.label, lang),
    }));
}

const sameValues = (a: SeriesView, b: SeriesView) => a.values.every((v, i) => v === b.values[i]);

/** Marks each series with data whose values an earlier series has every year (`SeriesView.sameAs`). */
export function markSameSeries(series: SeriesView[]): void {
  series.forEach((s, j) => {
    const i = s.values.some((v) => v !== null) ? series.findIndex((other, k) => k < j && sameValues(other, s)) : -1;
    if (i >= 0) s.sameAs = i;
  });
}

/** What the chart sets side by side whose totals would not compare (`drawn`: the scopes it draws), if anything. */
function comparedApart(drawn: TimelineData['scopes'], inputs: TimelineInputs): TimelineViewModel['perInstitution'] {
  const areas = drawn.filter((s) => s.scope.level !== 'school').length;
  if (areas > 0 && areas < drawn.length) return 'school';
  // Areas only where the page wrote no normalisation.
  if (inputs.normalisation) return null;
  if (inputs.variant === 'multiples') return 'regions';
  return areas > 1 ? 'areas' : null;
}

export function timelineView(data: TimelineData, inputs: TimelineInputs, lang: Language, labels: TimelineLabels): TimelineViewModel {
  if (!(TIMELINE_VIEWS as readonly string[]).includes(inputs.view)) throw new UsageError<TimelineUsage>('view', inputs.view);
  if (!(TIMELINE_VARIANTS as readonly string[]).includes(inputs.variant)) throw new UsageError<TimelineUsage>('variant', inputs.variant);
  const { index } = data;
  const asked = inputs.view === 'stacked' && inputs.variant === 'full';
  const named = metricsOf(index, data.metricIds ?? words(inputs.metrics), asked);
  // A sparkline and the small multiples draw one line each: the first metric, named in the title, the others said.
  const compact = inputs.variant !== 'full';
  const metrics = compact ? named.slice(0, 1) : named;
  // Piled up, counts of institutions would count twice an institution active in two programmes: the demo's shares
  // active in eTwinning and in Erasmus+ reached 30% where 24% of institutions are active in any.
  const institutions = metrics.filter((m) => m.counts === 'institutions');
  const canStack = metrics.length === 1 || (!data.unstackable && institutions.length === 0);
  const stacked = asked && canStack;
  const stackRefused = asked && !canStack && institutions.length > 0 ? institutions.map((m) => localize(m.label, lang)) : null;
  const unit = metrics[0]!.unit;
  // One value axis: lines or stacked areas of euros and counts would read against one scale. The metrics and units are named as written.
  if (named.some((m) => m.unit !== unit))
    throw new UsageError<TimelineUsage>('units', inputs.metrics, named.map((m) => `${m.id} (${m.unit})`).join(', '));
  const scopes = stacked ? data.scopes.slice(0, 1) : data.scopes;
  // No attribute (or an empty one) asks for the default; a word the element does not know is a usage error, as on the map.
  const written = (inputs.normalisation || 'absolute') as ValueMode;
  if (!(VALUE_MODES as readonly string[]).includes(written)) throw new UsageError<TimelineUsage>('normalisation', inputs.normalisation);
  // In absolute values a school's count lies under sums over hundreds (its 2 eTwinning projects under its region's 37),
  // and an area's totals grow with its schools (a comune's line flat at the foot of Italy's, Toscana's under
  // Lombardia's): a school beside areas is compared per institution, as its profile compares them, and so are areas
  // unless the page wrote normalisation="absolute" (a region's part of the nation's total is a fair question; by
  // default it is not the one asked). The small multiples too: on their one scale Lombardia's totals laid Valle
  // d'Aosta's line flat. A sparkline draws its first scope alone: nothing is compared on it.
  const apart = comparedApart(inputs.variant === 'sparkline' ? scopes.slice(0, 1) : scopes, inputs);
  const perInstitution = written === 'absolute' && metrics.every((m) => modesOf(m).includes('perSchool')) ? apart : null;
  const wanted: ValueMode = perInstitution ? 'perSchool' : written;
  const lacking = metrics.filter((m) => !modesOf(m).includes(wanted));
  const mode: ValueMode = lacking.length === 0 ? wanted : 'absolute';
  const modeUnavailable = lacking.length === 0 ? null : { mode: wanted, metrics: lacking.map((m) => localize(m.label, lang)) };
  const years = index.years;
  const provisional = new Map(metrics.map((metric) => [metric, provisionalFlags(index, metric)]));
  const nameOf = (scope: (typeof scopes)[number]) => (scope.scope.level === 'nation' ? labels.nation : scope.name);
  const names = distinctNames(
    scopes.map((s) => ({ name: nameOf(s), ...s.scope })),
    labels.levels,
  );
  // A scope's region (its own, or its nearest parent's), whose dispersion may widen its intervals; none for the nation.
  const regionSummaryOf = ({ scope, parents }: (typeof scopes)[number]) => {
    const code = scope.level === 'region' ? scope.code : parents.find((p) => p.level === 'region')?.code;
    return index.regions.find((r) => r.code === code);
  };
  const series: SeriesView[] = [];
  for (const [k, scope] of scopes.entries()) {
    for (const metric of metrics) {
      const name = names[k]!;
      const metricLabel = localize(metric.label, lang);
      const label = metrics.length > 1 && scopes.length > 1 ? `${metricLabel} · ${name}` : metrics.length > 1 ? metricLabel : name;
      const undivided = undividedIn(scope, metric, years.length, mode);
      series.push({
        label,
        values: seriesValues(scope, metric, years.length, mode),
        provisional: provisional.get(metric)!,
        ...(undivided !== undefined && { undivided }),
        ...(scope.institution !== undefined && { institution: scope.institution }),
        ...(scope.scope.level === 'school' && { oneInstitution: true as const }),
        // A school's own values were counted, not estimated: bare, as its profile shows them beside its areas' averages with theirs.
        // The stacked view draws no band (a layer's interval is not where the layer is piled) but says its intervals in
        // the summary, the tooltip and the table as the lines do: its "+6,2 punti percentuali" went without one.
        ...(scope.scope.level !== 'school' && intervalsOf(scope, metric, years.length, mode, regionSummaryOf(scope))),
      });
    }
  }
  if (!stacked) markSameSeries(series);
  const labelOf = (m: MetricDefinition) => localize(m.label, lang);
  // A question's title names the option a compact chart draws, as the option's own word would.
  const what = data.title ? `${localize(data.title, lang)}${compact ? ` «${labelOf(metrics[0]!)}»` : ''}` : metrics.map(labelOf).join(', ');
  const where = data.scopes[0] && (metrics.length > 1 || stacked) ? ` · ${nameOf(data.scopes[0])}` : '';
  // A survey's estimate of a share (unit `percent`) is one as it stands.
  const share = metrics.length > 0 && metrics.every((m) => isShareShown(m.counts, mode) || (m.unit === 'percent' && mode === 'absolute'));
  const title = `${what}${mode === 'absolute' ? '' : share ? ` (${labels.share})` : ` ${labels.modes[mode]}`}${where}`;
  const read = inputs.valueMax ? readUnitValues(inputs.valueMax, shownUnit(unit, mode, share) === 'percent', 1) : null;
  return {
    years,
    series,
    metrics,
    unit,
    mode,
    modeUnavailable,
    perInstitution,
    share,
    stacked,
    canStack,
    stackRefused,
    unshown: named.length > metrics.length ? named.slice(metrics.length).map(labelOf) : null,
    ...(asked && !canStack && data.unstackable && { unstacked: data.unstackable }),
    title,
    annotations: annotationsOf(index, years, lang),
    valueMax: read && 'values' in read ? read.values[0] : undefined,
    valueMaxIgnored: read && 'problem' in read ? { written: inputs.valueMax!, ...read } : null,
    ...(data.intervalNote && { intervalNote: data.intervalNote }),
    ...(data.notes?.length && { dataNotes: data.notes }),
  };
}
