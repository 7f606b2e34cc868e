import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import { sharedLoader } from '../../src/data/loader.js';
import { indexAhead } from '../../src/data/index-ahead.js';
import { heldRegions } from '../../src/data/held-regions.js';
import { KeepingDataView } from '../../src/element/keeping-data-view.js';
import { tellMissingArea } from '../../src/element/area-missing.js';
import { DownloadNote } from '../../src/element/download-note.js';
import { renderDownloads } from '../../src/element/download-buttons.js';
import { KeepFocus } from '../../src/element/keep-focus.js';
import { PrintMedia } from '../../src/element/print-media.js';
import { ScuoleElement } from '../../src/element/scuole-element.js';
import { keepOneTabStop, moveRovingFocus } from '../../src/element/roving-focus.js';
import { UsageError } from '../../src/element/usage-error.js';
import { ignoredCount, wholeNumberFrom } from '../../src/element/ignore-unknown.js';
import { areaAsScope } from '../../src/element/misplaced-attributes.js';
import { ignoredNumberText, misplacedNotes } from '../../src/i18n/ignored-attribute.js';
import { renderNotes } from '../../src/element/render-notes.js';
import { provisionalIndexText } from '../../src/i18n/provisional-index.js';
import { NotFoundError } from '../../src/errors.js';
import { formatValue, prepareNumberFormats } from '../../src/i18n/format.js';
import { localize } from '../../src/i18n/lang.js';
import { schoolTypeText } from '../../src/breakdown/grade-group-labels.js';
import {
  roleModelItems,
  shadowZoneItems,
  TERRITORY_KINDS,
  type TerritoryItem,
  type TerritoryKind,
} from '../../src/territory/territory-items.js';
import { shadowRates } from '../../src/territory/shadow-rates.js';
import { parseScope, regionOfScope } from '../../src/timeline/scopes.js';
import { TerritoryListSelectEvent, type TerritoryChoice } from './territory-list.events.js';
import { MESSAGES, type TerritoryListMessages, type TerritoryListUsage } from './territory-list.messages.js';
import { territoryListStyles } from './territory-list.styles.js';

// ICU's one-off set-up (~15 ms) in a task of its own as the page loads, not in the first render.
prepareNumberFormats();

/** Items shown before "show all", unless `limit` says otherwise. */
const LIMIT = 10;

/** The map's places, which this list reads from `scope` (src/element/misplaced-attributes.ts). */
const MISPLACED = areaAsScope(false);

interface ListData {
  index: NationalIndex;
  /** Null at national scope: the element then offers the regions to choose from, those the data holds (src/data/held-regions.ts). */
  where: string | null;
  choices: NationalIndex['regions'];
  /** The region's name: a role model's place is ranked in its region. */
  region: string;
  items: TerritoryItem[];
}

/**
 * The role-model schools ("scuole virtuose") or the shadow zones ("zone
 * d'ombra") of a region or a province, as a list of buttons with the reasons
 * from the contract. At national scope it offers the regions, so that a
 * dashboard never downloads every region to fill a list.
 *
 * @tagname territory-list
 * @summary Role-model schools or shadow zones of a region or province.
 *
 * @fires territory-list-select - The user chose an item; `detail` has `kind`, `level` ('regions', 'provinces', 'comuni' or 'school'), `code` and `name`.
 * @fires scuole-area-missing - The province or comune it was asked for is not in the data (an old link's code, say); `detail` has `level` and `code`. A `<linked-view>` around shows the region instead.
 *
 * @csspart base - The wrapper of everything.
 * @csspart caption - The sentence that says what the list holds.
 * @csspart list - The list.
 * @csspart item - One item.
 * @csspart item-button - The button of one item.
 * @csspart error - The error message.
 *
 * @cssproperty --territory-list-accent - Names and buttons (default: --se-color-primary, #0066cc).
 * @cssproperty --territory-list-text - Text colour.
 * @cssproperty --territory-list-muted - Secondary text.
 * @cssproperty --territory-list-rule - Lines between items.
 * @cssproperty --territory-list-background - Background colour.
 * @cssproperty --territory-list-focus - Focus ring.
 * @cssproperty --territory-list-font - Font family.
 * @cssproperty --territory-list-radius - Corner radius of buttons.
 * @cssproperty --territory-list-max-height - Height after which the list of items scrolls (default: none; the regions offered at national scope are always shown whole).
 */
export class TerritoryList extends ScuoleElement<TerritoryListMessages> {
  static override styles = territoryListStyles;

  /** URL of the contract's index.json. */
  @property() src = '';

  /** What to list: `role-models` or `shadow-zones`. */
  @property({ reflect: true }) kind: TerritoryKind = 'role-models';

