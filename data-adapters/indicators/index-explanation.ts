/**
 * The sentences that explain an institution's index, pillar by pillar, with the
 * figures behind each (projects per 1,000 students, the active years, the
 * survey answers), in Italian and English: what a profile shows under "Perché".
 */
import type { LocalizedText } from '../../src/contract/contract.types.js';
import { formatSchoolYear } from '../../src/i18n/format.js';
import type { Institution } from '../aggregate/institutions.js';
import { numberText } from '../text/number-text.js';
import type { IndexContext, IndexResult, IndicatorSpec } from './internationalisation-index.js';

const t = (it: string, en: string): LocalizedText => ({ it, en });

/** The institution's answers behind its survey pillar, in words (the indicators' `answer`). */
export const surveyAnswers = (indicators: readonly IndicatorSpec[], institution: Institution, context: IndexContext): LocalizedText[] =>
  indicators.flatMap((indicator) => indicator.answer?.(institution, context) ?? []);

/** Sentences that explain a score, pillar by pillar; `answers` says the survey pillar's (surveyAnswers). */
export function explainScore(result: IndexResult, context: IndexContext, answers: readonly LocalizedText[] = []): LocalizedText[] {
  const from = formatSchoolYear(context.referenceYears[0]!);
  const to = formatSchoolYear(context.referenceYears.at(-1)!);
  const lines: LocalizedText[] = [];
  const r = result.raw;
  if (result.pillars.etwinning)
    lines.push(
      t(
        `eTwinning: punteggio ${numberText(result.pillars.etwinning, 'it')} su 100 (${numberText(r['etwinning-projects']!, 'it', 1, true)} progetti per 1.000 studenti dal ${from} al ${to}).`,
        `eTwinning: score ${numberText(result.pillars.etwinning, 'en')} out of 100 (${numberText(r['etwinning-projects']!, 'en', 1, true)} projects per 1,000 students from ${from} to ${to}).`,
      ),
    );
  if (result.pillars.erasmus)
    lines.push(
      t(
        `Erasmus+: punteggio ${numberText(result.pillars.erasmus, 'it')} su 100 (${numberText(r['erasmus-projects']!, 'it', 1, true)} progetti per 1.000 studenti${r['erasmus-accreditation'] ? ', istituzione accreditata' : ''}).`,
        `Erasmus+: score ${numberText(result.pillars.erasmus, 'en')} out of 100 (${numberText(r['erasmus-projects']!, 'en', 1, true)} projects per 1,000 students${r['erasmus-accreditation'] ? ', accredited institution' : ''}).`,
      ),
    );
  if (result.pillars.funding)
    lines.push(
      t(
        `Finanziamenti di internazionalizzazione: punteggio ${numberText(result.pillars.funding, 'it')} su 100 (${numberText(r['funding-amount']!, 'it', 0)} euro per studente).`,
        `Internationalisation funding: score ${numberText(result.pillars.funding, 'en')} out of 100 (${numberText(r['funding-amount']!, 'en', 0)} euro per student).`,
      ),
    );
  const activeReference = Math.round(r['active-years']! * context.referenceYears.length);
  const one = activeReference === 1;
  lines.push(
    activeReference > 0
      ? t(
          `Continuità: attiva in ${one ? '1 anno' : `${activeReference} anni`} su ${context.referenceYears.length} dal ${from} al ${to}.`,
          `Continuity: active in ${one ? '1 year' : `${activeReference} years`} out of ${context.referenceYears.length} from ${from} to ${to}.`,
        )
      : t(`Nessuna attività registrata dal ${from} al ${to}: indice 0.`, `No activity recorded from ${from} to ${to}: index 0.`),
  );
  // The survey refines the index of active institutions only; one that did not answer is scored on the other pillars.
  if (context.surveyWaves.length > 0 && activeReference > 0)
    lines.push(
      result.pillars.survey === null
        ? t(
            "Indagine dell'osservatorio: nessuna risposta alle domande che contano nell'indice; il suo peso va agli altri pilastri.",
            "The observatory's survey: no answer to the questions that count in the index; its weight goes to the other pillars.",
          )
        : t(
            `Indagine dell'osservatorio: punteggio ${numberText(result.pillars.survey, 'it')} su 100 (${answers.length ? answers.map((a) => a.it).join('; ') : "dalle risposte dell'istituzione"}).`,
            `The observatory's survey: score ${numberText(result.pillars.survey, 'en')} out of 100 (${answers.length ? answers.map((a) => a.en).join('; ') : "from the institution's answers"}).`,
          ),
    );
  return lines;
}
