/**
 * Errors of the data build, said in Italian and English: the CLI prints the one
 * of `--lang` (or of the environment's locale), and `message` stays English so
 * that logs and tests read the same everywhere.
 */
export interface Said {
  it: string;
  en: string;
}

export type CliLanguage = keyof Said;

export class BuildError extends Error {
  readonly said: Said;

  constructor(said: Said, options?: ErrorOptions) {
    super(said.en, options);
    this.name = 'BuildError';
    this.said = said;
  }
}

/** An input that cannot be read at all (unknown format, missing columns, damaged file): named first. */
export class InputError extends BuildError {
  readonly file: string;

  constructor(file: string, problem: Said | string, options?: ErrorOptions) {
    const said = typeof problem === 'string' ? { it: problem, en: problem } : problem;
    super({ it: `${file}: ${said.it}`, en: `${file}: ${said.en}` }, options);
    this.name = 'InputError';
    this.file = file;
  }
}

/** The error's text in `lang` (an error that is not ours has only its own message). */
export function messageIn(error: unknown, lang: CliLanguage): string {
  if (error instanceof BuildError) return error.said[lang];
  return error instanceof Error ? error.message : String(error);
}

/** The CLI's language: `--lang`, else the environment's locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function cliLanguage(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): CliLanguage {
  if (flag !== undefined) {
    if (flag !== 'it' && flag !== 'en')
      throw new BuildError({ it: `--lang vale it o en (non ${flag})`, en: `--lang is it or en (not ${flag})` });
    return flag;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^it(_|-|\.|$)/i.test(locale) ? 'it' : 'en';
}

/** Joins a list for a message: "a, b and c" / "a, b e c". */
export function listed(items: readonly string[], lang: CliLanguage): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'it' ? 'e' : 'and'} ${items.at(-1)}`;
}
