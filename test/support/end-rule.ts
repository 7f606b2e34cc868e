import { pixelDifference, screenPixels } from './screen-pixels.js';

/**
 * How much a cell's last column of pixels, across its middle, differs from one 3 px inside it: a rule drawn at its
 * end edge (a column that sticks as a table scrolls sideways) tells them apart, a cell without one does not. The
 * cell must be in the viewport.
 */
export async function endRuleContrast(cell: Element): Promise<number> {
  const at = cell.getBoundingClientRect();
  // A border is drawn on whole pixels: an edge at 97.5 px ends at 98.
  const end = Math.round(at.right);
  const strip = (x: number) => screenPixels({ x, y: Math.round(at.top + at.height / 2), width: 1, height: 4 });
  return pixelDifference(await strip(end - 1), await strip(end - 4));
}
