/**
 * The screen's pixels in a viewport rectangle, as the browser composites them
 * (backgrounds, scrolled layers, forced colours), through the runner's
 * `screenshot` command (test/support/touch-plugin.mjs). A canvas's own pixels
 * tell nothing of what CSS paints around and above it.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The pixels of `rect`, in the viewport's CSS pixels (the runner's device scale is 1). */
export async function screenPixels(rect: Rect): Promise<ImageData> {
  // DevTools clips the page, not the viewport: a rectangle of the viewport is offset by the page's scroll.
  const base64 = await executeServerCommand<string, Rect>('screenshot', { ...rect, x: rect.x + scrollX, y: rect.y + scrollY });
  const bytes = Uint8Array.from(atob(base64!), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** How far two pictures of one size differ: the mean absolute difference of their channels, 0 to 255. */
export function pixelDifference(a: ImageData, b: ImageData): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) if (i % 4 !== 3) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / ((a.data.length / 4) * 3);
}
