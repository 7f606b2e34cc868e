/**
 * scuole-europa-data: the national agency's command-line tool.
 *
 *   scuole-europa-data build --registry FILE [--registry FILE…] --geo DIR --out DIR
 *       [--students FILE [--students-year YEAR]] [--funding FILE…] [--context XLSX] [--etwinning FILE] [--erasmus FILE] [--successors FILE]
 *       [--seed N] [--config FILE] [--bundle-region RR] [--apache] [--generated-at ISO] [--synthetic]
 *       [--from YEAR --to YEAR] [--allow-shrink] [--lang it|en] [--survey JSON --responses FILE [--invited FILE]]…
 *   scuole-europa-data synthesize --registry FILE… --out DIR [--students FILE] [--seed N] [--stats FILE]
 *   scuole-europa-data check URL|DIR [--origin URL] [--full] [--lang it|en]
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { build } from './build.js';
import { checkRelease } from './check/check-release.js';
import { checkReport } from './check/check-report.js';
import { readConfigFile, resolveConfig, type BuildConfig } from './config.js';
import { BuildError, cliLanguage, messageIn } from './report/build-error.js';
import { surveysFromTokens } from './survey-flags.js';
import { synthesize } from './synth/synthesize.js';

const USAGE = `usage:
  scuole-europa-data build --registry FILE [--registry FILE…] --geo DIR --out DIR
      [--students FILE [--students-year YEAR]] [--funding FILE…] [--context XLSX] [--etwinning FILE] [--erasmus FILE] [--successors FILE]
      [--seed N] [--config FILE] [--bundle-region RR] [--apache] [--generated-at ISO] [--synthetic]
      [--from YEAR --to YEAR] [--allow-shrink] [--lang it|en] [--survey JSON --responses FILE [--invited FILE]]…
  scuole-europa-data synthesize --registry FILE [--registry FILE…] --out DIR
      [--students FILE] [--seed N] [--stats FILE] [--from YEAR] [--to YEAR]
  scuole-europa-data check URL|DIR [--origin URL] [--full] [--lang it|en]
      reads a published release (the URL of its index.json, or of a bundle) or one on disk as
      the elements will, and says what they would meet; exit code 1 when an element would fail`;

const OPTIONS = {
  registry: { type: 'string', multiple: true },
  students: { type: 'string' },
  'students-year': { type: 'string' },
  geo: { type: 'string' },
  funding: { type: 'string', multiple: true },
  context: { type: 'string' },
  successors: { type: 'string' },
  etwinning: { type: 'string' },
  erasmus: { type: 'string' },
  survey: { type: 'string', multiple: true },
  responses: { type: 'string', multiple: true },
  invited: { type: 'string', multiple: true },
  out: { type: 'string' },
  seed: { type: 'string' },
  config: { type: 'string' },
  'bundle-region': { type: 'string' },
  apache: { type: 'boolean' },
  'generated-at': { type: 'string' },
  synthetic: { type: 'boolean' },
  stats: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  quiet: { type: 'boolean' },
  'allow-shrink': { type: 'boolean' },
  lang: { type: 'string' },
  origin: { type: 'string' },
  full: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value))
    throw new BuildError({
      it: `--${name} vuole un numero intero (non ${JSON.stringify(value)})`,
      en: `--${name} must be a whole number (got ${JSON.stringify(value)})`,
    });
  return Number(value);
}

/** The language of the messages, decided before anything can fail. */
const LANG = (() => {
  const at = process.argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = at < 0 ? undefined : process.argv[at]!.includes('=') ? process.argv[at]!.split('=')[1] : process.argv[at + 1];
  try {
    return cliLanguage(flag);
  } catch {
    return 'en' as const;
  }
})();

