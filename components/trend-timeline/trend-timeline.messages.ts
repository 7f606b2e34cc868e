/** The interface texts of <trend-timeline>, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { andList } from '../../src/i18n/and-list.js';
import { readsOne } from '../../src/i18n/reads-one.js';
import type { TimelineUsage } from '../../src/timeline/load-timeline.js';
import type { Direction } from '../../src/timeline/trend.js';

/** The directions said in words within a trend sentence. */
type SaidDirection = Exclude<Direction, 'constant' | 'single' | 'none'>;

const it = {
  loading: 'Caricamento del grafico…',
  error: 'Impossibile mostrare il grafico',
  lines: 'Linee',
  stacked: 'Aree impilate',
  table: 'Tabella',
  download: 'Scarica',
  year: 'Anno scolastico',
  /** The table's column of years, narrow: «Anno scolastico» made it 5.6em, and a region compared with Italy scrolled at 320 px. */
  yearHeading: 'Anno',
  provisional: 'provvisorio',
  provisionalNote: 'I dati degli anni tratteggiati sono provvisori.',
  // A value's 95% interval, beside it (tooltip, table) and as the band around its line.
  interval: (low: string, high: string) => `al 95% tra ${low} e ${high}`,
  /** A change's interval whose upper end is unbounded (a first year that could have been 0). */
  atLeast: (low: string) => `al 95% almeno ${low}`,
  intervalNote:
    'Intorno a ogni valore (la banda nel grafico a linee, tra parentesi nella tabella) è il suo intervallo al 95%, secondo il numero di istituzioni: dove sono poche, il valore cambia molto per caso.',
  intervalLow: 'minimo (95%)',
  intervalHigh: 'massimo (95%)',
  pngBlocked:
    "Il PNG non si può creare in questa pagina: la sua Content-Security-Policy non permette immagini data: (img-src). Scarica l'SVG, o chiedi al sito di permettere data: in img-src.",
  noData: 'n.d.',
  legend: 'Legenda',
  perSchool: 'per istituzione',
  /** A count of institutions per institution: the share of them. */
  share: 'quota sul totale delle istituzioni',
  /** A share's change, in percentage points. */
  points: (change: string) => `${change} ${readsOne(change) ? 'punto percentuale' : 'punti percentuali'}`,
  per1000Students: 'ogni 1.000 studenti',
  synthetic: 'Dati sintetici a scopo dimostrativo: non sono dati ufficiali.',
  ownAxis: "l'asse arriva al valore più alto dei dati",
  perInstitution: {
    school:
      'Una scuola si confronta con le sue aree per istituzione: si vedono i suoi valori e le medie per istituzione delle aree, non i loro totali.',
    areas: 'Le aree si confrontano per istituzione, non con i loro totali, che crescono con il numero delle loro scuole.',
    regions: 'Le regioni si confrontano per istituzione: con i loro totali, su una scala comune, le più piccole sarebbero linee piatte.',
  },
  // A sparkline or the small multiples of several metrics: the first drawn (src/timeline/timeline-view.ts unshown).
  unshown: (left: readonly string[]) =>
    `Il grafico compatto disegna solo il primo indicatore: ${andList(
      left.map((m) => `«${m}»`),
      ' e ',
    )} non ${left.length === 1 ? 'è disegnato' : 'sono disegnati'}.`,
  // Stacked areas asked for metrics that count institutions beside other series (src/timeline/timeline-view.ts canStack).
  stackRefused: (metrics: readonly string[]) =>
    `Aree impilate non disponibili: ${andList(
      metrics.map((m) => `«${m}»`),
      ' e ',
    )} ${metrics.length === 1 ? 'conta' : 'contano'} istituzioni, che non si sommano ad altre serie: un'istituzione attiva in più programmi si conterebbe più volte. Si vedono le linee.`,
  chart: 'grafico',
  instructions: 'Frecce sinistra e destra per scorrere gli anni, Home e Fine per il primo e l’ultimo, Invio per scegliere l’anno.',
  lineInstructions: 'Frecce su e giù per seguire una linea sola, con il suo intervallo; Esc per tornare a tutte.',
  multiplesInstructions: 'Invio per scegliere la regione.',
  nation: 'Italia',
  /** After a name two areas share: "Firenze (comune)", "Firenze (provincia)". */
  levels: { nation: 'nazione', region: 'regione', province: 'provincia', comune: 'comune', school: 'scuola' },
  // The directions a trend sentence names; a constant, single or empty series has a sentence of its own.
  directions: {
    rising: 'in crescita',
    falling: 'in calo',
    // Mann–Kendall found no monotone trend: the net change beside it may still be clear (Tuscany's eTwinning projects
    // per institution rose to 2019/20 and fell: -65%, 95% from -82% to -32%), so the words say the path was not
    // steady, not that nothing changed.
    unclear: 'senza una crescita né un calo costanti',
  } as Record<SaidDirection, string>,
  trend: (
    name: string,
    direction: string,
    from: string,
    fromYear: string,
    to: string,
    toYear: string,
    change: string,
    then: string,
    peak: string,
  ) => `${name}: ${direction}, da ${from} nel ${fromYear} a ${to} nel ${toYear}${change ? ` (${change})` : ''}${then}${peak}.`,
  /** The series' highest value, where it has more than two (of two, both are said already). */
  peak: (value: string, year: string) => `; massimo ${value} nel ${year}`,
  /** After the change to the last final year: the provisional last value. */
  then: (value: string, year: string) => `, poi ${value} nel ${year} (provvisorio)`,
  single: (name: string, value: string, year: string) => `${name}: ${value} nel ${year}, un solo anno di dati.`,
  /** A school's share of active institutions, 0% or 100% a year: the years it was active, of those with data. */
  activeYears: (name: string, active: string[], of: number, from: string, to: string) =>
    active.length === 0
      ? `${name}: mai attiva dal ${from} al ${to}.`
      : active.length === of
        ? `${name}: attiva ogni anno dal ${from} al ${to}.`
        : `${name}: attiva in ${active.length === 1 ? '1 anno' : `${active.length} anni`} su ${of} dal ${from} al ${to}: ${andList(active, ' e ')}.`,
  constant: (name: string, value: string, from: string, to: string) => `${name}: ${value} ogni anno, dal ${from} al ${to}.`,
  empty: (name: string) => `${name}: nessun dato.`,
  gaps: (n: number) => (n === 1 ? ' Manca un anno.' : ` Mancano ${n} anni.`),
  /** After a trend sentence: its provisional years, and the last year its direction was judged on where they were left out. */
  provisionalValues: (years: string[], testedThrough: string | null) =>
    (years.length === 1 ? ` Il dato del ${years[0]} è provvisorio` : ` I dati del ${andList(years, ' e ')} sono provvisori`) +
    (testedThrough ? `: la tendenza e la variazione sono valutate sugli anni fino al ${testedThrough}, con dati definitivi.` : '.'),
  // A series whose line hides an earlier one's: the reader would otherwise look for a line that is not there.
  sameAs: (name: string) => ` Gli stessi valori di ${name} in ogni anno: le due linee coincidono.`,
  /** After a plesso's sentence: whose activity its values are. */
  ofInstitution: (name: string) => ` Sono i valori dell'istituzione ${name}, di cui è un plesso.`,
  usage: {
    src: () => "Manca l'attributo src con l'indirizzo dei dati.",
    scope: (v: string) => `Ambito non valido ${v}: usare nation, region:09, province:048, comune:048017 o school:CODICE.`,
    metric: (v: string, known: string) => `Indicatore sconosciuto ${v}; disponibili: ${known}.`,
    view: (v: string) => `Vista sconosciuta ${v}: usare lines, stacked o table.`,
    variant: (v: string) => `Variante sconosciuta ${v}: usare full, sparkline o multiples.`,
    units: (_v: string, units: string) =>
      `Un grafico ha un solo asse dei valori: i suoi indicatori devono avere la stessa unità di misura, e qui sono diverse: ${units}. Mostrali in grafici separati.`,
    normalisation: (v: string) => `Normalizzazione sconosciuta ${v}: usare absolute, perSchool o per1000Students.`,
    surveyScope: (v: string) => `Le indagini hanno stime per l'Italia, le regioni e le province, non per ${v}.`,
    surveyMix: (v: string) => `Le stime delle indagini non si mostrano con altri indicatori: ${v}.`,
  },
};

