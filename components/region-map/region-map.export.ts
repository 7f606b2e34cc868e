/**
 * Downloads of the current view: CSV of the data, SVG of the map (areas as paths
 * with their fills), PNG from the canvas. Names from data are escaped.
 */
import type { Language } from '../../src/contract/vocabulary.js';
import type { MapData } from '../../src/map/load-map.js';
import { svgPath } from '../../src/map/map-geometry.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import { csvText, download, xmlEscape } from '../../src/util/export.js';
import type { RegionMapMessages } from './region-map.messages.js';
import { formatFor, rowsOf, titleOf, type AreaRow } from './region-map.text.js';

export type MapDownload = 'csv' | 'svg' | 'png';

export function toCsv(rows: readonly AreaRow[], header: readonly string[]): string {
  return csvText([header, ...rows.map((row) => [row.code, row.name, row.value, row.raw, row.denominator, row.rank, row.status])]);
}

export function toSvg(
  areas: readonly { d: string; fill: string; title: string }[],
  bounds: [[number, number], [number, number]],
  title: string,
): string {
  const [[x0, y0], [x1, y1]] = bounds;
  const body = areas
    .map((a) => `<path d="${a.d}" fill="${xmlEscape(a.fill)}" stroke="#fff" stroke-width="0.5"><title>${xmlEscape(a.title)}</title></path>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" role="img"><title>${xmlEscape(title)}</title>${body}</svg>`;
}

/** Starts the download of `kind` from `host`; the PNG is the drawn canvas (`toPng`). */
export function downloadMap(
  host: HTMLElement,
  kind: MapDownload,
  view: MapViewModel,
  data: MapData,
  t: RegionMapMessages,
  lang: Language,
  toPng: (callback: (blob: Blob) => void) => void,
): void {
  const base = `${view.metric.id}-${view.year}-${data.region || 'italia'}-${data.level}`;
  if (kind === 'csv') {
    const header = ['code', t.area, t.value, 'raw', 'denominator', t.rank, t.status];
    download(host, `${base}.csv`, new Blob([toCsv(rowsOf(view, data), header)], { type: 'text/csv' }));
  } else if (kind === 'svg') {
    const areas = view.shown.flatMap((i) => {
      const code = view.layer.features[i]!.code;
      const d = svgPath(view.layer, i);
      const title = `${data.areas.get(code)?.name ?? code}: ${formatFor(view.values.get(i)!.value, view, lang)}`;
      return d ? [{ d, fill: view.fills.get(i) ?? '#d9dadb', title }] : [];
    });
    download(host, `${base}.svg`, new Blob([toSvg(areas, view.bounds, titleOf(view, t, lang))], { type: 'image/svg+xml' }));
  } else toPng((blob) => download(host, `${base}.png`, blob));
}
