/**
 * A survey wave's document (`surveys/{wave}.json`, kind `survey`): the wave,
 * the method in words with its parameters, the questions, and every area's
 * results with its name.
 */
import type { SurveyFile } from '../../src/contract/contract.types.js';
import { CONTRACT_VERSION } from '../../src/contract/version.js';
import type { Limits } from '../readers/limits.js';
import type { SurveyWave } from '../stages/surveys.js';
import { numberText } from '../text/number-text.js';
import { formatSchoolYear } from '../../src/i18n/format.js';

/** A margin of the weights in words; activity with the school years it was read in (stages/surveys.ts). */
function marginName(margin: string, wave: SurveyWave): { it: string; en: string } {
  if (margin === 'region') return { it: 'regione', en: 'region' };
  if (margin === 'gradeGroup') return { it: 'ciclo di istruzione', en: 'grade group' };
  if (margin !== 'activity') return { it: margin, en: margin };
  const [from, to] = [formatSchoolYear(wave.activityYears[0]!), formatSchoolYear(wave.activityYears.at(-1)!)];
  return from === to
    ? { it: `attività nei programmi nel ${to}`, en: `activity in the programmes in ${to}` }
    : { it: `attività nei programmi dal ${from} al ${to}`, en: `activity in the programmes from ${from} to ${to}` };
}

function describe(wave: SurveyWave, minRespondents: number): { it: string; en: string } {
  const margins = wave.weighting.margins.map((m) => marginName(m, wave));
  const unmatched = wave.weighting.unmatched.map((u) => `${u.margin} ${u.category} (${u.population})`).join(', ');
  return {
    it: `${wave.invitedAll ? "Sono invitate tutte le istituzioni scolastiche dell'anagrafe." : "Sono invitate le istituzioni dell'elenco dell'indagine; tassi e pesi contano solo loro."} Le risposte sono pesate per la mancata risposta (raking sui totali delle istituzioni invitate per ${margins.map((m) => m.it).join(', ')}): chi risponde conta per la quota degli invitati che rappresenta. Ogni stima è la media pesata su chi ha risposto alla domanda, con l'intervallo al 95% (varianza linearizzata con correzione per popolazione finita; Wilson per le quote, t di Student per le medie). Con meno di ${minRespondents} risposte in un'area la stima non è pubblicata. Effetto del disegno dei pesi (Kish): ${numberText(wave.weighting.designEffect, 'it', 2, true)}.${unmatched ? ` Categorie senza rispondenti, non rappresentate: ${unmatched}.` : ''}`,
    en: `${wave.invitedAll ? 'Every school institution of the registry is invited.' : "The institutions on the survey's list are invited; rates and weights count them only."} Responses are weighted for non-response (raking to the invited institutions' totals by ${margins.map((m) => m.en).join(', ')}): each respondent counts for the share of the invited it stands for. Each estimate is the weighted mean over those who answered the question, with its 95% interval (linearised variance with finite population correction; Wilson for shares, Student's t for means). With fewer than ${minRespondents} answers in an area no estimate is published. Design effect of the weights (Kish): ${numberText(wave.weighting.designEffect, 'en', 2, true)}.${unmatched ? ` Categories without respondents, not represented: ${unmatched}.` : ''}`,
  };
}

/** Rounds what the document carries: estimates to 4 decimals (a hundredth of a percentage point). */
const round = (value: number) => Math.round(value * 1e4) / 1e4;
const rounded = <T extends { value: number; low: number; high: number }>(estimate: T): T => ({
  ...estimate,
  value: round(estimate.value),
  low: round(estimate.low),
  high: round(estimate.high),
});

export function assembleSurveyFile(
  wave: SurveyWave,
  context: { generatedAt: string; release: string; limits: Limits; minRespondents: number; confidence: number },
): SurveyFile {
  const { questionnaire } = wave;
  const nameOf = (level: string, code: string) =>
    level === 'nation'
      ? 'Italia'
      : ((level === 'region' ? context.limits.regions.get(code) : context.limits.provinces.get(code))?.name ?? code);
  return {
    contract: CONTRACT_VERSION,
    kind: 'survey',
    generatedAt: context.generatedAt,
    release: context.release,
    synthetic: wave.synthetic,
    wave: { id: questionnaire.wave, schoolYear: questionnaire.schoolYear, fielded: questionnaire.fielded, title: questionnaire.title },
    method: {
      description: describe(wave, context.minRespondents),
      margins: wave.weighting.margins,
      minRespondents: context.minRespondents,
      confidence: context.confidence,
      designEffect: round(wave.weighting.designEffect),
      unmatched: wave.weighting.unmatched,
    },
    questions: questionnaire.questions.map((q) => ({
      id: q.id,
      type: q.type,
      text: q.text,
      options: q.options.map((o) => ({ id: o.id, text: o.text, ...(o.value !== undefined && { value: o.value }) })),
      ...(q.type === 'number' && { min: q.min, max: q.max, integer: q.integer ?? false }),
      ...(q.unit && { unit: q.unit }),
      ...(q.unitOne && { unitOne: q.unitOne }),
      public: q.public,
    })),
    areas: wave.areas.map((area) => ({
      level: area.level,
      code: area.code,
      name: nameOf(area.level, area.code),
      invited: area.invited,
      respondents: area.respondents,
      results: area.results.map((result) => ({
        question: result.question,
        n: result.n,
        ...(result.suppressed && { suppressed: true }),
        ...(result.shares && { shares: result.shares.map(rounded) }),
        ...(result.mean && { mean: rounded(result.mean) }),
      })),
    })),
  };
}
