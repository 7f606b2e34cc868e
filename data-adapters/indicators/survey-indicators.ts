/**
 * The survey pillar's indicators: answers to the observatory's survey that the
 * config names (`index.surveyIndicators`), read for each institution that gave
 * them. A single-choice question counts one of its options (1 when chosen, 0
 * for another answer: binary), a Likert scale its point (0 at the first, 1 at
 * the last: a share), a number question its number (per 1,000 students where
 * the config says so, normalised as the other counts). A multiple-choice
 * question cannot be one: an institution that ticked none of its options cannot
 * be told from one that skipped it. Only a question the questionnaire makes
 * public can be one: the index publishes every institution's pillar score, and
 * its explanation the answers behind it.
 *
 * An institution without an answer has no value (NaN), nor has one without
 * activity in the index's reference years: its index stays 0, as the index
 * measures activity and the survey only refines it (internationalisation-index.ts).
 * Each configured name is checked against the waves read: a wave, a question or
 * an option that is not there is an error naming what there is.
 */
import { isActive } from '../aggregate/institutions.js';
import type { SurveyIndicatorConfig } from '../config.js';
import { BuildError, listed } from '../report/build-error.js';
import type { SurveyInput } from '../stages/read-inputs.js';
import type { SurveyQuestion } from '../surveys/questionnaire.js';
import { unitText } from '../../src/survey/unit-text.js';
import { numberText } from '../text/number-text.js';
import type { IndicatorSpec } from './internationalisation-index.js';

const KINDS = { single: 'binary', likert: 'share', number: 'count' } as const;

/** The question an indicator names, with its wave's answers; an error naming what the waves have where it is not there. */
function checkedQuestion(
  indicator: SurveyIndicatorConfig,
  surveys: readonly SurveyInput[],
): { question: SurveyQuestion; answers: SurveyInput['answers'] } {
  const where = `index.surveyIndicators (${indicator.wave}, ${indicator.question})`;
  const wave = surveys.find((survey) => survey.questionnaire.wave === indicator.wave);
  if (!wave) {
    const read = surveys.map((survey) => survey.questionnaire.wave);
    throw new BuildError({
      it: `${where}: nessuna indagine "${indicator.wave}" tra quelle lette (${read.length ? listed(read, 'it') : 'nessuna: aggiungerla in surveys'})`,
      en: `${where}: no survey "${indicator.wave}" among those read (${read.length ? listed(read, 'en') : 'none: add it to surveys'})`,
    });
  }
  const questions = wave.questionnaire.questions;
  const question = questions.find((q) => q.id === indicator.question);
  if (!question)
    throw new BuildError({
      it: `${where}: l'indagine non ha la domanda "${indicator.question}" (ha ${listed(
        questions.map((q) => q.id),
        'it',
      )})`,
      en: `${where}: the survey has no question "${indicator.question}" (it has ${listed(
        questions.map((q) => q.id),
        'en',
      )})`,
    });
  // The index publishes each institution's pillar score: from a private answer it would publish that answer.
  if (!question.public)
    throw new BuildError({
      it: `${where}: la domanda non è pubblica (public nel questionario): l'indice pubblica il punteggio di ogni istituzione, che ne rivelerebbe la risposta; renderla pubblica o lasciarla fuori`,
      en: `${where}: the question is not public (public in the questionnaire): the index publishes each institution's score, which would reveal its answer; make it public or leave it out`,
    });
  if (question.type === 'multiple')
    throw new BuildError({
      it: `${where}: una domanda a scelta multipla non può essere un indicatore (chi non spunta nessuna opzione non si distingue da chi non risponde); scegliere una domanda a scelta singola, una scala o un numero`,
      en: `${where}: a multiple-choice question cannot be an indicator (an institution that ticks no option cannot be told from one that skips it); name a single-choice, Likert or number question`,
    });
  const options = question.options.map((option) => option.id);
  if (question.type === 'single' && !options.includes(indicator.option ?? ''))
    throw new BuildError({
      it: `${where}: una domanda a scelta singola conta una delle sue opzioni, in option (${listed(options, 'it')}; trovato ${JSON.stringify(indicator.option ?? null)})`,
      en: `${where}: a single-choice question counts one of its options, in option (${listed(options, 'en')}; found ${JSON.stringify(indicator.option ?? null)})`,
    });
  if (question.type !== 'single' && indicator.option !== undefined)
    throw new BuildError({
      it: `${where}: option vale solo per una domanda a scelta singola (questa è di tipo ${question.type})`,
      en: `${where}: option is for a single-choice question only (this one is of type ${question.type})`,
    });
  if (indicator.per1000Students && question.type !== 'number')
    throw new BuildError({
      it: `${where}: per1000Students vale solo per una domanda numerica (questa è di tipo ${question.type})`,
      en: `${where}: per1000Students is for a number question only (this one is of type ${question.type})`,
    });
  return { question, answers: wave.answers };
}

