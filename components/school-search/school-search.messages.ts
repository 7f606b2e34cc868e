/** Texts of <school-search>, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { wholeText } from '../../src/i18n/places.js';

const it = {
  label: 'Cerca una scuola',
  placeholder: 'Nome, comune o codice meccanografico',
  hint: 'Scrivi almeno due lettere; frecce su e giù per scegliere, Invio per aprire, Esc per chiudere.',
  loading: "Carico l'indice delle scuole…",
  results: (n: number, shown: number) =>
    n === shown
      ? n === 1
        ? '1 scuola trovata.'
        : `${wholeText(n, 'it')} scuole trovate.`
      : `${wholeText(n, 'it')} scuole trovate: ${shown === 1 ? 'la prima' : `le prime ${wholeText(shown, 'it')}`}.`,
  reading: (labels: string) => `Cercato come: ${labels}.`,
  typos: 'Nessuna corrisponde esattamente: sono scuole con una lettera diversa.',
  withoutType: (types: readonly string[]) => `Nessuna è di tipo ${types.map((type) => `«${type}»`).join(', ')}: sono scuole di ogni tipo.`,
  withoutWord: (word: string) => `Nessuna ha anche «${word}»: sono scuole che rispondono al resto.`,
  showMore: (next: number, left: number) => `Mostra altre ${wholeText(next, 'it')} (ne restano ${wholeText(left, 'it')})`,
  more: (shown: number, n: number) => `Mostrate ${wholeText(shown, 'it')} di ${wholeText(n, 'it')}.`,
  none: (query: string) => `Nessuna scuola trovata per «${query}».`,
  institution: 'Istituto',
  plesso: 'Plesso',
  // Found by the code of an institution merged into it since.
  formerly: (code: string) => `già ${code}`,
  error: 'Ricerca non disponibile',
  usage: { src: () => 'Manca l\'attributo "src" con l\'URL di index.json.' },
  chosen: (name: string) => `Scelta: ${name}.`,
  synthetic: 'Dati di prova',
};

export type SchoolSearchMessages = typeof it & ElementMessages<'src'>;

const en: SchoolSearchMessages = {
  label: 'Search for a school',
  placeholder: 'Name, comune or school code',
  hint: 'Type at least two letters; up and down arrows to choose, Enter to open, Esc to close.',
  loading: 'Loading the school index…',
  results: (n: number, shown: number) =>
    n === shown
      ? n === 1
        ? '1 school found.'
        : `${wholeText(n, 'en')} schools found.`
      : `${wholeText(n, 'en')} schools found: the first ${shown === 1 ? 'one' : wholeText(shown, 'en')} shown.`,
  reading: (labels: string) => `Read as: ${labels}.`,
  typos: 'None matches exactly: these schools differ by one letter.',
  withoutType: (types: readonly string[]) =>
    `None is of type ${types.map((type) => `“${type}”`).join(', ')}: these are schools of any type.`,
  withoutWord: (word: string) => `None also has “${word}”: these schools answer the rest.`,
  showMore: (next: number, left: number) => `Show ${wholeText(next, 'en')} more (${wholeText(left, 'en')} left)`,
  more: (shown: number, n: number) => `${wholeText(shown, 'en')} of ${wholeText(n, 'en')} shown.`,
  none: (query: string) => `No school found for “${query}”.`,
  institution: 'Institution',
  plesso: 'School site',
  formerly: (code: string) => `formerly ${code}`,
  error: 'Search unavailable',
  usage: { src: () => 'The "src" attribute with the URL of index.json is missing.' },
  chosen: (name: string) => `Chosen: ${name}.`,
  synthetic: 'Test data',
};

export const MESSAGES: Catalogue<SchoolSearchMessages> = { it, en };
