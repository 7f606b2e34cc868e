/** Texts of <survey-results>, Italian first; English has the same keys (checked by the compiler). */
import { dayArticleIt } from '../../src/i18n/day-article-it.js';
import { readsOne } from '../../src/i18n/reads-one.js';
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';

export type SurveyResultsUsage = 'src' | 'scope' | 'wave';

const it = {
  loading: "Carico i risultati dell'indagine…",
  error: 'Risultati non disponibili',
  synthetic: 'Risposte sintetiche, a scopo dimostrativo: non sono dati reali.',
  usage: {
    src: () => 'Manca l\'attributo "src" con l\'URL di index.json.',
    scope: (value: string) =>
      `"scope" deve essere "nation", "region:NN", "province:NNN" o "comune:NNNNNN" (si vede la sua provincia), non ${value}.`,
    wave: () => 'Questi dati non hanno indagini pubblicate (l\'indice non elenca "surveys").',
  },
  nation: 'Italia',
  // The verb and the nouns agree with the numbers as written: a province of few institutions has one that answered.
  response: (respondents: string, invited: string, rate: string) =>
    `${readsOne(respondents) ? 'Ha risposto 1 istituzione' : `Hanno risposto ${respondents} istituzioni`} su ${invited} ${readsOne(invited) ? 'invitata' : 'invitate'} (${rate}).`,
  fielded: (from: string, to: string) => `Rilevazione ${dayArticleIt('da', from)}${from} ${dayArticleIt('a', to)}${to}.`,
  /** The picker of the index's waves, where it lists more than one. */
  wave: 'Indagine',
  question: 'Domanda',
  allQuestions: 'Tutte le domande',
  table: 'Tabella',
  download: 'Scarica',
  method: 'Come sono calcolate le stime',
  /** How many answered a question, as the page writes the number ("2.926"). */
  answered: (n: string) => (n === '1' ? '1 risposta' : `${n} risposte`),
  suppressed: (n: number, min: number) =>
    `Dati insufficienti (${n} ${n === 1 ? 'risposta' : 'risposte'}): con meno di ${min} non si pubblicano stime.`,
  interval: 'intervallo al 95%',
  mean: 'Media',
  scale: (min: number, max: number) => `su una scala da ${min} a ${max}`,
  answer: 'Risposta',
  estimate: 'Stima',
  low: 'Minimo (95%)',
  high: 'Massimo (95%)',
  respondents: 'Risposte',
  area: 'Area',
  caption: (where: string, title: string) => `${title}: ${where}, stime con intervallo al 95%.`,
  /**
   * After the caption, where an earlier wave is compared (`compare`): with a 95% interval, about one change in 20 where
   * nothing changed excludes zero all the same (test/survey/survey-view.node.test.ts); a page of 20 changes will show one.
   */
  compared: (title: string) =>
    `Con la variazione rispetto a «${title}» e il suo intervallo al 95%; le quote in punti percentuali. Dove nulla è cambiato, circa una variazione su 20 esclude lo zero per caso.`,
  /** An estimate's change since the earlier wave, in the estimate's unit (a share's in percentage points). */
  change: (change: string, low: string, high: string, year: string, points: boolean) =>
    `${change}${points ? (readsOne(change) ? ' punto' : ' punti') : ''} rispetto al ${year} (al 95% tra ${low} e ${high})`,
  /** The earlier wave has no estimate for this area (too few answered, or no such area). */
  noEarlier: (year: string) => `nessuna stima nel ${year}`,
  notComparable: (year: string) => `Non confrontabile con il ${year}: la domanda non c'era o è cambiata.`,
  compareIgnored: (value: string, earlier: string[]) =>
    `compare="${value}" non è un'indagine precedente di questi dati (${earlier.length ? `previous, ${earlier.join(', ')}` : 'nessuna'}): è stato ignorato.`,
  firstWave: 'Nessuna indagine precedente con cui confrontare.',
  waveIgnored: (value: string, shown: string) => `wave="${value}" non è un'indagine di questi dati: si vede l'ultima, «${shown}».`,
  earlierUnread: (wave: string) => `L'indagine «${wave}» non si legge: stime senza variazioni (i dettagli nella console del browser).`,
  earlierEstimate: (year: string) => `Stima ${year}`,
  changeColumn: 'Variazione',
  changeInterval: 'Variazione (95%)',
};

export type SurveyResultsMessages = typeof it & ElementMessages<SurveyResultsUsage>;

const en: SurveyResultsMessages = {
  loading: 'Loading the survey results…',
  error: 'Results unavailable',
  synthetic: 'Synthetic responses, for demonstration: not real data.',
  usage: {
    src: () => 'The "src" attribute with the URL of index.json is missing.',
    scope: (value: string) =>
      `"scope" must be "nation", "region:NN", "province:NNN" or "comune:NNNNNN" (its province is shown), not ${value}.`,
    wave: () => 'This data has no published surveys (the index lists no "surveys").',
  },
  nation: 'Italy',
  response: (respondents, invited, rate) =>
    `${respondents} of ${invited} invited ${readsOne(invited) ? 'institution' : 'institutions'} answered (${rate}).`,
  fielded: (from, to) => `Fieldwork from ${from} to ${to}.`,
  wave: 'Survey',
  question: 'Question',
  allQuestions: 'All questions',
  table: 'Table',
  download: 'Download',
  method: 'How the estimates are made',
  answered: (n) => (n === '1' ? '1 answer' : `${n} answers`),
  suppressed: (n, min) => `Not enough data (${n} ${n === 1 ? 'answer' : 'answers'}): with fewer than ${min} no estimate is published.`,
  interval: '95% interval',
  mean: 'Mean',
  scale: (min, max) => `on a scale from ${min} to ${max}`,
  answer: 'Answer',
  estimate: 'Estimate',
  low: 'Low (95%)',
  high: 'High (95%)',
  respondents: 'Answers',
  area: 'Area',
  caption: (where, title) => `${title}: ${where}, estimates with 95% interval.`,
  compared: (title) =>
    `With the change since “${title}” and its 95% interval; shares in percentage points. Where nothing changed, about one change in 20 excludes zero by chance.`,
  change: (change, low, high, year, points) =>
    `${change}${points ? ` point${readsOne(change) ? '' : 's'}` : ''} since ${year} (95% interval ${low} to ${high})`,
  noEarlier: (year) => `no estimate in ${year}`,
  notComparable: (year) => `Not comparable with ${year}: the question was not asked or has changed.`,
  compareIgnored: (value, earlier) =>
    `compare="${value}" is not an earlier survey wave of this data (${earlier.length ? `previous, ${earlier.join(', ')}` : 'none'}): it was ignored.`,
  firstWave: 'No earlier survey wave to compare with.',
  waveIgnored: (value, shown) => `wave="${value}" is not a survey wave of this data: the latest is shown, “${shown}”.`,
  earlierUnread: (wave) => `The survey wave “${wave}” cannot be read: estimates without changes (details in the browser console).`,
  earlierEstimate: (year) => `Estimate ${year}`,
  changeColumn: 'Change',
  changeInterval: 'Change (95%)',
};

export const MESSAGES: Catalogue<SurveyResultsMessages> = { it, en };
