/**
 * Scrolls a box sideways, as little as it takes, to show `target` whole, or its
 * start where it is wider than the box. A grid that moves its focus itself
 * focuses without scrolling (it scrolls its rows by its own measure): on a
 * phone, the cells to the right of the box were focused out of sight. In the
 * box's own pixels, whatever a host's transform or zoom makes of the screen's.
 * `inset`: what stays at the box's start over what scrolls (a column that
 * sticks there), in the screen's pixels: the target is shown beside it.
 */
export function showAcross(box: HTMLElement, target: HTMLElement, inset = 0): void {
  const outer = box.getBoundingClientRect();
  const scale = outer.width / box.offsetWidth || 1;
  const left = outer.left + box.clientLeft * scale + inset;
  const width = box.clientWidth * scale - inset;
  const { left: start, right: end, width: wide } = target.getBoundingClientRect();
  if (start < left || wide > width) box.scrollLeft += (start - left) / scale;
  else if (end > left + width) box.scrollLeft += (end - left - width) / scale;
}
