import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import type { MetricDefinition, NationalIndex } from '../../src/contract/contract.types.js';
import type { Language, MetricUnit } from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { WidthController } from '../../src/util/width-controller.js';
import { isDataError, localizeError } from '../../src/errors.js';
import { formatChange, formatSchoolYear, formatValue, prepareNumberFormats } from '../../src/i18n/format.js';
import { localize, resolveLanguage } from '../../src/i18n/lang.js';
import { errorMessage } from '../../src/i18n/error-message.js';
import { areaValue, modesOf, type AreaLike, type ValueMode } from '../../src/map/area-values.js';
import { chartModel, type ChartModel } from '../../src/timeline/chart-model.js';
import { loadScope, parseScope, scopeKey, type Scope, type ScopedSeries } from '../../src/timeline/scopes.js';
import { seriesStyle } from '../../src/timeline/series-style.js';
import { trendOf } from '../../src/timeline/trend.js';
import { csvText, download, svgToPng } from '../../src/util/export.js';
import { TrendTimelineSelectEvent, TrendTimelineYearChangeEvent } from './trend-timeline.events.js';
import { UsageError } from '../../src/util/usage-error.js';
import { MESSAGES } from './trend-timeline.messages.js';
import { chartDrawn, prepareChartOnce } from './prepare-chart.js';
import { trendTimelineStyles } from './trend-timeline.styles.js';
import { ANNOTATIONS_TOP, chartSvg, standaloneSvg, TEXT_ROW, type ChartLabels } from './trend-timeline.svg.js';
import { TIMELINE_VARIANTS, TIMELINE_VIEWS, VALUE_MODES, type TimelineVariant, type TimelineView } from './trend-timeline.types.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

interface TimelineData {
  index: NationalIndex;
  /** The main scope first, then the compared ones. */
  scopes: ScopedSeries[];
}

interface SeriesView {
  label: string;
  values: (number | null)[];
  provisional: boolean[];
}

interface ViewModel {
  years: number[];
  series: SeriesView[];
  metrics: MetricDefinition[];
  unit: MetricUnit;
  mode: ValueMode;
  stacked: boolean;
  title: string;
  /** Periods and events of the contract within the years, as year indices. */
  annotations: ChartLabels['annotations'];
  /** The language the labels were made in: a change of `lang` remakes them. */
  lang: Language;
}

/** The attributes a timeline can get wrong. */
type TimelineUsage = 'src' | 'scope' | 'metric' | 'view' | 'variant' | 'units';

/** Above this many lines, the legend and the markers name them (see `_directLabels`). */
const MAX_DIRECT_LABELS = 10;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** What a sparkline or a small multiple draws: the line alone, and the chosen year. */
const bareLabels = (selected: number | null): ChartLabels => ({
  series: [],
  yearLabels: [],
  formatTick: String,
  provisional: [],
  provisionalLabel: '',
  annotations: [],
  stacked: false,
  axes: false,
  directLabels: false,
  markers: false,
  focus: null,
  selected,
});

/**
 * Lines of one or more metrics over the school years, for the nation, a region,
 * a province, a comune or a school, compared with other areas; a stacked view of
 * the programme mix, a compact sparkline and small multiples per region.
 * Provisional years are dashed, missing years are gaps.
 *
 * @tagname trend-timeline
 * @summary How participation evolves over the years.
 *
 * @fires trend-timeline-year-change - The user chose a year; `detail.year`.
 * @fires trend-timeline-select - The user chose a region among the small multiples; `detail` has `level`, `code` and `name`.
 *
 * @csspart base - The wrapper of everything.
 * @csspart chart - The chart's SVG.
 * @csspart title - What the chart shows; regular weight by default (one font fewer to look up), `font-weight` here makes it bold.
 * @csspart legend - The legend list.
 * @csspart tooltip - The box of values at the focused year.
 * @csspart table - The table view.
 * @csspart summary - The trend in words.
 * @csspart multiple - One mini chart of the small multiples.
 * @csspart error - The error message.
 *
 * @cssproperty --trend-timeline-accent - Buttons and links (default: --se-color-primary, #0066cc).
 * @cssproperty --trend-timeline-focus - Focus ring and focus line.
 * @cssproperty --trend-timeline-text - Text colour.
 * @cssproperty --trend-timeline-muted - Axes, ticks and notes.
 * @cssproperty --trend-timeline-grid - Grid lines and table rules.
 * @cssproperty --trend-timeline-background - Background colour.
 * @cssproperty --trend-timeline-provisional - Hatching of provisional years.
 * @cssproperty --trend-timeline-series-1 - Colour of the 1st series (and every 6th after it); likewise -2 to -6.
 * @cssproperty --trend-timeline-font - Font family.
 */
