/**
 * The parts of <region-map> that are pure templates of its view: the legend
 * (classes or gradient, no data, shadow zones, points), the table view, the
 * breadcrumb, the year slider and the zoom buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../src/contract/vocabulary.js';
import type { MapData } from '../../src/map/load-map.js';
import { formatSchoolYear, formatValue } from '../../src/i18n/format.js';
import { intervalInParentheses } from '../../src/i18n/interval-text.js';
import { wholeText } from '../../src/i18n/places.js';
import { isContinuous, type MapViewModel } from '../../src/map/map-view.js';
import { PALETTES } from '../../src/map/palettes.js';
import { cssomStyle } from '../../src/util/cssom-style.js';
import { breakAfterSlashes } from '../../src/util/break-after-slashes.js';
import type { PointKind } from '../../src/map/point-kinds.js';
import { NO_DATA_CLASS } from '../../src/map/class-members.js';
import { moveRovingFocus } from '../../src/element/roving-focus.js';
import type { LegendChoice } from './region-map.legend-classes.js';
import type { NameSearch } from './region-map.name-search.js';
import type { MapView } from './region-map.types.js';
import type { RegionMapMessages } from './region-map.messages.js';
import {
  allocatedOf,
  classesNoteOf,
  classRanges,
  countLabel,
  denominatorText,
  estimateFor,
  formatFor,
  pointColumns,
  pointKeys,
  rangesNoteOf,
  rowsOf,
  scaleEnds,
  tableOnlyOf,
  titleOf,
  type AreaRow,
} from './region-map.text.js';

/**
 * A legend's entry: with `choice` (a drawn map's classes), a toggle that sets its class's areas apart on the map
 * (region-map.legend-classes.ts), one tab stop for them all, the first's until the arrows move it (the element keeps
 * one where a new legend took it away: src/element/roving-focus.ts keepOneTabStop).
 */
function legendEntry(k: number, swatch: TemplateResult, label: string, choice: LegendChoice | undefined) {
  if (!choice) return html`<li>${swatch}${label}</li>`;
  return html`<li @pointerenter=${(event: PointerEvent) => event.pointerType === 'mouse' && choice.point(k)} @pointerleave=${() => choice.point(null)}>
    <button class="key" data-roving tabindex=${k === 0 ? 0 : -1} aria-pressed=${choice.kept === k} @click=${() => choice.toggle(k, label)}>
      ${swatch}${label}
    </button>
  </li>`;
}

/** Escape on a legend's key brings every area back; the arrows, Home and End go from key to key. */
function onLegendKey(choice: LegendChoice, event: KeyboardEvent): void {
  if (event.key !== 'Escape') return moveRovingFocus(event);
  if (choice.kept === null) return;
  event.preventDefault();
  choice.clear();
}

export function renderLegend(
  view: MapViewModel,
  t: RegionMapMessages,
  lang: Language,
  points: ReadonlySet<PointKind>,
  choice?: LegendChoice,
) {
  const about = classesNoteOf(view, t);
  const keys = pointKeys(view, t);
  const [from, to] = scaleEnds(view, lang);
  const ranges = isContinuous(view)
    ? html`<li>
          <span>${from}</span>
          <span class="gradient" style=${cssomStyle({ background: `linear-gradient(to right, ${PALETTES[view.palette].join(', ')})` })}></span>
          <span>${to}</span>
        </li>`
    : classRanges(view, lang).map(({ colour, label }, k) =>
        legendEntry(k, html`<span class="swatch" style=${cssomStyle({ background: colour })}></span>`, label, choice),
      );
  return html`<ul
    part="legend"
    class=${choice ? 'keys' : ''}
    aria-label=${choice ? `${t.legend}. ${t.legendInstructions[choice.where]}` : t.legend}
    @keydown=${(event: KeyboardEvent) => choice && onLegendKey(choice, event)}
  >
    ${ranges} ${legendEntry(NO_DATA_CLASS, html`<span class="swatch no-data"></span>`, t.noData, choice)}
    ${view.shadowsJudged ? html`<li><span class="swatch shadow"></span>${t.shadow}</li>` : nothing}
    ${points.has('active') ? html`<li><span class="point active"></span>${keys.active}</li>` : nothing}
    ${points.has('role-models') ? html`<li><span class="point role-model"></span>${keys.roleModels}</li>` : nothing}
    ${about ? html`<li class="about">${about}</li>` : nothing}
  </ul>`;
}

