import { pixelDifference, screenPixels } from './screen-pixels.js';

/**
 * How much a cell's last column of pixels, across its middle, differs from one 3 px inside it: a rule drawn at its
 * end edge (a column that sticks as a table scrolls sideways) tells them apart, a cell without one does not. The
 * cell must be in the viewport.
 */
export async function endRuleContrast(cell: Element): Promise<number> {
  const at = cell.getBoundingClientRect();
  const strip = (x: number) => screenPixels({ x: Math.floor(x), y: Math.round(at.top + at.height / 2), width: 1, height: 4 });
  return pixelDifference(await strip(at.right - 1), await strip(at.right - 4));
}
