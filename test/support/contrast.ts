/** WCAG contrast of colours as the browser computes them (`rgb(…)` strings). */
export type Rgb = [number, number, number];

/** Every rgb()/rgba() colour in a computed value, in order. */
export const rgbs = (text: string): Rgb[] =>
  [...text.matchAll(/rgba?\((\d+(?:\.\d+)?),? (\d+(?:\.\d+)?),? (\d+(?:\.\d+)?)/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])]);

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

export const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * Any colour the browser computes, as sRGB: a canvas converts it, so that
 * oklch(), color-mix() and system colours are measured as they are painted.
 */
export function toRgb(colour: string): Rgb {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  ctx.canvas.width = ctx.canvas.height = 1;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}
