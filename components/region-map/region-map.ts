import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FullerDataView } from '../../src/element/fuller-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads, type DownloadKind } from '../../src/element/download-buttons.js';
import { prepareNumberFormats } from '../../src/i18n/format.js';
import { mapArgs, type MapData, type MapLevel } from '../../src/map/load-map.js';
import { SurveyPickers } from './region-map.survey-pickers.js';
import { enterStep, italyStep, regionLevel, upStep, type MapStep } from '../../src/map/drill.js';
import { readPoints, togglePoint, type PointKind } from '../../src/map/point-kinds.js';
import { choosePresentation } from '../../src/element/presentation-change.js';
import { isContinuous, mapView, type MapViewModel } from '../../src/map/map-view.js';
import { BoxController } from '../../src/util/box-controller.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { MapCanvasController, mapSize, resizedZoom, type MapSize } from './region-map.canvas.js';
import { RegionMapNavigateEvent, RegionMapSelectEvent, RegionMapYearChangeEvent } from './region-map.events.js';
import { MESSAGES, type RegionMapMessages } from './region-map.messages.js';
import { fromLatestFile, loadRegionMap, MAP_FULLER, mapInputs } from './region-map.load.js';
import { regionMapStyles } from './region-map.styles.js';
import {
  renderBreadcrumb,
  renderFindButton,
  renderLegend,
  renderNameSearch,
  renderTable,
  renderYearSlider,
  renderZoomButtons,
  type TableRows,
} from './region-map.templates.js';
import { IdleRanking } from './region-map.ranked.js';
import { describeArea, foundAtSaid, foundSaid, pendingText, placeName, summaryOf, titleOf, undividedOf } from './region-map.text.js';
import { LegendClasses } from './region-map.legend-classes.js';
import { NameSearch } from './region-map.name-search.js';
import { nextFound } from '../../src/map/name-filter.js';
import { EscapeAnywhere, renderTooltip } from './region-map.tooltip.js';
import { MapNotes } from './region-map.notes.js';
import type { ClassesYear, Classification, MapView, PaletteName, ValueMode } from './region-map.types.js';
import { YearPlayer } from './region-map.play.js';
import { renderSyntheticNoteFor } from '../../src/element/synthetic-note.js';
import { MapPointerInput, type MapHit } from './region-map.pointer.js';
import { MapCursor } from './region-map.cursor.js';
import { MapZoomController } from './region-map.zoom.js';
import { MapWayBack } from './region-map.way-back.js';
import { downloadMapLater } from './region-map.download.js';
import { afterNextPaint } from '../../src/util/when-idle.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

/** A table longer than this shows its first rows by place, and a button for all: 7,899 comuni take a second or two to lay out. */
const TABLE_ROWS = 500;

/** A value reflected as it is, and an empty one as no attribute (an embed snippet copied `province` bare). */
const EMPTY_AS_ABSENT = { toAttribute: (value: string) => value || null };
/** An overlay on by default: `shadow-zones="false"` turns it off, any other value or none keeps it (a plain boolean could not be turned off in HTML). */
const ON_UNLESS_FALSE = (value: string | null) => (value === null ? null : value.trim().toLowerCase() !== 'false');

