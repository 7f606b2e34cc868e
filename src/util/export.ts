/**
 * Files an element offers for download: CSV text, SVG markup escaped for data
 * strings, PNG from an SVG, and the click that saves a Blob.
 */
/** A figure as a downloaded table writes it: three decimals, or a share as the percentage shown, with one ("24,1"). */
export const tableNumber = (value: number | null, share = false): number | null =>
  value === null ? null : share ? Math.round(value * 1000) / 10 : Math.round(value * 1000) / 1000;

/** A plain number written as text ("-2", "12.5"): kept as it is, since a spreadsheet must read it as a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Text without the control characters a file cannot hold (a NUL breaks XML; line feeds and tabs stay). */
export const withoutControls = (text: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
  text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/**
 * One cell: control characters removed (a NUL or a bare CR breaks the file), a
 * text that a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR: the OWASP rule) prefixed with an apostrophe, quotes where needed.
 */
export function csvCell(value: string | number | null, options: CsvOptions = {}): string {
  if (value === null) return '';
  if (typeof value === 'number') return options.decimalComma ? String(value).replace('.', ',') : String(value);
  let text = withoutControls(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** How a CSV is written: what an Italian spreadsheet opens right is `;` and a decimal comma. */
export interface CsvOptions {
  delimiter?: ',' | ';';
  decimalComma?: boolean;
}

/** RFC 4180 CSV: cells with commas, semicolons, quotes or new lines are quoted; `null` is empty; formulas neutralised. */
export function csvText(rows: readonly (readonly (string | number | null)[])[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  return `${rows.map((row) => row.map((cell) => csvCell(cell, options)).join(delimiter)).join('\n')}\n`;
}

/** Text safe inside SVG/XML content and attributes. */
export const xmlEscape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Saves `blob` as `name` through a temporary link inside the element. */
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

/**
 * Rasterises standalone SVG markup at `scale` (for PNG downloads of SVG
 * charts), through a `data:` image: more pages allow those (`img-src data:`)
 * than `blob:` ones. Rejects when the page's policy refuses the image.
 */
export async function svgToPng(markup: string, width: number, height: number, scale = 2): Promise<Blob | null> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
