/**
 * Pure templates of <institution-list>: the header row and one institution's
 * row of the grid. Every focusable part of a row carries `data-t` (the grid's
 * roving focus moves over them in order); only the current one has tabindex 0.
 */
import { html, nothing } from 'lit';
import { gradeGroupLabel } from '../../src/breakdown/grade-group-labels.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { breakableAddress, shownWebsite } from '../../src/element/address-text.js';
import { formatValue } from '../../src/i18n/format.js';
import type { InstitutionRow } from '../../src/institutions/institution-rows.js';
import { longestWord } from '../../src/util/longest-word.js';
import type { InstitutionListMessages } from './institution-list.messages.js';

/** The header's columns: which message names them, and the sort that orders by them (with its direction). */
const HEADERS = [
  ['name', 'ascending'],
  ['comune', 'ascending'],
  ['gradeGroup', ''],
  ['students', 'descending'],
  ['status', ''],
  ['band', 'descending'],
  ['contacts', ''],
  ['mentors', ''],
] as const;

/** The columns' headings, in order: the header's, and each cell's label where the rows are cards (styles). */
export function columnLabels(t: InstitutionListMessages, studentsYear: number | undefined): string[] {
  return HEADERS.map(([key]) => (key === 'students' ? t.studentsIn(studentsYear) : t.columns[key]));
}

export function headerRow(t: InstitutionListMessages, sort: string, labels: readonly string[]) {
  return html`<div role="row" aria-rowindex="1">
    ${HEADERS.map(
      ([key, direction], i) =>
        html`<div role="columnheader" class=${key === 'name' ? 'sticky' : nothing} aria-sort=${direction ? (sort === key || (key === 'band' && sort === 'index') ? direction : 'none') : nothing}>${labels[i]}</div>`,
    )}
  </div>`;
}

/**
 * The letters of the longest word of the comune's and the grade group's cells, for their columns' least widths
 * (institution-list.styles.ts): at the grid's least width, a 1024 px screen's, «istituto comprensivo» broke as
 * «comprensiv / o» in every row of an IC, and the comuni's longest words («Castelfiorentino») did as well. A number,
 * not a length in `ch`: a figure's width differs in the header's bold, whose columns then stood apart from the rows'.
 */
export function wordColumns(rows: readonly InstitutionRow[], lang: Language): Record<string, string> {
  return {
    '--_comune-letters': String(longestWord(rows.map((row) => row.comune))),
    '--_grade-letters': String(longestWord(rows.map((row) => gradeGroupLabel(row.gradeGroup, lang)))),
  };
}

export interface RowContext {
  t: InstitutionListMessages;
  lang: Language;
  /** Index of the row in the list (0-based). */
  index: number;
  /** The focused part of this row (its position among the row's `data-t` parts), or -1. */
  focused: number;
  /** The columns' headings (columnLabels): each cell after the name says its own where the rows are cards. */
  labels: readonly string[];
  open: (code: string, name: string) => void;
}

export function institutionRow(row: InstitutionRow, ctx: RowContext) {
  const { t, lang } = ctx;
  let part = 0;
  // Each focusable part takes the next number; the focused one is the grid's single tab stop.
  const tab = () => (part++ === ctx.focused ? 0 : -1);
  // No count in the registry: shown as missing (the index imputes one, the list does not); a count that leaves plessi
  // out is at least what it says.
  const count = row.students === null ? t.none : formatValue(row.students, 'count', lang);
  const students = row.studentsPartial ? t.atLeast(count) : count;
  const contacts = [row.email, row.pec].filter((x): x is string => Boolean(x));
  const [, comune, gradeGroup, studentsLabel, status, band, contactsLabel, mentors] = ctx.labels;
  return html`<div role="row" aria-rowindex=${ctx.index + 2} data-row=${ctx.index}>
    <div role="gridcell" class="sticky">
      <button type="button" class="open" data-t tabindex=${tab()} @click=${() => ctx.open(row.code, row.name)}>${row.name}</button>
      <span class="note">${row.code}</span>
    </div>
    <div role="gridcell" data-label=${comune} data-t tabindex=${tab()}>${row.comune || t.none}${row.province ? html` <span class="note">${row.province}</span>` : nothing}</div>
    <div role="gridcell" data-label=${gradeGroup} data-t tabindex=${tab()}>${gradeGroupLabel(row.gradeGroup, lang)}</div>
    <div role="gridcell" data-label=${studentsLabel} data-t tabindex=${tab()}>${students}</div>
    <div role="gridcell" data-label=${status} data-t tabindex=${tab()} class=${row.active ? '' : 'inactive'}>
      ${row.active ? t.active : t.inactive}${row.roleModel ? html`<span class="note">${t.filters['role-models']}</span>` : nothing}
    </div>
    <div role="gridcell" data-label=${band} data-t tabindex=${tab()}>${row.band === null ? t.none : t.band(row.band)}</div>
    ${
      row.website
        ? html`<div role="gridcell" data-label=${contactsLabel}>
            <a href=${row.website} rel="noopener" target="_blank" data-t tabindex=${tab()}>${breakableAddress(shownWebsite(row.website))}</a>
            ${contacts.map((c) => html`<span class="note">${breakableAddress(c)}</span>`)}
          </div>`
        : html`<div role="gridcell" data-label=${contactsLabel} data-t tabindex=${tab()}>${contacts.length ? contacts.map((c) => html`<span class="note">${breakableAddress(c)}</span>`) : t.none}</div>`
    }
    ${
      row.mentors.length
        ? html`<div role="gridcell" data-label=${mentors}>
            ${row.mentors.map(
              (m) =>
                html`<button type="button" class="open" data-t tabindex=${tab()} @click=${() => ctx.open(m.code, m.name)}>${m.name}</button>
                  <span class="note">${m.comuneName}, ${t.mentorDistance(m.sameComune ? null : formatValue(m.distanceKm, 'count', lang, 1))}</span>`,
            )}
          </div>`
        : html`<div role="gridcell" data-label=${mentors} data-t tabindex=${tab()}>${t.none}</div>`
    }
  </div>`;
}
