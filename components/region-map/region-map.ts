import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sharedLoader } from '../../src/data/loader.js';
import { DataView } from '../../src/element/data-view.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { formatSchoolYear, prepareNumberFormats } from '../../src/i18n/format.js';
import { loadMap, type MapLevel } from '../../src/map/load-map.js';
import { neighbourInDirection, type Direction } from '../../src/map/map-geometry.js';
import { firstArea, mapView, type MapViewModel } from '../../src/map/map-view.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { WidthController } from '../../src/util/width-controller.js';
import { MapCanvasController, mapSize, type MapSize } from './region-map.canvas.js';
import { RegionMapNavigateEvent, RegionMapSelectEvent, RegionMapYearChangeEvent } from './region-map.events.js';
import type { MapDownload } from './region-map.export.js';
import { MESSAGES, type RegionMapMessages } from './region-map.messages.js';
import { regionMapStyles } from './region-map.styles.js';
import { renderLegend, renderTable } from './region-map.templates.js';
import { describeArea, summaryOf, titleOf } from './region-map.text.js';
import type { Classification, MapView, PaletteName, ValueMode } from './region-map.types.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

/**
 * A choropleth of Italy's regions, provinces or comuni for any metric and year of
 * the data contract, with shadow zones, drill-down, keyboard navigation between
 * geographic neighbours, a table view and downloads.
 *
 * @tagname region-map
 * @summary Interactive map of participation, active schools and shadow zones.
 *
 * @fires region-map-select - An area was chosen; `detail` has `level`, `code` and `name`.
 * @fires region-map-year-change - The user changed the year; `detail.year`.
 * @fires region-map-navigate - The user drilled into a region or went back up; `detail.region` ('' for Italy).
 *
 * @csspart base - The wrapper of everything.
 * @csspart canvas - The map canvas.
 * @csspart legend - The legend list.
 * @csspart tooltip - The tooltip box.
 * @csspart table - The table view.
 * @csspart error - The error message.
 *
 * @cssproperty --region-map-accent - Buttons and links (default: --se-color-primary, #0066cc).
 * @cssproperty --region-map-focus - Focus ring and focused area outline.
 * @cssproperty --region-map-no-data - Hatching of areas without data.
 * @cssproperty --region-map-shadow-outline - Outline and hatching of shadow zones.
 * @cssproperty --region-map-stroke - Borders between areas.
 * @cssproperty --region-map-point - Points of active schools.
 * @cssproperty --region-map-text - Text colour.
 * @cssproperty --region-map-background - Background colour.
 * @cssproperty --region-map-font - Font family.
 */
export class RegionMap extends ScuoleElement<RegionMapMessages> {
  static override styles = regionMapStyles;

  /** URL of the contract's index.json (or of a self-contained bundle). */
  @property() src = '';

  /** ISTAT code of a region ("09") to start inside it; empty for the whole nation. */
  @property({ reflect: true }) region = '';

  /** What areas to draw: regions, provinces or comuni. */
  @property({ reflect: true }) level: MapLevel = 'regions';

  /** Level shown after drilling into a region. */
  @property({ attribute: 'drill-level' }) drillLevel: Exclude<MapLevel, 'regions'> = 'comuni';

  /** Metric id from the contract ("etwinning.projects"); empty for the first one. */
  @property() metric = '';

  /** School year (2023 = 2023/24); empty for the latest. */
  @property({ type: Number }) year: number | null = null;

  /** absolute, perSchool or per1000Students (when the metric allows it). */
  @property() normalisation: ValueMode = 'absolute';

  /** quantile, equal, natural or continuous. */
  @property() classification: Classification = 'quantile';

  /** Number of classes (2-7). */
  @property({ type: Number }) classes = 5;

  /** blues, viridis or cividis (all colour-blind safe). */
  @property() palette: PaletteName = 'blues';

  /** Show shadow zones as an overlay. */
  @property({ type: Boolean, attribute: 'shadow-zones' }) shadowZones = true;

  /** Points, space-separated: `active` (institutions taking part), `role-models`; at every level. */
  @property() points = '';

  /** map or table. */
  @property({ reflect: true }) view: MapView = 'map';

  @state() private _focused: number | null = null;
  @state() private _hovered: { index: number; x: number; y: number } | null = null;
  /** Escape closed the tooltip: it stays closed until the pointer or the focus moves to an area. */
  @state() private _dismissed = false;
  /** After a drill-down or a way up, the focus comes back to the map (on this area's code, when it is on the new level). */
  private _refocus: { code: string } | null = null;
  @state() private _playing = false;

