import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { sourceLines } from '../../src/util/source-text.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { programmeProvisionalYears } from '../../src/contract/provisional-years.js';
import { ACTIVITY_PROGRAMMES, type ActivityProgramme, type Language } from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { indexAhead } from '../../src/data/index-ahead.js';
import { KeepingDataView } from '../../src/element/keeping-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { choosePresentation } from '../../src/element/presentation-change.js';
import { ignoreUnknown } from '../../src/element/ignore-unknown.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads } from '../../src/element/download-buttons.js';
import { PrintMedia } from '../../src/element/print-media.js';
import { RowWindow } from '../../src/element/row-window.js';
import { UsageError } from '../../src/element/usage-error.js';
import { NotFoundError } from '../../src/errors.js';
import { prepareNumberFormats } from '../../src/i18n/format.js';
import { localize } from '../../src/i18n/lang.js';
import { BAND_NOTE } from '../../src/i18n/places.js';
import { ignoredChoicesText, ignoredYearText, misplacedNotes } from '../../src/i18n/ignored-attribute.js';
import { areaAsScope, metricAsProgramme } from '../../src/element/misplaced-attributes.js';
import { renderNotes } from '../../src/element/render-notes.js';
import {
  filterRows,
  institutionRows,
  INSTITUTION_FILTERS,
  INSTITUTION_SORTS,
  sortRows,
  type InstitutionFilter,
  type InstitutionRow,
  type InstitutionSort,
} from '../../src/institutions/institution-rows.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { showAcross } from '../../src/util/show-across.js';
import { parseScope, regionOfScope } from '../../src/timeline/scopes.js';
import { InstitutionListSelectEvent, type InstitutionChoice } from './institution-list.events.js';
import { MESSAGES, type InstitutionListMessages, type InstitutionListUsage } from './institution-list.messages.js';
import { institutionListStyles } from './institution-list.styles.js';
import { columnLabels, headerRow, institutionRow, wordColumns } from './institution-list.templates.js';

prepareNumberFormats();

interface ListData {
  index: NationalIndex;
  /** Null at national scope: the element offers the regions. */
  where: string | null;
  rows: InstitutionRow[];
  years: number[];
  year: number | null;
}

/** The attributes with a fixed vocabulary, each with its values (the first is the default). */
const CHOICES = [
  ['filter', INSTITUTION_FILTERS],
  ['sort', INSTITUTION_SORTS],
  ['programme', ACTIVITY_PROGRAMMES],
] as const;

/** The map's places and metric, which this list reads from `scope` and `programme` (src/element/misplaced-attributes.ts). */
const MISPLACED = { ...areaAsScope(true), metric: metricAsProgramme };

/**
 * The institutions of a region, a province or a comune, as a grid that draws
 * only the rows on screen (a few thousand stay fast): name and code, comune,
 * grade group, students, status in a year or the reference years for a
 * programme, index band, the registry's contacts (only http(s) websites are
 * links) and, for an inactive institution, its proposed mentors, which open
 * their profile. One tab stop; arrow keys, Home, End, Page Up and Page Down
 * move inside. It downloads what it shows as CSV or XLSX. At national scope
 * it asks for a region first.
 *
 * @tagname institution-list
 * @summary The institutions of an area, with their contacts and mentors, to act on.
 *
 * @fires institution-list-select - The user opened an institution or a mentor; `detail` has `level` ('school'), `code` and `name`.
 * @fires scuole-area-missing - The province or comune it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 * @fires scuole-presentation-change - Its reader chose which institutions to show or their order; `detail` has `attribute` (`filter`, `sort`) and `value`. A `<linked-view url>` around keeps it in the address.
 *
 * @csspart base - The wrapper of everything.
 * @csspart caption - The sentence that says what the list holds (announced when it changes).
 * @csspart toolbar - The filter, the sort and the downloads.
 * @csspart grid - The grid of institutions.
 * @csspart download-note - Why the last download could not be made (a polite live region, empty until then).
 * @csspart error - The error message.
 *
 * @cssproperty --institution-list-accent - Links and buttons (default: --se-color-primary, #0066cc).
 * @cssproperty --institution-list-text - Text colour.
 * @cssproperty --institution-list-muted - Secondary text.
 * @cssproperty --institution-list-rule - Lines between rows.
 * @cssproperty --institution-list-background - Background colour.
 * @cssproperty --institution-list-focus - Focus ring.
 * @cssproperty --institution-list-font - Font family.
 * @cssproperty --institution-list-radius - Corner radius.
 * @cssproperty --institution-list-height - Height of the scrolling grid (default: 26em; never more than 75% of the screen's).
 */
