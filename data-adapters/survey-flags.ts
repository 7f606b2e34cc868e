/**
 * The survey waves given on the command line: each `--survey QUESTIONNAIRE.json`
 * opens a wave, and the `--responses FILE` and `--invited FILE` that follow it
 * (before the next `--survey`) are that wave's. parseArgs gathers a repeated
 * option into one list, which loses which list of invited goes with which wave
 * when only some waves have one: the order of the tokens keeps it.
 */
import type { parseArgs } from 'node:util';
import { BuildError } from './report/build-error.js';

type Token = NonNullable<ReturnType<typeof parseArgs>['tokens']>[number];

export interface SurveyFlags {
  questionnaire: string;
  responses: string;
  invited?: string;
}

/** The waves in the order given, each with its files; a file given outside a wave, twice in one, or a wave without responses is an error. */
export function surveysFromTokens(tokens: readonly Token[]): SurveyFlags[] {
  const waves: Partial<SurveyFlags>[] = [];
  for (const token of tokens) {
    if (token.kind !== 'option' || typeof token.value !== 'string') continue;
    if (token.name === 'survey') {
      waves.push({ questionnaire: token.value });
      continue;
    }
    if (token.name !== 'responses' && token.name !== 'invited') continue;
    const wave = waves.at(-1);
    if (!wave)
      throw new BuildError({
        it: `--${token.name} ${token.value} va dopo il --survey QUESTIONARIO.json della sua indagine`,
        en: `--${token.name} ${token.value} goes after the --survey QUESTIONNAIRE.json of its wave`,
      });
    if (wave[token.name] !== undefined)
      throw new BuildError({
        it: `--survey ${wave.questionnaire} ha già --${token.name} ${wave[token.name]}: ogni indagine ne ha uno (--${token.name} ${token.value} in più)`,
        en: `--survey ${wave.questionnaire} already has --${token.name} ${wave[token.name]}: one per wave (extra --${token.name} ${token.value})`,
      });
    wave[token.name] = token.value;
  }
  const unpaired = waves.find((wave) => wave.responses === undefined);
  if (unpaired)
    throw new BuildError({
      it: `ogni --survey QUESTIONARIO.json vuole il suo --responses FILE, dopo di sé (manca per ${unpaired.questionnaire})`,
      en: `each --survey QUESTIONNAIRE.json needs its --responses FILE, after it (missing for ${unpaired.questionnaire})`,
    });
  return waves.map(({ questionnaire, responses, invited }) => ({
    questionnaire: questionnaire!,
    responses: responses!,
    ...(invited !== undefined && { invited }),
  }));
}
