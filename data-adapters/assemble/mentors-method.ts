/**
 * The mentors' method as the contract carries it (`methods.mentors`): the
 * words a list of institutions shows under its mentors, so that a reader of an
 * empty cell knows why it is empty (no role model free within reach), and the
 * parameters the assignment ran with (indicators/mentors.ts).
 */
import type { RuleMethod } from '../../src/contract/contract.types.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import type { BuildConfig } from '../config.js';

export function mentorsMethod(settings: BuildConfig['mentors'], years: readonly number[]): RuleMethod {
  const { count, capacity, maxSameRegionKm, maxKm } = settings;
  const [first, last] = [formatSchoolYear(years[0]!), formatSchoolYear(years.at(-1)!)];
  const when =
    years.length === 1 ? { it: `nel ${first}`, en: `in ${first}` } : { it: `dal ${first} al ${last}`, en: `from ${first} to ${last}` };
  return {
    label: { it: 'Scuole mentori', en: 'Mentor schools' },
    description: {
      it: `A ogni istituzione non attiva ${when.it} ${count === 1 ? "è proposta, dove ce n'è una libera, una scuola virtuosa" : `sono proposte, dove ce ne sono di libere, fino a ${count} scuole virtuose`} di un ciclo di istruzione compatibile: ognuna ne segue al massimo ${capacity}, e tra le assegnazioni che ne servono di più si sceglie quella con meno chilometri in tutto. Della stessa regione dove ce n'è una entro ${maxSameRegionKm} km, altrimenti anche di una regione confinante (mai oltre il mare); mai oltre ${maxKm} km (in linea d'aria, tra i comuni). Chi non ne ha una libera entro ${maxKm} km resta senza mentore.`,
      en: `Each institution not active ${when.en} is offered, ${count === 1 ? 'where one is free, a role-model school' : `where some are free, up to ${count} role-model schools`} of a compatible grade: each mentors at most ${capacity}, and among the assignments that serve the most the one with the fewest kilometres in all is chosen. From the same region where one is within ${maxSameRegionKm} km, else also from a bordering region (never over the sea); never farther than ${maxKm} km (as the crow flies, between comuni). An institution with none free within ${maxKm} km is left without a mentor.`,
    },
    parameters: { count, capacity, maxSameRegionKm, maxKm },
  };
}
