/**
 * <region-map>'s tooltip, and where it goes: beside the point it describes, towards
 * the side of the map with more room, so that it never covers what the
 * pointer points at (WCAG 1.4.13) and never leaves the map's box (it would
 * widen a phone's page).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { besidePoint } from '../../src/util/beside-point.js';

const GAP = 12;
/** Below the point, clear of a mouse pointer's arrow (about 20 px tall), which it may lie under where it is pushed back. */
const BELOW = 24;

/**
 * Beside the point, towards the side with more room, moved back into the box by as much as it would pass its edge
 * (`besidePoint`); below or above the point, so that it never covers it.
 */
export function tooltipPlace(x: number, y: number, width: number, height: number): Record<string, string> {
  return {
    ...(x <= width / 2 ? besidePoint('left', x + GAP, width - x - GAP) : besidePoint('right', width - x + GAP, x - GAP)),
    ...(y <= height / 2 ? { top: `${y + BELOW}px` } : { bottom: `${height - y + GAP}px` }),
  };
}

/** An area's name and lines at a box point of a map `size` wide and tall, with a hint after a tap. */
export function renderTooltip(
  described: { name: string; lines: string[] },
  at: readonly [number, number],
  size: { width: number; height: number },
  hint: string,
) {
  return html`<div part="tooltip" style=${cssomStyle(tooltipPlace(at[0], at[1], size.width, size.height))}>
    <p><strong>${described.name}</strong></p>
    ${described.lines.map((line) => html`<p>${line}</p>`)} ${hint ? html`<p>${hint}</p>` : nothing}
  </div>`;
}

/** Hears Escape on the whole document while its host is connected: a hover tooltip closes wherever the focus is. */
export class EscapeAnywhere implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly _escape: () => void,
  ) {
    host.addController(this);
  }

  private readonly _onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this._escape();
  };

  hostConnected(): void {
    document.addEventListener('keydown', this._onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this._onKey);
  }
}
