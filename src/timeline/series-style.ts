/**
 * How series tell themselves apart without colour: each gets a colour from a
 * colour-blind-safe set (Okabe-Ito, darkened to at least 3:1 on white) and a
 * marker shape; the two cycle at different rates, so 36 series stay distinct.
 * Colours are defaults of custom properties `--trend-timeline-series-1…6`.
 */
export const SERIES_COLOURS = ['#0072b2', '#c45200', '#007a5a', '#b4588f', '#8a6d00', '#1a1a1a'] as const;

/**
 * Marker outlines, about 9 px across, as relative path commands drawn from the
 * point they mark: in the chart (`markersPath`) and, as CSS clip paths, in the
 * legend (`MARKER_SHAPE_RULES`).
 */
export const MARKER_SHAPES = [
  'm4.5,0a4.5,4.5 0 1,1 -9,0a4.5,4.5 0 1,1 9,0z', // circle
  'm-3.8,-3.8h7.6v7.6h-7.6z', // square
  'm0,-5l4.6,8.4h-9.2z', // triangle
  'm0,-5.2l5.2,5.2l-5.2,5.2l-5.2,-5.2z', // diamond
  'm0,5l4.6,-8.4h-9.2z', // triangle down
  'm-1.6,-5h3.2v3.4h3.4v3.2h-3.4v3.4h-3.2v-3.4h-3.4v-3.2h3.4z', // plus
] as const;

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * One path with the marker `shape` at every point: a single element per
 * series, neither one per point nor SVG <marker> references, which cost
 * Chromium several times more to lay out and paint (21 series: ~7 ms of script
 * and more of rendering).
 */
export function markersPath(points: readonly { x: number; y: number }[], shape: number): string {
  const outline = MARKER_SHAPES[shape % MARKER_SHAPES.length]!;
  let d = '';
  for (const p of points) d += `M${round(p.x)},${round(p.y)}${outline}`;
  return d;
}

/**
 * The colour and marker of the i-th series. `className` (`c0`…`c5`) sets the
 * custom property `--_series` to the series' colour in the element's styles: a
 * class rather than an inline style per element, which a strict
 * Content-Security-Policy would block and which costs a CSSOM write each.
 */
export function seriesStyle(i: number): { colour: number; marker: number; className: string } {
  const colour = i % SERIES_COLOURS.length;
  const marker = (i + Math.floor(i / SERIES_COLOURS.length)) % MARKER_SHAPES.length;
  return { colour, marker, className: `c${colour}` };
}

/** The rules behind `seriesStyle(i).className`, for the element's stylesheet. */
export const SERIES_COLOUR_RULES = SERIES_COLOURS.map(
  (colour, i) => `.c${i} { --_series: var(--trend-timeline-series-${i + 1}, ${colour}); }`,
).join('\n');

/** The legend's shapes, on the `::after` of `.m0`…`.m5`: the same outlines as clip paths, centred in an 11 px square. */
export const MARKER_SHAPE_RULES = MARKER_SHAPES.map((shape, i) => `.m${i}::after { clip-path: path('M5.5,5.5${shape}'); }`).join('\n');
