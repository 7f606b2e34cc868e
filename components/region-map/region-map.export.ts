/**
 * Downloads of the current view: CSV of the data, SVG of the map (areas as paths
 * with their fills), PNG from the canvas. Names from data are escaped.
 */
import { csvText, xmlEscape } from '../../src/util/export.js';

export { download } from '../../src/util/export.js';

export interface ExportRow {
  code: string;
  name: string;
  value: number | null;
  raw: number | null;
  denominator: number | null;
  rank: number | null;
  status: string;
}

export function toCsv(rows: readonly ExportRow[], header: readonly string[]): string {
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
