/** Texts of <territory-list>, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import type { ShadowRates } from '../../src/territory/shadow-rates.js';
import { BAND_NOTE, placeEn, placeIt, wholeText } from '../../src/i18n/places.js';

/** The attributes a list can get wrong. */
export type TerritoryListUsage = 'src' | 'kind' | 'scope';

const it = {
  loading: 'Carico l’elenco…',
  error: 'Elenco non disponibile',
  usage: {
    src: () => 'Manca l\'attributo "src" con l\'URL di index.json.',
    kind: (value: string) => `"kind" deve essere "role-models" o "shadow-zones", non ${value}.`,
    scope: (value: string) => `"scope" deve essere "nation", "region:NN" o "province:NNN", non ${value}.`,
  },
  chooseRegion: {
    'role-models': 'Scegli una regione per vedere le sue scuole virtuose.',
    'shadow-zones': 'Scegli una regione per vedere le sue zone d’ombra.',
  },
  caption: {
    'role-models': (n: number, where: string) =>
      n === 1
        ? `1 scuola virtuosa in ${where}, indice più alto prima.`
        : `${wholeText(n, 'it')} scuole virtuose in ${where}, indice più alto prima.`,
    'shadow-zones': (n: number, where: string) =>
      n === 1 ? `1 zona d’ombra in ${where}.` : `${wholeText(n, 'it')} zone d’ombra in ${where}, tasso stimato più basso prima.`,
  },
  empty: {
    'role-models': (where: string) => `Nessuna scuola virtuosa in ${where}.`,
    'shadow-zones': (where: string) => `Nessuna zona d’ombra in ${where}.`,
  },
  index: 'indice',
  band: (band: number) => `fascia ${band} di 10`,
  rank: placeIt,
  /** Said once under the list, for every item's band and place. */
  ranksNote: (runs: number | null) =>
    `${BAND_NOTE.it}${
      runs === null
        ? ''
        : ` Posto: intervallo al 90% in ${wholeText(runs, 'it')} simulazioni con altri pesi e metodi; dove gli intervalli si sovrappongono, l’ordine è incerto.`
    }`,
  noIndex: 'indice non calcolato',
  province: 'Provincia',
  comune: 'Comune',
  rate: ({ estimated, expected, observed, n }: ShadowRates) =>
    `tasso stimato ${estimated}${expected === null ? '' : `, atteso ${expected}`}${observed ? `; osservato ${observed.value}` : ''} su ${n} ${
      n === '1' ? 'istituzione' : 'istituzioni'
    }${observed ? ` (al 95% tra ${observed.low} e ${observed.high})` : ''}`,
  showAll: (n: number) => `Mostra tutte (${wholeText(n, 'it')})`,
  showFewer: 'Mostra meno',
  synthetic: 'Dati sintetici, a scopo dimostrativo.',
  method: 'Metodo',
  download: 'Scarica',
};

export type TerritoryListMessages = typeof it & ElementMessages<TerritoryListUsage>;

const en: TerritoryListMessages = {
  loading: 'Loading the list…',
  error: 'List unavailable',
  usage: {
    src: () => 'The "src" attribute with the URL of index.json is missing.',
    kind: (value: string) => `"kind" must be "role-models" or "shadow-zones", not ${value}.`,
    scope: (value: string) => `"scope" must be "nation", "region:NN" or "province:NNN", not ${value}.`,
  },
  chooseRegion: {
    'role-models': 'Choose a region to see its role-model schools.',
    'shadow-zones': 'Choose a region to see its shadow zones.',
  },
  caption: {
    'role-models': (n: number, where: string) =>
      n === 1
        ? `1 role-model school in ${where}, highest index first.`
        : `${wholeText(n, 'en')} role-model schools in ${where}, highest index first.`,
    'shadow-zones': (n: number, where: string) =>
      n === 1 ? `1 shadow zone in ${where}.` : `${wholeText(n, 'en')} shadow zones in ${where}, lowest estimated rate first.`,
  },
  empty: {
    'role-models': (where: string) => `No role-model school in ${where}.`,
    'shadow-zones': (where: string) => `No shadow zone in ${where}.`,
  },
  index: 'index',
  band: (band: number) => `band ${band} of 10`,
  rank: placeEn,
  ranksNote: (runs: number | null) =>
    `${BAND_NOTE.en}${
      runs === null
        ? ''
        : ` Place: 90% interval over ${wholeText(runs, 'en')} runs with other weights and methods; where intervals overlap, the order is uncertain.`
    }`,
  noIndex: 'no index',
  province: 'Province',
  comune: 'Comune',
  rate: ({ estimated, expected, observed, n }: ShadowRates) =>
    `estimated rate ${estimated}${expected === null ? '' : `, expected ${expected}`}${observed ? `; observed ${observed.value}` : ''} over ${n} ${
      n === '1' ? 'institution' : 'institutions'
    }${observed ? ` (95% interval ${observed.low} to ${observed.high})` : ''}`,
  showAll: (n: number) => `Show all (${wholeText(n, 'en')})`,
  showFewer: 'Show fewer',
  synthetic: 'Synthetic data, for demonstration.',
  method: 'Method',
  download: 'Download',
};

export const MESSAGES: Catalogue<TerritoryListMessages> = { it, en };
