/**
 * Stage 5, programmes: the programmes of the contract with their labels, and
 * which years of each are provisional (Erasmus+ counts stay provisional for
 * the current year and the two before it, while projects are still reported;
 * the metrics of all programmes together, as many as their most provisional
 * part: an institution active in Erasmus+ alone may not be counted yet).
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';

export interface ProgrammeDescription {
  id: string;
  label: LocalizedText;
  provisionalYears: number[];
}

/** The programmes' names, Italian first. */
export const PROGRAMME_LABELS: Record<string, LocalizedText> = {
  all: { it: 'Tutti i programmi', en: 'All programmes' },
  etwinning: { it: 'eTwinning', en: 'eTwinning' },
  erasmus: { it: 'Erasmus+', en: 'Erasmus+' },
  funding: { it: 'Finanziamenti nazionali', en: 'National funding' },
};

/** How many of Erasmus+'s last years are provisional. */
export const ERASMUS_PROVISIONAL_YEARS = 3;

export function describeProgrammes(coverage: ReadonlyMap<string, ReadonlySet<number>>): ProgrammeDescription[] {
  const erasmus = [...(coverage.get('erasmus') ?? [])].sort((a, b) => a - b).slice(-ERASMUS_PROVISIONAL_YEARS);
  const provisional: Record<string, number[]> = { erasmus, all: erasmus };
  return Object.entries(PROGRAMME_LABELS).map(([id, label]) => ({ id, label, provisionalYears: provisional[id] ?? [] }));
}
