/**
 * The map as a picture that stands alone, for the SVG and PNG downloads: a
 * title that names the place, the map as drawn (classes, hatched areas
 * without data, shadow zones, the outer edge, points), its legend, and where
 * the data comes from (source, date, synthetic or provisional). One layout,
 * written two ways: as SVG markup, and drawn on a canvas for the PNG (no image
 * is decoded, so a page whose Content-Security-Policy forbids `blob:` images
 * still gets its PNG). Text from data is escaped and stripped of control
 * characters.
 */
import type { Language } from '../../src/contract/vocabulary.js';
import { svgPath, SvgPathText } from '../../src/map/map-geometry.js';
import { isContinuous, type MapViewModel } from '../../src/map/map-view.js';
import { deviceTransform, PixelPaths } from '../../src/map/pixel-paths.js';
import { PALETTES } from '../../src/map/palettes.js';
import { withoutControls, xmlEscape } from '../../src/util/export.js';
import { wrapText } from '../../src/util/wrap-text.js';
import { drawMap, fitTransform, hatch, pointOffsets, pointRadii, type DrawPlan } from './region-map.draw.js';
import type { RegionMapMessages } from './region-map.messages.js';
import { classRanges, pointKeys, scaleEnds } from './region-map.text.js';

type Colours = DrawPlan['colours'];
type EntryKind = 'fill' | 'gradient' | 'no-data' | 'shadow' | 'active' | 'role-model';

export interface FigureText {
  /** What the map shows and where ("Progetti eTwinning, 2024/25 — Toscana"). */
  title: string;
  /** Source, date and notes, one per line. */
  lines: readonly string[];
  /** Each area's tooltip in the SVG (name and value). */
  areaTitle: (index: number) => string;
}

interface Placed {
  x: number;
  y: number;
}

export interface FigureLayout {
  width: number;
  height: number;
  title: Placed & { text: string };
  map: Placed & { width: number; height: number; transform: { scale: number; dx: number; dy: number } };
  legend: (Placed & { kind: EntryKind; colour: string; label: string })[];
  lines: (Placed & { text: string })[];
}

const WIDTH = 800;
const PAD = 16;
const SWATCH = 14;
/** Character widths are estimated (the same layout for SVG and PNG, without measuring fonts). */
const CHAR = 7;

export function figureLayout(view: MapViewModel, text: FigureText, t: RegionMapMessages, lang: Language): FigureLayout {
  const inner = WIDTH - 2 * PAD;
  const [[x0, y0], [x1, y1]] = view.bounds;
  const mapHeight = Math.round(Math.min(inner * 1.4, Math.max(120, (inner * (y1 - y0)) / Math.max(1e-9, x1 - x0))));
  const titleLines = wrapText(withoutControls(text.title), Math.floor(inner / 10));
  let y = PAD + 18;
  const title = { x: PAD, y, text: titleLines.join(' ') };
  y += 26 * (titleLines.length - 1) + 14;
  const map = { x: PAD, y, width: inner, height: mapHeight, transform: fitTransform(view.bounds, inner, mapHeight) };
  y += mapHeight + 16;
  const entries: { kind: EntryKind; colour: string; label: string }[] = isContinuous(view)
    ? [{ kind: 'gradient', colour: '', label: scaleEnds(view, lang).join(' – ') }]
    : classRanges(view, lang).map(({ colour, label }) => ({ kind: 'fill' as const, colour, label }));
  entries.push({ kind: 'no-data', colour: '', label: t.noData });
  if (view.shadows.size) entries.push({ kind: 'shadow', colour: '', label: t.shadow });
  const points = [...view.points.values()];
  const keys = pointKeys(view, t);
  if (points.some((p) => p.active)) entries.push({ kind: 'active', colour: '', label: keys.active });
  if (points.some((p) => p.roleModels)) entries.push({ kind: 'role-model', colour: '', label: keys.roleModels });
  const legend: FigureLayout['legend'] = [];
  let x = PAD;
  for (const entry of entries) {
    const width = (entry.kind === 'gradient' ? 60 : SWATCH) + 6 + entry.label.length * CHAR + 18;
    if (x > PAD && x + width > WIDTH - PAD) {
      x = PAD;
      y += 22;
    }
    legend.push({ ...entry, x, y });
    x += width;
  }
  y += 30;
  const lines = text.lines
    .flatMap((line) => wrapText(withoutControls(line), Math.floor(inner / 6.2)))
    .map((line, k) => ({ x: PAD, y: y + 16 * k, text: line }));
  return { width: WIDTH, height: y + 16 * lines.length + PAD - 8, title, map, legend, lines };
}

