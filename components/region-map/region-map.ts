import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import type { MetricDefinition, NationalIndex, RegionShard, ShadowZone, Topology } from '../../src/contract/contract.types.js';
import { sharedLoader } from '../../src/data/loader.js';
import { resolveColour } from '../../src/util/resolve-colour.js';
import { WidthController } from '../../src/util/width-controller.js';
import { isDataError, localizeError } from '../../src/errors.js';
import { formatSchoolYear, formatValue, prepareNumberFormats } from '../../src/i18n/format.js';
import { localize, resolveLanguage, type Language } from '../../src/i18n/lang.js';
import { errorMessage } from '../../src/i18n/error-message.js';
import { areaValue, modesOf, rankAreas, type AreaLike, type AreaValue } from '../../src/map/area-values.js';
import { classify, classOf, type Classes } from '../../src/map/classify.js';
import { boundsOf, mapLayer, neighbourInDirection, svgPath, type Direction, type MapLayer } from '../../src/map/map-geometry.js';
import { paletteAt, paletteColours, PALETTES } from '../../src/map/palettes.js';
import { drawHighlight, drawMap, drawPicking, fitTransform, pickAt, type DrawPlan } from './region-map.draw.js';
import { RegionMapNavigateEvent, RegionMapSelectEvent, RegionMapYearChangeEvent } from './region-map.events.js';
import { download, toCsv, toSvg, type ExportRow } from './region-map.export.js';
import { MESSAGES } from './region-map.messages.js';
import { regionMapStyles } from './region-map.styles.js';
import {
  CLASSIFICATIONS,
  MAP_LEVELS,
  PALETTE_NAMES,
  VALUE_MODES,
  type Classification,
  type MapLevel,
  type MapView,
  type PaletteName,
  type ValueMode,
} from './region-map.types.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

interface MapArea extends AreaLike {
  shadow?: ShadowZone;
}

interface MapData {
  index: NationalIndex;
  topology: Topology;
  object: string;
  areas: Map<string, MapArea>;
  /** Active and role-model institutions per area (from the region shards; none at regions level without points). */
  schools: Map<string, { active: number; roleModels: number }>;
}

interface ViewModel {
  layer: MapLayer;
  shown: number[];
  shownSet: Set<number>;
  metric: MetricDefinition;
  year: number;
  yearIndex: number;
  mode: ValueMode;
  values: Map<number, AreaValue>;
  ranks: Map<string, number>;
  classes: Classes;
  colours: string[];
  fills: Map<number, string | null>;
  shadows: Set<number>;
  /** Areas with points: index → counts of active and role-model institutions shown. */
  points: Map<number, { active: number; roleModels: number }>;
  bounds: [[number, number], [number, number]];
  provisional: boolean;
}

class UsageError extends Error {}

const NO_VALUE: AreaValue = Object.freeze({ value: null, raw: null, denominator: null });

/** Gives a canvas the bitmap for `size` at `ratio` (which clears it), unless it has it already. */
function fitCanvas(canvas: HTMLCanvasElement, size: { width: number; height: number }, ratio: number): void {
  if (canvas.width === size.width * ratio && canvas.height === size.height * ratio) return;
  canvas.width = size.width * ratio;
  canvas.height = size.height * ratio;
  canvas.style.height = `${size.height}px`;
}

/**
 * Points count institutions (the unit that takes part), each once per area:
 * active ones and role models, per comune, province (the first three digits of
 * the comune's ISTAT code) or region.
 */
