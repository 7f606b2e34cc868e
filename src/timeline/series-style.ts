/**
 * How series tell themselves apart without colour: each gets a colour from a
 * colour-blind-safe set (Okabe-Ito, darkened to at least 3:1 on white) and a
 * marker shape; the two cycle at different rates, so 36 series stay distinct.
 * Colours are defaults of custom properties `--trend-timeline-series-1…6`.
 */
export const SERIES_COLOURS = ['#0072b2', '#c45200', '#007a5a', '#b4588f', '#8a6d00', '#1a1a1a'] as const;

/** Marker outlines centred on 0,0, about 9 px across. */
export const MARKER_PATHS = [
  'M4.5,0A4.5,4.5 0 1,1 -4.5,0A4.5,4.5 0 1,1 4.5,0Z', // circle
  'M-3.8-3.8h7.6v7.6h-7.6Z', // square
  'M0-5L4.6,3.4H-4.6Z', // triangle
  'M0-5.2L5.2,0L0,5.2L-5.2,0Z', // diamond
  'M0,5L4.6-3.4H-4.6Z', // triangle down
  'M-1.6-5h3.2v3.4h3.4v3.2h-3.4v3.4h-3.2v-3.4h-3.4v-3.2h3.4Z', // plus
] as const;

/**
 * The colour and marker of the i-th series. `className` (`c0`…`c5`) sets the
 * custom property `--_series` to the series' colour in the element's styles: a
 * class rather than an inline style per element, which a strict
 * Content-Security-Policy would block and which costs a CSSOM write each.
 */
export function seriesStyle(i: number): { colour: number; marker: number; className: string } {
  const colour = i % SERIES_COLOURS.length;
  const marker = (i + Math.floor(i / SERIES_COLOURS.length)) % MARKER_PATHS.length;
  return { colour, marker, className: `c${colour}` };
}

/** The rules behind `seriesStyle(i).className`, for the element's stylesheet. */
export const SERIES_COLOUR_RULES = SERIES_COLOURS.map((colour, i) => `.c${i} { --_series: var(--trend-timeline-series-${i + 1}, ${colour}); }`).join('\n');