export class InstitutionList extends ScuoleElement<InstitutionListMessages> {
  static override styles = institutionListStyles;

  /** URL of the contract's index.json. */
  @property() src = '';

  /** `region:09`, `province:048` or `comune:048017`; `nation` offers the regions. */
  @property() scope = 'nation';

  /** Which institutions: `inactive` (default), `active`, `role-models` or `all`. */
  @property({ reflect: true }) filter: InstitutionFilter = 'inactive';

  /** `name` (default), `comune`, `students` or `index`. */
  @property({ reflect: true }) sort: InstitutionSort = 'name';

  /** Activity in `all` programmes (default), `etwinning`, `erasmus` or `funding`. */
  @property() programme: ActivityProgramme = 'all';

  /** A school year (2024 = 2024/25); empty: the index's reference years, the period mentoring is proposed for. */
  @property() year = '';

  @state() private _focus = { row: 0, part: 0 };

  private get _scroller(): HTMLElement | null {
    return this.renderRoot.querySelector('.scroller');
  }

  protected readonly _messages = MESSAGES;
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));
  private readonly _print = new PrintMedia(this);
  /** The longest words of the comune's and grade group's columns, for their widths (wordColumns), once per list and language. */
  private _words?: { rows: readonly InstitutionRow[]; lang: Language; style: Record<string, string> };
  /**
   * The rows drawn for where the grid is scrolled, each as tall as its own text
   * (two mentors or a long address make one taller, not every row): measured
   * once drawn, estimated until then (4.75em of 16 px and a border before any
   * is drawn). Text size, zoom, the host's fonts and the reader's text spacing
   * are in what is measured.
   */
  private readonly _window = new RowWindow(this, {
    scroller: () => this._scroller,
    drawn: () => this.renderRoot.querySelectorAll<HTMLElement>('.body [role="row"][data-row]'),
    stuck: () => this.renderRoot.querySelector<HTMLElement>('.head')?.offsetHeight ?? 0,
    windowed: () => !this._print.printing,
    overscan: 6,
    fallback: 77,
    // 26em until the box is drawn.
    height: 416,
  });
  /** The attributes ignored, by name, with the value written (said under the caption). */
  protected override readonly _ignored = new Map<string, string>();
  private _shownFrom: { rows: InstitutionRow[]; filter: string; sort: string } | null = null;
  private _shown: InstitutionRow[] = [];

  private readonly _data = new KeepingDataView(this, {
    // A province or comune the data does not hold: a <linked-view> around shows the region instead.
    onError: tellMissingArea,
    args: () => [this.src, this.scope, this.programme, this.year] as const,
    load: async ([src, scopeText, programme, yearText], signal): Promise<ListData> => {
      if (!src) throw new UsageError<InstitutionListUsage>('src');
      const scope = parseScope(scopeText || 'nation');
      if (!scope || scope.level === 'school') throw new UsageError<InstitutionListUsage>('scope', scopeText);
      const loader = sharedLoader();
      // A region's shard is asked for while the index is on its way (src/data/index-ahead.ts).
      const { index, url } = await indexAhead(loader, src, scope, signal);
      // A year the data does not have, like an unknown programme, is ignored with a warning (see willUpdate).
      const year = index.years.includes(Number(yearText)) ? Number(yearText) : null;
      if (yearText && year === null) this._warnOnce(`ignored year=${JSON.stringify(yearText)}: not a year of the data.`, 'year');
      const years = year === null ? (index.methods.index.referenceYears ?? []) : [year];
      if (scope.level === 'nation') return { index, where: null, rows: [], years, year };
      // An ISTAT comune code starts with its province's.
      const province = scope.level === 'region' ? '' : scope.code.slice(0, 3);
      const shard = await loader.region(src, regionOfScope(index, scope, url), { signal });
      const comune = scope.level === 'comune' ? scope.code : '';
      const where = comune
        ? shard.comuni.find((c) => c.code === comune)?.name
        : province
          ? shard.provinces.find((p) => p.code === province)?.name
          : shard.region.name;
      if (!where) throw new NotFoundError(scope.level, scope.code, url);
      const rows = institutionRows(shard, { province, comune }, programme, years);
      return { index, where, rows, years, year };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A value the element does not know is ignored with a warning: the default stands.
    ignoreUnknown(this, changed, CHOICES, (message, key) => this._warnOnce(message, key), this._ignored);
    this._updateShown();
  }

  /** The rows shown: filtered and sorted once per data, filter and sort; a new list starts at its top. */
  private _updateShown(): void {
    const data = this._data.view;
    if (!data) return;
    const from = { rows: data.rows, filter: this.filter, sort: this.sort };
    const memo = this._shownFrom;
    if (memo && memo.rows === from.rows && memo.filter === from.filter && memo.sort === from.sort) return;
    this._shownFrom = from;
    this._shown = sortRows(filterRows(data.rows, this.filter), this.sort);
    this._focus = { row: 0, part: 0 };
    this._window.setRows(this._shown.map((row) => row.code));
  }

  private _choose(choice: InstitutionChoice): void {
    this.dispatchEvent(new InstitutionListSelectEvent(choice));
  }

  /** Moves the grid's focus to a part of a row, scrolling it into view, and focuses it once drawn. */
  private async _moveTo(row: number, part: number): Promise<void> {
    const rows = this._shown.length;
    if (rows === 0) return;
    row = Math.max(0, Math.min(rows - 1, row));
    const scroller = this._scroller!;
    await this._window.show(row);
    // A row has as many parts as it has links and cells: a move past its last part lands on the last.
    await this.updateComplete;
    const count = this.renderRoot.querySelectorAll(`[data-row="${row}"] [data-t]`).length;
    this._focus = { row, part: Math.max(0, Math.min(part, count - 1)) };
    await this.updateComplete;
    const target = this.renderRoot.querySelectorAll<HTMLElement>(`[data-row="${row}"] [data-t]`)[this._focus.part];
    target?.focus({ preventScroll: true });
    // The rows were scrolled above, by their height; sideways, the cell is brought into the box (a phone shows two
    // columns of eight), beside the names' column that stays at its start, not under it; a name, always in sight, takes
    // the row back to its start.
    if (target) {
      const cell = target.closest<HTMLElement>('[role="gridcell"]') ?? target;
      const names = cell.parentElement?.firstElementChild;
      if (names === cell) scroller.scrollLeft = 0;
      else showAcross(scroller, cell, names?.getBoundingClientRect().width ?? 0);
    }
  }

  private readonly _onKeydown = (event: KeyboardEvent) => {
    // Where the focus is (a click may have put it anywhere in the grid): its row and its part in the row.
    const target = event.composedPath()[0] as HTMLElement;
    const rowElement = target.closest<HTMLElement>('[data-row]');
    if (!rowElement) return;
    const row = Number(rowElement.dataset.row);
    const part = [...rowElement.querySelectorAll('[data-t]')].indexOf(target);
    // A page: the rows the box holds whole, at least one.
    const page = this._window.page;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [row + 1, part],
      ArrowUp: [row - 1, part],
      PageDown: [row + page, part],
      PageUp: [row - page, part],
      ArrowRight: [row, part + 1],
      ArrowLeft: [row, part - 1],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [this._shown.length - 1, part] : [row, 99],
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    void this._moveTo(...move);
  };

  /**
   * How the mentors were chosen, where the rows include an inactive institution (the one a mentor is for): an empty
   * cell of the column then says why (none free within reach) to the reader and in the files.
   */
  private _mentorsNote(index: NationalIndex, rows: readonly InstitutionRow[]): string | null {
    const method = index.methods.mentors;
    return method && rows.some((row) => !row.active)
      ? `${localize(method.label, this._lang)}: ${localize(method.description, this._lang)}`
      : null;
  }

  private async _download(kind: 'csv' | 'xlsx', data: ListData, caption: string, provisional: boolean): Promise<void> {
    this._downloadNote.started();
    try {
      const { downloadList } = await import('./institution-list.export.js');
      await downloadList(this, kind, `istituzioni-${this.scope.replace(':', '-')}-${this.filter}`, {
        rows: this._shown,
        lang: this._lang,
        t: this._t,
        caption,
        sources: sourceLines(data.index, this._lang),
        generatedAt: data.index.generatedAt,
        synthetic: data.index.synthetic,
        provisional,
        studentsYear: data.index.studentsYear,
        mentorsNote: this._mentorsNote(data.index, this._shown),
      });
    } catch (error) {
      this._downloadNote.failed(kind, error);
    }
  }

  private _toolbar(data: ListData, caption: string, provisional: boolean) {
    const t = this._t;
    return html`<div class="toolbar" part="toolbar">
      <label
        >${t.filterLabel}
        <select @change=${(e: Event) => choosePresentation(this, 'filter', (e.target as HTMLSelectElement).value)}>
          ${INSTITUTION_FILTERS.map((f) => html`<option value=${f} .selected=${f === this.filter}>${t.filters[f]}</option>`)}
        </select></label
      >
      <label
        >${t.sortLabel}
        <select @change=${(e: Event) => choosePresentation(this, 'sort', (e.target as HTMLSelectElement).value)}>
          ${INSTITUTION_SORTS.map((s) => html`<option value=${s} .selected=${s === this.sort}>${t.sorts[s]}</option>`)}
        </select></label
      >
      ${renderDownloads(t.download, ['csv', 'xlsx'], (kind) => this._download(kind, data, caption, provisional))}
    </div>`;
  }

  private _grid(rows: InstitutionRow[], studentsYear: number | undefined) {
    const t = this._t;
    // On paper every row (below), not the scrolled window's.
    const first = this._print.printing ? 0 : Math.min(this._window.first, Math.max(0, rows.length - 1));
    const open = (code: string, name: string) => this._choose({ level: 'school', code, name });
    const labels = columnLabels(t, studentsYear);
    if (this._words?.rows !== rows || this._words.lang !== this._lang)
      this._words = { rows, lang: this._lang, style: wordColumns(rows, this._lang) };
    const rowOf = (row: InstitutionRow, i: number) =>
      institutionRow(row, {
        t,
        lang: this._lang,
        index: first + i,
        focused: this._focus.row === first + i ? this._focus.part : -1,
        labels,
        open,
      });
    // On paper a table of one cell a row, each holding the grid's row: Chromium prints a <thead> again at the top of
    // every page, and a grid's heading once (a region's list, 37 pages, read on without it). The roles stay the grid's.
    if (this._print.printing)
      return html`<div class="scroller" style=${cssomStyle(this._words.style)}>
        <table role="grid" part="grid" class="paper" aria-labelledby="caption" aria-rowcount=${rows.length + 1}>
          <thead role="rowgroup" class="head">
            <tr role="none"><th role="none" colspan="8">${headerRow(t, this.sort, labels)}</th></tr>
          </thead>
          <tbody role="rowgroup" class="body">
            ${rows.map((row, i) => html`<tr role="none"><td role="none" colspan="8">${rowOf(row, i)}</td></tr>`)}
          </tbody>
        </table>
      </div>`;
    const last = Math.max(first, Math.min(rows.length, this._window.last));
    const { above, below } = this._window.spacers(first, last);
    return html`<div
      class="scroller sideways"
      style=${cssomStyle(this._words.style)}
      @scroll=${this._window.onScroll}
      @scrollend=${this._window.onScrollEnd}
    >
      <div role="grid" part="grid" aria-labelledby="caption" aria-rowcount=${rows.length + 1} aria-describedby="hint" @keydown=${this._onKeydown}>
        <div role="rowgroup" class="head">${headerRow(t, this.sort, labels)}</div>
        <div role="rowgroup" class="body">
          <div role="none" style=${cssomStyle({ 'block-size': `${above}px` })}></div>
          ${rows.slice(first, last).map(rowOf)}
          <div role="none" style=${cssomStyle({ 'block-size': `${below}px` })}></div>
        </div>
      </div>
    </div>`;
  }

  override render() {
    const data = this._data.view;
    if (!data) return this._data.renderStatus();
    const t = this._t;
    const misplaced = misplacedNotes(this, MISPLACED, this._lang, (message, key) => this._warnOnce(message, key));
    // Italy's tens of thousands of institutions are never listed at once: a region first (on the map, or the scope attribute).
    if (data.where === null)
      return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}><p class="note" part="caption">${t.chooseRegion}</p>${renderNotes(misplaced)}</div>`;
    const rows = this._shown;
    // An institution inactive in a year still being reported may yet turn out active: the caption and the files say so.
    const provisional = programmeProvisionalYears(data.index, this.programme).filter((year) => data.years.includes(year));
    const caption = t.caption(
      rows.length,
      t.filters[this.filter],
      data.where,
      t.programmes[this.programme] ?? '',
      t.when(data.year, data.years) + (provisional.length ? t.provisional(provisional, provisional.length === data.years.length) : ''),
    );
    return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}>
      <p id="caption" part="caption" aria-live="polite">${caption}</p>
      ${renderNotes([
        this.year && data.year === null && ignoredYearText(this.year, data.index.years, this._lang),
        ...ignoredChoicesText(this._ignored, CHOICES, this, this._lang),
        ...misplaced,
      ])}
      ${this._toolbar(data, caption, provisional.length > 0)} ${this._downloadNote.render()}
      ${rows.length ? html`${this._grid(rows, data.index.studentsYear)}<p id="hint" class="note">${t.keyboardHint}</p>` : html`<p>${t.empty}</p>`}
      ${renderNotes([
        rows.some((row) => row.studentsPartial) && t.partialNote,
        rows.some((row) => row.band !== null) && BAND_NOTE[this._lang],
        this._mentorsNote(data.index, rows),
      ])}
      ${data.index.synthetic ? this.renderSyntheticNote() : nothing}
    </div>`;
  }
}
