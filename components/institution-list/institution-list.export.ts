/**
 * The list's downloads, loaded on the first download: what the list shows, as
 * CSV or XLSX (src/util/table-download.ts). Headers are in the page's language; numbers stay numbers; text from
 * data is made safe to open (no formulas, no control characters); both files
 * end with where the data comes from.
 */
import { gradeGroupLabel } from '../../src/breakdown/grade-group-labels.js';
import type { Language } from '../../src/contract/vocabulary.js';
import type { InstitutionRow } from '../../src/institutions/institution-rows.js';
import { downloadTable, tableCsv, type TableFile } from '../../src/util/table-download.js';
import type { Cell } from '../../src/util/table-xlsx.js';
import type { InstitutionListMessages } from './institution-list.messages.js';
import { provenanceRows } from '../../src/util/provenance.js';
import { LOCALES } from '../../src/i18n/format.js';
import { BAND_NOTE } from '../../src/i18n/places.js';

export interface ListExport {
  rows: readonly InstitutionRow[];
  lang: Language;
  t: InstitutionListMessages;
  /** The sentence that says what the list holds (filter, place, programme, years). */
  caption: string;
  sources: readonly string[];
  generatedAt: string;
  synthetic: boolean;
  /** Some of the years it reads are provisional for its programme. */
  provisional: boolean;
  /** The school year the students were counted in (the index's). */
  studentsYear: number | undefined;
  /** How the mentors were chosen, where the rows include an inactive institution and the data says (the index's method). */
  mentorsNote: string | null;
}

/** The files' own words (loaded with them, not with the element). */
const TEXT = {
  it: {
    code: 'Codice',
    email: 'E-mail',
    pec: 'PEC',
    website: 'Sito web',
    title: 'Istituzioni scolastiche',
    partial: 'Studenti contati in parte',
    yes: 'sì',
    synthetic: 'Dati eTwinning ed Erasmus+ sintetici, a scopo dimostrativo: non sono dati reali.',
  },
  en: {
    code: 'Code',
    email: 'E-mail',
    pec: 'PEC (certified e-mail)',
    website: 'Website',
    title: 'School institutions',
    partial: 'Students partly counted',
    yes: 'yes',
    synthetic: 'Synthetic eTwinning and Erasmus+ data, for demonstration: not real data.',
  },
};

/** The table as shown: a header in the page's language, then one row per institution. */
export function tableOf(e: ListExport): Cell[][] {
  const c = e.t.columns;
  const x = TEXT[e.lang];
  const header = [
    c.name,
    x.code,
    c.comune,
    c.gradeGroup,
    e.t.studentsIn(e.studentsYear),
    x.partial,
    c.status,
    c.band,
    x.email,
    x.pec,
    x.website,
    c.mentors,
  ];
  const rows = e.rows.map((row): Cell[] => [
    row.name,
    row.code,
    row.province ? `${row.comune} (${row.province})` : row.comune,
    gradeGroupLabel(row.gradeGroup, e.lang),
    row.students,
    row.studentsPartial ? x.yes : null,
    row.active ? e.t.active : e.t.inactive,
    row.band,
    row.email,
    row.pec,
    row.website,
    row.mentors
      .map((m) => `${m.name} (${m.code}, ${e.t.mentorDistance(m.sameComune ? null : m.distanceKm.toLocaleString(LOCALES[e.lang]))})`)
      .join('; ') || null,
  ]);
  return [header, ...rows];
}

/** Where the data comes from, said after the table (a blank row first), with the list's own title label and synthetic note. */
function provenance(e: ListExport): Cell[][] {
  const { title, synthetic } = TEXT[e.lang];
  const about = {
    title: e.caption,
    sources: e.sources,
    generatedAt: e.generatedAt,
    synthetic: e.synthetic,
    provisional: e.provisional,
  };
  // What the band column's numbers mean, where the table has any.
  const bands = e.rows.some((row) => row.band !== null) ? [[BAND_NOTE[e.lang]]] : [];
  return [[], ...provenanceRows(about, e.lang, { title, synthetic }), ...bands, ...(e.mentorsNote ? [[e.mentorsNote]] : [])];
}

const fileOf = (e: ListExport): TableFile => ({ table: tableOf(e), provenance: provenance(e), sheet: TEXT[e.lang].title, lang: e.lang });

export const listCsv = (e: ListExport) => tableCsv(fileOf(e));

/** Makes the file and saves it from `host` (the whole download lives here, loaded on the first one). */
export const downloadList = (host: HTMLElement, kind: 'csv' | 'xlsx', name: string, e: ListExport) =>
  downloadTable(host, kind, name, fileOf(e));
