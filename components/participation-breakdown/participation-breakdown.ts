import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import {
  largestGap,
  breakdownOfShard,
  dimensionView,
  type DimensionView,
  type Gap,
  type Rate,
} from '../../src/breakdown/breakdown-view.js';
import { classLabel, dimensionLabel } from '../../src/breakdown/class-labels.js';
import type { Breakdown, NationalIndex } from '../../src/contract/contract.types.js';
import { programmeProvisionalYears } from '../../src/contract/provisional-years.js';
import {
  ACTIVITY_PROGRAMMES,
  BREAKDOWN_DIMENSIONS,
  type ActivityProgramme,
  type BreakdownDimension,
} from '../../src/contract/vocabulary.js';
import { sharedLoader } from '../../src/data/loader.js';
import { indexAhead } from '../../src/data/index-ahead.js';
import { KeepingDataView } from '../../src/element/keeping-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { ignoreUnknown } from '../../src/element/ignore-unknown.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads } from '../../src/element/download-buttons.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { UsageError } from '../../src/element/usage-error.js';
import { NotFoundError } from '../../src/errors.js';
import { formatEstimate, formatValue, prepareNumberFormats } from '../../src/i18n/format.js';
import { ignoredChoicesText, ignoredYearText, misplacedNotes } from '../../src/i18n/ignored-attribute.js';
import { areaAsScope, metricAsProgramme } from '../../src/element/misplaced-attributes.js';
import { renderNotes } from '../../src/element/render-notes.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { parseScope, regionOfScope } from '../../src/timeline/scopes.js';
import { ParticipationBreakdownDimensionChangeEvent } from './participation-breakdown.events.js';
import { renderTableToggle } from '../../src/element/table-toggle.js';
import { BAR_VIEWS, type BarView } from '../../src/view/presentation-values.js';
import { MESSAGES, type ParticipationBreakdownMessages, type ParticipationBreakdownUsage } from './participation-breakdown.messages.js';
import { participationBreakdownStyles } from './participation-breakdown.styles.js';

prepareNumberFormats();

/** A place's name from the data, or null for the nation, named in the page's language when shown (it may change). */
type PlaceName = string | null;

interface BreakdownData {
  index: NationalIndex;
  where: PlaceName;
  /** The area's breakdown, then its references (the region for a province, the nation) with their names. */
  area: Breakdown[];
  references: { name: PlaceName; breakdown: Breakdown[] | undefined }[];
}

const CHOICES = [
  ['dimension', BREAKDOWN_DIMENSIONS],
  ['programme', ACTIVITY_PROGRAMMES],
  ['view', BAR_VIEWS],
] as const;

/** The map's places and metric, which the breakdown reads from `scope` and `programme` (src/element/misplaced-attributes.ts). */
const MISPLACED = { ...areaAsScope(false), metric: metricAsProgramme };

/**
 * What the inactive institutions have in common: the share of active
 * institutions of an area by grade group, size, the ISTAT inner-areas class of
 * their comune, or capoluogo, each with its 95% interval and beside the region's
 * and the nation's, as bars or a table, and the largest clear gap in a sentence.
 *
 * @tagname participation-breakdown
 * @summary Participation of institutions by their characteristics, against the region and the nation.
 *
 * @fires participation-breakdown-dimension-change - The user chose another characteristic (its picker, or the button under the sentence); `detail.dimension` names it.
 * @fires scuole-area-missing - The province it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 * @fires scuole-presentation-change - Its reader switched between the bars and the table; `detail` has `attribute` (`view`) and `value`. A `<linked-view url>` around keeps it in the address.
 *
 * @csspart base - The wrapper of everything.
 * @csspart caption - What the chart shows.
 * @csspart summary - The sentence with the largest gap.
 * @csspart chart - The bars.
 * @csspart table - The table view.
 * @csspart error - The error message.
 *
 * @cssproperty --participation-breakdown-accent - Bars (default: --se-color-primary, #0066cc).
 * @cssproperty --participation-breakdown-reference - Reference marks (default: --se-color-text).
 * @cssproperty --participation-breakdown-text - Text colour.
 * @cssproperty --participation-breakdown-muted - Secondary text.
 * @cssproperty --participation-breakdown-rule - Lines and tracks.
 * @cssproperty --participation-breakdown-background - Background colour.
 * @cssproperty --participation-breakdown-focus - Focus ring.
 * @cssproperty --participation-breakdown-font - Font family.
 * @cssproperty --participation-breakdown-radius - Corner radius of buttons.
 */
export class ParticipationBreakdown extends ScuoleElement<ParticipationBreakdownMessages> {
  static override styles = participationBreakdownStyles;

  /** URL of the contract's index.json. */
  @property() src = '';

  /** `nation`, `region:09` or `province:048`. */
  @property() scope = 'nation';

  /** `gradeGroup`, `size`, `innerArea` (default) or `capoluogo`. */
  @property({ reflect: true }) dimension: BreakdownDimension = 'innerArea';

