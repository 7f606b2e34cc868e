/**
 * What a timeline downloads, loaded on the first download: its figures as CSV
 * (one row per school year, one column per series, the provisional series
 * named; `;` and a decimal comma on an Italian page; then where the data comes
 * from) or as XLSX (the same table, where it comes from on a second sheet),
 * the chart as SVG (the whole drawing with its title, styles inlined, and its
 * source, date and notes) or as PNG. The PNG is drawn from a `data:`
 * image: a page whose Content-Security-Policy forbids those gets a message
 * that says so (and that the SVG still works), not a silent nothing.
 */
import type { DownloadKind } from '../../src/element/download-buttons.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { heading } from '../../src/i18n/heading.js';
import { localize } from '../../src/i18n/lang.js';
import type { TimelineData } from '../../src/timeline/load-timeline.js';
import { markersPath, seriesStyle } from '../../src/timeline/series-style.js';
import type { TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { csvText, download, svgToPng, tableNumber, withoutControls } from '../../src/util/export.js';
import { tableXlsx, type Cell } from '../../src/util/table-xlsx.js';
import { wrapText } from '../../src/util/wrap-text.js';
import { provenanceOf, provenanceRows, type Provenance } from '../../src/util/provenance.js';
import { provenanceLines } from '../../src/util/provenance-lines.js';
import type { TrendTimelineMessages } from './trend-timeline.messages.js';
import { intervalNoteOf } from './trend-timeline.text.js';

/** The view's figures as a table: a heading row, then one row per school year (numbers as numbers). */
export function timelineTable(view: TimelineViewModel, t: TrendTimelineMessages): Cell[][] {
  // Shares as the percentages the chart shows ("24,1"), their headings saying so.
  const percent = view.share ? ' (%)' : '';
  // A value's interval in two columns after it, as the table shows it.
  const header = [
    t.year,
    ...view.series.flatMap((s) => [
      `${s.label}${percent}`,
      ...(s.intervals ? [`${s.label}: ${t.intervalLow}${percent}`, `${s.label}: ${t.intervalHigh}${percent}`] : []),
    ]),
    heading(t.provisional),
  ];
  const rows = view.years.map((year, i) => [
    formatSchoolYear(year),
    ...view.series.flatMap((s) => [
      tableNumber(s.values[i] ?? null, view.share),
      ...(s.intervals ? [tableNumber(s.intervals[i]?.[0] ?? null, view.share), tableNumber(s.intervals[i]?.[1] ?? null, view.share)] : []),
    ]),
    view.series
      .filter((s) => s.provisional[i])
      .map((s) => s.label)
      .join('; ') || null,
  ]);
  return [header, ...rows];
}

/**
 * What the notes under the chart say of the figures themselves, for the files: what the intervals are, and the data's
 * own notes (a survey wave that could not be read, the one drawn of two in a school year).
 */
function figureNotes(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language): string[] {
  const note = intervalNoteOf(view, t, lang);
  return [...(note ? [note] : []), ...(view.dataNotes ?? []).map((n) => localize(n, lang))];
}

/** Where the figures come from, and what they are (as the notes under the chart say). */
function aboutRows(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language, about?: Provenance): Cell[][] {
  return [...(about ? provenanceRows(about, lang) : []), ...figureNotes(view, t, lang).map((note) => [note])];
}

/** The view's figures as CSV text, then its provenance. */
export function timelineCsv(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language, about?: Provenance): string {
  const italian = lang === 'it';
  const notes = aboutRows(view, t, lang, about);
  const tail = notes.length > 0 ? [[], ...notes] : [];
  return `\uFEFF${csvText([...timelineTable(view, t), ...tail], { delimiter: italian ? ';' : ',', decimalComma: italian })}`;
}

/** The same table as an XLSX workbook, its provenance on a second sheet (the writer loads with it). */
export function timelineXlsx(view: TimelineViewModel, t: TrendTimelineMessages, lang: Language, about?: Provenance): Promise<Blob> {
  return tableXlsx(timelineTable(view, t), aboutRows(view, t, lang, about), t.table, lang);
}

/** The painting properties the chart's styles set that SVG inherits from an element to its children. */
const INHERITED_PAINT = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'fill-opacity',
  'font-size',
  'font-family',
] as const;