/**
 * A choropleth of Italy's regions, provinces or comuni for any metric and year of
 * the data contract, with shadow zones, drill-down (Italy, a region's provinces,
 * a province's comuni), zoom and pan, keyboard navigation between geographic
 * neighbours, a search by name, a table view and downloads. The map fits its box: the element's
 * width and at most --region-map-height, with the legend beside it when wide.
 *
 * @tagname region-map
 * @summary Interactive map of participation, active schools and shadow zones.
 *
 * @fires region-map-select - An area was chosen; `detail` has `level`, `code` and `name`.
 * @fires region-map-year-change - The user changed the year; `detail.year`.
 * @fires region-map-wave-change - The user chose another wave of a survey's map; `detail.wave`.
 * @fires region-map-navigate - The user drilled into a region or a province or went back up; `detail.region` ('' for Italy), `detail.province` ('' for none).
 * @fires scuole-area-missing - The province or comune it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 * @fires scuole-presentation-change - Its reader switched between the map and its table, or turned points on or off; `detail` has `attribute` (`view`, `points`) and `value`. A `<linked-view url>` around keeps it in the address.
 *
 * @csspart base - The wrapper of everything.
 * @csspart canvas - The map canvas.
 * @csspart legend - The legend list (its classes are keys that set their areas apart on the map, or keep their rows alone in the table).
 * @csspart tooltip - The tooltip box.
 * @csspart table - The table view.
 * @csspart search - The search by name above the table (or the map, opened by its button): its label, its box and what it found.
 * @csspart search-input - The search box.
 * @csspart download-note - Why the last download could not be made (a polite live region, empty until then).
 * @csspart error - The error message.
 *
 * @cssproperty --region-map-accent - Buttons and links (default: --se-color-primary, #0066cc).
 * @cssproperty --region-map-focus - Focus ring and focused area outline.
 * @cssproperty --region-map-no-data - Hatching of areas without data.
 * @cssproperty --region-map-shadow-outline - Outline and hatching of shadow zones; the edge of a legend class set apart.
 * @cssproperty --region-map-stroke - Borders between areas.
 * @cssproperty --region-map-edge - The map's outer edge, at 3:1 or more against the background.
 * @cssproperty --region-map-point - Points of active schools.
 * @cssproperty --region-map-text - Text colour.
 * @cssproperty --region-map-background - Background colour; the veil over the areas outside a legend class set apart.
 * @cssproperty --region-map-font - Font family.
 * @cssproperty --region-map-height - The drawn map's greatest height (default: clamp(15em, 70svh, 45em); on paper 13cm).
 */
export class RegionMap extends ScuoleElement<RegionMapMessages> {
  static override styles = regionMapStyles;

  /** URL of the contract's index.json (or of a self-contained bundle). */
  @property() src = '';

  /** ISTAT code of a region ("09") to start inside it; empty for the whole nation. */
  @property({ reflect: true, converter: EMPTY_AS_ABSENT }) region = '';

  /** ISTAT code of a province ("058"), with `region` and level comuni: that province's comuni only. */
  @property({ reflect: true, converter: EMPTY_AS_ABSENT }) province = '';

  /** What areas to draw: regions, provinces or comuni. */
  @property({ reflect: true }) level: MapLevel = 'regions';

  /** Level shown after drilling into a region: provinces (then a province's comuni) or comuni straight away. */
  @property({ attribute: 'drill-level' }) drillLevel: Exclude<MapLevel, 'regions'> = 'provinces';

  /**
   * Metric id from the contract ("etwinning.projects"); empty for the first one. A survey's estimate per region or
   * province: `survey:QUESTION:OPTION` (the latest wave), `survey:QUESTION:mean`, `survey:WAVE:QUESTION:OPTION`, or
   * `survey:QUESTION` (a scale's or a number's mean, a choice's first answer; its others in a picker).
   */
  @property() metric = '';

  /**
   * With a survey metric, a survey wave to show in place of the metric's (set by `<linked-view>` from
   * `<survey-results>`' picker); empty for the metric's own.
   */
  @property() wave = '';

  /**
   * With a survey metric, a question of the survey to show in place of the metric's (set by `<linked-view>` from
   * `<survey-results>`' picker): its mean, or one of its answers; empty for the metric's own.
   */
  @property() question = '';

  /** School year (2023 = 2023/24); empty for the latest. */
  @property({ type: Number }) year: number | null = null;

  /** absolute, perSchool or per1000Students (when the metric allows it); empty for per institution where it does, else absolute. */
  @property() normalisation: ValueMode | '' = '';

