/**
 * What a school shard says of the survey waves its institution answered: each
 * wave (in the build's order), with the institution's own answers to the
 * questions the questionnaire publishes per school (`public`) and nothing of
 * the others: those are shown only as area estimates.
 */
import type { SchoolShard } from '../../src/contract/contract.types.js';
import type { SurveyWave } from '../stages/surveys.js';

export function surveysOfInstitution(waves: readonly SurveyWave[], institution: string): SchoolShard['surveys'] {
  const answered = waves.filter((wave) => wave.answers.has(institution));
  if (answered.length === 0) return undefined;
  return answered.map((wave) => {
    const own = wave.answers.get(institution)!;
    return {
      wave: wave.questionnaire.wave,
      answers: wave.questionnaire.questions
        .filter((question) => question.public && own.has(question.id))
        .map((question) => {
          const answer = own.get(question.id)!;
          return typeof answer === 'number'
            ? { question: question.id, value: answer }
            : { question: question.id, options: Array.isArray(answer) ? [...answer] : [answer] };
        }),
    };
  });
}