export type TrendTimelineMessages = typeof it & ElementMessages<TimelineUsage>;

const en: TrendTimelineMessages = {
  loading: 'Loading the chart…',
  error: 'The chart cannot be shown',
  lines: 'Lines',
  stacked: 'Stacked areas',
  table: 'Table',
  download: 'Download',
  year: 'School year',
  yearHeading: 'Year',
  provisional: 'provisional',
  provisionalNote: 'Figures of the dashed years are provisional.',
  interval: (low, high) => `95% interval ${low} to ${high}`,
  atLeast: (low) => `95% interval ${low} or more`,
  intervalNote:
    'Around each value (the band in the line chart, in brackets in the table) is its 95% interval, from the number of institutions: where they are few, a value swings a lot by chance.',
  intervalLow: 'low (95%)',
  intervalHigh: 'high (95%)',
  pngBlocked:
    'The PNG cannot be made on this page: its Content-Security-Policy does not allow data: images (img-src). Download the SVG, or ask the site to allow data: in img-src.',
  noData: 'n/a',
  legend: 'Legend',
  perSchool: 'per institution',
  share: 'share of all institutions',
  points: (change) => `${change} percentage point${readsOne(change) ? '' : 's'}`,
  per1000Students: 'per 1,000 students',
  synthetic: 'Synthetic data for demonstration: not official figures.',
  ownAxis: "the axis reaches the data's highest value",
  perInstitution: {
    school:
      "A school is compared with its areas per institution: its values and the areas' averages per institution are shown, not their totals.",
    areas: 'The areas are compared per institution, not by their totals, which grow with the number of their schools.',
    regions: 'The regions are compared per institution: in their totals, on one shared scale, the smallest would be flat lines.',
  },
  unshown: (left) =>
    `The compact chart draws the first metric only: ${andList(
      left.map((m) => `“${m}”`),
      ' and ',
    )} ${left.length === 1 ? 'is' : 'are'} not drawn.`,
  stackRefused: (metrics) =>
    `Stacked areas are not available: ${andList(
      metrics.map((m) => `“${m}”`),
      ' and ',
    )} ${metrics.length === 1 ? 'counts' : 'count'} institutions, which do not add up with other series: an institution active in several programmes would be counted more than once. The lines are shown.`,
  chart: 'chart',
  instructions: 'Left and right arrows move across years, Home and End to the first and last, Enter chooses the year.',
  lineInstructions: 'Up and down arrows follow one line alone, with its interval; Escape goes back to all of them.',
  multiplesInstructions: 'Enter chooses the region.',
  nation: 'Italy',
  levels: { nation: 'nation', region: 'region', province: 'province', comune: 'comune', school: 'school' },
  directions: { rising: 'rising', falling: 'falling', unclear: 'no steady rise or fall' },
  trend: (name, direction, from, fromYear, to, toYear, change, then, peak) =>
    `${name}: ${direction}, from ${from} in ${fromYear} to ${to} in ${toYear}${change ? ` (${change})` : ''}${then}${peak}.`,
  peak: (value, year) => `; peak ${value} in ${year}`,
  then: (value, year) => `, then ${value} in ${year} (provisional)`,
  single: (name, value, year) => `${name}: ${value} in ${year}, one year of data.`,
  activeYears: (name, active, of, from, to) =>
    active.length === 0
      ? `${name}: never active from ${from} to ${to}.`
      : active.length === of
        ? `${name}: active every year from ${from} to ${to}.`
        : `${name}: active in ${active.length} of ${of} years from ${from} to ${to}: ${andList(active, ' and ')}.`,
  constant: (name, value, from, to) => `${name}: ${value} every year, from ${from} to ${to}.`,
  empty: (name) => `${name}: no data.`,
  gaps: (n) => (n === 1 ? ' One year is missing.' : ` ${n} years are missing.`),
  provisionalValues: (years, testedThrough) =>
    (years.length === 1 ? ` The ${years[0]} figure is provisional` : ` The figures of ${andList(years, ' and ')} are provisional`) +
    (testedThrough ? `: the trend and the change are judged on the years up to ${testedThrough}, with final figures.` : '.'),
  sameAs: (name) => ` The same values as ${name} every year: the two lines coincide.`,
  ofInstitution: (name) => ` The values are those of the institution ${name}, of which it is a site.`,
  usage: {
    src: () => 'The src attribute with the data URL is missing.',
    scope: (v) => `Invalid scope ${v}: use nation, region:09, province:048, comune:048017 or school:CODE.`,
    metric: (v, known) => `Unknown metric ${v}; the data has ${known}.`,
    view: (v) => `Unknown view ${v}: use lines, stacked or table.`,
    variant: (v) => `Unknown variant ${v}: use full, sparkline or multiples.`,
    units: (_v: string, units: string) =>
      `A chart has one value axis: its metrics must share a unit, and here they differ: ${units}. Show them in separate charts.`,
    normalisation: (v) => `Unknown normalisation ${v}: use absolute, perSchool or per1000Students.`,
    surveyScope: (v) => `Surveys have estimates for Italy, the regions and the provinces, not for ${v}.`,
    surveyMix: (v) => `Survey estimates are not shown with other metrics: ${v}.`,
  },
};

export const MESSAGES: Catalogue<TrendTimelineMessages> = { it, en };
