/**
 * The heights of a long list's rows, for a list that draws only the rows in
 * view: each row as tall as its own text once drawn and measured, the others
 * estimated. Where a row starts and which row lies at a scroll offset are read
 * from one running sum, rebuilt only when a height or the rows change.
 *
 * A measure can keep one row where it is (the row at the top of the box while
 * the reader scrolls): the rows above it then take up what their new heights
 * add or remove, as a drift of every offset, so that the box need not be
 * scrolled to follow them. Scrolling the box from a script ends the browser's
 * own animation of a scroll (a flick on a phone, a wheel's smooth step).
 */
export class RowHeights {
  private readonly _measured = new Map<string, number>();
  private _keys: readonly string[] = [];
  /** `_offsets[i]` is where row i starts; its last entry is the list's height. Null when stale. */
  private _offsets: Float64Array | null = null;
  /**
   * The height a row not drawn yet is given: the mean of the first rows
   * measured, then kept, so that rows far away do not move each time another is
   * measured.
   */
  private _estimate = 0;
  /** What every offset is moved by: the heights that rows above a kept row gained or lost (see `measure`). */
  private _drift = 0;

  /** @param fallback A row's height before any is measured (CSS pixels). */
  constructor(private readonly _fallback: number) {}

  /** The rows, in the order drawn, each by a key that names its content (the same key, the same height). */
  setRows(keys: readonly string[]): void {
    if (keys === this._keys) return;
    this._keys = keys;
    this._offsets = null;
    this._drift = 0;
  }

  /** Forgets every height (the rows' width changed: their text wraps anew). */
  clear(): void {
    this._measured.clear();
    this._estimate = 0;
    this._offsets = null;
    this._drift = 0;
  }

  /**
   * Records the heights of rows drawn, by key; true when one differs from what the list assumed for it. Row `keep`, if
   * given, starts where it started before: the offsets drift by what the rows above it changed.
   */
  measure(heights: Iterable<readonly [key: string, height: number]>, keep?: number): boolean {
    const before = keep === undefined ? 0 : this.offsetOf(keep);
    let changed = false;
    let sum = 0;
    let count = 0;
    for (const [key, height] of heights) {
      if (!(height > 0)) continue;
      sum += height;
      count++;
      if (Math.abs((this._measured.get(key) ?? this.estimate) - height) > 0.5) changed = true;
      this._measured.set(key, height);
    }
    if (this._estimate === 0 && count > 0) {
      this._estimate = sum / count;
      changed = true;
    }
    if (changed) this._offsets = null;
    if (changed && keep !== undefined) this._drift += before - this.offsetOf(keep);
    return changed;
  }

  /**
   * How far every offset lies from the rows' heights summed from the first: the first row starts there. Zero after
   * `settle`, a new list or `clear`.
   */
  get drift(): number {
    return this._drift;
  }

  /** Puts the first row back at 0 (and every other where its heights say): the rows' offsets move by `-drift`. */
  settle(): void {
    this._drift = 0;
  }

  /** What a row not measured yet is taken to be. */
  get estimate(): number {
    return this._estimate || this._fallback;
  }

  heightOf(index: number): number {
    const key = this._keys[index];
    return (key === undefined ? undefined : this._measured.get(key)) ?? this.estimate;
  }

  /** Where row `index` starts; `offsetOf(count)` is where the last row ends. */
  offsetOf(index: number): number {
    const offsets = this._sums();
    return offsets[Math.max(0, Math.min(this._keys.length, index))]! + this._drift;
  }

  /** The row at a scroll offset (the last row past the end, 0 above the start). */
  indexAt(offset: number): number {
    const offsets = this._sums();
    offset -= this._drift;
    let [low, high] = [0, this._keys.length - 1];
    // The last row whose start is at or above the offset.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (offsets[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return Math.max(0, low);
  }

  private _sums(): Float64Array {
    if (this._offsets) return this._offsets;
    const offsets = new Float64Array(this._keys.length + 1);
    for (let i = 0; i < this._keys.length; i++) offsets[i + 1] = offsets[i]! + this.heightOf(i);
    return (this._offsets = offsets);
  }
}