export class TrendTimeline extends LitElement {
  static override styles = trendTimelineStyles;

  /** URL of the contract's index.json (or of a self-contained bundle). */
  @property() src = '';

  /** nation, region:09, province:048, comune:048017 or school:CODE. */
  @property() scope = 'nation';

  /** Metric ids, space-separated; empty for the first metric (stacked view: one per programme). */
  @property() metrics = '';

  /** Scopes to compare with, space-separated; `parents` for every area above the scope. */
  @property() compare = '';

  /** absolute, perSchool or per1000Students (when every metric allows it). */
  @property() normalisation: ValueMode = 'absolute';

  /** lines, stacked or table. */
  @property({ reflect: true }) view: TimelineView = 'lines';

  /** full, sparkline or multiples. */
  @property({ reflect: true }) variant: TimelineVariant = 'full';

  /** The chosen school year (2023 = 2023/24); set it to follow a year chosen elsewhere. */
  @property({ type: Number }) year: number | null = null;

  @state() private _focus: number | null = null;
  @state() private _errorTextReady = false;

  @query('svg[part~="chart"]') private _svg?: SVGSVGElement;

  private _view: ViewModel | null = null;
  private _viewData: TimelineData | null = null;
  private _viewError: UsageError<TimelineUsage> | null = null;
  private readonly _box = new WidthController(this);
  private readonly _warned = new Set<string>();