const esc = (text: string) => xmlEscape(withoutControls(text));

function svgLegendMark(entry: FigureLayout['legend'][number], c: Colours): string {
  const { x, y } = entry;
  const box = (fill: string, stroke: string, width = 1) =>
    `<rect x="${x}" y="${y - SWATCH + 2}" width="${SWATCH}" height="${SWATCH}" fill="${fill}" stroke="${esc(stroke)}" stroke-width="${width}"/>`;
  const r = SWATCH / 2;
  const cx = x + r;
  const cy = y - SWATCH / 2 + 2;
  switch (entry.kind) {
    case 'fill':
      return box(esc(entry.colour), c.edge);
    case 'gradient':
      return `<rect x="${x}" y="${y - SWATCH + 2}" width="60" height="${SWATCH}" fill="url(#se-gradient)" stroke="${esc(c.edge)}"/>`;
    case 'no-data':
      return box('url(#se-no-data-key)', c.edge);
    case 'shadow':
      return box('url(#se-shadow-key)', c.shadow, 2);
    case 'active':
      return `<circle cx="${cx}" cy="${cy}" r="${r - 1}" fill="${esc(c.point)}"/>`;
    default:
      return `<path d="M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z" fill="${esc(c.shadow)}"/>`;
  }
}

/** The hatchings, in the map's scaled space (`scale`: screen pixels per unit) or in the legend's. */
function patterns(suffix: string, scale: number, c: Colours): string {
  const transform = scale === 1 ? '' : ` patternTransform="scale(${scale})"`;
  return `<pattern id="se-no-data${suffix}" width="6" height="6" patternUnits="userSpaceOnUse"${transform}><rect width="6" height="6" fill="${esc(c.background)}"/><path d="M0,6L6,0" stroke="${esc(c.noData)}"/></pattern>
<pattern id="se-shadow${suffix}" width="5" height="5" patternUnits="userSpaceOnUse"${transform}><path d="M0,5L5,0" stroke="${esc(c.shadow)}"/></pattern>
`;
}

/** The figure as a standalone SVG document. */
export function figureSvg(layout: FigureLayout, view: MapViewModel, text: FigureText, c: Colours, font: string): string {
  const { map } = layout;
  const { scale, dx, dy } = map.transform;
  const thin = 'vector-effect="non-scaling-stroke"';
  const areas = view.shown
    .map((i) => {
      const d = svgPath(view.layer, i);
      const fill = view.fills.get(i) ?? 'url(#se-no-data)';
      return d
        ? `<path d="${d}" fill="${esc(fill)}" stroke="${esc(c.stroke)}" stroke-width="0.5" ${thin}><title>${esc(text.areaTitle(i))}</title></path>`
        : '';
    })
    .join('');
  const shadows = [...view.shadows]
    .map((i) => svgPath(view.layer, i))
    .filter(Boolean)
    .map((d) => `<path d="${d}" fill="url(#se-shadow)" stroke="${esc(c.shadow)}" stroke-width="1.6" ${thin}/>`)
    .join('');
  const edge = new SvgPathText();
  view.layer.traceOutline(view.shown, edge);
  const radius = pointRadii(view.points);
  const points = [...view.points]
    .map(([i, p]) => {
      const centre = view.layer.anchor(i);
      if (!centre) return '';
      const [x, y] = [centre[0] * scale + dx, centre[1] * scale + dy];
      const [ra, rm] = [p.active && radius.active(p.active), p.roleModels && radius.roleModels(p.roleModels)];
      // Side by side where the area has both, as on the screen.
      const offset = pointOffsets(ra, rm);
      const xm = x + offset.roleModels;
      return (
        (p.active ? `<circle cx="${x + offset.active}" cy="${y}" r="${ra}" fill="${esc(c.point)}" stroke="${esc(c.background)}"/>` : '') +
        (p.roleModels
          ? `<path d="M${xm},${y - rm}L${xm + rm},${y}L${xm},${y + rm}L${xm - rm},${y}Z" fill="${esc(c.shadow)}" stroke="${esc(c.background)}"/>`
          : '')
      );
    })
    .join('');
  const palette = PALETTES[view.palette];
  const stops = palette.map((colour, k) => `<stop offset="${k / Math.max(1, palette.length - 1)}" stop-color="${esc(colour)}"/>`).join('');
  const textStyle = `font-family="${esc(font)}" fill="${esc(c.text)}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="se-title">
<title id="se-title">${esc(layout.title.text)}</title>
<defs>
${patterns('', 1 / scale, c)}${patterns('-key', 1, c)}
<linearGradient id="se-gradient">${stops}</linearGradient>
</defs>
<rect width="100%" height="100%" fill="${esc(c.background)}"/>
<text x="${layout.title.x}" y="${layout.title.y}" font-size="18" font-weight="600" ${textStyle}>${esc(layout.title.text)}</text>
<g transform="translate(${map.x} ${map.y})"><g transform="matrix(${scale} 0 0 ${scale} ${dx} ${dy})">${areas}${shadows}<path d="${edge.text}" fill="none" stroke="${esc(c.edge)}" stroke-width="2" ${thin}/></g>${points}</g>
${layout.legend.map((e) => `${svgLegendMark(e, c)}<text x="${e.x + (e.kind === 'gradient' ? 60 : SWATCH) + 6}" y="${e.y}" font-size="13" ${textStyle}>${esc(e.label)}</text>`).join('\n')}
${layout.lines.map((l) => `<text x="${l.x}" y="${l.y}" font-size="12" ${textStyle}>${esc(l.text)}</text>`).join('\n')}
</svg>`;
}

