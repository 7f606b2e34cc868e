/**
 * The breakdown's downloads, loaded on the first download: every
 * characteristic's classes (not only the one on screen), each with its
 * institutions, how many are active, the share with its 95% interval, and the
 * same class's share in the reference areas, as CSV or XLSX
 * (src/util/table-download.ts). Headers in the page's language; a class
 * without institutions has empty cells, never zeros; both files end with the
 * sentence on the largest clear gap, where the data comes from and whether it
 * is synthetic.
 */
import type { DimensionView } from '../../src/breakdown/breakdown-view.js';
import { classLabel, dimensionLabel } from '../../src/breakdown/class-labels.js';
import type { NationalIndex } from '../../src/contract/contract.types.js';
import type { Language } from '../../src/contract/vocabulary.js';
import { tableNumber } from '../../src/util/export.js';
import { provenanceOf, provenanceRows } from '../../src/util/provenance.js';
import { downloadTable, type TableFile } from '../../src/util/table-download.js';
import type { Cell } from '../../src/util/table-xlsx.js';
import type { ParticipationBreakdownMessages } from './participation-breakdown.messages.js';

export interface BreakdownExport {
  views: readonly DimensionView[];
  /** The reference areas' names (the region, the nation), as the page names them. */
  references: readonly string[];
  lang: Language;
  t: ParticipationBreakdownMessages;
  /** What the breakdown shows (its caption), and the sentence on its largest clear gap. */
  caption: string;
  summary: string;
  index: NationalIndex;
}

const TEXT = {
  it: {
    sheet: 'Partecipazione per classe',
    dimension: 'Caratteristica',
    rate: 'Quota di istituzioni attive (%)',
    low: 'Intervallo al 95%: da (%)',
    high: 'Intervallo al 95%: a (%)',
    reference: (name: string) => `${name} (%)`,
    summary: 'Sintesi',
  },
  en: {
    sheet: 'Participation by class',
    dimension: 'Characteristic',
    rate: 'Share of institutions active (%)',
    low: '95% interval: from (%)',
    high: '95% interval: to (%)',
    reference: (name: string) => `${name} (%)`,
    summary: 'Summary',
  },
};

/** One row per class of every characteristic, in the element's order. */
export function tableOf(e: BreakdownExport): Cell[][] {
  const x = TEXT[e.lang];
  const header = [x.dimension, e.t.class, e.t.institutions, e.t.active, x.rate, x.low, x.high, ...e.references.map(x.reference)];
  const rows = e.views.flatMap((view) =>
    view.classes.map((c): Cell[] => [
      dimensionLabel(view.dimension, e.lang),
      classLabel(view.dimension, c.id, e.lang),
      c.institutions,
      c.active,
      tableNumber(c.rate, true),
      tableNumber(c.low, true),
      tableNumber(c.high, true),
      ...c.references.map((r) => tableNumber(r, true)),
    ]),
  );
  return [header, ...rows];
}

function provenance(e: BreakdownExport): Cell[][] {
  const about = provenanceOf(e.index, e.caption, false, e.lang);
  // Institutions classed by size on an estimate (their count leaves plessi out), said as the element says it.
  const estimated = e.views.find((view) => view.dimension === 'size')?.estimated ?? 0;
  return [[], ...provenanceRows(about, e.lang), [TEXT[e.lang].summary, e.summary], ...(estimated > 0 ? [[e.t.estimated(estimated)]] : [])];
}

const fileOf = (e: BreakdownExport): TableFile => ({
  table: tableOf(e),
  provenance: provenance(e),
  sheet: TEXT[e.lang].sheet,
  lang: e.lang,
});

/** Makes the file and saves it from `host`. */
export const downloadBreakdown = (host: HTMLElement, kind: 'csv' | 'xlsx', name: string, e: BreakdownExport) =>
  downloadTable(host, kind, name, fileOf(e));
