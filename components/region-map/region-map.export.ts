/**
 * Downloads of the current view, loaded on the first download. CSV: the
 * table in the page's language (`;` and a decimal comma on an Italian page),
 * then where the data comes from; XLSX: the same table, its codes as text (a
 * spreadsheet opening the CSV reads ISTAT's "001001" as the number 1001), where
 * the data comes from on a second sheet; SVG and PNG: the map as a figure that stands
 * alone (title and place, legend, source, date, synthetic or provisional
 * notes; region-map.figure.ts). Text from data is made safe to open.
 */
import type { DownloadKind } from '../../src/element/download-buttons.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { localize } from '../../src/i18n/lang.js';
import type { MapData } from '../../src/map/load-map.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import { csvText, download, tableNumber } from '../../src/util/export.js';
import { tableXlsx, type Cell } from '../../src/util/table-xlsx.js';
import { provenanceOf, provenanceRows, type Provenance } from '../../src/util/provenance.js';
import { provenanceLines } from '../../src/util/provenance-lines.js';
import type { DrawPlan } from './region-map.draw.js';
import { figureLayout, figurePng, figureSvg, type FigureText } from './region-map.figure.js';
import type { RegionMapMessages } from './region-map.messages.js';
import {
  countLabel,
  formatFor,
  isShare,
  modeLabel,
  placeName,
  pointColumns,
  rangesNoteOf,
  allocatedOf,
  rowsOf,
  titleOf,
  undividedOf,
  classesNoteOf,
  type AreaRow,
} from './region-map.text.js';

/** What the element hands to a download. */
export interface MapExport {
  view: MapViewModel;
  data: MapData;
  t: RegionMapMessages;
  lang: Language;
  colours: DrawPlan['colours'];
  font: string;
}

/** The table's columns, in the page's language: the value in the view's normalisation, the count it was made from, the denominator named. */
export function csvHeader(view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language): string[] {
  const metric = localize(view.metric.label, lang);
  // A share is written as the percentage the map shows ("24,1"), its heading saying so.
  const share = isShare(view);
  const value = share ? `${metric} (${t.share}, %)` : `${metric}${modeLabel(view, t, lang)}`;
  return [
    t.code,
    t.area,
    value,
    // A rate's 95% interval after it, a share's in percent as it is.
    ...(!withIntervals(view) ? [] : share ? [`${t.intervalLow}, %`, `${t.intervalHigh}, %`] : [t.intervalLow, t.intervalHigh]),
    ...(view.mode === 'absolute' ? [] : [metric]),
    countLabel(view, data, t, lang),
    ...rankHeader(view, t),
    ...pointColumns(view, t).map(([, heading]) => heading),
    ...(view.verdicts.any ? [t.status] : []),
  ];
}

/** A rate's values have intervals (a share's always; another's where the contract gives the metric's dispersion). */
const withIntervals = (view: MapViewModel) => view.mode !== 'absolute' && view.ranking.ranges !== null;

/** A survey estimate's columns: the estimate, its interval, the institutions that answered. */
const surveyHeader = (view: MapViewModel, data: MapData, t: RegionMapMessages, lang: Language) => [
  t.code,
  t.area,
  localize(view.metric.label, lang),
  t.intervalLow,
  t.intervalHigh,
  countLabel(view, data, t, lang),
  ...rankHeader(view, t),
  ...pointColumns(view, t).map(([, heading]) => heading),
];

/** The place, and where the values have intervals the best and worst place each area can hold. */
const rankHeader = (view: MapViewModel, t: RegionMapMessages) => (view.ranking.ranges ? [t.rank, t.rankBest, t.rankWorst] : [t.rank]);
const rankCells = (view: MapViewModel, row: AreaRow) =>
  view.ranking.ranges ? [row.rank, row.rankRange?.[0] ?? null, row.rankRange?.[1] ?? null] : [row.rank];

