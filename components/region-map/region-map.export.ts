/**
 * Downloads of the current view: CSV of the data, SVG of the map (areas as paths
 * with their fills), PNG from the canvas. Names from data are escaped.
 */
export interface ExportRow {
  code: string;
  name: string;
  value: number | null;
  raw: number | null;
  denominator: number | null;
  rank: number | null;
  status: string;
}

const csvCell = (value: string | number | null) => {
  if (value === null) return '';
  const text = String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function toCsv(rows: readonly ExportRow[], header: readonly string[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push([row.code, row.name, row.value, row.raw, row.denominator, row.rank, row.status].map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}

const xml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function toSvg(areas: readonly { d: string; fill: string; title: string }[], bounds: [[number, number], [number, number]], title: string): string {
  const [[x0, y0], [x1, y1]] = bounds;
  const body = areas.map((a) => `<path d="${a.d}" fill="${xml(a.fill)}" stroke="#fff" stroke-width="0.5"><title>${xml(a.title)}</title></path>`).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" role="img"><title>${xml(title)}</title>${body}</svg>`;
}

export function download(host: HTMLElement, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  (host.shadowRoot ?? host).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
