/** Texts of the badge and of the states every variant shares, Italian first; English has the same keys (checked by the compiler). */
import type { Catalogue, ElementMessages } from '../../src/element/messages.js';
import { INTERNATIONALISATION, INTERNAZIONALIZZAZIONE } from '../../src/i18n/long-words.js';
import { placeEn, placeIt } from '../../src/i18n/places.js';

/** The attributes a profile can get wrong. */
export type ProfileUsage = 'src' | 'code' | 'variant';

const it = {
  index: `Indice di ${INTERNAZIONALIZZAZIONE}`,
  outOf: (score: string) => `${score} su 100`,
  noScore: 'Indice non ancora calcolato: servono dati di partecipazione.',
  band: (band: number) => `fascia ${band} di 10 (1 = la più alta)`,
  between: placeIt,
  italy: 'Italia',
  // A plesso's shard carries its institution's index and activity (the unit the data counts): its badge says whose they are.
  ofInstitution: (name: string) => `Indice e programmi dell'istituzione ${name}, di cui è un plesso.`,
  roleModel: 'Scuola virtuosa',
  programmes: 'Programmi',
  names: { etwinning: 'eTwinning', erasmus: 'Erasmus+', funding: 'Finanziamenti nazionali' },
  recognised: { etwinning: 'Scuola eTwinning', erasmus: 'accreditata', funding: '' },
  active: (year: string) => `attiva, ultimo anno ${year}`,
  inactive: 'nessuna attività recente',
  // After "nessuna attività recente" where the programme's recent figures are still being reported (Erasmus+'s).
  stillProvisional: ' (dati ancora provvisori)',
  fullProfile: 'Profilo completo',
  synthetic: 'Dati sintetici, a scopo dimostrativo',
  loading: 'Carico il profilo della scuola…',
  error: 'Profilo non disponibile',
  notFound: (code: string) => `Non troviamo la scuola con codice «${code}». Cercala per nome, comune o codice:`,
  usage: {
    src: () => 'Manca l\'attributo "src" con l\'URL di index.json.',
    code: () => 'Manca l\'attributo "code" con il codice meccanografico della scuola.',
    variant: (value: string) => `Variante sconosciuta ${value}: usa badge, card o full.`,
  },
};

export type BadgeMessages = typeof it & ElementMessages<ProfileUsage>;

const en: BadgeMessages = {
  index: `${INTERNATIONALISATION} index`,
  outOf: (score: string) => `${score} out of 100`,
  noScore: 'Index not computed yet: participation data is needed.',
  band: (band: number) => `band ${band} of 10 (1 = highest)`,
  between: placeEn,
  italy: 'Italy',
  ofInstitution: (name: string) => `Index and programmes of its institution, ${name}.`,
  roleModel: 'Role-model school',
  programmes: 'Programmes',
  names: { etwinning: 'eTwinning', erasmus: 'Erasmus+', funding: 'National funding' },
  recognised: { etwinning: 'eTwinning School', erasmus: 'accredited', funding: '' },
  active: (year: string) => `active, last in ${year}`,
  inactive: 'no recent activity',
  stillProvisional: ' (figures still provisional)',
  fullProfile: 'Full profile',
  synthetic: 'Synthetic data, for demonstration',
  loading: 'Loading the school profile…',
  error: 'Profile unavailable',
  notFound: (code: string) => `We cannot find the school with code “${code}”. Search for it by name, comune or code:`,
  usage: {
    src: () => 'The "src" attribute with the URL of index.json is missing.',
    code: () => 'The "code" attribute with the school code is missing.',
    variant: (value: string) => `Unknown variant ${value}: use badge, card or full.`,
  },
};

export const MESSAGES: Catalogue<BadgeMessages> = { it, en };