  protected readonly _messages = MESSAGES;
  private readonly _box = new WidthController(this);
  private readonly _canvas = new MapCanvasController(this);
  private _timer?: ReturnType<typeof setInterval>;
  private _reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  private readonly _data = new DataView(this, {
    // The regions level reads region shards only when points are asked for (to count role models).
    args: () => [this.src, this.level, this.region, this.level === 'regions' && this.points.trim() !== ''] as const,
    load: ([src, level, region, regionPoints], signal) =>
      loadMap(sharedLoader(), src, level, region, regionPoints, signal, (key, message) => this._warnOnce(message, key)),
    inputs: () => ({
      metric: this.metric,
      year: this.year,
      normalisation: this.normalisation,
      classification: this.classification,
      classes: this.classes,
      palette: this.palette,
      shadowZones: this.shadowZones,
      points: this.points,
    }),
    derive: (data, inputs) => mapView(data, inputs),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this._data.view;
    if (!view) return;
    // Measured now rather than at the next ResizeObserver callback: the first paint comes a frame sooner.
    this._box.measure();
    if (this._focused !== null && !view.shownSet.has(this._focused)) this._focused = null;
    if (this._refocus?.code) {
      const index = view.layer.features.findIndex((f) => f.code === this._refocus!.code);
      if (index >= 0 && view.shownSet.has(index)) this._focused = index;
    }
  }

  protected override updated(): void {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return;
    const where = `${data.level}:${data.region}`;
    if (view.withoutData) this._warnOnce(MESSAGES.en.noDataAreas(view.withoutData), `nodata:${where}`);
    if (view.withoutGeometry) this._warnOnce(MESSAGES.en.noGeometryAreas(view.withoutGeometry), `nogeo:${where}`);
    const size = this._size(view);
    if (size && this.view === 'map') this._canvas.draw(view, size, this._focused ?? this._hovered?.index ?? null);
    // The new level is drawn: the keyboard user is where they were, in the map (WCAG 2.4.3), not on the page's body.
    const box = this._refocus && this.renderRoot.querySelector<HTMLElement>('.map');
    if (box) {
      this._refocus = null;
      box.focus({ preventScroll: true });
    }
  }

  private _size(view: MapViewModel): MapSize | null {
    return mapSize(view, this._box.width);
  }

  private _onPointerMove(event: PointerEvent): void {
    const view = this._data.view;
    const size = view && this._size(view);
    if (!view || !size) return;
    const hit = this._canvas.pick(event, event.currentTarget as HTMLElement, view, size);
    if (!hit) {
      if (this._hovered) this._hovered = null;
      return;
    }
    const moved = Math.abs((this._hovered?.x ?? Infinity) - hit.x) > 8 || Math.abs((this._hovered?.y ?? Infinity) - hit.y) > 8;
    if (this._hovered?.index !== hit.index || moved) {
      this._hovered = hit;
      this._dismissed = false;
    }
  }

  private _onClick(): void {
    if (this._hovered) this._activate(this._hovered.index);
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const view = this._data.view;
    if (!view) return;
    if (event.key === 'Escape') {
      // Up a level from a region; in Italy, Escape closes the tooltip (WCAG 1.4.13).
      if (this.region) {
        event.preventDefault();
        this._goUp();
      } else if (!this._dismissed && (this._focused !== null || this._hovered)) {
        event.preventDefault();
        this._dismissed = true;
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      if (this._focused !== null) {
        event.preventDefault();
        this._activate(this._focused);
      }
      return;
    }
    if (!event.key.startsWith('Arrow')) return;
    event.preventDefault();
    if (this._focused === null) {
      this._focused = firstArea(view);
      return;
    }
    const next = neighbourInDirection(view.layer, this._focused, event.key as Direction, view.shownSet);
    if (next !== null) this._focused = next;
    this._dismissed = false;
  }

  private _onFocus(): void {
    const view = this._data.view;
    if (this._focused === null && view) this._focused = firstArea(view);
  }

  private _activate(index: number): void {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return;
    const code = view.layer.features[index]!.code;
    const name = data.areas.get(code)?.name ?? code;
    this.dispatchEvent(new RegionMapSelectEvent({ level: this.level, code, name }));
    if (this.level === 'regions' && !this.region) {
      this.region = code;
      this.level = this.drillLevel;
      this._focused = null;
      this._hovered = null;
      this._refocus = { code: '' };
      this.dispatchEvent(new RegionMapNavigateEvent({ region: code }));
    }
  }

  private _goUp(): void {
    // Back in Italy, the focus is on the region just left.
    this._refocus = { code: this.region };
    this.region = '';
    this.level = 'regions';
    this._focused = null;
    this._hovered = null;
    this.dispatchEvent(new RegionMapNavigateEvent({ region: '' }));
  }

  private _setYear(year: number): void {
    if (year === (this.year ?? this._data.view?.year)) return;
    this.year = year;
    this.dispatchEvent(new RegionMapYearChangeEvent({ year }));
  }

  private _togglePlay(): void {
    if (this._playing) return this._stop();
    const years = this._data.data?.index.years;
    if (!years || this._reducedMotion) return;
    this._playing = true;
    this._timer = setInterval(() => {
      const current = years.indexOf(this.year ?? years.at(-1)!);
      this._setYear(years[(current + 1) % years.length]!);
    }, 1200);
  }

  private _togglePoints(kind: 'active' | 'role-models'): void {
    const set = new Set(this.points.split(/\s+/).filter(Boolean));
    if (set.has(kind)) set.delete(kind);
    else set.add(kind);
    this.points = [...set].join(' ');
  }

  private _stop(): void {
    clearInterval(this._timer);
    this._playing = false;
  }

  private _download(kind: MapDownload): void {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return;
    // The export code comes when a download is first asked for: most visitors never download.
    import('./region-map.export.js').then(
      ({ downloadMap }) => downloadMap(this, kind, view, data, this._t, this._lang, (callback) => this._canvas.toPng(callback)),
      (error: unknown) => this._warnOnce(`${kind.toUpperCase()} export failed: ${String(error)}`),
    );
  }

  private _renderMap(view: MapViewModel) {
    const t = this._t;
    const data = this._data.data!;
    const size = this._size(view);
    const active = this._focused ?? this._hovered?.index ?? null;
    const described = active === null ? null : describeArea(active, view, data, t, this._lang);
    let at: [number, number] | null = null;
    if (this._hovered && this._hovered.index === active) at = [this._hovered.x, this._hovered.y];
    else if (active !== null && size) {
      const c = view.layer.centroid(active) ?? [0, 0];
      at = [c[0] * size.transform.scale + size.transform.dx, c[1] * size.transform.scale + size.transform.dy];
    }
    return html`<div
        class="map"
        role="application"
        aria-roledescription=${t.roleDescription}
        aria-label=${`${titleOf(view, t, this._lang)}. ${t.instructions}`}
        aria-describedby="summary"
        tabindex="0"
        @keydown=${this._onKeyDown}
        @focus=${this._onFocus}
        @pointermove=${this._onPointerMove}
        @pointerleave=${() => (this._hovered = null)}
        @click=${this._onClick}
      >
        <canvas part="canvas" class="areas" aria-hidden="true"></canvas>
        <canvas class="highlight" aria-hidden="true"></canvas>
        ${
          described && at && !this._dismissed
            ? html`<div part="tooltip" style=${cssomStyle({ left: `${Math.min(at[0] + 12, Math.max(0, this._box.width - 240))}px`, top: `${at[1] + 12}px` })}>
              <p><strong>${described.name}</strong></p>
              ${described.lines.map((line) => html`<p>${line}</p>`)}
            </div>`
            : nothing
        }
      </div>
      <p class="visually-hidden" aria-live="polite">${this._focused !== null && described ? `${described.name}. ${described.lines.join('. ')}` : ''}</p>`;
  }

  override render() {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return this._data.renderStatus('map-box');
    const t = this._t;
    const lang = this._lang;
    const regionName = this.region ? data.index.regions.find((r) => r.code === this.region)?.name : null;
    const years = data.index.years;
    const title = titleOf(view, t, lang);
    return html`<div part="base">
      <div class="toolbar">
        <ol class="breadcrumb" aria-label=${t.breadcrumb}>
          <li>${regionName ? html`<button @click=${this._goUp} aria-label=${`${t.back} ${t.italy}`}>${t.italy}</button>` : html`<span aria-current="page">${t.italy}</span>`}</li>
          ${regionName ? html`<li><span aria-current="page">${regionName}</span></li>` : nothing}
        </ol>
        <button aria-pressed=${this.view === 'map'} @click=${() => (this.view = 'map')}>${t.map}</button>
        <button aria-pressed=${this.view === 'table'} @click=${() => (this.view = 'table')}>${t.table}</button>
        <button aria-pressed=${this.points.includes('active')} @click=${() => this._togglePoints('active')}>${t.activeSchools}</button>
        <button aria-pressed=${this.points.includes('role-models')} @click=${() => this._togglePoints('role-models')}>${t.roleModels}</button>
        <button @click=${() => this._download('csv')}>${t.download} CSV</button>
        <button @click=${() => this._download('svg')}>${t.download} SVG</button>
        <button @click=${() => this._download('png')}>${t.download} PNG</button>
      </div>
      <div class="toolbar">
        <label>
          ${t.year}: <strong>${formatSchoolYear(view.year)}</strong>
          <input
            type="range"
            min="0"
            max=${years.length - 1}
            .value=${String(view.yearIndex)}
            aria-valuetext=${formatSchoolYear(view.year)}
            @input=${(event: Event) => this._setYear(years[Number((event.target as HTMLInputElement).value)]!)}
          />
        </label>
        <button @click=${this._togglePlay} ?disabled=${this._reducedMotion} title=${this._reducedMotion ? t.playReduced : ''} aria-pressed=${this._playing}>${this._playing ? t.pause : t.play}</button>
      </div>
      <p class="note"><strong>${title}</strong>${view.provisional ? ` · ${t.provisional}` : ''}</p>
      <div class="map-box">${this.view === 'table' ? renderTable(view, data, t, lang) : this._renderMap(view)}</div>
      ${renderLegend(view, t, lang, this.shadowZones, this.points)}
      <p id="summary" class="note">${summaryOf(view, data, t, lang)}</p>
      ${data.index.synthetic ? this.renderSyntheticNote() : nothing}
    </div>`;
  }
}
