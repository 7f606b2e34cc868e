/** The interface texts of <region-map>, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { ordinalIt, wholeText } from '../../src/i18n/places.js';
import type { MapLevel, MapUsage } from '../../src/map/load-map.js';

/** A range over every place of several: the data cannot place the area at all, said so (not "between 1st and 272nd"). */
const anyPlace = (low: number, high: number, of: number) => low === 1 && high === of && of > 1;
/** Places and counts grouped as every number the map writes. */
const groupedIt = (n: number) => wholeText(n, 'it');
const groupedEn = (n: number) => wholeText(n, 'en');
/** The shadow zones a map's summary counts, and among which areas (the data tools judge comuni and provinces). */
const SHADOWS_AMONG: Record<MapLevel, string> = { regions: 'le regioni', provinces: 'le province', comuni: 'i comuni' };
export interface ShadowCount {
  count: number;
  among: MapLevel;
}

const it = {
  loading: 'Caricamento della mappa…',
  error: 'Impossibile mostrare la mappa',
  map: 'Mappa',
  table: 'Tabella',
  italy: 'Italia',
  back: 'Torna a',
  year: 'Anno scolastico',
  /** A survey map's picker of the index's waves. */
  wave: 'Indagine',
  /** A survey map's picker of a choice question's answers. */
  answer: 'Risposta',
  play: 'Riproduci',
  pause: 'Pausa',
  playReduced: 'Animazione disattivata (movimento ridotto)',
  // A national map drawn from its latest year's file gets the other years on demand (src/contract/area-latest.ts).
  loadingYear: (year: number) => `Caricamento del ${formatSchoolYear(year)}…`,
  loadingClasses: (year: number) => `Caricamento delle classi del ${formatSchoolYear(year)}…`,
  noData: 'Nessun dato',
  shadow: "Zona d'ombra",
  legend: 'Legenda',
  // The legend's classes are toggles that set their areas apart on a drawn map, and keep only theirs in the table
  // (region-map.legend-classes.ts).
  legendInstructions: {
    map: 'Un clic, Invio o Spazio su una classe ne mette in evidenza le aree sulla mappa; Esc per tornare a tutte.',
    table: 'Un clic, Invio o Spazio su una classe lascia nella tabella solo le sue aree; Esc per tornare a tutte.',
  },
  /** Said as a class is set apart: its label, its areas (`count` of the level's name) among all the map's (`of`). */
  classApart: (label: string, count: string, level: string, of: string) =>
    `In evidenza sulla mappa: ${label} (${count} ${level} su ${of}).`,
  allClasses: 'Di nuovo tutte le aree sulla mappa.',
  /** Said, and written above the table, as it keeps a class's rows alone (the arguments as `classApart`'s). */
  classInTable: (label: string, count: string, level: string, of: string) => `Nella tabella solo: ${label} (${count} ${level} su ${of}).`,
  allRows: 'Di nuovo tutte le aree nella tabella.',
  // The search by name (region-map.name-search.ts): its label; the rows the table keeps (`count` areas of the level's
  // name among the table's `of`: every area, or the legend's class kept; the words typed, `query`, named for paper
  // too), or none for the words typed; the areas the map sets apart (among every area or the legend's class), or
  // none; the one Enter went to, `at` of `count`.
  findByName: 'Cerca per nome',
  /** The button that opens the search by name above the map (short: it shares a phone's row with the zoom's buttons). */
  find: 'Cerca',
  foundRows: (count: string, level: string, of: string, query: string) =>
    `Nella tabella, con «${query}» nel nome: ${count} ${level} su ${of}.`,
  noneFound: (query: string) => `Nessuna area della tabella ha «${query}» nel nome.`,
  // A long table's page of rows (`from` to `to` of `all`, by place; `first`: the first page), said as the reader turns
  // it, then why it is cut, and the buttons that turn its pages and show every row.
  tableRange: (from: string, to: string, all: string, first: boolean) =>
    first ? `Le prime ${to} righe di ${all}` : `Le righe da ${from} a ${to} di ${all}`,
  tableWhy: ', per posizione: una tabella così lunga rallenta la pagina. «Cerca per nome» trova le altre.',
  previousRows: 'Righe precedenti',
  nextRows: 'Righe successive',
  showAllRows: (all: string) => `Mostra tutte le ${all} righe`,
  rowsComing: (all: string) => `Preparo le ${all} righe…`,
  foundOnMap: (count: string, level: string, of: string) =>
    `${count} ${level} su ${of} sulla mappa. Invio per andare a un'area dopo l'altra, Maiusc+Invio per tornare indietro.`,
  noneOnMap: (query: string) => `Nessuna area della mappa ha «${query}» nel nome.`,
  foundAt: (at: string, count: string) => `Area ${at} di ${count} trovate.`,
  activeSchools: 'Istituzioni attive',
  roleModels: 'Scuole virtuose',
  // The points count an institution active over the index's years (`span`: "2023/24–2025/26"), whatever the year shown,
  // once in each area where it has a plesso: the tooltip's share beside them divides institutions by students.
  activeKey: (span: string) => `Istituzioni attive (${span})`,
  activeHere: (from: string, to: string) =>
    `Istituzioni attive ${from === to ? `nel ${from}` : `dal ${from} al ${to}`} con almeno un plesso nell'area`,
  roleModelsHere: "Scuole virtuose con almeno un plesso nell'area",
  pointsNote: 'Istituzioni attive e scuole virtuose: ognuna è contata una volta in ogni area dove ha almeno un plesso.',
  download: 'Scarica',
  area: 'Area',
  code: 'Codice ISTAT',
  value: 'Valore',
  rank: 'Posizione',
  rankOf: (place: number, of: number) => `${groupedIt(place)} di ${groupedIt(of)}`,
  // A place is a range where the value has an interval: every area whose 95% interval lies wholly above (below) is surely ahead (behind).
  rankRange: (low: number, high: number, of: number) =>
    low === high
      ? `${groupedIt(low)} di ${groupedIt(of)}`
      : anyPlace(low, high, of)
        ? `non determinabile, qualunque su ${groupedIt(of)}, tenuto conto dell’incertezza`
        : `tra ${ordinalIt(low)} e ${ordinalIt(high)} posto su ${groupedIt(of)}, tenuto conto dell’incertezza`,
  // A rate without its interval (an older contract) is ranked among the areas with enough institutions, as the summary's best and worst.
  rankAmong: (place: number, of: number, min: number) => `${groupedIt(place)} di ${groupedIt(of)} aree con almeno ${min} istituzioni`,
  rankNotGiven: (min: number) => `non data, meno di ${min} istituzioni`,
  rankRangeHeading: 'Posizione (intervallo)',
  /**
   * After the best's or the worst's value in the summary, once the view is ranked: how sure its place is. `all`: the
   * best and the worst were judged among fewer areas than are ranked, and the place is among every area. `valued`:
   * some areas shown have no value, and the place is among those that have one («20 regioni … su 19» read as a slip).
   */
  summaryPlace: (low: number, high: number, of: number, all: boolean, valued = false) => {
    const among = `${all ? 'tutte le ' : ''}${groupedIt(of)}${all || valued ? (of === 1 ? ' area' : ' aree') : ''}${valued ? ' con un valore' : ''}`;
    return anyPlace(low, high, of)
      ? `posto non determinabile, qualunque su ${among}`
      : `${low === high ? `${groupedIt(low)}º posto` : `tra ${ordinalIt(low)} e ${ordinalIt(high)} posto`} su ${among}`;
  },
  rankBest: 'Posizione migliore possibile',
  rankWorst: 'Posizione peggiore possibile',
  /** Under the table, where places are ranges; `count`: the values are counts, shown bare, their places ranged all the same. */
  rangesNote: (count: boolean) =>
    `Posizione (intervallo): i posti che l'area può occupare, dati gli intervalli al 95% di tutte le aree: è sicuramente davanti solo alle aree con un intervallo tutto sotto il suo. Con pochi numeri un valore cambia molto per caso${
      count ? ', anche un conteggio, mostrato così com’è' : ''
    }.`,
  status: 'Stato',
  schools: 'istituzioni',
  /** After a count of institutions that is not whole (a rate's denominator), and under the table and in its files. */
  allocated: 'ripartite per studenti tra le aree dei loro plessi',
  withDecimals: 'Istituzioni con decimali',
  students: 'studenti',
  intervalLow: 'Minimo (95%)',
  intervalHigh: 'Massimo (95%)',
  answers: 'Risposte',
  interval: (low: string, high: string, n: number) =>
    `intervallo al 95%: ${low} – ${high} (${groupedIt(n)} ${n === 1 ? 'risposta' : 'risposte'})`,
  insufficient: (n: number) => `dati insufficienti (${groupedIt(n)} ${n === 1 ? 'risposta' : 'risposte'})`,
  /** An estimate named in the summary: its value and its interval, so that the best and the worst are not read as sure. */
  estimate: (value: string, low: string, high: string) => `${value}; al 95% tra ${low} e ${high}`,
  perSchool: 'per istituzione',
  /** A count of institutions per institution: the share of them. */
  share: 'quota sul totale delle istituzioni',
  per1000Students: 'ogni 1.000 studenti',
  // Before the first three of many areas whose rate is missing (src/i18n/undivided.ts).
  among: 'tra cui',
  provisional: 'dato provvisorio',
  synthetic: 'Dati sintetici: valori generati da un modello, non dati reali.',
  instructions:
    'Frecce per spostarsi tra aree vicine, Invio per entrare, Esc per tornare indietro, + e − per ingrandire e ridurre, 0 per la vista intera.',
  zoom: 'Ingrandimento',
  zoomIn: 'Ingrandisci',
  zoomOut: 'Riduci',
  zoomReset: 'Vista intera',
  // On paper only, under the title of a map printed zoomed in: the buttons that say it are not printed.
  zoomedPart: 'Mappa ingrandita: se ne vede una parte; il riepilogo vale per tutte le aree.',
  tapAgain: 'Tocca di nuovo per entrare.',
  notHeld: 'Le sue province e i suoi comuni non sono in questi dati.',
  // Fewer classes than asked: only as many values as classes (src/map/classify.ts draws as many as it can).
  fewerClasses: (drawn: number, asked: number) => `${drawn} classi invece di ${asked}: le aree hanno solo ${drawn} valori diversi.`,
  ownClasses: 'si vedono le classi della mappa',
  // Under the legend: whose classes every year shares (src/map/classes-year.ts), or that each year has its own.
  // `year`: the school year, and "(dato provvisorio)" where its figures may still grow.
  sharedClasses: (year: string) => `Soglie delle classi del ${year}, le stesse in ogni anno.`,
  // After the year whose classes every year shares, where the later years' figures are provisional.
  latestFinal: 'ultimo anno con dati definitivi',
  sharedScale: (year: string) => `Scala dei colori del ${year}, la stessa in ogni anno.`,
  eachYearClasses: 'Classi proprie di ogni anno: i colori non si confrontano tra anni.',
  // A `classes-year` school year without values in the shown areas (`metric`: its label): the default's classes are
  // drawn, and the legend's note says whose.
  classesYearEmpty: (written: string, year: string, metric: string) =>
    `classes-year="${written}": nel ${year} le aree della mappa non hanno valori di «${metric}»: è stato ignorato.`,
  // Shadow zones are counted where the level is judged (comuni, provinces), not said of regions: null. Among which
  // areas: a region's map of provinces read «Zone d'ombra: 0» over the list's «1 zona d'ombra in Toscana», a comune.
  summary: (metric: string, year: string, level: string, count: string, extremes: string, shadows: ShadowCount | null) =>
    `${metric}, ${year}: ${count} ${level}. ${extremes}${
      shadows === null ? '' : ` Zone d'ombra tra ${SHADOWS_AMONG[shadows.among]}: ${groupedIt(shadows.count)}.`
    }`,
  extremes: (top: string, bottom: string) => `Migliore: ${top}. Peggiore: ${bottom}.`,
  // A count's highest and lowest, not its best and worst: a count grows with the area's institutions, and the smallest area is not the worst.
  extremesCounts: (high: string, low: string) => `Valore più alto: ${high}. Più basso: ${low}.`,
  // A rate's best and worst among the areas with enough institutions behind it (a comune of one is "best" at 100% by chance).
  extremesAmong: (count: string, min: number, top: string, bottom: string) =>
    `Tra le ${count} aree con almeno ${min} istituzioni, migliore: ${top}; peggiore: ${bottom}.`,
  // One value among the areas that have one (a bundle of one region on a map of Italy): no best and worst to name.
  extremesAlike: (one: boolean, areas: string) =>
    one ? `Una sola area ha un valore: ${areas}.` : `Stesso valore in tutte le aree che ne hanno uno: ${areas}.`,
  // One area, then more: "1 provincia" (Valle d'Aosta), "5 province".
  levels: {
    regions: { one: 'regione', many: 'regioni' },
    provinces: { one: 'provincia', many: 'province' },
    comuni: { one: 'comune', many: 'comuni' },
  },
  // The best or the worst value shared: the first area named, and how many others share it (a name alone would read as the only one).
  tied: (n: string) => (n === '1' ? "e un'altra area" : `e altre ${n} aree`),
  // An area judged and not flagged is not shown to be in line: its reason may give it a 45% chance of being below.
  statuses: { shadow: "zona d'ombra", ok: 'non segnalata', insufficient: 'troppo poche istituzioni', nodata: 'nessun dato' },
  breadcrumb: 'Percorso',
  roleDescription: 'mappa',
  noDataAreas: (n: number) =>
    n === 1
      ? `1 area ha una geometria ma nessun dato: mostrata come "nessun dato".`
      : `${groupedIt(n)} aree hanno una geometria ma nessun dato: mostrate come "nessun dato".`,
  noGeometryAreas: (n: number) =>
    n === 1
      ? '1 area ha dati ma nessuna geometria: solo nella tabella.'
      : `${groupedIt(n)} aree hanno dati ma nessuna geometria: solo nella tabella.`,
  usage: {
    src: () => "Manca l'attributo src con l'indirizzo dei dati.",
    level: (v: string, held?: string) =>
      held
        ? `level=${v} senza region mostra tutta l'Italia, ma questi dati contengono solo ${held}: scrivere anche la regione.`
        : `Livello sconosciuto ${v}: usare regions, provinces o comuni.`,
    region: (v: string) => `Regione sconosciuta ${v}: usare il codice ISTAT di due cifre (09 per la Toscana, 12 per il Lazio).`,
    province: (v: string, attributes?: string) =>
      attributes
        ? `La provincia ${v} si mostra con la sua regione e i suoi comuni: scrivere ${attributes}.`
        : `Provincia sconosciuta ${v}: usare il codice ISTAT di tre cifre di una provincia della regione, con level="comuni" e region.`,
    metric: (v: string, known: string) => `Indicatore sconosciuto ${v}; disponibili: ${known}.`,
    year: (v: string, range: string) => {
      const [first, last] = range.split('-').map(Number) as [number, number];
      return `Nessun dato per l'anno ${v}: i dati vanno dal ${formatSchoolYear(first)} al ${formatSchoolYear(last)} (il ${formatSchoolYear(last)} si scrive ${last}).`;
    },
    normalisation: (v: string) => `Normalizzazione sconosciuta ${v}: usare absolute, perSchool o per1000Students.`,
    classification: (v: string) => `Classificazione sconosciuta ${v}: usare quantile, equal, natural o continuous.`,
    palette: (v: string) => `Tavolozza sconosciuta ${v}: usare blues, viridis o cividis.`,
    surveyLevel: (v: string) =>
      `${v}: le stime di un'indagine sono per regione e per provincia, usare level="regions" o level="provinces".`,
    surveyNone: (v: string) => `Questi dati non hanno indagini pubblicate (l'indice non elenca "surveys"): ${v} non si può mostrare.`,
  },
};

