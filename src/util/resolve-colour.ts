/**
 * Turns any CSS colour, including system colours (`CanvasText`, `Highlight`)
 * and `currentColor`, into the rgb() value it has on this page, for drawing on
 * a canvas: in forced-colours mode the elements set their custom properties to
 * system colours, which only the style engine knows how to resolve.
 */
const probes = new WeakMap<ShadowRoot, HTMLElement>();

export function resolveColour(root: ShadowRoot, value: string): string {
  if (/^#|^rgba?\(/i.test(value)) return value;
  let probe = probes.get(root);
  if (!probe) {
    probe = document.createElement('span');
    probe.hidden = true;
    root.append(probe);
    probes.set(root, probe);
  }
  probe.style.color = '';
  probe.style.color = value;
  return getComputedStyle(probe).color || value;
}