async function main(argv: string[]): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  cliLanguage(values.lang);
  const command = positionals[0];
  if (values.help || !command) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const quiet = values.quiet || !process.stderr.isTTY;
  const log = (line: string) => {
    if (!values.quiet) console.error(`· ${line}`);
  };
  if (command === 'synthesize') {
    if (!values.registry?.length || !values.out)
      throw new BuildError({ it: 'synthesize vuole --registry FILE e --out DIR', en: 'synthesize needs --registry FILE and --out DIR' });
    const result = await synthesize({
      registry: values.registry,
      students: values.students ?? null,
      out: values.out,
      seed: integer('seed', values.seed) ?? 1,
      stats: values.stats ?? null,
      from: integer('from', values.from) ?? 2014,
      to: integer('to', values.to) ?? 2025,
      log,
    });
    console.log(
      `wrote ${result.files.join(', ')} (${result.rows.etwinning} eTwinning rows, ${result.rows.erasmus} Erasmus+ rows, ${result.rows.survey} survey responses)`,
    );
    return 0;
  }
  if (command === 'check') return check(positionals[1], values.origin, values.full ?? false);
  if (command !== 'build') {
    console.error(`${LANG === 'it' ? 'comando sconosciuto' : 'unknown command'} ${JSON.stringify(command)}\n${USAGE}`);
    return 2;
  }
  if ((values.from === undefined) !== (values.to === undefined))
    throw new BuildError({
      it: '--from e --to vanno dati insieme (gli anni del contratto); senza, il contratto copre ogni anno dei dati',
      en: '--from and --to go together (the years of the contract); without them the contract covers every year of the inputs',
    });
  const surveys = surveysFromTokens(tokens);
  const generatedAt = values['generated-at'];
  const file = values.config ? await readConfigFile(values.config) : {};
  const flags: Partial<BuildConfig> = {
    ...(values.registry && { registry: values.registry }),
    ...(values.students && { students: values.students }),
    ...(values['students-year'] !== undefined && { studentsYear: integer('students-year', values['students-year'])! }),
    ...(values.geo && { geo: values.geo }),
    ...(values.funding && { funding: values.funding }),
    ...(values.context && { context: values.context }),
    ...(values.successors && { successors: values.successors }),
    ...(values.etwinning && { etwinning: values.etwinning }),
    ...(values.erasmus && { erasmus: values.erasmus }),
    ...(values.out && { out: values.out }),
    ...(surveys.length > 0 && { surveys }),
    ...(values.seed !== undefined && { seed: integer('seed', values.seed)! }),
    ...(values['bundle-region'] && { bundleRegion: values['bundle-region'] }),
    ...(values.apache && { apache: true }),
    ...(generatedAt !== undefined && { generatedAt }),
    ...(values.synthetic && { synthetic: true }),
    ...(values['allow-shrink'] && { allowShrink: true }),
    ...(values.from !== undefined &&
      values.to !== undefined && { years: { from: integer('from', values.from)!, to: integer('to', values.to)! } }),
  };
  const config = resolveConfig(file as Partial<BuildConfig>, flags);
  const bar = quiet
    ? null
    : new cliProgress.SingleBar(
        { format: '  writing {bar} {value}/{total} files', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      );
  const report = await build(config, {
    log,
    onWrite: (done, total) => {
      if (!bar) return;
      if (done === 1) bar.start(total, 0);
      bar.update(Math.min(done, total));
    },
  });
  bar?.stop();
  console.log(report.summary);
  return 0;
}

/** `check`: the release at a URL (a folder's: its index.json), or in a folder (its index.json) or at a path on disk. */
async function check(where: string | undefined, origin: string | undefined, full: boolean): Promise<number> {
  if (!where)
    throw new BuildError({
      it: "check vuole l'URL di index.json o la cartella dei dati",
      en: 'check needs the URL of index.json or the data folder',
    });
  if (origin !== undefined && !/^https?:\/\/[^/]+$/.test(origin))
    throw new BuildError({
      it: `--origin è un'origine come https://www.scuola.edu.it, senza percorso (non ${JSON.stringify(origin)})`,
      en: `--origin is an origin such as https://www.scuola.edu.it, with no path (not ${JSON.stringify(origin)})`,
    });
  let src: string;
  // A folder's address is its index.json's, as on disk.
  if (/^https?:\/\//.test(where)) src = where.endsWith('/') ? `${where}index.json` : where;
  else {
    const path = resolve(where);
    const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.json') : path;
    if (!existsSync(file)) throw new BuildError({ it: `${file} non esiste`, en: `${file} does not exist` });
    src = pathToFileURL(file).href;
  }
  const { lines, failed } = checkReport(await checkRelease(src, { origin, full }), LANG);
  for (const line of lines) console.log(line);
  return failed ? 1 : 0;
}

/** Any failure, even one no code path expected, ends in one line that says what failed, and exit code 1. */
function fail(error: unknown): never {
  console.error(`scuole-europa-data: ${messageIn(error, LANG)}`);
  process.exit(1);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

main(process.argv.slice(2)).then((code) => process.exit(code), fail);
