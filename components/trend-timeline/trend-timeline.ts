import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { sharedLoader } from '../../src/data/loader.js';
import { KeepingDataView } from '../../src/element/keeping-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { choosePresentation } from '../../src/element/presentation-change.js';
import { renderNotes } from '../../src/element/render-notes.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads, type DownloadKind } from '../../src/element/download-buttons.js';
import { formatSchoolYear, prepareNumberFormats } from '../../src/i18n/format.js';
import { ignoredYearText, misplacedNotes, surveyOnlyText, unavailableModeText } from '../../src/i18n/ignored-attribute.js';
import { areaAsScope, programmeAsMetric } from '../../src/element/misplaced-attributes.js';
import { unreadValuesText } from '../../src/i18n/unit-values-text.js';
import { enrolledIn } from '../../src/i18n/students-year.js';
import { localize } from '../../src/i18n/lang.js';
import type { Language } from '../../src/contract/vocabulary.js';
import type { ChartModel } from '../../src/timeline/chart-model.js';
import { loadTimeline, surveyText } from '../../src/timeline/load-timeline.js';
import { timelineView, type TimelineViewModel } from '../../src/timeline/timeline-view.js';
import { WidthController } from '../../src/util/width-controller.js';
import { chartDrawn, prepareChartOnce } from './prepare-chart.js';
import { TrendTimelineSelectEvent, TrendTimelineYearChangeEvent } from './trend-timeline.events.js';
import { MESSAGES } from './trend-timeline.messages.js';
import { trendTimelineStyles } from './trend-timeline.styles.js';
import { CHART_TEXT_SIZE, chartSvg, textGeometry, type TextGeometry } from './trend-timeline.svg.js';
import {
  announcementAt,
  chartFor,
  chartSize,
  directLabels,
  labelRoomGuess,
  labelRoomOf,
  shortLabel,
  renderLegend,
  renderMultiples,
  renderSparkline,
  renderTable,
  renderTooltip,
} from './trend-timeline.templates.js';
import { intervalNoteOf, summaryOf, tickFormat } from './trend-timeline.text.js';
import type { TimelineVariant, TimelineView, ValueMode } from './trend-timeline.types.js';
import { pointIn } from '../../src/util/pointer-point.js';
import { nearestSeries, seriesOrderAt, stepSeries } from '../../src/timeline/nearest-series.js';
import { renderSyntheticNoteFor, syntheticSentence } from '../../src/element/synthetic-note.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

/** The map's and the lists' attributes, which the timeline reads from `scope` and `metrics` (src/element/misplaced-attributes.ts). */
const MISPLACED = {
  ...areaAsScope(true),
  code: (code: string) => [['scope', `school:${code}`] as const],
  metric: (metric: string) => [['metrics', metric] as const],
  programme: programmeAsMetric('metrics'),
};

/** The widths of a chart's texts of one kind, as drawn. */
const drawnWidths = (chart: SVGSVGElement | undefined, selector: string) =>
  [...(chart?.querySelectorAll<SVGTextElement>(selector) ?? [])].map((text) => text.getBBox().width);

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
 * @fires scuole-area-missing - The province or comune it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 * @fires scuole-presentation-change - Its reader chose the lines, the stacked areas or the table; `detail` has `attribute` (`view`) and `value`. A `<linked-view url>` around keeps it in the address.
 *
 * @csspart base - The wrapper of everything.
 * @csspart chart - The chart's SVG.
 * @csspart title - What the chart shows; regular weight by default (one font fewer to look up), `font-weight` here makes it bold.
 * @csspart legend - The legend list.
 * @csspart tooltip - The box of values at the focused year.
 * @csspart table - The table view.
 * @csspart summary - The trend in words.
 * @csspart multiple - One mini chart of the small multiples.
 * @csspart download-note - Why the last download could not be made (a polite live region, empty until then).
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
 * @cssproperty --trend-timeline-sparkline-width - Width of a sparkline, its last value included (default: 10em); a width set on the element wins.
 */

export class TrendTimeline extends ScuoleElement<(typeof MESSAGES)['it']> {
  static override styles = trendTimelineStyles;

  /** URL of the contract's index.json (or of a self-contained bundle). */
  @property() src = '';

  /** nation, region:09, province:048, comune:048017 or school:CODE. */
  @property() scope = 'nation';

  /** Metric ids, space-separated; empty for the first metric (stacked view: one per programme). */
  @property() metrics = '';

  /** Scopes to compare with, space-separated; `parents` for every area above the scope. */
  @property() compare = '';