/** Italia › region › province: each step but the current one is a button that goes back to it. */
export function renderBreadcrumb(
  t: RegionMapMessages,
  region: string | undefined,
  province: string | undefined,
  go: (to: 'italy' | 'region') => void,
) {
  const step = (name: string, current: boolean, to: 'italy' | 'region') =>
    current
      ? html`<span aria-current="page">${breakAfterSlashes(name)}</span>`
      : html`<button @click=${() => go(to)} aria-label=${`${t.back} ${name}`}>${breakAfterSlashes(name)}</button>`;
  return html`<ol class="breadcrumb" aria-label=${t.breadcrumb}>
    <li>${step(t.italy, !region, 'italy')}</li>
    ${region ? html`<li>${step(region, !province, 'region')}</li>` : nothing}
    ${region && province ? html`<li>${step(province, true, 'region')}</li>` : nothing}
  </ol>`;
}

/**
 * Zoom in, out (by `zoom(2)`, `zoom(0.5)`) and back to the whole map (`zoom(0)`). Out and back are unavailable on
 * the whole map: `aria-disabled`, not `disabled`, which would drop the focus of the reader who just pressed them on
 * the page's body (WCAG 2.4.3), so that Tab would start again from the top of the page.
 */
export function renderZoomButtons(t: RegionMapMessages, zoomed: boolean, zoom: (factor: number) => void) {
  const unavailable = zoomed ? nothing : 'true';
  return html`<div class="zoom" role="group" aria-label=${t.zoom}>
    <button @click=${() => zoom(2)} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
    <button @click=${() => zoomed && zoom(0.5)} aria-disabled=${unavailable} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
    <button @click=${() => zoomed && zoom(0)} aria-disabled=${unavailable}>${t.zoomReset}</button>
  </div>`;
}

/**
 * A place, or its range where the value has an interval ("1–120"), or a dash. The range's dash is joined to its high
 * end (U+2060, a word joiner): a line may end after an en dash, and a card read «Posizione (intervallo): 1–» over «14».
 */
const placeCell = ({ rank, rankRange: range }: AreaRow, lang: Language) =>
  range && range[0] !== range[1]
    ? `${wholeText(range[0], lang)}–\u2060${wholeText(range[1], lang)}`
    : rank === null
      ? '–'
      : wholeText(rank, lang);

/** A value, with its interval where it has one ("0,013 (0,006 – 0,030)"). */
function valueCell(row: AreaRow, view: MapViewModel, lang: Language): string {
  if (row.low === null || row.high === null) return formatFor(row.value, view, lang);
  const [value, low, high] = estimateFor(row.value, row.low, row.high, view, lang);
  return `${value} ${intervalInParentheses(low, high)}`;
}

/** The button that opens and closes the search by name above the map (`open`: it is open). */
export function renderFindButton(t: RegionMapMessages, open: boolean, toggle: () => void) {
  return html`<button aria-expanded=${open} aria-controls="name-find" @click=${toggle}>${t.find}</button>`;
}

/**
 * The search by name above the map or the table (`where`; `search`): its box holding `query`, what it found `said`
 * beside it (printed above a table, which holds the rows found alone). On the map, which area found the keyboard is on
 * (`at`) is shown in its place; the map says it with the area (one voice where two spoke at once after Enter), and the
 * count, out of sight, is said only when it changes.
 */
export function renderNameSearch(t: RegionMapMessages, search: NameSearch, query: string, said: string, where: MapView, at = '') {
  return html`<div class="toolbar name-find above-${where}" part="search" id="name-find">
    <label>${t.findByName} <input part="search-input" type="search" autocomplete="off" .value=${query} @input=${search.onInput} @keydown=${search.onKeyDown} /></label>
    <span id="found" role="status" class=${at ? 'visually-hidden' : ''}>${said}</span>${at ? html`<span class="found-at" aria-hidden="true">${at}</span>` : nothing}
  </div>`;
}

/**
 * The rows a table holds: the areas a search by name kept (`searched`, said beside its box), a page of `limit` of
 * them by place from the `from`th unless all are asked for (`showAll`); `turn` goes to the page before or after, from
 * the buttons above the table or below it (`below`).
 */
export interface TableRows {
  rows: readonly number[];
  searched: boolean;
  limit: number | null;
  from: number;
  /** Every row asked for, on its way: the button says so while the page lays them out. */
  coming: boolean;
  showAll: () => void;
  turn: (step: 1 | -1, below: boolean) => void;
}

/**
 * The table of the view's areas: every one, or `only` those of the class chosen in the legend, said above it; of
 * them, the rows a search by name kept; of a long table, a page of its rows, said above it, with buttons that turn
 * its pages (above it and below it) and one for all of them: laying out a national comuni table's 7,899 rows held the
 * page still for 4 s on a two-core machine, a page of 500 about a quarter of a second.
 */