/** The configured survey answers as indicators of the survey pillar, in the config's order. */
export function surveyIndicators(configured: readonly SurveyIndicatorConfig[], surveys: readonly SurveyInput[]): IndicatorSpec[] {
  const ids = new Set<string>();
  return configured.map((indicator) => {
    const { question, answers } = checkedQuestion(indicator, surveys);
    const type = question.type as keyof typeof KINDS;
    const id = ['survey', indicator.wave, indicator.question, indicator.option].filter(Boolean).join('-');
    if (ids.has(id))
      throw new BuildError({
        it: `index.surveyIndicators: la risposta ${id} è nominata due volte`,
        en: `index.surveyIndicators: the answer ${id} is named twice`,
      });
    ids.add(id);
    const option = question.options.find((o) => o.id === indicator.option);
    const points = question.options.length;
    const perThousand = indicator.per1000Students === true;
    const raw: IndicatorSpec['raw'] = (institution, context) => {
      if (!context.referenceYears.some((year) => isActive(institution.years.get(year)))) return Number.NaN;
      const answer = answers.get(institution.code)?.get(question.id);
      if (answer === undefined) return Number.NaN;
      if (type === 'single') return answer === indicator.option ? 1 : 0;
      if (type === 'likert') return points > 1 ? ((answer as number) - 1) / (points - 1) : Number.NaN;
      return perThousand ? ((answer as number) / context.size(institution)) * 1000 : (answer as number);
    };
    return {
      id,
      pillar: 'survey',
      weight: indicator.weight,
      kind: KINDS[type],
      denominator: perThousand ? 'per1000Students' : 'none',
      label: {
        it: `${question.text.it}${option ? ` «${option.text.it}»` : ''}${perThousand ? ', per 1.000 studenti' : ''} (indagine ${indicator.wave})`,
        en: `${question.text.en}${option ? ` "${option.text.en}"` : ''}${perThousand ? ', per 1,000 students' : ''} (survey ${indicator.wave})`,
      },
      raw,
      // "Question? Answer", as the institution gave it: what its survey score is made of.
      answer: (institution, context) => {
        const value = raw(institution, context);
        if (Number.isNaN(value)) return null;
        const given = answers.get(institution.code)!.get(question.id)!;
        const said = (lang: 'it' | 'en') => {
          if (type === 'single') return question.options.find((o) => o.id === given)!.text[lang];
          if (type === 'likert')
            return `${given as number} ${lang === 'it' ? 'su' : 'of'} ${points} (${question.options[(given as number) - 1]!.text[lang]})`;
          const unit = unitText(question, given as number, lang);
          const count = `${numberText(given as number, lang)}${unit ? ` ${unit}` : ''}`;
          return perThousand
            ? `${count}, ${numberText(value, lang)} ${lang === 'it' ? 'per 1.000 studenti' : 'per 1,000 students'}`
            : count;
        };
        return { it: `${question.text.it} ${said('it')}`, en: `${question.text.en} ${said('en')}` };
      },
    };
  });
}
