/**
 * The legend's classes as a way into the map, as the timeline's legend sets a
 * line apart: the class the mouse points at, or the one chosen with a click, a
 * tap, Enter or Space (one tab stop for the legend, the arrow keys between its
 * entries), has its areas set apart on the map (region-map.draw.ts); choosing
 * it again or Escape brings every area back. In the table the class chosen
 * keeps its rows alone (the mouse previews nothing there: rows coming and
 * going under a moving pointer would be hard to read), so that a reader who
 * does not see the map can list a class's areas; the choice goes with the
 * reader from the map to the table and back. Another metric, place, level or
 * classification starts with every area; another year keeps the class, so
 * that Play shows where it moves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keepOneTabStop } from '../../src/element/roving-focus.js';
import { classMembers } from '../../src/map/class-members.js';
import type { MapViewModel } from '../../src/map/map-view.js';
import type { Language } from '../../src/contract/vocabulary.js';
import type { MapData } from '../../src/map/load-map.js';
import type { RegionMapMessages } from './region-map.messages.js';
import type { MapView } from './region-map.types.js';
import { classSaid } from './region-map.text.js';

/** What the legend's template needs to offer its classes (region-map.templates.ts). */
export interface LegendChoice {
  /** The class chosen (its key pressed), or null. */
  readonly kept: number | null;
  /** Where the choice shows: the drawn map or the table. */
  readonly where: MapView;
  point(k: number | null): void;
  toggle(k: number, label: string): void;
  clear(): void;
}

export class LegendClasses implements LegendChoice, ReactiveController {
  /** The class under the mouse, set apart while it stays there. */
  private _pointed: number | null = null;
  private _kept: number | null = null;
  /** What the legend's live region says of the last choice. */
  private _said = '';
  /** What the classes are of: another of these is another legend, whose class of the same number means something else. */
  private _of: readonly unknown[] = [];
  private _members: { view: MapViewModel; k: number; members: readonly number[] } | null = null;
  private _where: MapView = 'map';

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** The view shown and its words, to say a choice in: read only when a key of its legend is chosen. */
    private readonly _read: () => readonly [MapViewModel, MapData, RegionMapMessages, Language],
  ) {
    _host.addController(this);
  }

  /** A new legend (fewer classes) may have taken the keys' tab stop away: one keeps it. */
  hostUpdated(): void {
    keepOneTabStop(this._host.shadowRoot?.querySelector('[part~="legend"]') ?? null);
  }

  get kept(): number | null {
    return this._kept;
  }

  get said(): string {
    return this._said;
  }

  get where(): MapView {
    return this._where;
  }

  /** The legend's choice for `view`'s classes, shown `where` (the one kept forgotten where they are of something else). */
  of(view: MapViewModel, where: MapView): LegendChoice {
    this._follow(view);
    this._where = where;
    return this;
  }

  private _follow(view: MapViewModel): void {
    const of = [view.layer, view.metric.id, view.mode, view.classification, view.colours.length];
    if (of.every((part, i) => part === this._of[i])) return;
    this._of = of;
    this._pointed = this._kept = null;
    this._said = '';
  }

  /** The areas set apart on the map (the same array while they are the same, so that the map redraws them only when they change), or null. */
  apart(view: MapViewModel): readonly number[] | null {
    this._follow(view);
    const k = this._pointed ?? this._kept;
    return k === null ? null : this._membersOf(view, k);
  }

  /** The class chosen and its areas, the rows the table keeps, or null. */
  only(view: MapViewModel): { k: number; members: readonly number[] } | null {
    this._follow(view);
    return this._kept === null ? null : { k: this._kept, members: this._membersOf(view, this._kept) };
  }

  private _membersOf(view: MapViewModel, k: number): readonly number[] {
    if (this._members?.view !== view || this._members.k !== k) this._members = { view, k, members: classMembers(view, k) };
    return this._members.members;
  }

  point(k: number | null): void {
    if (this._pointed === k) return;
    this._pointed = k;
    if (this._where === 'map') this._host.requestUpdate();
  }

  toggle(k: number, label: string): void {
    this._kept = this._kept === k ? null : k;
    this._said = this._say(this._kept, label);
    this._host.requestUpdate();
  }

  /** The sentence that says a choice: the class set apart (its label) and its areas, or every area again (null). */
  private _say(k: number | null, label: string): string {
    const [view, data, t, lang] = this._read();
    return classSaid(view, data, t, lang, k === null ? null : { label, count: this._membersOf(view, k).length }, this._where);
  }

  clear(): void {
    if (this._kept === null && this._pointed === null) return;
    if (this._kept !== null) this._said = this._say(null, '');
    this._pointed = this._kept = null;
    this._host.requestUpdate();
  }
}
