/**
 * What a timeline downloads: its figures as CSV (one row per school year, one
 * column per series, the provisional series named), the chart as SVG (the drawn
 * chart with its title, styles inlined) or as PNG.
 */
import { formatSchoolYear } from '../../src/i18n/format.js';
import type { TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { csvText, download, svgToPng } from '../../src/util/export.js';
import type { TrendTimelineMessages } from './trend-timeline.messages.js';
import { standaloneSvg } from './trend-timeline.svg.js';

export type TimelineDownload = 'csv' | 'svg' | 'png';

/** The view's figures as CSV text. */
export function timelineCsv(view: TimelineViewModel, t: TrendTimelineMessages): string {
  const header = [t.year, ...view.series.map((s) => s.label), t.provisional];
  const rows = view.years.map((year, i) => [
    formatSchoolYear(year),
    ...view.series.map((s) => (s.values[i] === null ? null : Math.round(s.values[i]! * 1000) / 1000)),
    view.series
      .filter((s) => s.provisional[i])
      .map((s) => s.label)
      .join('; ') || null,
  ]);
  return csvText([header, ...rows]);
}

/**
 * Starts the download of `kind` from `host`; `chart` is the drawn SVG (none in
 * the table view, which downloads CSV only). Returns a failure to report, if any.
 */
export async function downloadTimeline(
  host: HTMLElement,
  kind: TimelineDownload,
  view: TimelineViewModel,
  scope: string,
  chart: SVGSVGElement | undefined,
  t: TrendTimelineMessages,
): Promise<void> {
  const base = `${view.metrics.map((m) => m.id).join('+')}-${scope.replace(':', '-') || 'nation'}`;
  if (kind === 'csv') {
    download(host, `${base}.csv`, new Blob([timelineCsv(view, t)], { type: 'text/csv' }));
    return;
  }
  if (!chart) return;
  const markup = standaloneSvg(chart, view.title);
  if (kind === 'svg') {
    download(host, `${base}.svg`, new Blob([markup], { type: 'image/svg+xml' }));
    return;
  }
  const box = chart.viewBox.baseVal;
  const blob = await svgToPng(markup, box.width, box.height);
  if (blob) download(host, `${base}.png`, blob);
}