  /**
   * absolute, perSchool or per1000Students (when every metric allows it); empty for absolute values, or per
   * institution where a school or areas are compared and in the small multiples.
   */
  @property() normalisation: ValueMode | '' = '';

  /** lines, stacked or table. */
  @property({ reflect: true }) view: TimelineView = 'lines';

  /** full, sparkline or multiples. */
  @property({ reflect: true }) variant: TimelineVariant = 'full';

  /** The chosen school year (2023 = 2023/24); set it to follow a year chosen elsewhere. */
  @property({ type: Number }) year: number | null = null;

  /**
   * With survey metrics, a question of the survey to show across its waves in their place (set by `<linked-view>` from
   * `<survey-results>`' picker): its options' lines or its mean, or the metrics' own words where they are all of it.
   * One no wave asks is ignored, and said.
   */
  @property() question = '';

  /** The least top of the value axis, in the unit it shows (`50%`, `2.5`): charts side by side share their scale. */
  @property({ attribute: 'value-max' }) valueMax = '';

  @state() private _focus: number | null = null;
  /** The line nearest the pointer (or the legend entry pointed at): drawn with its band, the others faded. */
  @state() private _pointed: number | null = null;
  /** The line picked with the arrow keys or a tap, until Escape, a tap away from every line or the focus leaves. */
  @state() private _picked: number | null = null;
  /** The year labels' width on screen: with the reader's text spacing (WCAG 1.4.12) they take more room, and fewer are shown. */
  @state() private _yearLabelWidth = 64;
  /** An annotation's character width on screen: with the reader's text spacing a label read from its line ran past the chart's edge. */
  @state() private _annotationCharWidth = 8;
  /** The chart's text size on screen: enlarged by the reader (WCAG 1.4.4), its rows and gaps grow with it (textGeometry). */
  @state() private _textSize = CHART_TEXT_SIZE;
  /** The room the lines' names took when drawn, where it was more than guessed (capitals, a wider font): for that view. */
  @state() private _labelRoom: { view: TimelineViewModel; room: number } | null = null;

  @query('svg[part~="chart"]') private _svg?: SVGSVGElement;

