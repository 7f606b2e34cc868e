/** Texts of <embed-snippet>, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';

const it = {
  loading: 'Preparo il codice…',
  error: 'Codice non disponibile',
  synthetic: 'Dati sintetici, a scopo dimostrativo.',
  usage: {},
  open: 'Incorpora questa vista',
  label: 'Codice da incollare nella pagina',
  pin: (release: string) => `Blocca i dati alla versione ${release}`,
  pinUnavailable: 'Per bloccare i dati a una versione serve l’attributo "release-src".',
  pinPlaceholder: (value: string) =>
    `release-src="${value}" non contiene {release}, dove va la versione dei dati: non si possono bloccare a una versione.`,
  pinNoRelease: 'La versione dei dati non è nota (l’indice non si è potuto leggere): non si possono bloccare a una versione.',
  copy: 'Copia',
  copied: 'Codice copiato.',
  copyFailed: 'Copia non riuscita: seleziona il testo e copialo a mano.',
  selfSizing: 'Nessun iframe e nessuna altezza fissa: gli elementi si adattano alla colonna della pagina che li ospita.',
  noView: 'Questo elemento va messo dentro un <linked-view>.',
  noIntegrity: 'Impronta di integrità non disponibile: lo script è indicato senza "integrity".',
  integrityBlocked:
    'Impronta di integrità non disponibile: questa pagina non ha potuto leggere integrity.json (bloccato dalla sua Content-Security-Policy, connect-src, da CORS o dalla rete). Lo script è indicato senza "integrity": aggiungila a mano, o consenti la lettura di quel file.',
  integrityIgnored: (value: string) =>
    `integrity="${value}" non è un'impronta di integrità (sha384- seguito dal suo valore in base64): è stata ignorata, e l'impronta si legge da integrity.json.`,
  integrityBlockedComment: 'Senza integrity: la pagina di origine non ha potuto leggere integrity.json accanto allo script.',
  releaseComment: (release: string, pinned: boolean) =>
    pinned ? `Rilascio dei dati: ${release}, fissato.` : `Rilascio dei dati: ${release}; il codice legge sempre i dati più recenti.`,
  dataOnThisComputer: (host: string) =>
    `I dati di questo codice sono su questo computer (${host}): un altro sito non li troverà. Pubblicateli e scrivetene l'indirizzo nel src di <linked-view>.`,
  scriptOnThisComputer: (host: string) =>
    `Lo script di questo codice è su questo computer (${host}): un altro sito non lo troverà. Scrivete quello pubblicato nell'attributo script di <embed-snippet>.`,
  dataInsecure: 'I dati di questo codice sono in http: una pagina in https non potrà leggerli. Pubblicateli in https.',
};

export type EmbedSnippetMessages = typeof it & ElementMessages<never>;

const en: EmbedSnippetMessages = {
  loading: 'Preparing the code…',
  error: 'Code unavailable',
  synthetic: 'Synthetic data, for demonstration.',
  usage: {},
  open: 'Embed this view',
  label: 'Code to paste into your page',
  pin: (release: string) => `Freeze the data at release ${release}`,
  pinUnavailable: 'Freezing the data needs the "release-src" attribute.',
  pinPlaceholder: (value) => `release-src="${value}" has no {release}, where the data's release goes: the data cannot be frozen.`,
  pinNoRelease: 'The data’s release is unknown (the index could not be read): the data cannot be frozen.',
  copy: 'Copy',
  copied: 'Code copied.',
  copyFailed: 'Copy failed: select the text and copy it by hand.',
  selfSizing: 'No iframe and no fixed height: the elements fit the column of the page that hosts them.',
  noView: 'This element must be placed inside a <linked-view>.',
  noIntegrity: 'No integrity hash available: the script tag has no "integrity".',
  integrityBlocked:
    'No integrity hash available: this page could not read integrity.json (blocked by its Content-Security-Policy, connect-src, by CORS or by the network). The script tag has no "integrity": add it by hand, or allow that file to be read.',
  integrityIgnored: (value) =>
    `integrity="${value}" is not an integrity hash (sha384- followed by its value in base64): it was ignored, and the hash is read from integrity.json.`,
  integrityBlockedComment: 'Without integrity: the page it was copied from could not read integrity.json beside the script.',
  releaseComment: (release, pinned) =>
    pinned ? `Data release: ${release}, frozen.` : `Data release: ${release}; the code always reads the latest data.`,
  dataOnThisComputer: (host) =>
    `The data of this code is on this computer (${host}): another site will not find it. Publish it and write its address in the src of <linked-view>.`,
  scriptOnThisComputer: (host) =>
    `The script of this code is on this computer (${host}): another site will not find it. Write the published one in the script attribute of <embed-snippet>.`,
  dataInsecure: 'The data of this code is on http: a page on https cannot read it. Publish it on https.',
};

export const MESSAGES: Catalogue<EmbedSnippetMessages> = { it, en };