/**
 * A standalone copy of a rendered chart, with its computed colours written in,
 * its title above and where its data comes from below (for SVG and PNG downloads).
 */
export function standaloneSvg(
  rendered: SVGSVGElement,
  title: string,
  lines: readonly string[] = [],
  legend: readonly LegendEntry[] = [],
): { markup: string; width: number; height: number } {
  const copy = rendered.cloneNode(true) as SVGSVGElement;
  const originals = [rendered, ...rendered.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const styles = originals.map((element) => getComputedStyle(element));
  originals.forEach((element, i) => {
    const style = styles[i]!;
    const parent = styles[originals.indexOf(element.parentElement!)];
    const target = copies[i] as SVGElement;
    // Each inherited property where it differs from the parent's (or overrides an attribute of its own), so
    // that a designer who opens the file finds each colour once, where it changes, not on every element.
    for (const name of INHERITED_PAINT) {
      const value = style.getPropertyValue(name);
      if (!parent || value !== parent.getPropertyValue(name) || target.hasAttribute(name)) target.style.setProperty(name, value);
    }
    if (style.opacity !== '1') target.style.setProperty('opacity', style.opacity);
    if (style.display === 'none') target.style.setProperty('display', 'none');
    target.removeAttribute('class');
  });
  // The whole drawing, labels that reach past the plot included (they would be cut off in a picture), with the title above and the notes below.
  const box = rendered.viewBox.baseVal;
  const drawn = rendered.getBBox();
  const x0 = Math.floor(Math.min(box.x, drawn.x)) - 4;
  const x1 = Math.ceil(Math.max(box.x + box.width, drawn.x + drawn.width)) + 4;
  const y0 = Math.floor(Math.min(box.y, drawn.y)) - 4;
  const y1 = Math.ceil(Math.max(box.y + box.height, drawn.y + drawn.height)) + 4;
  const width = x1 - x0;
  const font = getComputedStyle(rendered).fontFamily;
  const ns = 'http://www.w3.org/2000/svg';
  const root = document.createElementNS(ns, 'svg');
  const text = (content: string, y: number, size: number, weight = '400') => {
    const node = document.createElementNS(ns, 'text');
    node.textContent = withoutControls(content);
    for (const [name, value] of Object.entries({
      x: '8',
      y: String(y),
      'font-size': String(size),
      'font-weight': weight,
      'font-family': font,
    }))
      node.setAttribute(name, value);
    node.style.setProperty('fill', getComputedStyle(rendered).color);
    return node;
  };
  // Title and notes wrapped to the picture's width (a source line ran past its right edge), their widths estimated per character.
  const titleLines = wrapText(withoutControls(title), Math.max(12, Math.floor(width / 9.5)));
  const notes = lines.flatMap((line) => wrapText(withoutControls(line), Math.max(20, Math.floor(width / 6.6))));
  // The series named under the title (each its line, marker and colour), in rows as wide as the picture.
  const keys = legendLayout(legend, width);
  const legendRows = keys.length ? keys.at(-1)!.row + 1 : 0;
  const legendTop = 10 + 20 * titleLines.length;
  const top = legendTop + 20 * legendRows;
  const height = top + (y1 - y0) + 8 + 16 * notes.length + 8;
  root.setAttribute('xmlns', ns);
  for (const [name, value] of Object.entries({ width: String(width + 16), height: String(height), viewBox: `0 0 ${width + 16} ${height}` }))
    root.setAttribute(name, value);
  const titleElement = document.createElementNS(ns, 'title');
  titleElement.textContent = withoutControls(title);
  copy.setAttribute('x', '8');
  copy.setAttribute('y', String(top));
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(y1 - y0));
  copy.setAttribute('viewBox', `${x0} ${y0} ${width} ${y1 - y0}`);
  copy.setAttribute('overflow', 'visible');
  const keyNodes = keys.flatMap(({ entry, x, row }) => {
    const y = legendTop + 20 * row + 6;
    const line = document.createElementNS(ns, 'path');
    line.setAttribute('d', `M${8 + x},${y}h18`);
    const marker = document.createElementNS(ns, 'path');
    marker.setAttribute('d', markersPath([{ x: 8 + x + 9, y }], entry.marker));
    for (const node of [line, marker]) node.style.setProperty('stroke', entry.colour);
    line.style.setProperty('stroke-width', '2');
    marker.style.setProperty('fill', entry.colour);
    const label = text(entry.label, y + 4, 12);
    label.setAttribute('x', String(8 + x + 24));
    return [line, marker, label];
  });
  root.append(
    titleElement,
    ...titleLines.map((line, k) => text(line, 20 + 20 * k, 15, '600')),
    ...keyNodes,
    copy,
    ...notes.map((line, k) => text(line, top + (y1 - y0) + 20 + 16 * k, 11)),
  );
  // Lit's markers (`<!--?lit$…$-->`) are no part of the picture: a download would carry them, with a number that
  // changes. Data text cannot open a comment: the serializer writes its `<` as `&lt;`.
  return { markup: new XMLSerializer().serializeToString(root).replace(/<!--[^]*?-->/g, ''), width: width + 16, height };
}

