/**
 * Colour-blind-safe sequential palettes (ColorBrewer Blues, viridis, cividis),
 * as stops interpolated in RGB. Light colours mean low values.
 */
import { interpolateRgbBasis } from 'd3-interpolate';

export const PALETTES = {
  blues: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
  viridis: ['#fde725', '#7ad151', '#22a884', '#2a788e', '#414487', '#440154'],
  cividis: ['#fee838', '#c3b369', '#8f8a75', '#5f6a7a', '#33477b', '#00204d'],
} as const;
export type PaletteName = keyof typeof PALETTES;
export const PALETTE_NAMES = Object.keys(PALETTES) as PaletteName[];

/** `count` colours from light to dark. */
export function paletteColours(name: PaletteName, count: number): string[] {
  const interpolate = interpolateRgbBasis([...PALETTES[name]]);
  if (count <= 1) return [interpolate(0.6)];
  return Array.from({ length: count }, (_, i) => interpolate(0.08 + (0.92 * i) / (count - 1)));
}

/** A colour for a position from 0 (lowest) to 1 (highest), for continuous maps. */
export function paletteAt(name: PaletteName, t: number): string {
  return interpolateRgbBasis([...PALETTES[name]])(0.08 + 0.92 * Math.min(1, Math.max(0, t)));
}
