/**
 * The results' downloads, loaded on the first download: the estimates shown
 * (the area, each question's shares or mean with its interval, the reference
 * areas beside them, and where an earlier wave is compared its estimate and
 * the change with its interval) as CSV or XLSX (src/util/table-download.ts).
 * Headers in the page's language; suppressed estimates are empty cells with
 * their n, never zeros; text from data made safe to open; both files end with
 * where the data comes from and whether it is synthetic.
 */
import type { Language } from '../../src/contract/vocabulary.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import type { Estimate, SurveyView } from '../../src/survey/survey-view.js';
import { provenanceRows } from '../../src/util/provenance.js';
import { downloadTable, type TableFile } from '../../src/util/table-download.js';
import type { Cell } from '../../src/util/table-xlsx.js';
import type { SurveyResultsMessages } from './survey-results.messages.js';

export interface SurveyExport {
  view: SurveyView;
  lang: Language;
  t: SurveyResultsMessages;
  caption: string;
  sources: readonly string[];
  generatedAt: string;
}

const TEXT = {
  it: {
    unit: 'Unità',
    share: '% delle istituzioni',
    mean: 'media',
    title: 'Indagine',
    change: (year: string) => [`Variazione dal ${year}`, 'Variazione minima (95%)', 'Variazione massima (95%)'],
  },
  en: {
    unit: 'Unit',
    share: '% of institutions',
    mean: 'mean',
    title: 'Survey',
    change: (year: string) => [`Change since ${year}`, 'Change low (95%)', 'Change high (95%)'],
  },
};

/** Shares as percentages with one decimal; means with two. */
const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
const mean = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** The table as shown: a header in the page's language, then one row per option or mean. */
export function tableOf(e: SurveyExport): Cell[][] {
  const { t, view } = e;
  const x = TEXT[e.lang];
  const year = view.earlier ? formatSchoolYear(view.earlier.schoolYear) : '';
  const header = [t.area, t.question, t.answer, x.unit, t.estimate, t.low, t.high, t.respondents, ...view.references.map((r) => r.name)];
  if (view.earlier) header.push(t.earlierEstimate(year), ...x.change(year));
  // The earlier wave's estimate and the change with its ends (a share's in percentage points), empty where there is none.
  const since = (e: Estimate | null, as: (value: number | null) => number | null): Cell[] => {
    if (!view.earlier) return [];
    const c = e?.change;
    return c ? [as(c.earlier), as(c.value), as(c.low), as(c.high)] : [null, null, null, null];
  };
  const rows: Cell[][] = [];
  for (const q of view.questions) {
    const base = [view.where, q.text];
    if (q.suppressed) {
      rows.push([...base, null, null, null, null, null, q.n, ...view.references.map(() => null), ...since(null, percent)]);
      continue;
    }
    for (const o of q.options)
      rows.push([
        ...base,
        o.label,
        x.share,
        percent(o.value),
        percent(o.low),
        percent(o.high),
        q.n,
        ...o.references.map(percent),
        ...since(o, percent),
      ]);
    if (q.mean) {
      const unit = `${x.mean} (${q.min}–${q.max}${q.unit ? ` ${q.unit}` : ''})`;
      rows.push([
        ...base,
        t.mean,
        unit,
        mean(q.mean.value),
        mean(q.mean.low),
        mean(q.mean.high),
        q.n,
        ...q.mean.references.map(mean),
        ...since(q.mean, mean),
      ]);
    }
  }
  return [header, ...rows];
}

function provenance(e: SurveyExport): Cell[][] {
  const about = {
    title: e.caption,
    sources: e.sources,
    generatedAt: e.generatedAt,
    synthetic: e.view.synthetic,
    provisional: false,
  };
  return [[], ...provenanceRows(about, e.lang, { title: TEXT[e.lang].title, synthetic: e.t.synthetic })];
}

const fileOf = (e: SurveyExport): TableFile => ({ table: tableOf(e), provenance: provenance(e), sheet: TEXT[e.lang].title, lang: e.lang });

/** Makes the file and saves it from `host`. */
export const downloadSurvey = (host: HTMLElement, kind: 'csv' | 'xlsx', name: string, e: SurveyExport) =>
  downloadTable(host, kind, name, fileOf(e));