  /** Activity in `all` programmes (default), `etwinning`, `erasmus` or `funding`. */
  @property() programme: ActivityProgramme = 'all';

  /** A school year (2024 = 2024/25); by default the last one. */
  @property() year = '';

  /** `bars` (default) or `table`: the classes as bars or as a table (its toggle changes it). */
  @property({ reflect: true }) view: BarView = 'bars';

  /** The attributes ignored, by name, with the value written (said under the caption). */
  protected override readonly _ignored = new Map<string, string>();

  protected readonly _messages = MESSAGES;
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  /** Why the last download could not be made, said beside its buttons. */
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));

  private readonly _data = new KeepingDataView(this, {
    // A province or comune the data does not hold: a <linked-view> around shows the region instead.
    onError: tellMissingArea,
    args: () => [this.src, this.scope] as const,
    load: async ([src, scopeText], signal): Promise<BreakdownData> => {
      if (!src) throw new UsageError<ParticipationBreakdownUsage>('src');
      const scope = parseScope(scopeText || 'nation');
      if (!scope || !['nation', 'region', 'province'].includes(scope.level))
        throw new UsageError<ParticipationBreakdownUsage>('scope', scopeText);
      const loader = sharedLoader();
      // A region's shard is asked for while the index is on its way (src/data/index-ahead.ts).
      const { index, url } = await indexAhead(loader, src, scope, signal);
      const nation = { name: null, breakdown: index.breakdown };
      if (scope.level === 'nation') return { index, where: null, area: index.breakdown ?? [], references: [] };
      const province = scope.level === 'province' ? scope.code : '';
      const shard = await loader.region(src, regionOfScope(index, scope, url), { signal });
      const regional = breakdownOfShard(shard, shard.years);
      if (!province) return { index, where: shard.region.name, area: regional, references: [nation] };
      const name = shard.provinces.find((p) => p.code === province)?.name;
      if (!name) throw new NotFoundError('province', province, url);
      return {
        index,
        where: name,
        area: breakdownOfShard(shard, shard.years, province),
        references: [{ name: shard.region.name, breakdown: regional }, nation],
      };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    ignoreUnknown(this, changed, CHOICES, (message, key) => this._warnOnce(message, key), this._ignored, { dimension: 'innerArea' });
  }

  private _yearIndex(index: NationalIndex): number {
    const at = index.years.indexOf(Number(this.year));
    if (this.year && at < 0) this._warnOnce(`ignored year=${JSON.stringify(this.year)}: not a year of the data.`, 'year');
    return at < 0 ? index.years.length - 1 : at;
  }

  /** A place as the page's language names it: the nation is "Italia" or "Italy", read when shown. */
  private _place(name: PlaceName): string {
    return name ?? this._t.nation;
  }

  private _percent(rate: number | null): string {
    return formatValue(rate, 'percent', this._lang, 0);
  }

  private _interval(r: Rate): string {
    return r.rate === null ? this._percent(null) : formatEstimate(r.rate, r.low, r.high, 'percent', this._lang, 0);
  }

  private _sentence(data: BreakdownData, gap: Gap | null): string {
    const t = this._t;
    if (!gap) return t.noGap;
    const who = t.phrase[gap.dimension](classLabel(gap.dimension, gap.id, this._lang), gap.id);
    // The class's rate with its interval, as its bar shows it: a decision maker reads the sentence first.
    const rate = formatEstimate(gap.rate, gap.low, gap.high, 'percent', this._lang, 0);
    const ratio = { point: gap.ratio, low: gap.ratioLow, high: gap.ratioHigh };
    return t.gap(this._place(data.where), who, ratio, rate, this._percent(gap.overall));
  }

  /** A characteristic the reader chose: shown, and told to the page (a linked view keeps it in its address). */
  private _choose(dimension: BreakdownDimension): void {
    this.dimension = dimension;
    this.dispatchEvent(new ParticipationBreakdownDimensionChangeEvent({ dimension }));
  }

  /**
   * The sentence's class may be of another characteristic than the bars' (the largest gap of all four): its figures
   * are one press away. The button goes with the press; the focus goes to the choice of characteristic, which now
   * names the one shown.
   */
  private _showGap(dimension: BreakdownDimension) {
    const label = dimensionLabel(dimension, this._lang);
    const show = async () => {
      this._choose(dimension);
      await this.updateComplete;
      this.renderRoot.querySelector('select')?.focus();
    };
    return html`<p class="show-gap">
      <button type="button" @click=${show}>${this._t.showGap(label[0]!.toLowerCase() + label.slice(1))}</button>
    </p>`;
  }

  /** Every characteristic's classes as a file (its code loaded on the first download). */
  private async _download(kind: 'csv' | 'xlsx', data: BreakdownData, views: DimensionView[], caption: string): Promise<void> {
    this._downloadNote.started();
    try {
      const { downloadBreakdown } = await import('./participation-breakdown.export.js');
      await downloadBreakdown(this, kind, `partecipazione-${this.scope.replace(':', '-')}-${this.programme}`, {
        views,
        references: data.references.map((r) => this._place(r.name)),
        lang: this._lang,
        t: this._t,
        caption,
        summary: this._sentence(data, largestGap(views)),
        index: data.index,
      });
    } catch (error) {
      this._downloadNote.failed(kind, error);
    }
  }

  private _chart(view: DimensionView, data: BreakdownData) {
    const label = (id: string) => classLabel(view.dimension, id, this._lang);
    const position = (rate: number | null) => `${Math.round((rate ?? 0) * 1000) / 10}%`;
    return html`<ul part="chart" class="chart">
      ${view.classes.map(
        (c) => html`<li>
          <span class="label">${label(c.id)} <span class="note">(${formatValue(c.institutions, 'count', this._lang)})</span></span>
          <span class="track" aria-hidden="true">
            <span class="bar" style=${cssomStyle({ 'inline-size': position(c.rate) })}></span>
            <span
              class="interval"
              style=${cssomStyle({ 'inset-inline-start': position(c.low), 'inline-size': `calc(${position(c.high)} - ${position(c.low)})` })}
            ></span>
            ${c.references.map((r, i) =>
              r === null ? nothing : html`<span class="ref ref-${i}" style=${cssomStyle({ 'inset-inline-start': position(r) })}></span>`,
            )}
          </span>
          <span class="value">${this._interval(c)}</span>
        </li>`,
      )}
      <li class="note">${data.references.map((r, i) => html`<span class="key ref-${i}"></span> ${this._place(r.name)} `)}</li>
    </ul>`;
  }

  private _tableView(view: DimensionView, data: BreakdownData) {
    const t = this._t;
    // Grouped as every number the elements write («3.150», not «3150»).
    const count = (n: number) => formatValue(n, 'count', this._lang);
    // Focusable, so that a keyboard scrolls it where it is wider than its box (a browser that does not make a scrolling
    // box a tab stop itself); named by the caption.
    return html`<div part="table" tabindex="0" role="region" aria-labelledby="caption"><table>
      <thead><tr><th scope="col">${t.class}</th><th scope="col">${t.institutions}</th><th scope="col">${t.active}</th><th scope="col">${t.rate}</th>${data.references.map((r) => html`<th scope="col">${this._place(r.name)}</th>`)}</tr></thead>
      <tbody>
        ${view.classes.map(
          (c) => html`<tr>
            <th scope="row">${classLabel(view.dimension, c.id, this._lang)}</th>
            <td class="num" data-label=${t.institutions}>${count(c.institutions)}</td>
            <td class="num" data-label=${t.active}>${count(c.active)}</td>
            <td class="num" data-label=${t.rate}>${this._interval(c)}</td>
            ${c.references.map((r, i) => html`<td class="num" data-label=${this._place(data.references[i]!.name)}>${this._percent(r)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table></div>`;
  }

  override render() {
    const data = this._data.view;
    if (!data) return this._data.renderStatus();
    const t = this._t;
    const year = this._yearIndex(data.index);
    const views = BREAKDOWN_DIMENSIONS.map((dimension) =>
      dimensionView(
        data.area,
        data.references.map((r) => r.breakdown),
        dimension,
        this.programme,
        year,
      ),
    );
    const view = views.find((v) => v.dimension === this.dimension)!;
    const gap = largestGap(views);
    const shown = data.index.years[year]!;
    const provisional = programmeProvisionalYears(data.index, this.programme).includes(shown);
    const caption = t.caption(this._place(data.where), t.programmes[this.programme], shown, provisional);
    const table = this.view === 'table';
    return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}>
      <p part="summary">${this._sentence(data, gap)}</p>
      ${gap && gap.dimension !== view.dimension ? this._showGap(gap.dimension) : nothing}
      <div class="toolbar">
        <label>${t.by}
          <select @change=${(e: Event) => this._choose((e.target as HTMLSelectElement).value as BreakdownDimension)}>
            ${BREAKDOWN_DIMENSIONS.map((d) => html`<option value=${d} .selected=${d === this.dimension}>${dimensionLabel(d, this._lang)}</option>`)}
          </select>
        </label>
        ${renderTableToggle(this, t.table)}
        ${renderDownloads(t.download, ['csv', 'xlsx'], (kind) => this._download(kind, data, views, caption))}
      </div>
      ${this._downloadNote.render()}
      <p part="caption" class="note" id="caption">${caption}</p>
      ${renderNotes([
        this.year && data.index.years[year] !== Number(this.year) && ignoredYearText(this.year, data.index.years, this._lang),
        ...ignoredChoicesText(this._ignored, CHOICES, this, this._lang),
        ...misplacedNotes(this, MISPLACED, this._lang, (message, key) => this._warnOnce(message, key)),
      ])}
      ${table ? this._tableView(view, data) : this._chart(view, data)}
      ${renderNotes([view.dimension === 'size' && view.estimated > 0 && t.estimated(view.estimated)])}
      ${data.index.synthetic ? this.renderSyntheticNote() : nothing}
    </div>`;
  }
}
