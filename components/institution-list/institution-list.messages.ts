/** Texts of <institution-list>, Italian first; English has the same keys (checked by the compiler). */
import { andList } from '../../src/i18n/and-list.js';
import type { ActivityProgramme } from '../../src/contract/vocabulary.js';
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import { wholeText } from '../../src/i18n/places.js';
import type { InstitutionFilter, InstitutionSort } from '../../src/institutions/institution-rows.js';

/** The attributes a list can get wrong. */
export type InstitutionListUsage = 'src' | 'scope';

const it = {
  loading: 'Carico le istituzioni…',
  error: 'Istituzioni non disponibili',
  synthetic: 'Dati sintetici, a scopo dimostrativo.',
  usage: {
    src: () => 'Manca l\'attributo "src" con l\'URL di index.json.',
    scope: (value: string) => `"scope" deve essere "nation", "region:NN", "province:NNN" o "comune:NNNNNN", non ${value}.`,
  },
  chooseRegion: 'Scegli una regione per vederne le istituzioni.',
  filterLabel: 'Mostra',
  filters: {
    inactive: 'non attive',
    active: 'attive',
    'role-models': 'scuole virtuose',
    all: 'tutte',
  } satisfies Record<InstitutionFilter, string>,
  sortLabel: 'Ordina per',
  sorts: { name: 'nome', comune: 'comune', students: 'studenti', index: 'indice' } satisfies Record<InstitutionSort, string>,
  programmes: {
    all: 'tutti i programmi',
    etwinning: 'eTwinning',
    erasmus: 'Erasmus+',
    funding: 'finanziamenti',
  } satisfies Record<ActivityProgramme, string>,
  when: (year: number | null, reference: readonly number[]) =>
    year === null ? `negli anni ${reference.map(formatSchoolYear).join(', ')}` : `nell'anno ${formatSchoolYear(year)}`,
  // After `when`, the years whose figures of the programme are still being reported (all of them: no list of years).
  provisional: (years: readonly number[], all: boolean) =>
    all ? ' (dati provvisori)' : ` (dati provvisori del ${andList(years.map(formatSchoolYear), ' e ')})`,
  caption: (n: number, which: string, where: string, programme: string, when: string) =>
    `Istituzioni (${which}) in ${where}, ${programme}, ${when}: ${wholeText(n, 'it')}.`,
  empty: 'Nessuna istituzione corrisponde.',
  columns: {
    name: 'Istituzione',
    comune: 'Comune',
    gradeGroup: 'Ciclo',
    students: 'Studenti',
    status: 'Stato',
    band: 'Fascia indice',
    contacts: 'Contatti',
    mentors: 'Mentori',
  },
  // The school year the registry's students were counted in, when the index says it.
  studentsIn: (year: number | undefined) => (year === undefined ? 'Studenti' : `Studenti ${formatSchoolYear(year)}`),
  atLeast: (count: string) => `≥ ${count}`,
  partialNote: 'Studenti «≥»: solo i plessi nel file degli studenti; gli altri non vi sono contati.',
  active: 'attiva',
  inactive: 'non attiva',
  band: (band: number) => `${band} di 10`,
  // `km` null: the mentor is in the same comune, "stesso comune" rather than a measured "0 km".
  mentorDistance: (km: string | null) => (km === null ? 'stesso comune' : `${km} km`),
  none: '—',
  download: 'Scarica',
  keyboardHint: 'Frecce per muoversi, Invio apre.',
};

export type InstitutionListMessages = typeof it & ElementMessages<InstitutionListUsage>;

const en: InstitutionListMessages = {
  loading: 'Loading the institutions…',
  error: 'Institutions unavailable',
  synthetic: 'Synthetic data, for demonstration.',
  usage: {
    src: () => 'The "src" attribute with the URL of index.json is missing.',
    scope: (value: string) => `"scope" must be "nation", "region:NN", "province:NNN" or "comune:NNNNNN", not ${value}.`,
  },
  chooseRegion: 'Choose a region to see its institutions.',
  filterLabel: 'Show',
  filters: { inactive: 'not active', active: 'active', 'role-models': 'role models', all: 'all' },
  sortLabel: 'Sort by',
  sorts: { name: 'name', comune: 'comune', students: 'students', index: 'index' },
  programmes: { all: 'all programmes', etwinning: 'eTwinning', erasmus: 'Erasmus+', funding: 'funding' },
  when: (year, reference) => (year === null ? `in ${reference.map(formatSchoolYear).join(', ')}` : `in ${formatSchoolYear(year)}`),
  provisional: (years, all) =>
    all ? ' (provisional figures)' : ` (provisional figures for ${andList(years.map(formatSchoolYear), ' and ')})`,
  caption: (n, which, where, programme, when) => `Institutions (${which}) in ${where}, ${programme}, ${when}: ${wholeText(n, 'en')}.`,
  empty: 'No institution matches.',
  columns: {
    name: 'Institution',
    comune: 'Comune',
    gradeGroup: 'Grade group',
    students: 'Students',
    status: 'Status',
    band: 'Index band',
    contacts: 'Contacts',
    mentors: 'Mentors',
  },
  studentsIn: (year) => (year === undefined ? 'Students' : `Students ${formatSchoolYear(year)}`),
  atLeast: (count) => `≥ ${count}`,
  partialNote: 'Students “≥”: only the sites in the students’ file; the others are not counted there.',
  active: 'active',
  inactive: 'not active',
  band: (band) => `${band} of 10`,
  mentorDistance: (km) => (km === null ? 'same comune' : `${km} km`),
  none: '—',
  download: 'Download',
  keyboardHint: 'Arrow keys to move, Enter to open.',
};

export const MESSAGES: Catalogue<InstitutionListMessages> = { it, en };