  /** quantile, equal, natural or continuous. */
  @property() classification: Classification = 'quantile';

  /** Number of classes (2-7). */
  @property({ type: Number }) classes = 5;

  /** Class thresholds in the legend's unit (`10% 20% 30%`), shared by maps side by side and by every year; they replace `classification` and `classes`. */
  @property() breaks = '';

  /**
   * Whose classes colour every year, so that a colour means the same values in each: `latest` (the default: the latest
   * year's), `each` (every year its own) or a school year (`2019`: 2019/20's, a baseline).
   */
  @property({ attribute: 'classes-year' }) classesYear: ClassesYear = 'latest';

  /** blues, viridis or cividis (all colour-blind safe). */
  @property() palette: PaletteName = 'blues';

  /** Show shadow zones as an overlay (the default); `shadow-zones="false"` hides it. */
  @property({ attribute: 'shadow-zones', converter: ON_UNLESS_FALSE }) shadowZones = true;

  /**
   * Points, space-separated: `active` (institutions taking part), `role-models`; at every level. Reflected, as the
   * view is: its toggles change it, and the embed code of the view copies the attribute (it copied the page's own).
   */
  @property({ reflect: true, converter: EMPTY_AS_ABSENT }) points = '';

  /** map or table. */
  @property({ reflect: true }) view: MapView = 'map';

  /** After a drill-down or a way up, the focus comes back to the map (on this area's code, when it is on the new level). */
  private _refocus: { code: string } | null = null;
  /** A survey's map's pickers of waves and answers (its time control): the focus back on the one used once drawn. */
  private readonly _pickers = new SurveyPickers(this);
  /** Above an error inside a region or a province: the breadcrumb, the way back. */
  private readonly _wayBack = new MapWayBack(this);
  /** The areas whose long table shows every row, asked for (another level or place shows its first rows again). */
  @state() private _allRowsOf: unknown = null;
  /** Every row asked for, laid out after the button says they come. */
  @state() private _rowsComing = false;
  /** The long table's page: the row it starts at, for the areas and the number of rows it was turned on (other rows start at the first). */
  @state() private _page: { of: unknown; rows: number; from: number } | null = null;
  /** The box the map was last drawn in, and how: another size keeps the zoom and the place at its centre. */
  private _drawnIn: { box: string; size: MapSize } | null = null;
  /** The attributes ignored, by name, with the value written (the notes say them; the base class reads them). */
  protected override readonly _ignored = new Map<string, string>();
  /** A view it does not know, a normalisation its metric does not offer: said under the title. */
  private readonly _notes = new MapNotes(this._ignored);