/** The figure drawn on a canvas at `ratio`, as a PNG. */
export function figurePng(layout: FigureLayout, view: MapViewModel, c: Colours, font: string, ratio = 2): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = layout.width * ratio;
  canvas.height = layout.height * ratio;
  const ctx = canvas.getContext('2d');
  // The map is drawn as on screen, on a canvas of its own, then copied in (a canvas, not an image: nothing to decode).
  const mapCanvas = document.createElement('canvas');
  mapCanvas.width = layout.map.width * ratio;
  mapCanvas.height = layout.map.height * ratio;
  const mapCtx = mapCanvas.getContext('2d');
  if (!ctx || !mapCtx) return Promise.resolve(null);
  const plan = { shown: view.shown, fills: view.fills, shadows: view.shadows, points: view.points };
  const pixels = new PixelPaths(view.layer, deviceTransform(layout.map.transform, ratio));
  drawMap(mapCtx, { ...plan, pixels, transform: layout.map.transform, zoom: 1, colours: c }, ratio);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(mapCanvas, layout.map.x * ratio, layout.map.y * ratio);
  ctx.scale(ratio, ratio);
  ctx.fillStyle = c.text;
  ctx.font = `600 18px ${font}`;
  ctx.fillText(layout.title.text, layout.title.x, layout.title.y);
  ctx.font = `13px ${font}`;
  for (const e of layout.legend) {
    const top = e.y - SWATCH + 2;
    ctx.lineWidth = e.kind === 'shadow' ? 2 : 1;
    ctx.strokeStyle = e.kind === 'shadow' ? c.shadow : c.edge;
    if (e.kind === 'fill' || e.kind === 'no-data' || e.kind === 'shadow') {
      ctx.fillStyle =
        e.kind === 'fill' ? e.colour : e.kind === 'no-data' ? hatch(ctx, c.noData, c.background, 6) : hatch(ctx, c.shadow, null, 5);
      ctx.fillRect(e.x, top, SWATCH, SWATCH);
      ctx.strokeRect(e.x, top, SWATCH, SWATCH);
    } else if (e.kind === 'gradient') {
      const gradient = ctx.createLinearGradient(e.x, 0, e.x + 60, 0);
      PALETTES[view.palette].forEach((colour, k, all) => gradient.addColorStop(k / Math.max(1, all.length - 1), colour));
      ctx.fillStyle = gradient;
      ctx.fillRect(e.x, top, 60, SWATCH);
      ctx.strokeRect(e.x, top, 60, SWATCH);
    } else {
      const r = SWATCH / 2;
      ctx.beginPath();
      if (e.kind === 'active') ctx.arc(e.x + r, top + r, r - 1, 0, 2 * Math.PI);
      else {
        ctx.moveTo(e.x + r, top);
        ctx.lineTo(e.x + 2 * r, top + r);
        ctx.lineTo(e.x + r, top + 2 * r);
        ctx.lineTo(e.x, top + r);
        ctx.closePath();
      }
      ctx.fillStyle = e.kind === 'active' ? c.point : c.shadow;
      ctx.fill();
    }
    ctx.fillStyle = c.text;
    ctx.fillText(e.label, e.x + (e.kind === 'gradient' ? 60 : SWATCH) + 6, e.y);
  }
  ctx.font = `12px ${font}`;
  for (const line of layout.lines) ctx.fillText(line.text, line.x, line.y);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}
