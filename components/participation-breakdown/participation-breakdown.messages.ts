/** Texts of <participation-breakdown>, Italian first; English has the same keys (checked by the compiler). */
import type { BreakdownDimension } from '../../src/contract/vocabulary.js';
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { articleIt } from '../../src/i18n/article-it.js';
import { formatSchoolYear, formatValue } from '../../src/i18n/format.js';

/** A class's rate over its area's, with its 95% interval (the class's interval over the area's rate). */
export interface RatioToArea {
  point: number;
  low: number;
  high: number;
}

const percentIt = (ratio: number): string => {
  const n = Math.round(ratio * 100);
  return `${articleIt(n)}${n}%`;
};
const timesIt = (ratio: number): string => ratio.toFixed(1).replace('.', ',');

export type ParticipationBreakdownUsage = 'src' | 'scope';

const it = {
  loading: 'Carico le caratteristiche delle istituzioni…',
  error: 'Caratteristiche non disponibili',
  synthetic: 'Dati sintetici, a scopo dimostrativo.',
  usage: {
    src: () => 'Manca l\'attributo "src" con l\'URL di index.json.',
    scope: (value: string) => `"scope" deve essere "nation", "region:NN" o "province:NNN", non ${value}.`,
  },
  by: 'Partecipazione per',
  table: 'Tabella',
  download: 'Scarica',
  // A provisional year's figures are still being reported (Erasmus+'s last three years, and every programme's with them).
  caption: (where: string, programme: string, year: number, provisional: boolean) =>
    `Istituzioni attive in ${where}, ${programme}, ${formatSchoolYear(year)}${provisional ? ' (dato provvisorio)' : ''}: quota per classe, con intervallo al 95%.`,
  programmes: { all: 'tutti i programmi', etwinning: 'eTwinning', erasmus: 'Erasmus+', funding: 'finanziamenti' },
  class: 'Classe',
  institutions: 'Istituzioni',
  active: 'Attive',
  rate: 'Quota (95%)',
  nation: 'Italia',
  // Who the sentence speaks of, from the class's label (and its id, where the label alone does not make a phrase).
  phrase: {
    gradeGroup: (_label: string, id: string) =>
      ({
        infanzia: "della scuola dell'infanzia",
        primaria: 'della scuola primaria',
        'secondaria-primo-grado': 'della secondaria di primo grado',
        'secondaria-secondo-grado': 'della secondaria di secondo grado',
        comprensivo: 'che sono istituti comprensivi',
      })[id] ?? 'di altro tipo (CPIA, convitti, educandati)',
    size: (label: string) => `con ${label}`,
    innerArea: (label: string) => `dei comuni di classe ${label}`,
    capoluogo: (label: string): string => (label.startsWith('capoluogo') ? 'del capoluogo di provincia' : 'degli altri comuni'),
  } satisfies Record<BreakdownDimension, (label: string, id: string) => string>,
  // The ratio is a number a decision maker reads first: it carries its interval, as the rate does.
  gap: (where: string, who: string, ratio: RatioToArea, rate: string, overall: string) =>
    `In ${where} la partecipazione delle istituzioni ${who} è ${
      ratio.point < 1
        ? `${percentIt(ratio.point)} della media dell'area (al 95% tra ${percentIt(ratio.low)} e ${percentIt(ratio.high)})`
        : `${timesIt(ratio.point)} volte la media dell'area (al 95% tra ${timesIt(ratio.low)} e ${timesIt(ratio.high)} volte)`
    }: ${rate} contro ${overall}.`,
  // Under the sentence when its class is of another characteristic than the one shown: the bars that hold its figures.
  showGap: (dimension: string) => `Mostra per ${dimension}`,
  noGap:
    'Nessuna classe con almeno 10 istituzioni si scosta dalla media in modo chiaro (intervalli al 95%, allargati per il numero di classi confrontate).',
  // Classed by the index's estimate where the students' file leaves plessi out: by their count alone, 356 of the 855
  // such institutions of the 2024/25 file sat a class too low.
  // Grouped as the element's chart and table write counts (formatValue), one way in one element.
  estimated: (n: number) =>
    `Dimensione stimata per ${formatValue(n, 'count', 'it')} ${n === 1 ? 'istituzione' : 'istituzioni'} con plessi assenti dal file degli studenti: ciascuno di questi plessi vale la mediana dei plessi contati dello stesso tipo, come nell'indice.`,
};

export type ParticipationBreakdownMessages = typeof it & ElementMessages<ParticipationBreakdownUsage>;

const en: ParticipationBreakdownMessages = {
  loading: 'Loading the characteristics of the institutions…',
  error: 'Characteristics unavailable',
  synthetic: 'Synthetic data, for demonstration.',
  usage: {
    src: () => 'The "src" attribute with the URL of index.json is missing.',
    scope: (value: string) => `"scope" must be "nation", "region:NN" or "province:NNN", not ${value}.`,
  },
  by: 'Participation by',
  table: 'Table',
  download: 'Download',
  caption: (where, programme, year, provisional) =>
    `Active institutions in ${where}, ${programme}, ${formatSchoolYear(year)}${provisional ? ' (provisional)' : ''}: share per class, with 95% interval.`,
  programmes: { all: 'all programmes', etwinning: 'eTwinning', erasmus: 'Erasmus+', funding: 'funding' },
  class: 'Class',
  institutions: 'Institutions',
  active: 'Active',
  rate: 'Share (95%)',
  nation: 'Italy',
  phrase: {
    gradeGroup: (_label, id) =>
      ({
        infanzia: 'of pre-primary education',
        primaria: 'of primary education',
        'secondaria-primo-grado': 'of lower secondary education',
        'secondaria-secondo-grado': 'of upper secondary education',
        comprensivo: 'that are comprehensive institutes',
      })[id] ?? 'of other kinds (adult education centres, boarding schools)',
    size: (label) => `with ${label}`,
    innerArea: (label) => `in comuni of class ${label}`,
    capoluogo: (label) => (label.startsWith('provincial') ? 'in the provincial capital' : 'in the other comuni'),
  },
  gap: (where, who, ratio, rate, overall) =>
    `In ${where}, institutions ${who} take part ${
      ratio.point < 1
        ? `at ${Math.round(ratio.point * 100)}% of the area's average (95% interval ${Math.round(ratio.low * 100)}% to ${Math.round(ratio.high * 100)}%)`
        : `${ratio.point.toFixed(1)} times the area's average (95% interval ${ratio.low.toFixed(1)} to ${ratio.high.toFixed(1)} times)`
    }: ${rate} against ${overall}.`,
  showGap: (dimension) => `Show by ${dimension}`,
  noGap:
    'No class of at least 10 institutions clearly differs from the average (95% intervals, widened for the number of classes compared).',
  estimated: (n) =>
    `Size estimated for ${formatValue(n, 'count', 'en')} ${n === 1 ? 'institution' : 'institutions'} with plessi missing from the students' file: each such plesso counts the median of the counted plessi of its type, as in the index.`,
};

export const MESSAGES: Catalogue<ParticipationBreakdownMessages> = { it, en };