  /** `nation`, `region:09` or `province:048`. */
  @property() scope = 'nation';

  /** How many items show before "show all". */
  @property({ type: Number }) limit = LIMIT;

  @state() private _expanded = false;
  /** A choice was made here: once the list shows what was chosen, the focus goes to its first item (not to the page's body). */
  private _refocus = false;

  protected readonly _messages = MESSAGES;
  /** A render that takes away the focused control leaves the focus in the element, not on the page's body. */
  private readonly _keepFocus = new KeepFocus(this);
  /** On paper every item shows: there is no "show all" to press. */
  private readonly _print = new PrintMedia(this);
  /** Why the last download could not be made, said beside its buttons. */
  private readonly _downloadNote = new DownloadNote(this, (message) => this._warnOnce(message));

  private readonly _data = new KeepingDataView(this, {
    // A province or comune the data does not hold: a <linked-view> around shows the region instead.
    onError: tellMissingArea,
    args: () => [this.src, this.kind, this.scope] as const,
    load: async ([src, kind, scopeText], signal): Promise<ListData> => {
      if (!src) throw new UsageError<TerritoryListUsage>('src');
      if (!(TERRITORY_KINDS as readonly string[]).includes(kind)) throw new UsageError<TerritoryListUsage>('kind', kind);
      const scope = parseScope(scopeText || 'nation');
      if (!scope || !['nation', 'region', 'province'].includes(scope.level)) throw new UsageError<TerritoryListUsage>('scope', scopeText);
      const loader = sharedLoader();
      // A region's shard is asked for while the index is on its way (src/data/index-ahead.ts).
      const source = await indexAhead(loader, src, scope, signal);
      const { index, url } = source;
      if (scope.level === 'nation') return { index, where: null, choices: heldRegions(source), region: '', items: [] };
      const shard = await loader.region(src, regionOfScope(index, scope, url), { signal });
      const province = scope.level === 'province' ? scope.code : '';
      const where = province ? shard.provinces.find((p) => p.code === province)?.name : shard.region.name;
      if (!where) throw new NotFoundError('province', province, url);
      return {
        index,
        where,
        choices: [],
        region: shard.region.name,
        items: kind === 'role-models' ? roleModelItems(shard, province) : shadowZoneItems(shard, province),
      };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('scope') || changed.has('kind')) this._expanded = false;
    if (changed.has('limit') && this._limitIgnored) this._warnOnce(ignoredNumberText('limit', this._limitIgnored, 1, LIMIT, 'en'), 'limit');
  }

  /** How many items are shown before "show all": `limit`, or the default when it is not a whole number from 1. */
  private get _limit(): number {
    return wholeNumberFrom(this.limit, 1) ?? LIMIT;
  }

  /** The `limit` written, when it was ignored (`limit="dieci"` is NaN as a number: the attribute says what was written). */
  private get _limitIgnored(): string | null {
    return ignoredCount(this, 'limit', this.limit, 1);
  }

  private _choose(choice: TerritoryChoice): void {
    this._refocus = choice.level === 'regions';
    this.dispatchEvent(new TerritoryListSelectEvent(choice));
  }

  protected override updated(): void {
    // «Mostra meno», or a shorter list for another place, may have taken away the item that held the list's tab stop.
    for (const list of this.renderRoot.querySelectorAll('[part~="list"]')) keepOneTabStop(list);
    // The region chooser gave way to the region's list (a linked view moved the scope): the keyboard goes on there.
    const first =
      this._refocus && this._data.view?.where != null && this.renderRoot.querySelector<HTMLElement>('[data-roving][tabindex="0"]');
    if (first) {
      this._refocus = false;
      first.focus();
    }
  }

  private _regionChooser(regions: NationalIndex['regions']) {
    const kind = this.kind;
    return html`<p class="note">${this._t.chooseRegion[kind]}</p>
      <ul class="regions" part="list" @keydown=${moveRovingFocus}>
        ${regions.map(
          (r, i) =>
            html`<li>
              <button type="button" data-roving tabindex=${i === 0 ? 0 : -1} @click=${() => this._choose({ kind, level: 'regions', code: r.code, name: r.name })}>
                ${r.name}
              </button>
            </li>`,
        )}
      </ul>`;
  }

  private _itemText(item: TerritoryItem, region: string) {
    const t = this._t;
    if (item.level === 'school') {
      // The index with its band and its place in the region over the uncertainty analysis: a rank is never shown bare.
      const score = item.index === null ? t.noIndex : `${t.index} ${formatValue(item.index, 'score', this._lang)}`;
      const band = item.band ? t.band(item.band) : '';
      const rank = item.ranks ? t.rank(item.ranks.region[0], item.ranks.region[1], region) : '';
      const type = schoolTypeText(item.grade, item.gradeGroup, this._lang);
      return html`<span class="name">${item.name}</span><span class="meta">${[item.place, type, score, band, rank].filter(Boolean).join(' · ')}</span>`;
    }
    const level = item.level === 'provinces' ? t.province : t.comune;
    return html`<span class="name">${item.name}</span>
      <span class="meta">${level}${item.place ? ` (${item.place})` : ''} · ${t.rate(shadowRates(item, this._lang))}</span>
      ${item.shadow.reason ? html`<span class="reason">${localize(item.shadow.reason, this._lang)}</span>` : nothing}`;
  }

  /** What an item's band and place mean, said once under the list (when the contract gives them). */
  private _ranksNote(items: readonly TerritoryItem[]) {
    const schools = items.filter((item) => item.level === 'school');
    if (!schools.some((item) => item.band)) return nothing;
    const runs = schools.find((item) => item.ranks)?.ranks?.runs ?? null;
    return html`<p class="note">${this._t.ranksNote(runs)}</p>`;
  }

  /** Every item of the list as a file (its code loaded on the first download). */
  private async _download(kind: 'csv' | 'xlsx', data: ListData, caption: string): Promise<void> {
    this._downloadNote.started();
    try {
      const { downloadTerritory } = await import('./territory-list.export.js');
      const name = `${this.kind === 'role-models' ? 'scuole-virtuose' : 'zone-d-ombra'}-${this.scope.replace(':', '-')}`;
      await downloadTerritory(this, kind, name, {
        kind: this.kind,
        items: data.items,
        lang: this._lang,
        t: this._t,
        region: data.region,
        caption,
        index: data.index,
      });
    } catch (error) {
      this._downloadNote.failed(kind, error);
    }
  }

  /** The sentence that says what the list holds ("3 scuole virtuose in Toscana…", or that it holds none). */
  private _caption(data: ListData, where: string): string {
    return data.items.length ? this._t.caption[this.kind](data.items.length, where) : this._t.empty[this.kind](where);
  }

  private _list(data: ListData, caption: string) {
    const t = this._t;
    const kind = this.kind;
    // The caption is read from the live region above (the same words), not twice.
    if (data.items.length === 0) return html`<p part="caption" aria-hidden="true">${caption}</p>`;
    const limit = this._limit;
    const shown = this._expanded || this._print.printing ? data.items : data.items.slice(0, limit);
    const method = kind === 'role-models' ? data.index.methods.roleModels : data.index.methods.shadowZones;
    const ignored = this._limitIgnored;
    return html`<p part="caption" aria-hidden="true">${caption}</p>
      ${ignored === null ? nothing : html`<p class="note">${ignoredNumberText('limit', ignored, 1, LIMIT, this._lang)}</p>`}
      <ol part="list" class="downward" @keydown=${moveRovingFocus}>
        ${shown.map(
          (item, i) => html`<li part="item">
            <button type="button" part="item-button" data-roving tabindex=${i === 0 ? 0 : -1} @click=${() => this._choose({ kind, level: item.level, code: item.code, name: item.name })}>
              ${this._itemText(item, data.region)}
            </button>
          </li>`,
        )}
      </ol>
      <div class="toolbar">
        ${
          data.items.length > limit
            ? html`<button type="button" aria-expanded=${this._expanded ? 'true' : 'false'} @click=${() => (this._expanded = !this._expanded)}>
                ${this._expanded ? t.showFewer : t.showAll(data.items.length)}
              </button>`
            : nothing
        }
        ${renderDownloads(t.download, ['csv', 'xlsx'], (kind) => this._download(kind, data, caption))}
      </div>
      ${this._downloadNote.render()}
      <p class="note">${t.method}: ${localize(method.description, this._lang)}</p>
      ${kind === 'role-models' ? this._ranksNote(data.items) : nothing}
      ${renderNotes([provisionalIndexText(data.index, kind === 'role-models' ? 'index' : 'participation', this._lang)])}`;
  }

  override render() {
    const data = this._data.view;
    if (!data) return this._data.renderStatus();
    // What the list shows is announced when it changes (a region chosen here or elsewhere on the page).
    const caption = data.where === null ? '' : this._caption(data, data.where);
    return html`<div part="base" aria-busy=${this._data.stale ? 'true' : nothing} ?data-stale=${this._data.stale}>
      <p class="visually-hidden" aria-live="polite">${caption}</p>
      ${renderNotes(misplacedNotes(this, MISPLACED, this._lang, (message, key) => this._warnOnce(message, key)))}
      ${data.where === null ? this._regionChooser(data.choices) : this._list(data, caption)}
      ${data.index.synthetic ? this.renderSyntheticNote() : nothing}
    </div>`;
  }
}