  protected readonly _messages = MESSAGES;
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));
  private readonly _box = new BoxController(this, '.ruler');
  private readonly _canvas = new MapCanvasController(this);
  private readonly _zoom = new MapZoomController(this, () => {
    const view = this._data.view;
    const layers = this.renderRoot.querySelector<HTMLElement>('.layers');
    const size = view && this._size(view);
    return layers && size ? { layers, width: size.width, height: size.height } : null;
  });
  /** The areas the keyboard and the pointer are on, and the map's keys. */
  private readonly _cursor = new MapCursor(this, this._zoom, {
    view: () => (this._data.view ? { view: this._data.view, size: this._size(this._data.view) } : null),
    activate: (index) => this._activate(index),
    up: () => this._navigate(upStep(this)),
  });
  private readonly _pointer = new MapPointerInput(this._zoom, {
    pick: (event, reach) => this._pick(event, reach),
    show: (hit) => this._cursor.show(hit),
    activate: (index) => this._activate(index),
  });
  private readonly _ranking = new IdleRanking(this, () => this._data.view);
  private readonly _player = new YearPlayer(this, () => {
    const years = this._data.data?.index.years;
    if (!years) return false;
    // A tick while the year shown is still coming (a national map's whole area file) waits for it rather than run ahead.
    if (!this._data.pending) this._setYear(years[(years.indexOf(this.year ?? years.at(-1)!) + 1) % years.length]!);
    return true;
  });

  private readonly _data = new FullerDataView(
    this,
    {
      args: () => mapArgs(this, this._pickers.answer),
      // Without a year, a national map draws from its latest year's file, and gets every year after (src/contract/area-latest.ts);
      // not for another year's classes, which that file lacks.
      load: (args, signal) => loadRegionMap(args, signal, (key, message) => this._warnOnce(message, key), fromLatestFile(this)),
      inputs: () => mapInputs(this),
      derive: (data, inputs) => mapView(data, inputs),
      // A province the data does not hold: a <linked-view> around shows the region instead.
      onError: tellMissingArea,
    },
    MAP_FULLER,
  );

  /** The legend's class set apart on the map, pointed at or chosen. */
  private readonly _legend = new LegendClasses(this, () => [this._data.view!, this._data.data!, this._t, this._lang] as const);
  /** The search by name: the table keeps the areas found, the map sets them apart and Enter goes from one to the next. */
  private readonly _search = new NameSearch(
    this,
    (back) => this._findNext(back),
    () => this._cursor.leave(),
  );

  /** Escape closes a hover tooltip wherever the focus is (WCAG 1.4.13: dismissible without moving the pointer). */
  private readonly _escape = new EscapeAnywhere(this, () => this._cursor.dismissHover());

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this._data.view;
    // First, so that the drill level below is one the map knows.
    this._notes.check(this, changed, view, (message, key) => this._warnOnce(message, key));
    // A region to start inside, at regions level (the default), drew Italy with that region alone coloured and 19
    // "no data": inside it, the map shows its drill level, as a linked view sets it.
    if (this.region && this.level === 'regions') this.level = regionLevel(this);
    // Another area of Italy is its own whole map.
    if (changed.has('level') || changed.has('region') || changed.has('province')) this._zoom.forget();
    if (!view) return;
    this._cursor.follow(view, this._refocus?.code);
  }

  protected override updated(): void {
    const view = this._data.view;
    const data = this._data.data;
    // A level whose data failed: the keyboard user who went there lands on the way back (WCAG 2.4.3).
    if (this._refocus && this._data.status === 'error' && this._wayBack.focus(this.renderRoot)) this._refocus = null;
    this._pickers.settle(this.renderRoot as ShadowRoot, data, this._data.status === 'error');
    if (!view || !data) return;
    const where = `${data.level}:${data.region}`;
    if (view.withoutData) this._warnOnce(MESSAGES.en.noDataAreas(view.withoutData), `nodata:${where}`);
    if (view.withoutGeometry) this._warnOnce(MESSAGES.en.noGeometryAreas(view.withoutGeometry), `nogeo:${where}`);
    // Measured now rather than at the next ResizeObserver callback: the first paint comes a frame sooner
    // (what the render placed by the size, the tooltip, has nothing to show before it).
    this._box.measure();
    const box = `${this._box.width}x${this._box.height}`;
    const was = this._drawnIn;
    if (was && box !== was.box) this._zoom.place(resizedZoom(view, was.size, this._box.width, this._box.height, this._zoom.shown));
    const size = this._size(view);
    if (size && this.view === 'map') {
      // The gesture's preview transform goes first: the drawing reads how large its canvas is shown, which it enlarged.
      this._zoom.drawn();
      this._canvas.draw(view, size, this._cursor.active, this._apart(view, data), this._box.paper);
      this._drawnIn = { box, size };
    }
    // The new level is drawn: the keyboard user is where they were, in the map (WCAG 2.4.3), not on the page's body.
    const map = this._refocus && this.renderRoot.querySelector<HTMLElement>('.map');
    if (map) {
      this._refocus = null;
      map.focus({ preventScroll: true });
    }
  }

  private _size(view: MapViewModel): MapSize | null {
    return mapSize(view, this._box.width, this._box.height, this._zoom.settled);
  }

  /**
   * The search by name among the areas shown: in the table, every one or the legend's class kept; on the map, every one
   * or the legend's class set apart. `found` is `among` itself without words to look for.
   */
  private _searched(view: MapViewModel, data: MapData) {
    const among = (this.view === 'table' ? this._legend.only(view)?.members : this._legend.apart(view)) ?? view.shown;
    return { query: this._search.query(view), among, found: this._search.found(view, data, among) };
  }

  /** The areas set apart on the map: those found by name (when any is), or the legend's class, or none. */
  private _apart(view: MapViewModel, data: MapData): readonly number[] | null {
    const { among, found } = this._searched(view, data);
    return found !== among && found.length ? found : this._legend.apart(view);
  }

  /** Enter in the search box of the map: the keyboard goes to the next area found (`back`: the previous), seen. */
  private _findNext(back: boolean): void {
    const [view, data] = [this._data.view, this._data.data];
    if (this.view !== 'map' || !view || !data) return;
    const { among, found } = this._searched(view, data);
    const next = found === among ? null : nextFound(found, this._cursor.focused, back);
    if (next !== null) this._cursor.goTo(next, true);
  }

  /** The table's rows: those found (`searched`), a page of TABLE_ROWS of a long table until every one is asked for. */
  private _tableRows(view: MapViewModel, rows: readonly number[], searched: boolean): TableRows {
    const showAll = async () => {
      if (this._rowsComing) return;
      // Thousands of rows hold the page still a second or two as they are laid out: the button says so first, painted.
      this._rowsComing = true;
      await this.updateComplete;
      await afterNextPaint();
      this._rowsComing = false;
      this._allRowsOf = view.layer;
      // The button goes with the rows it held back: the focus goes to the table, where they are.
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="table"]')?.focus();
    };
    const limit = this._allRowsOf === view.layer ? null : TABLE_ROWS;
    const page = this._page;
    const from = page && page.of === view.layer && page.rows === rows.length ? page.from : 0;
    const turn = async (step: 1 | -1, below: boolean) => {
      this._page = { of: view.layer, rows: rows.length, from: Math.max(0, from + step * TABLE_ROWS) };
      if (!below) return;
      // Turned at the table's end: the reader goes to the new page's first row, the focus on the table.
      await this.updateComplete;
      const table = this.renderRoot.querySelector<HTMLElement>('[part~="table"]');
      table?.scrollIntoView({ block: 'start' });
      table?.focus({ preventScroll: true });
    };
    return {
      rows,
      searched,
      limit,
      from,
      coming: this._rowsComing,
      showAll: () => void showAll(),
      turn: (step, below) => void turn(step, below),
    };
  }

  private _pick(event: MouseEvent, reach = 0): MapHit | null {
    const view = this._data.view;
    const size = view && this._size(view);
    return view && size ? this._canvas.pick(event, event.currentTarget as HTMLElement, view, size, reach) : null;
  }

  private _activate(index: number): void {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return;
    const code = view.layer.features[index]!.code;
    const name = data.areas.get(code)?.name ?? code;
    this.dispatchEvent(new RegionMapSelectEvent({ level: this.level, code, name }));
    const step = enterStep(this, code, data.held);
    if (!step) return;
    this._wayBack.entered(code, name);
    this._navigate(step);
  }

  /** Goes down or up a level (src/map/drill.ts); the focus comes back to the map, on `focusOn` when it is shown there. */
  private _navigate({ region, province, level, focusOn }: MapStep): void {
    this._refocus = { code: focusOn };
    this.region = region;
    this.province = province;
    this.level = level;
    this._cursor.navigated();
    this._pointer.navigated();
    this.dispatchEvent(new RegionMapNavigateEvent({ region, province }));
  }

  private _setYear(year: number): void {
    if (year === (this.year ?? this._data.view?.year)) return;
    this.year = year;
    this.dispatchEvent(new RegionMapYearChangeEvent({ year }));
  }

  private _download(kind: DownloadKind): void {
    const view = this._data.view;
    const data = this._data.data;
    if (view && data)
      downloadMapLater(this, kind, this._downloadNote, { view, data, t: this._t, lang: this._lang, colours: this._canvas.colours() });
  }

  /**
   * The drawn map; `foundAt`, which area found by name the keyboard is on, said before it in a text of its own: gone
   * with the words (Escape), it leaves the area's description as it was, not said again.
   */
  private _renderMap(view: MapViewModel, searched: boolean, foundAt: string) {
    const t = this._t;
    const data = this._data.data!;
    const size = this._size(view);
    const cursor = this._cursor;
    const active = cursor.active;
    // A pointer's tooltip says its area's place once the view is ranked (idle after the paint), as the summary does; a
    // keyboard user's area is announced whole at once.
    const places = cursor.focused !== null || this._ranking.ranked(view);
    const described = active === null ? null : describeArea(active, view, data, t, this._lang, places);
    const at = cursor.hovered && cursor.hovered.index === active ? ([cursor.hovered.x, cursor.hovered.y] as const) : cursor.at(active);
    const tapped =
      active !== null && this._pointer.tapped(active) && enterStep(this, view.layer.features[active]!.code, data.held) !== null;
    return html`<div
        class="map"
        role="application"
        aria-roledescription=${t.roleDescription}
        aria-label=${`${titleOf(view, t, this._lang)}. ${t.instructions}`}
        aria-describedby=${searched ? 'summary found' : 'summary'}
        tabindex="0"
        style=${cssomStyle({ 'touch-action': this._zoom.zoomed ? 'none' : 'pan-x pan-y' })}
        @keydown=${cursor.onKeyDown}
        @focus=${cursor.onFocus}
        @pointerdown=${this._pointer.onPointerDown}
        @pointermove=${this._pointer.onPointerMove}
        @pointerup=${this._zoom.onPointerEnd}
        @pointercancel=${this._zoom.onPointerEnd}
        @pointerleave=${() => cursor.show(null)}
        @click=${this._pointer.onClick}
        @dblclick=${this._pointer.onDoubleClick}
        @wheel=${{ handleEvent: (event: WheelEvent) => this._zoom.onWheel(event, this.shadowRoot!.activeElement === event.currentTarget), passive: false }}
      >
        <div class="frame">
          <div class="layers">
            <canvas part="canvas" class="areas" aria-hidden="true"></canvas>
            <canvas class="highlight" aria-hidden="true"></canvas>
          </div>
        </div>
        ${described && at && size && !cursor.dismissed ? renderTooltip(described, at, size, tapped ? t.tapAgain : '') : nothing}
      </div>
      <p class="visually-hidden" aria-live="polite">
        <span>${foundAt ? `${foundAt} ` : ''}</span>${cursor.focused !== null && described ? `${described.name}. ${described.lines.map((line) => (line.endsWith('.') ? line : `${line}.`)).join(' ')}` : cursor.arrived ? `${placeName(data, t)}. ${summaryOf(view, data, t, this._lang)}` : ''}
      </p>`;
  }

  /** @internal The error; inside a region or a province, with the way back above it. */
  override renderError(error: unknown) {
    const back = this._wayBack.render(this, this._t, error, (to) => this._navigate(to === 'italy' ? italyStep(this) : upStep(this)));
    return html`${back}${super.renderError(error)}`;
  }

  override render() {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return this._data.renderStatus(this.view === 'map' ? 'map-box' : '');
    const [t, lang] = [this._t, this._lang];
    const regionName = this.region ? data.index.regions.find((r) => r.code === this.region)?.name : undefined;
    const years = data.index.years;
    const title = titleOf(view, t, lang);
    // A year asked for that the data in hand does not have: the control says it, the picture stays its own year until it comes.
    const asked = this._data.pending && this.year !== null && years.includes(this.year) ? this.year : view.year;
    const points = readPoints(this.points).kinds;
    const toggle = (kind: PointKind) => () => choosePresentation(this, 'points', togglePoint(this.points, kind));
    // Before the table, whose rows its keys choose (on a phone they would come after thousands of rows); after the map.
    const legend = renderLegend(view, t, lang, points, isContinuous(view) ? undefined : this._legend.of(view, this.view));
    const search = this._searched(view, data);
    const searched = search.found !== search.among;
    const said = searched ? foundSaid(view, data, t, lang, { ...search, of: search.among.length }, this.view) : '';
    // Which area found the keyboard is on, shown in the count's place and said with the area, in one voice.
    const at = searched && this.view === 'map' ? foundAtSaid(t, lang, search.found, this._cursor.focused) : '';
    return html`<div part="base">
      <div class="toolbar">
        ${renderBreadcrumb(t, regionName, data.province?.name, (to) => this._navigate(to === 'italy' ? italyStep(this) : upStep(this)))}
        <button aria-pressed=${this.view === 'map'} @click=${() => choosePresentation(this, 'view', 'map')}>${t.map}</button>
        <button aria-pressed=${this.view === 'table'} @click=${() => choosePresentation(this, 'view', 'table')}>${t.table}</button>
        <button aria-pressed=${points.has('active')} @click=${toggle('active')}>${t.activeSchools}</button>
        <button aria-pressed=${points.has('role-models')} @click=${toggle('role-models')}>${t.roleModels}</button>
        ${renderDownloads(t.download, ['csv', 'xlsx', 'svg', 'png'], (kind) => this._download(kind))}
      </div>
      ${this._downloadNote.render()}
      <div class="toolbar">
        ${
          data.surveyWave
            ? this._pickers.render(t, data, lang)
            : html`${renderYearSlider(t, years, asked, (year) => this._setYear(year))}${this._player.render(t)}`
        }
        <span class="pending" role="status">${this._data.pending ? pendingText(t, view.year, asked, this.classesYear) : ''}</span>
        ${this.view === 'map' ? renderZoomButtons(t, this._zoom.zoomed, (factor) => (factor ? this._cursor.zoomBy(factor) : this._zoom.reset())) : nothing}
        ${this.view === 'map' ? renderFindButton(t, this._search.opened(view), this._search.toggle) : nothing}
      </div>
      <p class="note"><strong>${title}</strong>${view.provisional ? ` · ${t.provisional}` : ''}</p>
      ${this.view === 'map' && this._zoom.zoomed ? html`<p class="note on-paper">${t.zoomedPart}</p>` : nothing}
      ${this._notes.render(this, view, this._lang, t)}
      <div class="body" aria-busy=${this._data.pending ? 'true' : nothing}>
        ${this.view === 'table' ? legend : nothing}
        <div class="map-box">
          <div class="measure" aria-hidden="true"><div class="ruler"></div></div>
          ${this.view === 'table' || this._search.opened(view) ? renderNameSearch(t, this._search, search.query, said, this.view, at) : nothing}
          ${this.view === 'table' ? renderTable(view, data, t, lang, this._legend.only(view), this._tableRows(view, search.found, searched)) : this._renderMap(view, searched, at)}
        </div>
        ${this.view === 'map' ? legend : nothing}
      </div>
      <p class="visually-hidden legend-said" aria-live="polite">${this._legend.said}</p>
      <p id="summary" class="note">
        ${summaryOf(view, data, t, lang, this.view === 'table' || this._ranking.ranked(view))} ${undividedOf(view, data, t, lang) ?? nothing}
      </p>
      ${renderSyntheticNoteFor(this, data.index, [view.metric.id], lang)}
    </div>`;
  }
}