/** The current view as a table: its columns named in the page's language, then one row per area, best first. */
export function mapTable(e: MapExport): Cell[][] {
  const { view, data, t, lang } = e;
  const absolute = view.mode === 'absolute';
  const survey = Boolean(data.intervals);
  const percent = isShare(view);
  const intervals = withIntervals(view);
  const statuses = view.verdicts.any;
  const points = pointColumns(view, t);
  const rows = rowsOf(view, data).map((row) =>
    survey
      ? [
          row.code,
          row.name,
          tableNumber(row.value),
          tableNumber(row.low),
          tableNumber(row.high),
          row.denominator,
          ...rankCells(view, row),
          ...points.map(([key]) => row[key]),
        ]
      : [
          row.code,
          row.name,
          ...(intervals
            ? [tableNumber(row.value, percent), tableNumber(row.low, percent), tableNumber(row.high, percent)]
            : [tableNumber(row.value, percent)]),
          ...(absolute ? [] : [row.raw]),
          row.denominator,
          ...rankCells(view, row),
          ...points.map(([key]) => row[key]),
          ...(statuses ? [row.status ? t.statuses[row.status as keyof typeof t.statuses] : null] : []),
        ],
  );
  return [survey ? surveyHeader(view, data, t, lang) : csvHeader(view, data, t, lang), ...rows];
}

/** Where the data comes from, then how to read the places' ranges, as the table's note says, and why some rates are missing. */
function aboutRows(e: MapExport, about: Provenance): string[][] {
  const notes = [rangesNoteOf(e.view, e.data, e.t), allocatedOf(e.view, e.data, e.t), undividedOf(e.view, e.data, e.t, e.lang)].filter(
    (note) => note !== null,
  );
  return [...provenanceRows(about, e.lang), ...notes.map((note) => [note])];
}

export function mapCsv(e: MapExport, about: Provenance): string {
  const italian = e.lang === 'it';
  return `\uFEFF${csvText([...mapTable(e), [], ...aboutRows(e, about)], { delimiter: italian ? ';' : ',', decimalComma: italian })}`;
}

export function mapXlsx(e: MapExport, about: Provenance): Promise<Blob> {
  return tableXlsx(mapTable(e), aboutRows(e, about), e.t.table, e.lang);
}

/** Starts the download of `kind` from `host`. */
export async function downloadMap(host: HTMLElement, kind: DownloadKind, e: MapExport): Promise<void> {
  const { view, data, t, lang } = e;
  const base = `${view.metric.id}-${view.year}-${data.province?.code ?? (data.region || 'italia')}-${data.level}`;
  const about = provenanceOf(data.index, `${titleOf(view, t, lang)} — ${placeName(data, t)}`, view.provisional, lang, [view.metric.id]);
  if (kind === 'csv') {
    download(host, `${base}.csv`, new Blob([mapCsv(e, about)], { type: 'text/csv;charset=utf-8' }));
    return;
  }
  if (kind === 'xlsx') {
    download(host, `${base}.xlsx`, await mapXlsx(e, about));
    return;
  }
  const text: FigureText = {
    title: about.title,
    // The points' rule, as under the table: their legend keys name the years, not that an institution counts in each area of its plessi.
    lines: [
      classesNoteOf(view, t),
      view.points.size ? t.pointsNote : null,
      ...provenanceLines(about, lang),
      undividedOf(view, data, t, lang),
    ].filter((line) => line !== null),
    areaTitle: (i) => {
      const code = view.layer.features[i]!.code;
      return `${data.areas.get(code)?.name ?? code}: ${formatFor(view.values.get(i)?.value ?? null, view, lang)}`;
    },
  };
  const layout = figureLayout(view, text, t, lang);
  if (kind === 'svg') {
    download(host, `${base}.svg`, new Blob([figureSvg(layout, view, text, e.colours, e.font)], { type: 'image/svg+xml' }));
    return;
  }
  const png = await figurePng(layout, view, e.colours, e.font);
  if (png) download(host, `${base}.png`, png);
}