export type RegionMapMessages = typeof it & ElementMessages<MapUsage>;

const en: RegionMapMessages = {
  loading: 'Loading the map…',
  error: 'The map cannot be shown',
  map: 'Map',
  table: 'Table',
  italy: 'Italy',
  back: 'Back to',
  year: 'School year',
  wave: 'Survey wave',
  answer: 'Answer',
  play: 'Play',
  pause: 'Pause',
  playReduced: 'Animation off (reduced motion)',
  loadingYear: (year: number) => `Loading ${formatSchoolYear(year)}…`,
  loadingClasses: (year: number) => `Loading the classes of ${formatSchoolYear(year)}…`,
  noData: 'No data',
  shadow: 'Shadow zone',
  legend: 'Legend',
  legendInstructions: {
    map: 'A click, Enter or Space on a class sets its areas apart on the map; Escape for all of them again.',
    table: 'A click, Enter or Space on a class keeps only its areas in the table; Escape for all of them again.',
  },
  classApart: (label, count, level, of) => `Set apart on the map: ${label} (${count} ${level} of ${of}).`,
  allClasses: 'Every area on the map again.',
  classInTable: (label, count, level, of) => `In the table only: ${label} (${count} ${level} of ${of}).`,
  allRows: 'Every area in the table again.',
  findByName: 'Find by name',
  find: 'Find',
  foundRows: (count, level, of, query) => `In the table, with “${query}” in the name: ${count} ${level} of ${of}.`,
  noneFound: (query) => `No area in the table has “${query}” in its name.`,
  tableRange: (from, to, all, first) => (first ? `The first ${to} rows of ${all}` : `Rows ${from} to ${to} of ${all}`),
  tableWhy: ', by place: a table this long slows the page down. “Find by name” finds the others.',
  previousRows: 'Previous rows',
  nextRows: 'Next rows',
  showAllRows: (all) => `Show all ${all} rows`,
  rowsComing: (all) => `Laying out ${all} rows…`,
  foundOnMap: (count, level, of) => `${count} ${level} of ${of} on the map. Enter goes to one after the other, Shift+Enter back.`,
  noneOnMap: (query) => `No area on the map has “${query}” in its name.`,
  foundAt: (at, count) => `Area ${at} of ${count} found.`,
  activeSchools: 'Active institutions',
  roleModels: 'Role-model schools',
  activeKey: (span) => `Active institutions (${span})`,
  activeHere: (from, to) =>
    `Active institutions ${from === to ? `in ${from}` : `from ${from} to ${to}`} with at least one plesso in the area`,
  roleModelsHere: 'Role-model schools with at least one plesso in the area',
  pointsNote: 'Active institutions and role-model schools: each is counted once in every area where it has at least one plesso.',
  download: 'Download',
  area: 'Area',
  code: 'ISTAT code',
  value: 'Value',
  rank: 'Rank',
  rankOf: (place, of) => `${groupedEn(place)} of ${groupedEn(of)}`,
  rankRange: (low, high, of) =>
    low === high
      ? `${groupedEn(low)} of ${groupedEn(of)}`
      : anyPlace(low, high, of)
        ? `undetermined, anywhere among ${groupedEn(of)}, allowing for uncertainty`
        : `between no. ${groupedEn(low)} and no. ${groupedEn(high)} of ${groupedEn(of)}, allowing for uncertainty`,
  rankAmong: (place, of, min) => `${groupedEn(place)} of ${groupedEn(of)} areas with at least ${min} institutions`,
  rankNotGiven: (min) => `not given, fewer than ${min} institutions`,
  rankRangeHeading: 'Rank (range)',
  summaryPlace: (low, high, of, all, valued = false) => {
    const among = `${all ? 'all ' : ''}${groupedEn(of)}${all || valued ? (of === 1 ? ' area' : ' areas') : ''}${valued ? ' with a value' : ''}`;
    return anyPlace(low, high, of)
      ? `place undetermined, anywhere among ${among}`
      : `${low === high ? `no. ${groupedEn(low)}` : `between no. ${groupedEn(low)} and no. ${groupedEn(high)}`} of ${among}`;
  },
  rankBest: 'Best possible rank',
  rankWorst: 'Worst possible rank',
  rangesNote: (count) =>
    `Rank (range): the places the area can hold, given every area's 95% interval: it is surely ahead only of the areas whose interval lies wholly below its own. With small numbers a value swings a lot by chance${
      count ? ', a count too, shown as counted' : ''
    }.`,
  status: 'Status',
  schools: 'institutions',
  allocated: 'shared out by students among their sites’ areas',
  withDecimals: 'Institutions with decimals',
  students: 'students',
  intervalLow: 'Low (95%)',
  intervalHigh: 'High (95%)',
  answers: 'Answers',
  interval: (low, high, n) => `95% interval: ${low} – ${high} (${groupedEn(n)} ${n === 1 ? 'answer' : 'answers'})`,
  insufficient: (n) => `not enough data (${groupedEn(n)} ${n === 1 ? 'answer' : 'answers'})`,
  estimate: (value, low, high) => `${value}; 95% interval ${low} to ${high}`,
  perSchool: 'per institution',
  share: 'share of all institutions',
  per1000Students: 'per 1,000 students',
  among: 'among them',
  provisional: 'provisional figure',
  synthetic: 'Synthetic data: values generated by a model, not real data.',
  instructions:
    'Arrow keys move between neighbouring areas, Enter goes in, Escape goes back, + and − zoom in and out, 0 shows the whole map.',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Whole map',
  zoomedPart: 'Zoomed in: this shows part of the map; the summary covers every area.',
  tapAgain: 'Tap again to go in.',
  notHeld: 'Its provinces and comuni are not in this data.',
  fewerClasses: (drawn: number, asked: number) => `${drawn} classes instead of ${asked}: the areas have only ${drawn} different values.`,
  ownClasses: "the map's own classes are shown",
  sharedClasses: (year) => `Class thresholds of ${year}, the same in every year.`,
  latestFinal: 'the latest year with final figures',
  sharedScale: (year) => `Colour scale of ${year}, the same in every year.`,
  eachYearClasses: "Each year's own classes: colours do not compare across years.",
  classesYearEmpty: (written, year, metric) =>
    `classes-year="${written}": in ${year} the map's areas have no values of “${metric}”: it was ignored.`,
  summary: (metric, year, level, count, extremes, shadows) =>
    `${metric}, ${year}: ${count} ${level}. ${extremes}${
      shadows === null ? '' : ` Shadow zones among the ${shadows.among}: ${groupedEn(shadows.count)}.`
    }`,
  extremes: (top, bottom) => `Best: ${top}. Worst: ${bottom}.`,
  extremesCounts: (high, low) => `Highest: ${high}. Lowest: ${low}.`,
  extremesAmong: (count, min, top, bottom) => `Of the ${count} areas with at least ${min} institutions, best: ${top}; worst: ${bottom}.`,
  extremesAlike: (one, areas) => (one ? `Only one area has a value: ${areas}.` : `Every area with a value has the same one: ${areas}.`),
  levels: {
    regions: { one: 'region', many: 'regions' },
    provinces: { one: 'province', many: 'provinces' },
    comuni: { one: 'comune', many: 'comuni' },
  },
  tied: (n) => (n === '1' ? 'and one other area' : `and ${n} other areas`),
  statuses: { shadow: 'shadow zone', ok: 'not flagged', insufficient: 'too few institutions', nodata: 'no data' },
  breadcrumb: 'Breadcrumb',
  roleDescription: 'map',
  noDataAreas: (n) =>
    n === 1
      ? '1 area has geometry but no data: drawn as "no data".'
      : `${groupedEn(n)} areas have geometry but no data: drawn as "no data".`,
  noGeometryAreas: (n) =>
    n === 1
      ? '1 area has data but no geometry: listed in the table only.'
      : `${groupedEn(n)} areas have data but no geometry: listed in the table only.`,
  usage: {
    src: () => 'The src attribute with the data URL is missing.',
    level: (v, held) =>
      held
        ? `level=${v} without region shows all Italy, but this data holds ${held} only: write the region too.`
        : `Unknown level ${v}: use regions, provinces or comuni.`,
    region: (v) => `Unknown region ${v}: use the two-digit ISTAT code (09 for Toscana, 12 for Lazio).`,
    province: (v, attributes) =>
      attributes
        ? `Province ${v} is shown with its region and its comuni: write ${attributes}.`
        : `Unknown province ${v}: use the three-digit ISTAT code of a province of the region, with level="comuni" and region.`,
    metric: (v, known) => `Unknown metric ${v}; the data has ${known}.`,
    year: (v, range) => {
      const [first, last] = range.split('-').map(Number) as [number, number];
      return `No data for the year ${v}: the data runs from ${formatSchoolYear(first)} to ${formatSchoolYear(last)} (${formatSchoolYear(last)} is written ${last}).`;
    },
    normalisation: (v) => `Unknown normalisation ${v}: use absolute, perSchool or per1000Students.`,
    classification: (v) => `Unknown classification ${v}: use quantile, equal, natural or continuous.`,
    palette: (v) => `Unknown palette ${v}: use blues, viridis or cividis.`,
    surveyLevel: (v) => `${v}: a survey's estimates are per region and per province, use level="regions" or level="provinces".`,
    surveyNone: (v) => `This data has no published surveys (the index lists no "surveys"): ${v} cannot be shown.`,
  },
};

export const MESSAGES: Catalogue<RegionMapMessages> = { it, en };