  protected readonly _messages = MESSAGES;
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));
  private readonly _box = new WidthController(this);
  /**
   * The full chart's model, made in willUpdate for the view, the width, the room of the lines' names, the width of an
   * annotation's character and the text's geometry (not at every render), and whether the names are drawn.
   */
  private _chart: {
    view: TimelineViewModel;
    width: number;
    room: number;
    named: boolean;
    characters: number;
    text: TextGeometry;
    model: ChartModel;
  } | null = null;
  /** The view whose notes were last warned of. */
  private _noted: TimelineViewModel | null = null;

  private readonly _data = new KeepingDataView(this, {
    // A province or comune the data does not hold: a <linked-view> around shows the region instead.
    onError: tellMissingArea,
    // Survey metrics are read from their waves' files: a change of them loads again, a change of the contract's does not.
    args: () => {
      const survey = surveyText(this.metrics);
      return [this.src, this.scope, this.compare, this.variant === 'multiples', survey, survey && this.question] as const;
    },
    load: ([src, scope, compare, multiples, survey, question], signal) =>
      loadTimeline(sharedLoader(), src, scope, compare, multiples, signal, survey, question),
    inputs: () => ({
      metrics: this.metrics,
      normalisation: this.normalisation,
      view: this.view,
      variant: this.variant,
      valueMax: this.valueMax,
    }),
    derive: (data, inputs, lang) => {
      const t = MESSAGES[lang];
      return timelineView(data, inputs, lang, {
        nation: t.nation,
        // Every year over one year's students: said after the normalisation's name (src/i18n/students-year.ts).
        modes: { perSchool: t.perSchool, per1000Students: t.per1000Students + enrolledIn(data.index.studentsYear, lang) },
        share: t.share,
        levels: t.levels,
      });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    prepareChartOnce();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this._data.view;
    if (!view) return;
    // The console in English, as every warning: the notes' own sentences, when the view or the year changes (not at
    // every move of the focus line).
    if (view !== this._noted || changed.has('year') || changed.has('question')) {
      this._noted = view;
      for (const note of this._notesText(view, 'en', true)) this._warnOnce(note);
    }
    // A line picked is one of this view's lines: another view's (a question changed elsewhere) starts with all of them.
    if (this._chart && this._chart.view !== view) [this._picked, this._pointed] = [null, null];
    // Measured once before the first chart, so that it is not drawn at a guessed width and then again.
    const { width, height } = chartSize(this._box.measure());
    // The names' measured room only ever grows past the chart's: a move of the focus line costs no more than a compare.
    const measured = this._labelRoom?.view === view ? this._labelRoom.room : 0;
    const characters = this._annotationCharWidth;
    const chart = this._chart;
    if (
      this.variant === 'full' &&
      (chart?.view !== view ||
        chart.width !== width ||
        measured > chart.room ||
        chart.characters !== characters ||
        chart.text.scale !== this._textSize / CHART_TEXT_SIZE)
    ) {
      const text = textGeometry(this._textSize);
      const room = Math.max(labelRoomGuess(view.series, text), measured);
      const named = directLabels(width, view.series, room);
      const model = chartFor(view, width, height, false, this._lang, { room, characterWidth: characters, text });
      this._chart = { view, width, room, named, characters, text, model };
    }
  }

  private _selectedIndex(years: readonly number[]): number | null {
    const i = this.year === null ? -1 : years.indexOf(this.year);
    return i < 0 ? null : i;
  }

  private _chooseYear(i: number): void {
    const year = this._data.view?.years[i];
    if (year === undefined || year === this.year) return;
    this.year = year;
    this.dispatchEvent(new TrendTimelineYearChangeEvent({ year }));
  }

  /** Lines can be told apart where there are two or more, not piled up. */
  private _emphasisable(view: TimelineViewModel): boolean {
    return !view.stacked && view.series.length > 1 && this.view !== 'table';
  }

  /** The line in emphasis: the one pointed at, else the one picked. */
  private _emphasis(view: TimelineViewModel): number | null {
    return this._emphasisable(view) ? (this._pointed ?? this._picked) : null;
  }

  private _onKeyDown(event: KeyboardEvent): void {
    const view = this._data.view;
    if (!view) return;
    const lastIndex = view.years.length - 1;
    const current = this._focus ?? this._selectedIndex(view.years) ?? lastIndex;
    const next = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: lastIndex }[event.key];
    const step = { ArrowUp: -1, ArrowDown: 1 }[event.key] as -1 | 1 | undefined;
    if (next !== undefined) {
      event.preventDefault();
      this._focus = Math.max(0, Math.min(lastIndex, next));
    } else if (step !== undefined && this._chart && this._emphasisable(view)) {
      // Up and down go through the lines at the year in view, as they lie on the chart.
      event.preventDefault();
      this._focus = current;
      this._picked = stepSeries(seriesOrderAt(this._chart.model, current), this._picked, step);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this._chooseYear(current);
    } else if (event.key === 'Escape') [this._focus, this._picked] = [null, null];
  }

  /**
   * The line under the pointer, if any: within a finger's reach of a touch (the chart's text row, 18 px at the default
   * size), within half that of a mouse, so that between the lines a year's tooltip still gives every line's value.
   */
  private _lineAt(event: MouseEvent, model: ChartModel): number | null {
    const [x, y] = pointIn(event, event.currentTarget as HTMLElement);
    const row = this._chart?.text.row ?? 18;
    return nearestSeries(model, x, y, (event as PointerEvent).pointerType === 'touch' ? row : row / 2);
  }

  private _yearAt(event: MouseEvent, model: ChartModel, years: number): number {
    const [x] = pointIn(event, event.currentTarget as HTMLElement);
    const step = years > 1 ? model.x(1) - model.x(0) : 1;
    return Math.max(0, Math.min(years - 1, Math.round((x - model.box.left) / step)));
  }

  private _download(kind: DownloadKind): void {
    const view = this._data.view;
    if (!view) return;
    // The export code comes when a download is first asked for: most visitors never download.
    const data = this._data.data!;
    this._downloadNote.started();
    // The picture is the whole chart, every line with its band, not the one a reader last picked.
    [this._pointed, this._picked] = [null, null];
    Promise.all([import('./trend-timeline.export.js'), this.updateComplete])
      .then(([{ downloadTimeline, PngBlockedError }]) =>
        downloadTimeline(this, kind, view, data, this.scope, this._svg, this._t, this._lang).catch((error: unknown) =>
          // Why, where we know it: the page's policy refuses the image a PNG is drawn from.
          this._downloadNote.failed(kind, error, error instanceof PngBlockedError ? (lang) => MESSAGES[lang].pngBlocked : undefined),
        ),
      )
      .catch((error: unknown) => this._downloadNote.failed(kind, error));
  }

  private _renderChart(view: TimelineViewModel, model: ChartModel) {
    const t = this._t;
    const lang = this._lang;
    const { width, height } = model.box;
    const focus = this._focus;
    const emphasis = this._emphasis(view);
    const provisional = view.years.map((_, i) => view.series.some((s) => s.provisional[i]));
    return html`<div
        class="chart"
        role="application"
        aria-roledescription=${t.chart}
        aria-label=${`${view.title}. ${t.instructions}${this._emphasisable(view) ? ` ${t.lineInstructions}` : ''}`}
        aria-describedby="summary"
        tabindex="0"
        @keydown=${this._onKeyDown}
        @pointermove=${(event: PointerEvent) => {
          this._focus = this._yearAt(event, model, view.years.length);
          this._pointed = this._lineAt(event, model);
        }}
        @pointerleave=${() => ([this._focus, this._pointed] = [null, null])}
        @click=${(event: MouseEvent) => {
          // A tap on a line keeps it drawn with its band (a finger does not hover); a tap away from every line lets it go.
          this._picked = this._lineAt(event, model);
          this._chooseYear(this._yearAt(event, model, view.years.length));
        }}
        @blur=${() => ([this._focus, this._picked] = [null, null])}
      >
        <svg part="chart" viewBox=${`0 0 ${width} ${height}`} width=${width} height=${height} aria-hidden="true">
          ${chartSvg(
            model,
            {
              series: view.series.map((s) => shortLabel(s.label)),
              yearLabels: view.years.map(formatSchoolYear),
              formatTick: tickFormat(view, lang, model.yTicks),
              provisional,
              provisionalLabel: t.provisional,
              annotations: view.annotations,
              stacked: view.stacked,
              axes: true,
              directLabels: this._chart!.named,
              markers: true,
              focus,
              selected: this._selectedIndex(view.years),
              under: new Set(view.series.map((s) => s.sameAs)),
              emphasis,
              yearLabelWidth: this._yearLabelWidth,
              annotationCharWidth: this._annotationCharWidth,
              text: this._chart!.text,
            },
            view.years.length,
          )}
        </svg>
        ${focus === null ? nothing : renderTooltip(view, model, focus, t, lang, emphasis)}
      </div>
      <p class="visually-hidden" aria-live="polite">${focus === null ? '' : announcementAt(view, focus, t, lang, emphasis)}</p>
      ${provisional.some(Boolean) ? html`<p class="note">${t.provisionalNote}</p>` : nothing}`;
  }

  /**
   * What the chart shows other than its page asked (src/i18n/ignored-attribute.ts): a normalisation some metrics do
   * not offer (every series in absolute values), a year the data does not have (none selected; "2025/26" is written
   * 2025, and as a number it is NaN: the attribute says what was written), the map's attributes that it reads in
   * its own (`region="09"` is its `scope="region:09"`); and values per institution where totals would not compare.
   * `warned`: the notes for the console.
   */
  private _notesText(view: TimelineViewModel, lang: Language, warned = false): string[] {
    const notes: string[] = [];
    const unavailable = view.modeUnavailable;
    if (unavailable) notes.push(unavailableModeText(unavailable.mode, unavailable.metrics, lang));
    // A warning only where the page wrote another normalisation: without one, it is how the chart compares.
    if (view.perInstitution && (!warned || this.normalisation)) notes.push(this._messages[lang].perInstitution[view.perInstitution]);
    if (view.stackRefused) notes.push(this._messages[lang].stackRefused(view.stackRefused));
    if (view.unstacked) notes.push(view.unstacked[lang]);
    if (view.unshown) notes.push(this._messages[lang].unshown(view.unshown));
    if (this.question && !surveyText(this.metrics)) notes.push(surveyOnlyText('question', this.question, 'metrics', lang));
    if (this.year !== null && !view.years.includes(this.year))
      notes.push(ignoredYearText(this.getAttribute('year') ?? String(this.year), view.years, lang));
    const max = view.valueMaxIgnored;
    if (max) notes.push(unreadValuesText('value-max', max.written, max.problem, max.token, 1, this._messages[lang].ownAxis, lang));
    for (const note of view.dataNotes ?? []) notes.push(localize(note, lang));
    return [...notes, ...misplacedNotes(this, MISPLACED, lang)];
  }

  private _notes(view: TimelineViewModel) {
    return renderNotes(this._notesText(view, this._lang));
  }

  private _renderFull(view: TimelineViewModel, synthetic: TemplateResult | typeof nothing) {
    const t = this._t;
    // Stacked areas only where the metrics can be piled up; the button pressed is the view shown.
    const views: TimelineView[] = view.canStack ? ['lines', 'stacked', 'table'] : ['lines', 'table'];
    const table = this.view === 'table';
    const shown = table ? 'table' : view.stacked ? 'stacked' : 'lines';
    return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}>
      <div class="toolbar">
        ${views.map((v) => html`<button aria-pressed=${shown === v} @click=${() => choosePresentation(this, 'view', v)}>${t[v]}</button>`)}
        ${renderDownloads(t.download, table ? ['csv', 'xlsx'] : ['csv', 'xlsx', 'svg', 'png'], (kind) => this._download(kind))}
      </div>
      ${this._downloadNote.render()}
      <p part="title" class="note title">${view.title}</p>
      ${this._notes(view)}
      ${renderLegend(view, t, this._emphasisable(view) ? (i) => (this._pointed = i) : undefined)} ${table ? renderTable(view, t, this._lang) : this._renderChart(view, this._chart!.model)}
      <p id="summary" part="summary" class="note">${summaryOf(view, t, this._lang)}</p>
      ${renderNotes([intervalNoteOf(view, t, this._lang)])}
      ${synthetic}
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A pointer move only moves the focus and the line in emphasis: the labels are as they were (no layout read on that path).
    const moved: PropertyKey[] = ['_focus', '_pointed', '_picked'];
    if (changed.size > 0 && [...changed.keys()].every((key) => moved.includes(key))) return;
    // The chart's text size as drawn: enlarged, its rows and gaps are made again for it on the next frame.
    const drawn = this._svg?.querySelector('text');
    const size = drawn ? parseFloat(getComputedStyle(drawn).fontSize) : NaN;
    if (size > 0 && Math.abs(size - this._textSize) > 0.25) this._textSize = size;
    // Measured on the drawn labels: a wider text (spacing, a larger font) spaces them out on the next frame.
    const needed = Math.ceil(Math.max(0, ...drawnWidths(this._svg, 'text.year'))) + 12;
    if (needed > this._yearLabelWidth) this._yearLabelWidth = needed;
    // The annotations' labels, placed and broken into lines by their characters' width: wider on screen, they are
    // placed again with it. Per line, a tspan or a text of one line (a selector with :has() throws in older
    // browsers); a line's trailing space, kept for copying, is not drawn.
    const lines = [...(this._svg?.querySelectorAll<SVGTextElement>('.annotation text') ?? [])].flatMap((text) => {
      const spans = [...text.querySelectorAll('tspan')];
      return spans.length ? spans : [text];
    });
    const perCharacter = Math.max(0, ...lines.map((line) => line.getBBox().width / Math.max(1, line.textContent?.trim().length ?? 0)));
    if (perCharacter > this._annotationCharWidth) this._annotationCharWidth = Math.ceil(perCharacter * 10) / 10;
    // And the lines' names: wider than guessed, they get more room or, past the chart's share for them, the legend alone.
    const names = drawnWidths(this._svg, 'text.direct-label');
    const room = labelRoomOf(names, this._chart?.text);
    if (names.length > 0 && this._chart && room > this._chart.room) this._labelRoom = { view: this._chart.view, room };
  }

  override render() {
    const view = this._data.view;
    const data = this._data.data;
    if (!view || !data) return this._data.renderStatus(this.variant === 'full' && this.view !== 'table' ? 'chart-box' : '');
    chartDrawn();
    const selected = this._selectedIndex(view.years);
    const metrics = view.metrics.map((m) => m.id);
    // A sparkline has no room for a note: it says it, and that its data is synthetic, in its text alternative and its tooltip.
    if (this.variant === 'sparkline') {
      const notes = [...this._notesText(view, this._lang), syntheticSentence(data.index, metrics, this._lang, this._t.synthetic)];
      return renderSparkline(view, this._box.width, selected, this._t, this._lang, notes.filter(Boolean).join(' '));
    }
    // Whether the values shown are synthetic, or only other data of the release.
    const synthetic = renderSyntheticNoteFor(this, data.index, metrics, this._lang);
    if (this.variant === 'multiples') {
      const select = (region: { code: string; name: string }) =>
        this.dispatchEvent(new TrendTimelineSelectEvent({ level: 'region', code: region.code, name: region.name }));
      const notes = html`${this._notes(view)}${synthetic}`;
      return renderMultiples(view, data, selected, this._t, this._lang, select, notes);
    }
    return this._renderFull(view, synthetic);
  }
}