export function renderTable(
  view: MapViewModel,
  data: MapData,
  t: RegionMapMessages,
  lang: Language,
  only: { k: number; members: readonly number[] } | null,
  { rows, searched, limit, from, coming, showAll, turn }: TableRows,
) {
  const title = titleOf(view, t, lang);
  const notes = [rangesNoteOf(view, data, t), allocatedOf(view, data, t)].filter((note) => note !== null);
  const statuses = view.verdicts.any;
  const all = rowsOf(view, data, rows);
  const cut = limit !== null && all.length > limit;
  // A long table's page: at its first, at its last.
  const [first, last] = [from === 0, from + (limit ?? 0) >= all.length];
  const described = [only ? 'table-only' : '', searched ? 'found' : '', cut ? 'table-part' : ''].join(' ').trim();
  const count = (n: number) => formatValue(n, 'count', lang);
  // The columns' headings, each cell's label where the table is cards (src/styles/table-cards.styles.ts).
  const [rank, value, counted] = [view.ranking.ranges ? t.rankRangeHeading : t.rank, t.value, countLabel(view, data, t, lang)];
  const points = pointColumns(view, t, true);
  return html`${only ? html`<p class="note" id="table-only">${tableOnlyOf(view, data, t, lang, only.k, only.members.length)}</p>` : nothing}
  ${
    cut
      ? html`<p class="note" id="table-part">
          <span aria-live="polite">${t.tableRange(count(from + 1), count(Math.min(from + limit, all.length)), count(all.length), first)}</span>${t.tableWhy}
          ${pager(t, first, last, (step) => turn(step, false))}
          <button class="show-all" aria-disabled=${coming ? 'true' : nothing} @click=${showAll}>${(coming ? t.rowsComing : t.showAllRows)(count(all.length))}</button>
        </p>`
      : nothing
  }
  <div part="table" tabindex="0" role="region" aria-label=${title} aria-describedby=${described || nothing}>
    <table>
      <caption class="visually-hidden">${title}</caption>
      <thead>
        <tr>
          <th scope="col">${rank}</th>
          <th scope="col" class="sticky">${t.area}</th>
          <th scope="col">${value}</th>
          <th scope="col">${counted}</th>
          ${points.map(([, heading]) => html`<th scope="col" class="points">${heading}</th>`)}
          ${statuses ? html`<th scope="col">${t.status}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${(cut ? all.slice(from, from + limit) : all).map(
          (row) => html`<tr>
            <td class="num" data-label=${rank}>${placeCell(row, lang)}</td>
            <th scope="row" class="sticky">${breakAfterSlashes(row.name)}</th>
            <td class="num" data-label=${value}>${valueCell(row, view, lang)}</td>
            <td class="num" data-label=${counted}>${row.denominator === null ? '–' : denominatorText(row.denominator, lang)}</td>
            ${points.map(([key, heading]) => html`<td class="num" data-label=${heading}>${count(row[key])}</td>`)}
            ${statuses ? html`<td data-label=${t.status}>${row.status ? t.statuses[row.status as keyof typeof t.statuses] : '–'}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>
  ${cut ? html`<p class="note pager">${pager(t, first, last, (step) => turn(step, true))}</p>` : nothing}
  ${points.length ? html`<p class="note">${t.pointsNote}</p>` : nothing} ${notes.map((note) => html`<p class="note">${note}</p>`)}`;
}

/** A long table's buttons to the page before and after: off at either end with aria-disabled, so that a reader keeps the focus. */
const pager = (t: RegionMapMessages, first: boolean, last: boolean, turn: (step: 1 | -1) => void) =>
  html`<button class="page" aria-disabled=${first ? 'true' : nothing} @click=${() => first || turn(-1)}>${t.previousRows}</button>
    <button class="page" aria-disabled=${last ? 'true' : nothing} @click=${() => last || turn(1)}>${t.nextRows}</button>`;

/** The year slider: a school year of the data's (`asked`: the one asked for, shown while it comes). */
export function renderYearSlider(t: RegionMapMessages, years: readonly number[], asked: number, setYear: (year: number) => void) {
  return html`<label>
    ${t.year}: <strong>${formatSchoolYear(asked)}</strong>
    <input
      type="range"
      min="0"
      max=${years.length - 1}
      .value=${String(years.indexOf(asked))}
      aria-valuetext=${formatSchoolYear(asked)}
      @input=${(event: Event) => setYear(years[Number((event.target as HTMLInputElement).value)]!)}
    />
  </label>`;
}