  private readonly _data = new Task(this, {
    args: () => [this.src, this.scope, this.compare, this.variant] as const,
    task: async ([src, scopeText, compare, variant], { signal }): Promise<TimelineData> => {
      if (!src) throw new UsageError<TimelineUsage>('src');
      const loader = sharedLoader();
      const { index } = await loader.index(src, { signal });
      if (variant === 'multiples') return { index, scopes: [] };
      const scope = parseScope(scopeText || 'nation');
      if (!scope) throw new UsageError<TimelineUsage>('scope', scopeText);
      const main = await loadScope(loader, src, scope, signal);
      const compared: Scope[] = [];
      for (const word of words(compare)) {
        if (word === 'parents') compared.push(...main.parents);
        else {
          const other = parseScope(word);
          if (!other) throw new UsageError<TimelineUsage>('scope', word);
          compared.push(other);
        }
      }
      const unique = [...new Map(compared.filter((s) => scopeKey(s) !== scopeKey(scope)).map((s) => [scopeKey(s), s])).values()];
      return { index, scopes: [main, ...(await Promise.all(unique.map((s) => loadScope(loader, src, s, signal))))] };
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    prepareChartOnce();
  }

  /** The language in effect, read once per update (it walks up the page) and used by everything rendered. */
  private _lang: Language = 'it';

  private get _t() {
    return MESSAGES[this._lang];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this._lang = resolveLanguage(this);
    const data = this._data.status === TaskStatus.COMPLETE ? this._data.value : undefined;
    if (!data) {
      this._view = null;
      return;
    }
    // Measured once before the first chart, so that it is not drawn at a guessed width and then again.
    this._box.measure();
    const same = this._view && this._viewData === data && this._view.lang === this._lang;
    if (same && !['metrics', 'normalisation', 'view'].some((key) => changed.has(key as keyof TrendTimeline))) return;
    this._viewData = data;
    try {
      this._view = this._computeView(data);
      this._viewError = null;
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      this._view = null;
      this._viewError = error;
    }
  }

  protected override updated(): void {
    const error = this._data.status === TaskStatus.ERROR ? this._data.error : this._view ? null : this._viewError;
    if (error) this._reportError(error);
  }

  private _warn(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`[trend-timeline] ${message}`);
  }

  private async _reportError(error: unknown): Promise<void> {
    if (error instanceof UsageError) return this._warn(this._usageMessage(error, 'en'));
    if (!isDataError(error)) return this._warn(String(error));
    this._warn((await localizeError(error)).message);
    this._errorTextReady = true;
  }

  private _usageMessage(error: UsageError<TimelineUsage>, lang: 'it' | 'en'): string {
    const t = MESSAGES[lang];
    const value = JSON.stringify(error.value);
    switch (error.what) {
      case 'src':
        return t.usage.src;
      case 'scope':
        return t.usage.scope(value);
      case 'metric':
        return t.usage.metric(value, (this._data.value?.index.metrics ?? []).map((m) => m.id).join(', '));
      case 'view':
        return t.usage.view(value);
      case 'variant':
        return t.usage.variant(value);
      case 'units':
        return t.mixedUnits;
    }
  }

  /** The metrics asked for; the stacked view defaults to one count per programme (the programme mix). */
  private _metrics(index: NationalIndex, stacked: boolean): MetricDefinition[] {
    const ids = words(this.metrics);
    if (ids.length === 0) {
      if (!stacked) return index.metrics.slice(0, 1);
      const mix = ['etwinning.projects', 'erasmus.ka1', 'erasmus.ka2', 'funding.projects'].flatMap((id) =>
        index.metrics.filter((m) => m.id === id),
      );
      return mix.length > 0 ? mix : index.metrics.slice(0, 1);
    }
    return ids.map((id) => {
      const metric = index.metrics.find((m) => m.id === id);
      if (!metric) throw new UsageError<TimelineUsage>('metric', id);
      return metric;
    });
  }

  private _provisionalYears(index: NationalIndex, metric: MetricDefinition): boolean[] {
    const programme = index.programmes.find((p) => p.id === metric.programme);
    // A metric across all programmes is as provisional as its most provisional part.
    const years = new Set(programme ? programme.provisionalYears : index.programmes.flatMap((p) => p.provisionalYears));
    return index.years.map((year) => years.has(year));
  }

  private _values(area: AreaLike, metric: MetricDefinition, years: number, mode: ValueMode): (number | null)[] {
    return Array.from({ length: years }, (_, i) => areaValue(area, metric.id, i, mode).value);
  }

  private _computeView(data: TimelineData): ViewModel {
    if (!(TIMELINE_VIEWS as readonly string[]).includes(this.view)) throw new UsageError<TimelineUsage>('view', this.view);
    if (!(TIMELINE_VARIANTS as readonly string[]).includes(this.variant)) throw new UsageError<TimelineUsage>('variant', this.variant);
    const { index } = data;
    const stacked = this.view === 'stacked' && this.variant === 'full';
    const metrics = this._metrics(index, stacked);
    const unit = metrics[0]!.unit;
    if (metrics.some((m) => m.unit !== unit)) throw new UsageError<TimelineUsage>('units');
    const allowed = metrics.every((m) => modesOf(m).includes(this.normalisation));
    const mode: ValueMode = (VALUE_MODES as readonly string[]).includes(this.normalisation) && allowed ? this.normalisation : 'absolute';
    const years = index.years;
    const lang = this._lang;
    const series: SeriesView[] = [];
    const scopes = stacked ? data.scopes.slice(0, 1) : data.scopes;
    const provisional = new Map(metrics.map((metric) => [metric, this._provisionalYears(index, metric)]));
    for (const scope of scopes) {
      for (const metric of metrics) {
        const name = scope.scope.level === 'nation' ? this._t.nation : scope.name;
        const label =
          metrics.length > 1 && scopes.length > 1
            ? `${localize(metric.label, lang)} · ${name}`
            : metrics.length > 1
              ? localize(metric.label, lang)
              : name;
        series.push({ label, values: this._values(scope, metric, years.length, mode), provisional: provisional.get(metric)! });
      }
    }
    const what = metrics.length === 1 ? localize(metrics[0]!.label, lang) : metrics.map((m) => localize(m.label, lang)).join(', ');
    const where =
      data.scopes[0] && (metrics.length > 1 || stacked)
        ? ` · ${data.scopes[0].scope.level === 'nation' ? this._t.nation : data.scopes[0].name}`
        : '';
    const title = `${what}${mode === 'absolute' ? '' : ` ${this._t[mode]}`}${where}`;
    return { years, series, metrics, unit, mode, stacked, title, lang, annotations: this._annotations(index, years) };
  }

  private _format(value: number | null, view: Pick<ViewModel, 'unit' | 'mode'>, compact = false): string {
    const unit = view.mode === 'absolute' ? view.unit : view.unit === 'eur' ? 'eur' : 'count';
    const digits = compact ? (Math.abs(value ?? 0) >= 10 ? 0 : 1) : view.mode === 'absolute' ? undefined : 2;
    return formatValue(value, unit, this._lang, digits);
  }

  private _trendSentence(series: SeriesView, view: ViewModel): string {
    const t = this._t;
    const trend = trendOf(series.values, view.years);
    const f = (v: number) => this._format(v, view);
    if (trend.direction === 'none') return t.empty(series.label);
    if (trend.direction === 'single') return t.single(series.label, f(trend.first!.value), formatSchoolYear(trend.first!.year));
    const change = trend.change === null ? '' : formatChange(trend.change, this._lang);
    return (
      t.trend(
        series.label,
        t.directions[trend.direction],
        f(trend.first!.value),
        formatSchoolYear(trend.first!.year),
        f(trend.last!.value),
        formatSchoolYear(trend.last!.year),
        change,
        f(trend.peak!.value),
        formatSchoolYear(trend.peak!.year),
      ) + (trend.gaps ? t.gaps(trend.gaps) : '')
    );
  }

  private _summary(view: ViewModel): string {
    return view.series.map((s) => this._trendSentence(s, view)).join(' ');
  }

  private _selectedIndex(years: readonly number[]): number | null {
    const i = this.year === null ? -1 : years.indexOf(this.year);
    return i < 0 ? null : i;
  }

  private _chooseYear(i: number): void {
    const year = this._view?.years[i];
    if (year === undefined) return;
    if (year !== this.year) {
      this.year = year;
      this.dispatchEvent(new TrendTimelineYearChangeEvent({ year }));
    }
  }

  private _chart(view: ViewModel, width: number, height: number, compact: boolean): ChartModel {
    const maxTick = this._format(Math.max(0, ...view.series.flatMap((s) => s.values.filter((v): v is number => v !== null))), view, true);
    const left = compact ? 2 : Math.min(100, 12 + maxTick.length * 8.5);
    const right = compact ? 8 : this._directLabels(width, view.series.length) ? Math.min(170, Math.round(width * 0.28)) : 14;
    const annotations = compact ? 0 : view.annotations.length;
    return chartModel(
      view.series,
      view.years.length,
      { width, height, top: compact ? 4 : 12, right, bottom: compact ? 4 : ANNOTATIONS_TOP + annotations * TEXT_ROW, left },
      view.stacked,
    );
  }

  /**
   * Lines are named at their ends when there is room beside the chart and few
   * enough of them: beyond MAX_DIRECT_LABELS the labels, kept a text row apart,
   * land far from their lines, and the legend with its markers names them instead.
   */
  private _directLabels(width: number, series: number): boolean {
    return width >= 480 && series <= MAX_DIRECT_LABELS;
  }

  private _annotations(index: NationalIndex, years: readonly number[]): ChartLabels['annotations'] {
    const first = years[0]!;
    const last = years.at(-1)!;
    return index.annotations
      .filter((a) => a.to >= first && a.from <= last)
      .map((a) => ({
        kind: a.kind,
        from: years.indexOf(Math.max(a.from, first)),
        to: years.indexOf(Math.min(a.to, last)),
        label: localize(a.label, this._lang),
      }));
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const view = this._view;
    if (!view) return;
    const lastIndex = view.years.length - 1;
    const current = this._focus ?? this._selectedIndex(view.years) ?? lastIndex;
    const next = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: lastIndex }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      this._focus = Math.max(0, Math.min(lastIndex, next));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._chooseYear(current);
    } else if (event.key === 'Escape') this._focus = null;
  }

  private _yearAt(event: MouseEvent, model: ChartModel, years: number): number {
    const rect = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const x = event.clientX - rect.left;
    const step = years > 1 ? model.x(1) - model.x(0) : 1;
    return Math.max(0, Math.min(years - 1, Math.round((x - model.box.left) / step)));
  }

  private _download(kind: 'csv' | 'svg' | 'png'): void {
    const view = this._view;
    if (!view) return;
    const base = `${view.metrics.map((m) => m.id).join('+')}-${this.scope.replace(':', '-') || 'nation'}`;
    if (kind === 'csv') {
      const header = [this._t.year, ...view.series.map((s) => s.label), this._t.provisional];
      const rows = view.years.map((year, i) => [
        formatSchoolYear(year),
        ...view.series.map((s) => (s.values[i] === null ? null : Math.round(s.values[i]! * 1000) / 1000)),
        view.series
          .filter((s) => s.provisional[i])
          .map((s) => s.label)
          .join('; ') || null,
      ]);
      download(this, `${base}.csv`, new Blob([csvText([header, ...rows])], { type: 'text/csv' }));
      return;
    }
    const rendered = this._svg;
    if (!rendered) return;
    const markup = standaloneSvg(rendered, view.title);
    if (kind === 'svg') download(this, `${base}.svg`, new Blob([markup], { type: 'image/svg+xml' }));
    else {
      const box = rendered.viewBox.baseVal;
      svgToPng(markup, box.width, box.height).then(
        (blob) => blob && download(this, `${base}.png`, blob),
        (error: unknown) => this._warn(`PNG export failed: ${String(error)}`),
      );
    }
  }

  private _renderTooltip(view: ViewModel, model: ChartModel, i: number) {
    const x = model.x(i);
    const side = x > model.box.width / 2 ? { right: `${Math.round(model.box.width - x + 10)}px` } : { left: `${Math.round(x + 10)}px` };
    return html`<div part="tooltip" style=${cssomStyle({ ...side, top: `${model.box.top}px` })}>
      <p><strong>${formatSchoolYear(view.years[i]!)}</strong></p>
      ${view.series.map((s) => html`<p>${s.label}: ${this._format(s.values[i] ?? null, view)}${s.provisional[i] && s.values[i] !== null ? ` (${this._t.provisional})` : ''}</p>`)}
    </div>`;
  }

  private _announcement(view: ViewModel, i: number): string {
    return `${formatSchoolYear(view.years[i]!)}. ${view.series.map((s) => `${s.label}: ${this._format(s.values[i] ?? null, view)}${s.provisional[i] && s.values[i] !== null ? ` (${this._t.provisional})` : ''}`).join('. ')}`;
  }

  private _renderLegend(view: ViewModel) {
    // One element per entry, its line and marker drawn by CSS: not one small SVG each, which would be 21 more SVG roots to lay out.
    return html`<ul part="legend" aria-label=${this._t.legend}>
      ${view.series.map((s, i) => {
        const style = seriesStyle(i);
        return html`<li class=${`${style.className} m${style.marker}`}>${s.label}</li>`;
      })}
    </ul>`;
  }

  private _renderTable(view: ViewModel) {
    const t = this._t;
    return html`<div part="table" tabindex="0" role="region" aria-label=${view.title}>
      <table>
        <caption class="visually-hidden">${view.title}</caption>
        <thead>
          <tr>
            <th scope="col">${t.year}</th>
            ${view.series.map((s) => html`<th scope="col">${s.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${view.years.map(
            (year, i) => html`<tr>
              <th scope="row">${formatSchoolYear(year)}</th>
              ${view.series.map((s) => html`<td class="num">${this._format(s.values[i] ?? null, view)}${s.provisional[i] && s.values[i] !== null ? html` <abbr title=${t.provisional}>*</abbr>` : nothing}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _renderChart(view: ViewModel) {
    const t = this._t;
    const width = Math.max(240, this._box.width || 640);
    const height = Math.round(Math.min(380, Math.max(220, width * 0.5)));
    const model = this._chart(view, width, height, false);
    const focus = this._focus;
    const provisional = view.years.map((_, i) => view.series.some((s) => s.provisional[i]));
    return html`<div
        class="chart"
        role="application"
        aria-roledescription=${t.chart}
        aria-label=${`${view.title}. ${t.instructions}`}
        aria-describedby="summary"
        tabindex="0"
        @keydown=${this._onKeyDown}
        @pointermove=${(event: PointerEvent) => (this._focus = this._yearAt(event, model, view.years.length))}
        @pointerleave=${() => (this._focus = null)}
        @click=${(event: MouseEvent) => this._chooseYear(this._yearAt(event, model, view.years.length))}
        @blur=${() => (this._focus = null)}
      >
        <svg part="chart" viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height} aria-hidden="true">
          ${chartSvg(
            model,
            {
              series: view.series.map((s) => (s.label.length > 21 ? `${s.label.slice(0, 20)}…` : s.label)),
              yearLabels: view.years.map(formatSchoolYear),
              formatTick: (v) => this._format(v, view, true),
              provisional,
              provisionalLabel: t.provisional,
              annotations: view.annotations,
              stacked: view.stacked,
              axes: true,
              directLabels: this._directLabels(width, view.series.length),
              markers: true,
              focus,
              selected: this._selectedIndex(view.years),
            },
            view.years.length,
          )}
        </svg>
        ${focus === null ? nothing : this._renderTooltip(view, model, focus)}
      </div>
      <p class="visually-hidden" aria-live="polite">${focus === null ? '' : this._announcement(view, focus)}</p>
      ${provisional.some(Boolean) ? html`<p class="note">${t.provisionalNote}</p>` : nothing}`;
  }

  private _renderFull(view: ViewModel, data: TimelineData) {
    const t = this._t;
    const views: TimelineView[] = ['lines', 'stacked', 'table'];
    return html`<div part="base">
      <div class="toolbar">
        ${views.map((v) => html`<button aria-pressed=${this.view === v} @click=${() => (this.view = v)}>${t[v]}</button>`)}
        <button @click=${() => this._download('csv')}>${t.download} CSV</button>
        ${
          this.view === 'table'
            ? nothing
            : html`<button @click=${() => this._download('svg')}>${t.download} SVG</button>
              <button @click=${() => this._download('png')}>${t.download} PNG</button>`
        }
      </div>
      <p part="title" class="note title">${view.title}</p>
      ${this._renderLegend(view)} ${this.view === 'table' ? this._renderTable(view) : this._renderChart(view)}
      <p id="summary" part="summary" class="note">${this._summary(view)}</p>
      ${data.index.synthetic ? html`<p class="note" role="note">${t.synthetic}</p>` : nothing}
    </div>`;
  }

  private _renderSparkline(view: ViewModel) {
    const series = view.series.slice(0, 1);
    const sparkView = { ...view, series, stacked: false };
    const width = Math.max(60, Math.min(this._box.width || 120, 240) - 64);
    const model = this._chart(sparkView, width, 32, true);
    const last = model.series[0]?.last;
    return html`<span part="base" class="sparkline" role="img" aria-label=${`${view.title}. ${this._summary(sparkView)}`}>
      <svg part="chart" viewBox=${`0 0 ${width} 32`} width=${width} height="32" aria-hidden="true">
        ${chartSvg(model, bareLabels(this._selectedIndex(view.years)), view.years.length)}
        ${last ? svg`<circle class="last" cx=${last.x} cy=${last.y} r="2.5"></circle>` : nothing}
      </svg>
      <span class="value" aria-hidden="true">${last ? this._format(last.value, view) : this._t.noData}</span>
    </span>`;
  }

  private _renderMultiples(view: ViewModel, data: TimelineData) {
    const t = this._t;
    const metric = view.metrics[0]!;
    const provisional = this._provisionalYears(data.index, metric);
    const regions = data.index.regions.map((region) => ({
      region,
      series: { label: region.name, values: this._values(region, metric, view.years.length, view.mode), provisional },
    }));
    // One y scale for all, so that the small multiples compare.
    const max = Math.max(0, ...regions.flatMap((r) => r.series.values.filter((v): v is number => v !== null)));
    const selected = this._selectedIndex(view.years);
    return html`<div part="base">
      <p part="title" class="note title">${view.title} · ${formatSchoolYear(view.years[0]!)}–${formatSchoolYear(view.years.at(-1)!)}</p>
      <ul class="multiples">
        ${regions.map(({ region, series }) => {
          const model = chartModel(
            [series],
            view.years.length,
            { width: 150, height: 48, top: 3, right: 4, bottom: 3, left: 4 },
            false,
            max,
          );
          const last = model.series[0]!.last;
          const sentence = this._trendSentence(series, view);
          return html`<li>
            <button part="multiple" aria-describedby=${`trend-${region.code}`} @click=${() => this.dispatchEvent(new TrendTimelineSelectEvent({ level: 'region', code: region.code, name: region.name }))}>
              <span class="name">${region.name}</span>
              <svg viewBox="0 0 150 48" preserveAspectRatio="none" aria-hidden="true">
                ${chartSvg(model, bareLabels(selected), view.years.length)}
              </svg>
              <span class="value">${last ? this._format(last.value, view) : t.noData}</span>
            </button>
            <span id=${`trend-${region.code}`} class="visually-hidden">${sentence} ${t.multiplesInstructions}</span>
          </li>`;
        })}
      </ul>
      ${data.index.synthetic ? html`<p class="note" role="note">${t.synthetic}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this._t;
    const status = this._data.status;
    const data = this._data.value;
    const error = status === TaskStatus.ERROR ? this._data.error : status === TaskStatus.COMPLETE && !this._view ? this._viewError : null;
    if (error) {
      const message = error instanceof UsageError ? this._usageMessage(error, this._lang) : errorMessage(error, this._lang);
      return html`<div part="base"><div part="error" role="alert"><strong>${t.error}</strong>: ${message}</div></div>`;
    }
    const view = this._view;
    if (status !== TaskStatus.COMPLETE || !data || !view)
      return html`<div part="base" aria-busy="true"><p class="note">${t.loading}</p></div>`;
    chartDrawn();
    if (this.variant === 'sparkline') return this._renderSparkline(view);
    if (this.variant === 'multiples') return this._renderMultiples(view, data);
    return this._renderFull(view, data);
  }
}