/** A series as the picture's legend names it. */
export interface LegendEntry {
  label: string;
  colour: string;
  marker: number;
}

/** Where each legend entry goes: rows of entries (a key, then its label) that fit `width`, widths estimated per character. */
function legendLayout(legend: readonly LegendEntry[], width: number): { entry: LegendEntry; x: number; row: number }[] {
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const entry of legend) {
    const size = 24 + withoutControls(entry.label).length * 7 + 16;
    if (x > 0 && x + size > width) {
      x = 0;
      row++;
    }
    placed.push({ entry, x, row });
    x += size;
  }
  return placed;
}

/** The PNG could not be drawn on this page (its policy forbids `data:` images). */
export class PngBlockedError extends Error {}

/**
 * Starts the download of `kind` from `host`; `chart` is the drawn SVG (none in
 * the table view, which downloads CSV only).
 */
export async function downloadTimeline(
  host: HTMLElement,
  kind: DownloadKind,
  view: TimelineViewModel,
  data: TimelineData,
  scope: string,
  chart: SVGSVGElement | undefined,
  t: TrendTimelineMessages,
  lang: Language,
): Promise<void> {
  const base = `${view.metrics.map((m) => m.id).join('+')}-${scope.replace(':', '-') || 'nation'}`;
  const about = provenanceOf(
    data.index,
    view.title,
    view.series.some((s) => s.provisional.some(Boolean)),
    lang,
    view.metrics.map((m) => m.id),
  );
  if (kind === 'csv') {
    download(host, `${base}.csv`, new Blob([timelineCsv(view, t, lang, about)], { type: 'text/csv;charset=utf-8' }));
    return;
  }
  if (kind === 'xlsx') {
    download(host, `${base}.xlsx`, await timelineXlsx(view, t, lang, about));
    return;
  }
  if (!chart) return;
  // Without labels at the lines' ends (a narrow chart, many series), the picture names them in a legend.
  const legend = chart.querySelector('.direct-label')
    ? []
    : view.series.map((s, i) => {
        const style = seriesStyle(i);
        const group = chart.querySelector(`.series.${style.className}`);
        return { label: s.label, colour: group ? getComputedStyle(group).stroke : 'currentColor', marker: style.marker };
      });
  // The picture says what its bands are, and what the data's notes say, as the page does.
  const notes = [...figureNotes(view, t, lang), ...provenanceLines(about, lang)];
  const { markup, width, height } = standaloneSvg(chart, view.title, notes, legend);
  if (kind === 'svg') {
    download(host, `${base}.svg`, new Blob([markup], { type: 'image/svg+xml' }));
    return;
  }
  const blob = await svgToPng(markup, width, height).catch(() => {
    throw new PngBlockedError('data: image refused');
  });
  if (blob) download(host, `${base}.png`, blob);
}
