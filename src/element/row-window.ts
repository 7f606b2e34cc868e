/**
 * The rows of a long list that an element draws for where its box is
 * scrolled (a few thousand stay fast), each as tall as its own text: the rows
 * drawn are measured after each render, the others estimated
 * (src/util/row-heights.ts), and two spacers stand for the rows not drawn.
 *
 * What the reader sees stays where it was while rows are measured: the row at
 * the box's top keeps its place by a drift of every offset, not by scrolling
 * the box, since scrolling it from a script ends the browser's animation of a
 * scroll (a flick on a phone, a wheel's smooth step). The drift is undone once
 * the scroll is at rest, or sooner where it must be. A new width wraps every
 * row anew: they are measured again and the top row is put back by scrolling.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { RowHeights } from '../util/row-heights.js';
import { WidthController } from '../util/width-controller.js';

export interface RowWindowOptions {
  /** The scrolling box. */
  scroller: () => HTMLElement | null;
  /** The rows drawn, each with its index among every row in `data-row`. */
  drawn: () => Iterable<HTMLElement>;
  /** The height of what sticks at the box's top, over the rows (a header row). */
  stuck: () => number;
  /** False while every row is drawn (on paper): nothing is measured, no spacer stands for anything. */
  windowed: () => boolean;
  /** Rows drawn beyond the visible ones, above and below, so that scrolling never shows a gap. */
  overscan: number;
  /** A row's height before any is measured (CSS pixels). */
  fallback: number;
  /** The box's height before it is drawn (CSS pixels). */
  height: number;
}