function tallySchools(shards: readonly RegionShard[], level: MapLevel): Map<string, { active: number; roleModels: number }> {
  const tallies = new Map<string, { active: number; roleModels: number }>();
  const seen = new Set<string>();
  for (const shard of shards) {
    for (const school of shard.schools) {
      if (!school.comune) continue;
      const area = level === 'comuni' ? school.comune : level === 'provinces' ? school.comune.slice(0, 3) : shard.region.code;
      const key = `${area} ${school.institution}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const tally = tallies.get(area) ?? { active: 0, roleModels: 0 };
      if (school.active) tally.active++;
      if (school.roleModel) tally.roleModels++;
      tallies.set(area, tally);
    }
  }
  return tallies;
}

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
export class RegionMap extends LitElement {
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
  @state() private _playing = false;

  @query('canvas.areas') private _canvas?: HTMLCanvasElement;
  @query('canvas.highlight') private _highlight?: HTMLCanvasElement;

  private _view: ViewModel | null = null;
  private _viewData: MapData | null = null;
  private _errorTextReady = false;
  private _pickKey = '';
  private _pickView: MapLayer | null = null;
  private _pickShown = 0;
  private _pickReady = false;
  /** The highlight canvas has an outline on it. */
  private _outlined = false;
  /** What the areas canvas shows, so that focus and hover changes do not redraw it. */
  private _drawn: { canvas: HTMLCanvasElement; view: ViewModel; key: string; colours: DrawPlan['colours'] } | null = null;
  private _viewError: string | null = null;
  private _pick: CanvasRenderingContext2D | null = null;
  private readonly _box = new WidthController(this);
  private _timer?: ReturnType<typeof setInterval>;
  private readonly _warned = new Set<string>();
  private _reducedMotion = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  private readonly _data = new Task(this, {
    // The regions level reads region shards only when points are asked for (to count role models).
    args: () => [this.src, this.level, this.region, this.level === 'regions' && this.points.trim() !== ''] as const,
    task: async ([src, level, region, regionPoints], { signal }): Promise<MapData> => {
      if (!src) throw new UsageError('src');
      if (!(MAP_LEVELS as readonly string[]).includes(level)) throw new UsageError(`level:${level}`);
      const loader = sharedLoader();
      const { index } = await loader.index(src, { signal });
      const regions = region ? index.regions.filter((r) => r.code === region) : index.regions;
      if (region && regions.length === 0) throw new UsageError(`region:${region}`);
      // At regions level the shards only add points: one that cannot be read leaves its region without them.
      const shardOf = (code: string) =>
        level !== 'regions'
          ? loader.region(src, code, { signal })
          : loader.region(src, code, { signal }).catch((error: unknown) => {
              if (!signal.aborted) this._warn(`points:${code}`, `No points for region ${code}: ${(error as Error).message}`);
              return null;
            });
      const [topology, ...loaded] = await Promise.all([
        level === 'comuni'
          ? loader.geometry(src, 'comuni', region || undefined, { signal })
          : loader.geometry(src, level, undefined, { signal }),
        ...(level !== 'regions' || regionPoints ? regions.map((r) => shardOf(r.code)) : []),
      ]);
      const shards = loaded.filter((shard): shard is RegionShard => shard !== null);
      const areas = new Map<string, MapArea>();
      if (level === 'regions') for (const r of regions) areas.set(r.code, r);
      else
        for (const shard of shards) for (const area of level === 'provinces' ? shard.provinces : shard.comuni) areas.set(area.code, area);
      let schools: MapData['schools'] | undefined;
      return {
        index,
        topology,
        object: index.geometry[level].object,
        areas,
        // Counted the first time points are drawn: a map without points (the default) never walks the ~60,000 schools.
        get schools() {
          return (schools ??= tallySchools(shards, level));
        },
      };
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = resolveLanguage(this);
    // d3 does the math here; Lit does the DOM in render().
    const data = this._data.status === TaskStatus.COMPLETE ? this._data.value : undefined;
    if (!data) {
      this._view = null;
      return;
    }
    // Measured now rather than at the next ResizeObserver callback: the first paint comes a frame sooner.
    this._box.measure();
    const inputs = ['metric', 'year', 'normalisation', 'classification', 'classes', 'palette', 'shadowZones', 'points'] as const;
    if (this._view && this._viewData === data && !inputs.some((key) => changed.has(key))) return;
    this._viewData = data;
    try {
      this._view = this._computeView(data);
      this._viewError = null;
    } catch (error) {
      this._view = null;
      this._viewError = (error as Error).message;
      this._warn(`view:${this._viewError}`, this._viewError);
    }
  }

  protected override updated(): void {
    this._draw();
    if (this._data.status === TaskStatus.ERROR) this._reportError(this._data.error);
  }

  /** The language in effect, read once per update (it walks up the page) and used by everything rendered. */
  private _lang: Language = 'it';

  private get _t() {
    return MESSAGES[this._lang];
  }

  private _warn(key: string, message: string): void {
    if (this._warned.has(key)) return;
    this._warned.add(key);
    console.warn(`[region-map] ${message}`);
  }

  private async _reportError(error: unknown): Promise<void> {
    if (error instanceof UsageError) {
      this._warn(`usage:${error.message}`, this._usageMessage(error, 'en'));
      return;
    }
    if (isDataError(error)) {
      const localized = await localizeError(error);
      this._warn(`data:${localized.message}`, localized.message);
      if (!this._errorTextReady) {
        this._errorTextReady = true;
        this.requestUpdate();
      }
    } else this._warn(`error:${String(error)}`, String(error));
  }

  private _usageMessage(error: UsageError, lang: 'it' | 'en'): string {
    const [what, value] = error.message.split(':');
    if (what === 'src')
      return lang === 'it' ? "Manca l'attributo src con l'indirizzo dei dati." : 'The src attribute with the data URL is missing.';
    if (what === 'level')
      return lang === 'it'
        ? `Livello sconosciuto ${JSON.stringify(value)}: usare regions, provinces o comuni.`
        : `Unknown level ${JSON.stringify(value)}: use regions, provinces or comuni.`;
    return lang === 'it' ? `Regione sconosciuta ${JSON.stringify(value)}.` : `Unknown region ${JSON.stringify(value)}.`;
  }

  private _structure: {
    data: MapData;
    layer: MapLayer;
    shown: number[];
    shownSet: Set<number>;
    areaOf: (MapArea | undefined)[];
    bounds: ViewModel['bounds'];
  } | null = null;

  /**
   * What depends on the data only, not on the metric or year: the areas shown,
   * each one's data, their bounds, and the warnings about geometry without
   * data and data without geometry. Made once per data, so that a change of
   * year or metric only re-colours.
   */
  private _structureOf(data: MapData) {
    if (this._structure?.data === data) return this._structure;
    const layer = mapLayer(data.topology, data.object);
    const filtered = this.level === 'provinces' && Boolean(this.region);
    const shown = layer.features.map((_, i) => i).filter((i) => !filtered || data.areas.has(layer.features[i]!.code));
    const areaOf = shown.map((i) => data.areas.get(layer.features[i]!.code));
    const withoutData = areaOf.filter((area) => !area).length;
    if (withoutData)
      this._warn(`nodata:${this.level}:${this.region}`, `${withoutData} areas have geometry but no data: drawn as "no data".`);
    const withoutGeometry = [...data.areas.keys()].filter((code) => !layer.byCode.has(code)).length;
    if (withoutGeometry)
      this._warn(`nogeo:${this.level}:${this.region}`, `${withoutGeometry} areas have data but no geometry: listed in the table only.`);
    return (this._structure = { data, layer, shown, shownSet: new Set(shown), areaOf, bounds: boundsOf(layer, shown) });
  }

  private _computeView(data: MapData): ViewModel {
    const { index } = data;
    const metric = this.metric ? index.metrics.find((m) => m.id === this.metric) : index.metrics[0];
    if (!metric)
      throw new Error(`Unknown metric ${JSON.stringify(this.metric)}; the data has ${index.metrics.map((m) => m.id).join(', ')}.`);
    const year = this.year ?? index.years.at(-1)!;
    const yearIndex = index.years.indexOf(year);
    if (yearIndex < 0) throw new Error(`No data for the year ${year}; the data covers ${index.years[0]}-${index.years.at(-1)}.`);
    if (!(VALUE_MODES as readonly string[]).includes(this.normalisation))
      throw new Error(`Unknown normalisation ${JSON.stringify(this.normalisation)}.`);
    if (!(CLASSIFICATIONS as readonly string[]).includes(this.classification))
      throw new Error(`Unknown classification ${JSON.stringify(this.classification)}.`);
    const mode: ValueMode = modesOf(metric).includes(this.normalisation) ? this.normalisation : 'absolute';
    const palette: PaletteName = (PALETTE_NAMES as string[]).includes(this.palette) ? this.palette : 'blues';

    const { layer, shown, shownSet, areaOf, bounds } = this._structureOf(data);
    const values = new Map<number, AreaValue>();
    for (let k = 0; k < shown.length; k++) {
      const area = areaOf[k];
      values.set(shown[k]!, area ? areaValue(area, metric.id, yearIndex, mode) : NO_VALUE);
    }
    const finite = [...values.values()].map((v) => v.value).filter((v): v is number => v !== null && Number.isFinite(v));
    const count = Math.min(7, Math.max(2, Math.round(this.classes) || 5));
    const classes = classify(finite, this.classification, count);
    const colours = paletteColours(palette, classes.breaks.length + 1);
    const fills = new Map<number, string | null>();
    for (const [i, v] of values) {
      if (v.value === null) fills.set(i, null);
      else if (this.classification === 'continuous')
        fills.set(i, paletteAt(palette, classes.max === classes.min ? 0.6 : (v.value - classes.min) / (classes.max - classes.min)));
      else fills.set(i, colours[classOf(v.value, classes.breaks)]!);
    }
    const shadows = new Set(this.shadowZones ? shown.filter((_, k) => areaOf[k]?.shadow?.status === 'shadow') : []);
    const wanted = new Set(this.points.split(/\s+/).filter(Boolean));
    const points = new Map<number, { active: number; roleModels: number }>();
    if (wanted.size > 0) {
      for (const i of shown) {
        const tally = data.schools.get(layer.features[i]!.code);
        if (!tally) continue;
        const active = wanted.has('active') ? tally.active : 0;
        const roleModels = wanted.has('role-models') ? tally.roleModels : 0;
        if (active || roleModels) points.set(i, { active, roleModels });
      }
    }
    const programme = index.programmes.find((p) => p.id === metric.programme);
    let ranks: Map<string, number> | undefined;
    if (this._focused !== null && !shownSet.has(this._focused)) this._focused = null;
    return {
      layer,
      shown,
      shownSet,
      metric,
      year,
      yearIndex,
      mode,
      values,
      // Ranked the first time a tooltip, the table or a download needs it: sorting ~7,900 comuni is not needed to paint.
      get ranks() {
        return (ranks ??= rankAreas(new Map(shown.map((i) => [layer.features[i]!.code, values.get(i)!.value])), metric.higherIsBetter));
      },
      classes,
      colours,
      fills,
      shadows,
      points,
      bounds,
      provisional: Boolean(programme?.provisionalYears.includes(year)),
    };
  }

  private get _size() {
    const view = this._view;
    if (!view || this._box.width === 0) return null;
    const [[x0, y0], [x1, y1]] = view.bounds;
    const height = Math.min(Math.round((this._box.width * (y1 - y0)) / Math.max(1, x1 - x0)), Math.round(this._box.width * 1.4));
    return { width: this._box.width, height, transform: fitTransform(view.bounds, this._box.width, height) };
  }

  private _draw(): void {
    const view = this._view;
    const canvas = this._canvas;
    const size = this._size;
    if (!view || !canvas || !size) return;
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const key = `${size.width}x${size.height}@${ratio}`;
    if (this._drawn?.canvas !== canvas || this._drawn.view !== view || this._drawn.key !== key) {
      // Resizing a canvas reallocates its bitmap: only when the size changed (a new year or metric keeps it).
      fitCanvas(canvas, size, ratio);
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const style = getComputedStyle(this);
      const colour = (name: string, fallback: string) =>
        resolveColour(this.renderRoot as ShadowRoot, style.getPropertyValue(name).trim() || fallback);
      const colours = {
        stroke: colour('--region-map-stroke', '#ffffff'),
        noData: colour('--region-map-no-data', '#d9dadb'),
        shadow: colour('--region-map-shadow-outline', '#1a1a1a'),
        focus: colour('--region-map-focus', '#ffbf47'),
        background: colour('--region-map-background', '#ffffff'),
        point: colour('--region-map-point', '#0066cc'),
      };
      drawMap(
        ctx,
        {
          layer: view.layer,
          shown: view.shown,
          fills: view.fills,
          shadows: view.shadows,
          points: view.points,
          transform: size.transform,
          colours,
        },
        ratio,
      );
      this._drawn = { canvas, view, key, colours };
    }
    const outlined = this._focused ?? this._hovered?.index ?? null;
    // The outline's canvas gets its full-size bitmap the first time an outline is
    // drawn (a first paint allocates and composites one large canvas, not two),
    // and is cleared again only when an outline was there.
    const highlight = this._highlight && (outlined !== null || this._outlined) ? this._highlight.getContext('2d') : null;
    if (highlight) {
      fitCanvas(highlight.canvas, size, ratio);
      drawHighlight(highlight, view.layer, outlined, size.transform, this._drawn.colours, ratio);
      this._outlined = outlined !== null;
    }
    // The picking canvas is redrawn only when what is shown or its size changes,
    // and after the first paint, when the browser is idle.
    if (this._pickKey !== key || this._pickView !== view.layer || this._pickShown !== view.shown.length) {
      this._pickKey = key;
      this._pickView = view.layer;
      this._pickShown = view.shown.length;
      this._pickReady = false;
      const idle =
        (globalThis as { requestIdleCallback?: (fn: () => void) => void }).requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 50));
      idle(() => this._drawPicking());
    }
  }

  private _drawPicking(): void {
    const view = this._view;
    const size = this._size;
    if (this._pickReady || !view || !size) return;
    const pick = this._pick ?? (this._pick = document.createElement('canvas').getContext('2d', { willReadFrequently: true }));
    if (!pick) return;
    pick.canvas.width = size.width;
    pick.canvas.height = size.height;
    drawPicking(pick, view.layer, view.shown, size.transform);
    this._pickReady = true;
  }

  private _onPointerMove(event: PointerEvent): void {
    const view = this._view;
    if (!view) return;
    if (!this._pickReady) this._drawPicking();
    if (!this._pick) return;
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = event.clientX - rect.left;
    const y = event.clientY - rect.top;
    const index = pickAt(this._pick, x, y, view.layer, view.shownSet);
    if (index === null) {
      if (this._hovered) this._hovered = null;
      return;
    }
    if (this._hovered?.index !== index || Math.abs(this._hovered.x - x) > 8 || Math.abs(this._hovered.y - y) > 8)
      this._hovered = { index, x, y };
  }

  private _onClick(): void {
    if (this._hovered) this._activate(this._hovered.index);
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const view = this._view;
    if (!view) return;
    if (event.key === 'Escape') {
      if (this.region) {
        event.preventDefault();
        this._goUp();
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
      this._focused = this._firstArea(view);
      return;
    }
    const next = neighbourInDirection(view.layer, this._focused, event.key as Direction, view.shownSet);
    if (next !== null) this._focused = next;
  }

  private _firstArea(view: ViewModel): number | null {
    // Start from the area nearest the top-left corner, as reading goes.
    let best: number | null = null;
    let bestScore = Infinity;
    for (const i of view.shown) {
      const c = view.layer.centroid(i);
      if (c && c[0] + c[1] < bestScore) {
        best = i;
        bestScore = c[0] + c[1];
      }
    }
    return best;
  }

  private _onFocus(): void {
    if (this._focused === null && this._view) this._focused = this._firstArea(this._view);
  }

  private _activate(index: number): void {
    const view = this._view;
    const data = this._data.value;
    if (!view || !data) return;
    const code = view.layer.features[index]!.code;
    const name = data.areas.get(code)?.name ?? code;
    this.dispatchEvent(new RegionMapSelectEvent({ level: this.level, code, name }));
    if (this.level === 'regions' && !this.region) {
      this.region = code;
      this.level = this.drillLevel;
      this._focused = null;
      this._hovered = null;
      this.dispatchEvent(new RegionMapNavigateEvent({ region: code }));
    }
  }

  private _goUp(): void {
    this.region = '';
    this.level = 'regions';
    this._focused = null;
    this._hovered = null;
    this.dispatchEvent(new RegionMapNavigateEvent({ region: '' }));
  }

  private _setYear(year: number): void {
    if (year === (this.year ?? this._view?.year)) return;
    this.year = year;
    this.dispatchEvent(new RegionMapYearChangeEvent({ year }));
  }

  private _togglePlay(): void {
    if (this._playing) return this._stop();
    const years = this._data.value?.index.years;
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

  private _format(value: number | null, view: ViewModel): string {
    const unit = view.mode === 'absolute' ? view.metric.unit : view.metric.unit === 'eur' ? 'eur' : 'count';
    const digits = view.mode === 'absolute' ? undefined : 2;
    return formatValue(value, unit, this._lang, digits);
  }

  private _modeLabel(view: ViewModel): string {
    return view.mode === 'absolute' ? '' : ` ${this._t[view.mode]}`;
  }

  private _rows(view: ViewModel, data: MapData): ExportRow[] {
    return view.shown
      .map((i) => {
        const code = view.layer.features[i]!.code;
        const area = data.areas.get(code);
        const v = view.values.get(i)!;
        return {
          code,
          name: area?.name ?? code,
          value: v.value === null ? null : Math.round(v.value * 1000) / 1000,
          raw: v.raw,
          denominator: v.denominator?.count ?? null,
          rank: view.ranks.get(code) ?? null,
          status: area?.shadow?.status ?? '',
        };
      })
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name));
  }

  private _download(kind: 'csv' | 'svg' | 'png'): void {
    const view = this._view;
    const data = this._data.value;
    if (!view || !data) return;
    const base = `${view.metric.id}-${view.year}-${this.region || 'italia'}-${this.level}`;
    if (kind === 'csv') {
      const t = this._t;
      download(
        this,
        `${base}.csv`,
        new Blob([toCsv(this._rows(view, data), ['code', t.area, t.value, 'raw', 'denominator', t.rank, t.status])], { type: 'text/csv' }),
      );
    } else if (kind === 'svg') {
      const areas = view.shown.flatMap((i) => {
        const code = view.layer.features[i]!.code;
        const d = svgPath(view.layer, i);
        return d
          ? [
              {
                d,
                fill: view.fills.get(i) ?? '#d9dadb',
                title: `${data.areas.get(code)?.name ?? code}: ${this._format(view.values.get(i)!.value, view)}`,
              },
            ]
          : [];
      });
      download(this, `${base}.svg`, new Blob([toSvg(areas, view.bounds, this._title(view))], { type: 'image/svg+xml' }));
    } else this._canvas?.toBlob((blob) => blob && download(this, `${base}.png`, blob));
  }

  private _title(view: ViewModel): string {
    return `${localize(view.metric.label, this._lang)}${this._modeLabel(view)}, ${formatSchoolYear(view.year)}`;
  }

  private _summary(view: ViewModel, data: MapData): string {
    // One pass for the extremes: the summary is rendered on every change of year.
    let top: number | null = null;
    let bottom: number | null = null;
    for (const [i, v] of view.values) {
      if (v.value === null) continue;
      if (top === null || v.value > view.values.get(top)!.value!) top = i;
      if (bottom === null || v.value < view.values.get(bottom)!.value!) bottom = i;
    }
    const best = view.metric.higherIsBetter ? top : bottom;
    const worst = view.metric.higherIsBetter ? bottom : top;
    const describe = (i: number | null) => {
      if (i === null) return this._t.noData;
      const code = view.layer.features[i]!.code;
      return `${data.areas.get(code)?.name ?? code} (${this._format(view.values.get(i)!.value, view)})`;
    };
    return this._t.summary(
      this._title(view),
      formatSchoolYear(view.year),
      this._t.levels[this.level],
      view.shown.length,
      describe(best),
      describe(worst),
      view.shadows.size,
    );
  }

  private _describeArea(index: number, view: ViewModel, data: MapData): { name: string; lines: string[] } {
    const t = this._t;
    const code = view.layer.features[index]!.code;
    const area = data.areas.get(code);
    const v = view.values.get(index)!;
    const lines = [
      `${localize(view.metric.label, this._lang)}${this._modeLabel(view)}: ${this._format(v.value, view)}${view.provisional && v.value !== null ? ` (${t.provisional})` : ''}`,
    ];
    if (v.denominator)
      lines.push(
        `n = ${formatValue(v.denominator.count, 'count', this._lang)} ${v.denominator.kind === 'students' ? t.students : t.schools}`,
      );
    const rank = view.ranks.get(code);
    if (rank) lines.push(`${t.rank}: ${rank} ${t.of} ${view.ranks.size}`);
    if (area?.shadow)
      lines.push(
        `${t.status}: ${t.statuses[area.shadow.status]}${area.shadow.reason ? `. ${localize(area.shadow.reason, this._lang)}` : ''}`,
      );
    const point = view.points.get(index);
    if (point?.active) lines.push(`${t.activeSchools}: ${point.active}`);
    if (point?.roleModels) lines.push(`${t.roleModels}: ${point.roleModels}`);
    return { name: area?.name ?? code, lines };
  }

  private _renderLegend(view: ViewModel) {
    const t = this._t;
    const ranges =
      this.classification === 'continuous'
        ? html`<li>
            <span>${this._format(view.classes.min, view)}</span>
            <span class="gradient" style=${cssomStyle({ background: `linear-gradient(to right, ${PALETTES[(PALETTE_NAMES as string[]).includes(this.palette) ? this.palette : 'blues'].join(', ')})` })}></span>
            <span>${this._format(view.classes.max, view)}</span>
          </li>`
        : view.colours.map((colour, k) => {
            const from = k === 0 ? view.classes.min : view.classes.breaks[k - 1]!;
            const to = k === view.colours.length - 1 ? view.classes.max : view.classes.breaks[k]!;
            return html`<li><span class="swatch" style=${cssomStyle({ background: colour })}></span>${from === to ? this._format(from, view) : `${this._format(from, view)} – ${this._format(to, view)}`}</li>`;
          });
    return html`<ul part="legend" aria-label=${t.legend}>
      ${ranges}
      <li><span class="swatch no-data"></span>${t.noData}</li>
      ${this.shadowZones ? html`<li><span class="swatch shadow"></span>${t.shadow}</li>` : nothing}
      ${this.points.includes('active') ? html`<li><span class="point active"></span>${t.activeSchools}</li>` : nothing}
      ${this.points.includes('role-models') ? html`<li><span class="point role-model"></span>${t.roleModels}</li>` : nothing}
    </ul>`;
  }

  private _renderTable(view: ViewModel, data: MapData) {
    const t = this._t;
    return html`<div part="table" tabindex="0" role="region" aria-label=${this._title(view)}>
      <table>
        <caption class="visually-hidden">${this._title(view)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.rank}</th>
            <th scope="col">${t.area}</th>
            <th scope="col">${t.value}</th>
            <th scope="col">n</th>
            <th scope="col">${t.status}</th>
          </tr>
        </thead>
        <tbody>
          ${this._rows(view, data).map(
            (row) => html`<tr>
              <td class="num">${row.rank ?? '–'}</td>
              <th scope="row">${row.name}</th>
              <td class="num">${this._format(row.value, view)}</td>
              <td class="num">${row.denominator === null ? '–' : formatValue(row.denominator, 'count', this._lang)}</td>
              <td>${row.status ? t.statuses[row.status as keyof typeof t.statuses] : '–'}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _renderMap(view: ViewModel, data: MapData) {
    const t = this._t;
    const size = this._size;
    const active = this._focused ?? this._hovered?.index ?? null;
    const described = active === null ? null : this._describeArea(active, view, data);
    const at =
      this._hovered && this._hovered.index === active
        ? [this._hovered.x, this._hovered.y]
        : active !== null && size
          ? (() => {
              const c = view.layer.centroid(active) ?? [0, 0];
              return [c[0] * size.transform.scale + size.transform.dx, c[1] * size.transform.scale + size.transform.dy];
            })()
          : null;
    return html`<div
      class="map"
      role="application"
      aria-roledescription=${this._lang === 'it' ? 'mappa' : 'map'}
      aria-label=${`${this._title(view)}. ${t.instructions}`}
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
        described && at
          ? html`<div part="tooltip" style=${cssomStyle({ left: `${Math.min(at[0]! + 12, Math.max(0, this._box.width - 240))}px`, top: `${at[1]! + 12}px` })}>
            <p><strong>${described.name}</strong></p>
            ${described.lines.map((line) => html`<p>${line}</p>`)}
          </div>`
          : nothing
      }
    </div>
    <p class="visually-hidden" aria-live="polite">${this._focused !== null && described ? `${described.name}. ${described.lines.join('. ')}` : ''}</p>`;
  }

  override render() {
    const t = this._t;
    const data = this._data.value;
    const status = this._data.status;
    if (status === TaskStatus.ERROR) {
      const error = this._data.error;
      const message = error instanceof UsageError ? this._usageMessage(error, this._lang) : errorMessage(error, this._lang);
      return html`<div part="base"><div part="error" role="alert"><strong>${t.error}</strong>: ${message}</div></div>`;
    }
    if (status !== TaskStatus.COMPLETE || !data)
      return html`<div part="base" class="map-box" aria-busy="true"><p class="note">${t.loading}</p></div>`;
    const view = this._view;
    if (!view)
      return html`<div part="base" class="map-box"><div part="error" role="alert"><strong>${t.error}</strong>: ${this._viewError}</div></div>`;
    const regionName = this.region ? data.index.regions.find((r) => r.code === this.region)?.name : null;
    const years = data.index.years;
    return html`<div part="base">
      <div class="toolbar">
        <ol class="breadcrumb" aria-label=${this._lang === 'it' ? 'Percorso' : 'Breadcrumb'}>
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
      <p class="note"><strong>${this._title(view)}</strong>${view.provisional ? ` · ${t.provisional}` : ''}</p>
      <div class="map-box">${this.view === 'table' ? this._renderTable(view, data) : this._renderMap(view, data)}</div>
      ${this._renderLegend(view)}
      <p id="summary" class="note">${this._summary(view, data)}</p>
      ${data.index.synthetic ? html`<p class="note" role="note">${t.synthetic}</p>` : nothing}
    </div>`;
  }
}
