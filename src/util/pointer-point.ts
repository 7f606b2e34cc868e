/**
 * Where a pointer is in an element's own CSS pixels. The client offset is
 * scaled by the element's layout size over its rendered size, so that a host
 * page's `transform: scale()` or CSS `zoom` does not make a chart or a map
 * name what is beside the pointer.
 */
export function pointIn(event: { clientX: number; clientY: number }, target: HTMLElement): [number, number] {
  const rect = target.getBoundingClientRect();
  const sx = rect.width > 0 && target.offsetWidth > 0 ? target.offsetWidth / rect.width : 1;
  const sy = rect.height > 0 && target.offsetHeight > 0 ? target.offsetHeight / rect.height : 1;
  return [(event.clientX - rect.left) * sx, (event.clientY - rect.top) * sy];
}