export class RowWindow implements ReactiveController {
  /** The rows drawn: from `first` to before `last`, those in view and `overscan` beyond. */
  first = 0;
  last = 0;
  private readonly _heights: RowHeights;
  private _keys: readonly string[] = [];
  /** The row at the box's top before a new width or a settled drift moved the rows, and how far down it the box was scrolled. */
  private _anchor: { row: number; within: number } | null = null;
  /** A key is bringing a row into the box (`show`): that row is placed, not the one that was at the top. */
  private _placing = false;
  /** The width the heights were measured at: a new width wraps the text anew. */
  private _measuredWidth = 0;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: RowWindowOptions,
  ) {
    this._heights = new RowHeights(_options.fallback);
    _host.addController(this);
    // A new width re-renders the host (the controller adds itself to it), after which the rows are measured again.
    new WidthController(_host);
  }

  /** The rows, in the order shown, each by a key that names its content; a new list starts at its top. */
  setRows(keys: readonly string[]): void {
    this._keys = keys;
    this._heights.setRows(keys);
    this._options.scroller()?.scrollTo(0, 0);
    this.update();
  }

  /** The heights of the spacers that stand for the rows above `first` and from `last` on. */
  spacers(first: number, last: number): { above: number; below: number } {
    if (!this._options.windowed()) return { above: 0, below: 0 };
    const heights = this._heights;
    return { above: heights.offsetOf(first), below: heights.offsetOf(this._keys.length) - heights.offsetOf(last) };
  }

  /** The rows the box holds whole, at least one: what Page Up and Page Down move by. */
  get page(): number {
    const scroller = this._options.scroller();
    if (!scroller) return 1;
    const heights = this._heights;
    return Math.max(1, heights.indexAt(scroller.scrollTop + scroller.clientHeight) - heights.indexAt(scroller.scrollTop) - 1);
  }

  /** The rows to draw for where the box is scrolled. */
  update(): void {
    const { scroller: box, overscan, height: fallback } = this._options;
    const heights = this._heights;
    const scroller = box();
    let top = scroller?.scrollTop ?? 0;
    const height = scroller?.clientHeight || fallback;
    // The rows kept in place as others above them were measured lie off their sum by a drift, undone once the scroll
    // is at rest (onScrollEnd). Sooner where it must be: where the spacer above the rows drawn would be less than
    // nothing, or where the box reaches above the first row (the list's top, where a scroll stops anyway). The box is
    // scrolled once, by as much, so that the reader's row stays put.
    const above = heights.offsetOf(Math.max(0, heights.indexAt(top) - overscan));
    if (heights.drift && (above < 0 || top < heights.drift)) top = this._settle(top);
    const first = Math.max(0, heights.indexAt(top) - overscan);
    const last = Math.min(this._keys.length, heights.indexAt(top + height) + 1 + overscan);
    if (first === this.first && last === this.last) return;
    [this.first, this.last] = [first, last];
    this._host.requestUpdate();
  }

  readonly onScroll = () => this.update();

  /** A scroll has come to rest, where scrolling the box ends nothing: the drift is undone now rather than near the top. */
  readonly onScrollEnd = () => {
    const scroller = this._options.scroller();
    if (scroller && this._heights.drift) this._settle(scroller.scrollTop);
  };

  /**
   * Scrolls the box as little as it takes to show a row whole, below what sticks at its top. A row far away is placed
   * by the estimated heights of the rows before it: drawn and measured, it is placed again, until no height changes
   * and the box is where the row needs it (the first row's drift undone moves it).
   */
  async show(row: number): Promise<void> {
    const scroller = this._options.scroller();
    if (!scroller) return;
    this._placing = true;
    try {
      for (let pass = 0; pass < 4; pass++) {
        scroller.scrollTop = this._scrollFor(scroller, row);
        this.update();
        if ((await this._host.updateComplete) && Math.abs(scroller.scrollTop - this._scrollFor(scroller, row)) < 1) break;
      }
    } finally {
      this._placing = false;
    }
  }

  hostUpdated(): void {
    // The spacers now hold the rows' new offsets (a new width, a drift undone): the row that was at the box's top is
    // put back there.
    const [scroller, anchor] = [this._options.scroller(), this._anchor];
    this._anchor = null;
    if (anchor && scroller) {
      scroller.scrollTop = this._heights.offsetOf(anchor.row) + anchor.within;
      this.update();
    }
    this._measure();
  }

  private _scrollFor(scroller: HTMLElement, row: number): number {
    const top = this._heights.offsetOf(row);
    const bottom = this._heights.offsetOf(row + 1) + this._options.stuck();
    return Math.min(top, Math.max(scroller.scrollTop, bottom - scroller.clientHeight));
  }

  /** Undoes the rows' drift, keeping the row at the box's top (at `top`) where it is; returns where the box will be scrolled. */
  private _settle(top: number): number {
    const heights = this._heights;
    const row = heights.indexAt(top);
    const within = top - heights.offsetOf(row);
    heights.settle();
    this._anchor = { row, within };
    this._host.requestUpdate();
    return Math.max(0, heights.offsetOf(row) + within);
  }

  /**
   * Measures the rows drawn, each as tall as its text. Where the rows above the
   * one at the box's top were estimated otherwise, the offsets drift so that
   * this row stays where it is drawn (the list's own scroll anchoring: the
   * browser's is off), and what the reader sees stays where it was without the
   * box being scrolled under a flick.
   */
  private _measure(): void {
    const scroller = this._options.scroller();
    if (!scroller || !this._options.windowed()) return;
    const drawn = [...this._options.drawn()];
    if (drawn.length === 0) return;
    // The row at the top, by the heights the spacers were drawn with.
    const heights = this._heights;
    const top = scroller.scrollTop;
    const anchor = heights.indexAt(top);
    const within = top - heights.offsetOf(anchor);
    // A new width (the host's, a zoom) wraps every row anew: each is measured again as it is drawn (a row drawn is
    // always as tall as its text: only the rows not drawn wait for it), and the top row is put back by scrolling.
    const width = scroller.clientWidth;
    const rewrapped = width !== this._measuredWidth;
    if (rewrapped) {
      this._measuredWidth = width;
      heights.clear();
    }
    // In the box's own pixels, whatever a host's transform makes of the screen's.
    const scale = scroller.getBoundingClientRect().height / scroller.offsetHeight || 1;
    const measured = drawn.map((row) => [this._keys[Number(row.dataset.row)] ?? '', row.getBoundingClientRect().height / scale] as const);
    // The top row keeps its place while the reader scrolls, without scrolling the box (which would end a flick). While a
    // key places a row, that row is placed again instead (show): keeping the top row would undo it.
    if (!heights.measure(measured, rewrapped || this._placing ? undefined : anchor)) return;
    if (rewrapped && !this._placing) this._anchor = { row: anchor, within };
    this.update();
    this._host.requestUpdate();
  }
}
