/**
 * A timeline's numbers and sentences in the reader's language: values in the
 * view's unit and normalisation, and each series' trend in words (the text
 * alternative of the chart and of every small multiple).
 */
import type { Language } from '../../src/contract/vocabulary.js';
import type { UndividedReason } from '../../src/map/area-values.js';
import { localize } from '../../src/i18n/lang.js';
import { undividedText } from '../../src/i18n/undivided.js';
import { changeFormat, formatSchoolYear, formatShown, formatShownEstimate, formatValue, shownUnit } from '../../src/i18n/format.js';
import { intervalInParentheses } from '../../src/i18n/interval-text.js';
import type { SeriesView, TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { trendOf, type Trend } from '../../src/timeline/trend.js';
import { differenceInterval, ratioInterval } from '../../src/util/mover.js';
import type { TrendTimelineMessages } from './trend-timeline.messages.js';

/** A value as the view shows it (formatShown: a comune's shared count reads "0,43", not "0"). */
export const formatFor = (value: number | null, view: Pick<TimelineViewModel, 'unit' | 'mode' | 'share'>, lang: Language) =>
  formatShown(value, view.unit, view.mode, lang, view.share);

/** A series' value at year `i` and its interval's ends (null without one), with the decimals that keep them apart. */
function estimateAt(s: SeriesView, i: number, view: TimelineViewModel, lang: Language): [string, string, string] | null {
  const interval = s.intervals?.[i];
  return interval ? formatShownEstimate(s.values[i] ?? null, interval[0], interval[1], view.unit, view.mode, lang, view.share) : null;
}

/**
 * The value axis's labels: as many decimals as the ticks' step needs, so that
 * ticks 0.05 apart read "0,05", "0,1", "0,15" and never "0,1" twice, and whole
 * steps read without decimals. A percent is a share shown times 100.
 */
export function tickFormat(
  view: Pick<TimelineViewModel, 'unit' | 'mode' | 'share'>,
  lang: Language,
  ticks: readonly number[],
): (value: number) => string {
  const unit = shownUnit(view.unit, view.mode, view.share);
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  const shown = (unit === 'percent' ? 100 : 1) * (step > 0 && Number.isFinite(step) ? step : 1);
  // Ticks are 1, 2 or 5 times a power of ten: the power says the decimals (the epsilon absorbs log10's rounding).
  const digits = Math.max(0, -Math.floor(Math.log10(shown) + 1e-9));
  return (value) => formatValue(value, unit, lang, digits);
}

/** "nessuno studente contato, tasso non calcolabile": why a rate is missing where its counts are not. */
function undividedSaid(why: UndividedReason, lang: Language): string {
  const { reason, noRate } = undividedText(why, lang);
  return `${reason}, ${noRate}`;
}

/** What a series without any value shows in place of its last one: "n.d.", with its reason where it has one. */
export function missingText(series: SeriesView, t: TrendTimelineMessages, lang: Language): string {
  return series.undivided ? `${t.noData}: ${undividedText(series.undivided, lang).reason}` : t.noData;
}

/** What the intervals around the values are, where there are any: as the data says (a survey's estimates'), or a share's or rate's. */
export function intervalNoteOf(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language): string | null {
  if (!view.series.some((s) => s.intervals)) return null;
  return view.intervalNote ? localize(view.intervalNote, lang) : t.intervalNote;
}

/** One series' trend in a sentence: direction, first and last values, change, peak and gaps, provisional years; a plesso's says whose values. */
export function trendSentence(series: SeriesView, view: TimelineViewModel, t: TrendTimelineMessages, lang: Language): string {
  const { said, provisional } = trendWords(series, view, t, lang);
  return said + provisional;
}

/** A series' trend sentence, and apart the note on its provisional years (which the summary says once where every series has the same). */
function trendWords(series: SeriesView, view: TimelineViewModel, t: TrendTimelineMessages, lang: Language) {
  const trend = trendOf(series.values, view.years, series.provisional);
  const provisional = provisionalSaid(trend, t);
  const f = (v: number) => formatFor(v, view, lang);
  const of = series.institution === undefined ? '' : t.ofInstitution(series.institution);
  if (trend.direction === 'none')
    return {
      said: (series.undivided ? `${series.label}: ${undividedSaid(series.undivided, lang)}.` : t.empty(series.label)) + of,
      provisional,
      valued: false,
    };
  if (trend.direction === 'single')
    return { said: t.single(series.label, f(trend.first!.value), formatSchoolYear(trend.first!.year)) + of, provisional, valued: true };
  const same = series.sameAs === undefined ? '' : t.sameAs(view.series[series.sameAs]!.label);
  const gaps = trend.gaps ? t.gaps(trend.gaps) : '';
  const activity = activityOf(series, view, t);
  if (activity) return { said: activity + gaps + same + of, provisional, valued: true };
  const [first, last] = [trend.first!, trend.last!];
  // The change runs to the last final year where the last is provisional, and the last value follows it, said so.
  const to = trend.to ?? last;
  const then = to === last ? '' : t.then(f(last.value), formatSchoolYear(last.year));
  const change = changeOf(trend, series, view);
  // The test cannot call a trend on fewer than five values (two or three survey waves): there a change whose 95%
  // interval lies off zero says the direction, as <survey-results compare> says it («+9 punti … al 95% tra +7,2 e
  // +10,8» read «senza una crescita né un calo costanti»).
  const ends = !trend.testable && trend.direction === 'unclear' ? change?.ends : null;
  const direction = ends ? (ends[0]! > 0 ? 'rising' : ends[1]! < 0 ? 'falling' : 'unclear') : trend.direction;
  // Two values: the peak is one of them, already said.
  const peak = trend.count > 2 ? t.peak(f(trend.peak!.value), formatSchoolYear(trend.peak!.year)) : '';
  const sentence =
    direction === 'constant'
      ? t.constant(series.label, f(first.value), formatSchoolYear(first.year), formatSchoolYear(last.year))
      : t.trend(
          series.label,
          t.directions[direction],
          f(first.value),
          formatSchoolYear(first.year),
          f(to.value),
          formatSchoolYear(to.year),
          change ? changeSaid(change, view, t, lang) : '',
          then,
          peak,
        );
  return { said: sentence + gaps + same + of, provisional, valued: true };
}

/**
 * A school's share of active institutions is its own activity, 0% or 100% a year: said as the years it was active
 * («attiva in 4 anni su 12 …: 2015/16, 2016/17, 2018/19 e 2025/26»), where its trend read «da 0% nel 2014/15 a 0% nel
 * 2022/23 (0 punti percentuali)». Null for any other series.
 */
function activityOf(series: SeriesView, view: TimelineViewModel, t: TrendTimelineMessages): string | null {
  // Institutions counted per institution (a survey's share is an estimate, and a school is no survey scope).
  if (!series.oneInstitution || !view.share || !view.metrics.every((m) => m.counts === 'institutions')) return null;
  const valued = view.years.flatMap((year, i) => (series.values[i] == null ? [] : [{ year, value: series.values[i]! }]));
  // Two years at least: one is said as `single` before this.
  if (valued.some(({ value }) => value !== 0 && value !== 1)) return null;
  const active = valued.filter(({ value }) => value === 1).map(({ year }) => formatSchoolYear(year));
  return t.activeYears(series.label, active, valued.length, formatSchoolYear(valued[0]!.year), formatSchoolYear(valued.at(-1)!.year));
}

/**
 * Which of the values said are provisional, and the years the direction was
 * judged on where those were left out (src/timeline/trend.ts), and the change
 * with it where it runs to the last final year.
 */
function provisionalSaid(trend: Trend, t: TrendTimelineMessages): string {
  if (trend.provisional.length === 0) return '';
  const through = trend.testedThrough === null ? null : formatSchoolYear(trend.testedThrough);
  return t.provisionalValues(trend.provisional.map(formatSchoolYear), through);
}

/**
 * The change from the first year to the last (the last final one where the
 * last is provisional), with its 95% interval where both years have one
 * (src/util/mover.ts): "+200%" of a comune's 1 project becoming 3 is mostly
 * chance, and the sentence is what a decision maker reads first. A share's
 * change in percentage points: "+31%" of a share of 18% reads as if it had
 * grown by 31 points; a score's (a survey's mean) in its own unit, as
 * `<survey-results compare>` says it.
 */
function changeOf(trend: Trend, series: SeriesView, view: TimelineViewModel) {
  const first = trend.first!;
  const end = trend.to;
  const share = view.share;
  const difference = share || (view.unit === 'score' && view.mode === 'absolute');
  if (end === null || (!difference && trend.change === null)) return null;
  const at = (year: number) => series.intervals?.[view.years.indexOf(year)] ?? null;
  const [from, to] = [at(first.year), at(end.year)];
  const scale = share ? 100 : 1;
  const [value, ends, digits, unit]: [number, readonly number[] | null, number, 'count' | 'percent'] = difference
    ? [
        (end.value - first.value) * scale,
        from && to && differenceInterval(first.value, from, end.value, to).map((v) => v * scale),
        1,
        'count',
      ]
    : [trend.change!, from && to && (ratioInterval(first.value, from, end.value, to)?.map((v) => v - 1) ?? null), 0, 'percent'];
  return { value, ends, digits, unit, share };
}

/** The change in words: "+9 punti percentuali; al 95% tra +7,2 e +10,8". */
function changeSaid(
  { value, ends, digits, unit, share }: NonNullable<ReturnType<typeof changeOf>>,
  view: TimelineViewModel,
  t: TrendTimelineMessages,
  lang: Language,
): string {
  // With the decimals that keep them apart and off zero where they are not: "tra -72% e 0%" for an upper end of +0,4%
  // said that it may be no rise at all.
  const f = changeFormat(value, ends?.[0] ?? value, ends?.[1] ?? value, lang, digits, unit);
  const said = share ? t.points(f(value)) : f(value);
  if (!ends) return said;
  return `${said}; ${Number.isFinite(ends[1]) ? t.interval(f(ends[0]!), f(ends[1]!)) : t.atLeast(f(ends[0]!))}`;
}

/**
 * Every series' trend, one sentence each; the note on provisional years once
 * at the end where every series with values has the same (a school beside its
 * comune, province, region and Italy read it five times).
 */
export function summaryOf(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language): string {
  const words = view.series.map((s) => trendWords(s, view, t, lang));
  // A series without values has no note, and no provisional years to be said.
  const notes = new Set(words.filter((w) => w.valued).map((w) => w.provisional));
  const [note] = notes;
  if (words.length > 1 && notes.size === 1 && note) return words.map((w) => w.said).join(' ') + note;
  return words.map((w) => w.said + w.provisional).join(' ');
}

/** The values of every series at one year, as read aloud and shown in the tooltip. */
export function valuesAt(view: TimelineViewModel, i: number, t: TrendTimelineMessages, lang: Language): string[] {
  return view.series.map((s) => {
    const estimate = estimateAt(s, i, view, lang);
    const bounds = estimate ? `; ${t.interval(estimate[1], estimate[2])}` : '';
    return `${s.label}: ${estimate?.[0] ?? formatFor(s.values[i] ?? null, view, lang)}${bounds}${s.provisional[i] && s.values[i] !== null ? ` (${t.provisional})` : ''}`;
  });
}

/** A value in the table: with its interval where it has one ("24% (15% – 38%)"). */
export function tableValue(s: SeriesView, i: number, view: TimelineViewModel, lang: Language): string {
  const estimate = estimateAt(s, i, view, lang);
  return estimate ? `${estimate[0]} ${intervalInParentheses(estimate[1], estimate[2])}` : formatFor(s.values[i] ?? null, view, lang);
}
