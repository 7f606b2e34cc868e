/** The index's pillars as the contract describes them: names, descriptions, and weights rounded so that they still add up to 1. */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import { PILLARS, type PillarId } from '../config.js';

const t = (it: string, en: string): LocalizedText => ({ it, en });

export const PILLAR_TEXT: Record<PillarId, [LocalizedText, LocalizedText]> = {
  etwinning: [
    t('eTwinning', 'eTwinning'),
    t(
      'Progetti eTwinning avviati per 1.000 studenti e riconoscimenti, negli anni di riferimento',
      'eTwinning projects started per 1,000 students and awards, in the reference years',
    ),
  ],
  erasmus: [
    t('Erasmus+', 'Erasmus+'),
    t(
      'Accreditamento e progetti KA1 e KA2 per 1.000 studenti (partecipanti e paesi partner vi confluiscono: sono lo stesso segnale)',
      'Accreditation and KA1 and KA2 projects per 1,000 students (participants and partner countries merged into them: the same signal)',
    ),
  ],
  funding: [
    t('Finanziamenti di internazionalizzazione', 'Internationalisation funding'),
    t(
      'Euro per studente delle linee di finanziamento che la configurazione conta come internazionalizzazione',
      'Euros per student of the funding lines the configuration counts as internationalisation',
    ),
  ],
  continuity: [
    t('Continuità', 'Continuity'),
    t('Quota degli anni di riferimento con attività', 'Share of the reference years with activity'),
  ],
  survey: [
    t("Indagine dell'osservatorio", "The observatory's survey"),
    t(
      "Risposte dell'istituzione alle domande dell'indagine scelte dalla configurazione; per le istituzioni attive che hanno risposto (per le altre il suo peso va agli altri pilastri)",
      "The institution's answers to the survey questions the configuration names; for the active institutions that answered (for the others its weight goes to the other pillars)",
    ),
  ],
};

/** Weights rounded to 6 decimals that still add up to 1: the rounding's remainder goes to the largest. */
export function roundedWeights(weights: Record<PillarId, number>): Record<PillarId, number> {
  const rounded = Object.fromEntries(PILLARS.map((p) => [p, Math.round(weights[p] * 1e6)])) as Record<PillarId, number>;
  const remainder = 1e6 - PILLARS.reduce((sum, p) => sum + rounded[p], 0);
  if (remainder !== 0 && PILLARS.some((p) => rounded[p] > 0)) {
    const largest = PILLARS.reduce((best, p) => (rounded[p] > rounded[best] ? p : best));
    rounded[largest] += remainder;
  }
  return Object.fromEntries(PILLARS.map((p) => [p, rounded[p] / 1e6])) as Record<PillarId, number>;
}
