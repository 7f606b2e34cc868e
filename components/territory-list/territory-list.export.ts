/**
 * The list's downloads, loaded on the first download: every item of the list
 * (not only those shown before "show all"), as CSV or XLSX
 * (src/util/table-download.ts). A role model with its index, band and places
 * as the uncertainty analysis ranges them; a shadow zone with the model's
 * estimate, the expectation, and the observed rate with its 95% interval and
 * the institutions it is over, as the list says them. Headers in the page's
 * language; text from data made safe to open; both files end with where the
 * data comes from, whether it is synthetic, and the method behind the list.
 */
import { schoolTypeText } from '../../src/breakdown/grade-group-labels.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { localize } from '../../src/i18n/lang.js';
import { shareInterval } from '../../src/map/value-interval.js';
import type { RoleModelItem, ShadowZoneItem, TerritoryItem, TerritoryKind } from '../../src/territory/territory-items.js';
import { tableNumber } from '../../src/util/export.js';
import { provenanceOf, provenanceRows } from '../../src/util/provenance.js';
import { provisionalIndexText } from '../../src/i18n/provisional-index.js';
import { downloadTable, type TableFile } from '../../src/util/table-download.js';
import type { Cell } from '../../src/util/table-xlsx.js';
import type { TerritoryListMessages } from './territory-list.messages.js';

export interface TerritoryExport {
  kind: TerritoryKind;
  items: readonly TerritoryItem[];
  lang: Language;
  t: TerritoryListMessages;
  /** The region's name: a role model's place is ranked in it. */
  region: string;
  /** The sentence that says what the list holds. */
  caption: string;
  /** The index: the sources, the day, whether synthetic, and the method behind the list. */
  index: NationalIndex;
}

/** The files' own words (loaded with them, not with the element). */
const TEXT = {
  it: {
    sheet: { 'role-models': 'Scuole virtuose', 'shadow-zones': 'Zone d’ombra' },
    school: 'Istituzione',
    code: 'Codice',
    comune: 'Comune',
    grade: 'Tipo di scuola',
    index: 'Indice',
    band: 'Fascia (1 = la più alta)',
    place: (where: string, end: 'from' | 'to') => `Posto in ${where} (90%): ${end === 'from' ? 'dal' : 'al'}`,
    italy: 'Italia',
    level: 'Livello',
    name: 'Nome',
    within: 'In',
    estimated: 'Tasso stimato (%)',
    expected: 'Tasso atteso (%)',
    observed: 'Tasso osservato (%)',
    low: 'Intervallo al 95%: da (%)',
    high: 'Intervallo al 95%: a (%)',
    institutions: 'Istituzioni',
    probability: 'Probabilità di essere sotto l’atteso (%)',
    reason: 'Motivo',
  },
  en: {
    sheet: { 'role-models': 'Role-model schools', 'shadow-zones': 'Shadow zones' },
    school: 'Institution',
    code: 'Code',
    comune: 'Comune',
    grade: 'School type',
    index: 'Index',
    band: 'Band (1 = highest)',
    place: (where: string, end: 'from' | 'to') => `Place in ${where} (90%): ${end}`,
    italy: 'Italy',
    level: 'Level',
    name: 'Name',
    within: 'In',
    estimated: 'Estimated rate (%)',
    expected: 'Expected rate (%)',
    observed: 'Observed rate (%)',
    low: '95% interval: from (%)',
    high: '95% interval: to (%)',
    institutions: 'Institutions',
    probability: 'Probability of being below the expected rate (%)',
    reason: 'Reason',
  },
};

function roleModelTable(items: readonly RoleModelItem[], e: TerritoryExport): Cell[][] {
  const x = TEXT[e.lang];
  const places = [x.place(e.region, 'from'), x.place(e.region, 'to'), x.place(x.italy, 'from'), x.place(x.italy, 'to')];
  return [
    [x.school, x.code, x.comune, x.grade, x.index, x.band, ...places],
    ...items.map((item): Cell[] => [
      item.name,
      item.code,
      item.place || null,
      schoolTypeText(item.grade, item.gradeGroup, e.lang),
      tableNumber(item.index),
      item.band,
      ...(item.ranks ? [...item.ranks.region, ...item.ranks.nation] : [null, null, null, null]),
    ]),
  ];
}

function shadowZoneTable(items: readonly ShadowZoneItem[], e: TerritoryExport): Cell[][] {
  const x = TEXT[e.lang];
  const header = [
    x.level,
    x.code,
    x.name,
    x.within,
    x.estimated,
    x.expected,
    x.observed,
    x.low,
    x.high,
    x.institutions,
    x.probability,
    x.reason,
  ];
  const rows = items.map((item): Cell[] => {
    const { smoothedRate, expectedRate, rate, probability, reason } = item.shadow;
    // The observed rate's interval as the list gives it (src/territory/shadow-rates.ts).
    const interval = rate === null ? null : shareInterval(rate, item.institutions);
    return [
      item.level === 'provinces' ? e.t.province : e.t.comune,
      item.code,
      item.name,
      item.place || null,
      tableNumber(smoothedRate, true),
      tableNumber(expectedRate ?? null, true),
      tableNumber(rate, true),
      tableNumber(interval?.[0] ?? null, true),
      tableNumber(interval?.[1] ?? null, true),
      // To the hundredth, as the list and the reason beside it write them (formatCount: "1 … su 27,54").
      Math.round(item.institutions * 100) / 100,
      tableNumber(probability ?? null, true),
      reason ? localize(reason, e.lang) : null,
    ];
  });
  return [header, ...rows];
}

/** The table: one row per item, in the list's order. */
export function tableOf(e: TerritoryExport): Cell[][] {
  return e.kind === 'role-models' ? roleModelTable(e.items as RoleModelItem[], e) : shadowZoneTable(e.items as ShadowZoneItem[], e);
}

/** Where the data comes from, after the table (a blank row first), then the method and, for role models, what a band and a place mean. */
function provenance(e: TerritoryExport): Cell[][] {
  const runs = e.items.find((item): item is RoleModelItem => item.level === 'school' && item.ranks !== null)?.ranks?.runs ?? null;
  const reporting = provisionalIndexText(e.index, e.kind === 'role-models' ? 'index' : 'participation', e.lang);
  const notes = [...(e.kind === 'role-models' ? [[e.t.ranksNote(runs)]] : []), ...(reporting ? [[reporting]] : [])];
  const method = e.kind === 'role-models' ? e.index.methods.roleModels : e.index.methods.shadowZones;
  const about = provenanceOf(e.index, e.caption, reporting !== null, e.lang);
  return [[], ...provenanceRows(about, e.lang), [e.t.method, localize(method.description, e.lang)], ...notes];
}

const fileOf = (e: TerritoryExport): TableFile => ({
  table: tableOf(e),
  provenance: provenance(e),
  sheet: TEXT[e.lang].sheet[e.kind],
  lang: e.lang,
});

/** Makes the file and saves it from `host`. */
export const downloadTerritory = (host: HTMLElement, kind: 'csv' | 'xlsx', name: string, e: TerritoryExport) =>
  downloadTable(host, kind, name, fileOf(e));
