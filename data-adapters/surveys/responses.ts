/**
 * Reads the responses of a survey wave: one row per responding institution,
 * one column per question (or per option of a multiple-choice question), as
 * the agency's survey tools export them, in CSV (any separator, plain or
 * gzip) or XLSX (its first sheet), told apart by their bytes, not their name.
 *
 * Read as strictly as every other input: the columns must be the
 * questionnaire's (a column it does not know is an error unless
 * `ignoreColumns` names it), and a row is rejected with its reason when its
 * code is not an institution of the registry, its wave is another, an answer
 * is not one of the question's options or outside its range, it answers
 * nothing, or the institution already answered. An empty cell is a question
 * left unanswered, never a zero; a multiple-choice question is answered when
 * at least one of its options is ticked.
 */
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { readAmount, readCount } from '../io/numbers.js';
import { flag } from '../readers/participation.js';
import { clean, normaliseColumn, openCsv, type NumberLocale } from '../io/read-csv.js';
import { InputError, listed } from '../report/build-error.js';
import { InputReport } from '../report/input-report.js';
import { responseColumns, type Questionnaire, type ResponseColumn } from './questionnaire.js';

/** One institution's answers: an option id, the ticked options, or a number, by question id (unanswered ones absent). */
export type Answers = Map<string, string | string[] | number>;

export interface Responses {
  /** By institution code, in the order of the file. */
  answers: Map<string, Answers>;
  report: InputReport;
}

/** What the registry says a code is: an institution invited to the survey, a plesso of one, or nothing. */
export type CodeStatus = { institution: true } | { plessoOf: string } | null;

interface Row {
  line: number;
  values: Readonly<Record<string, string>>;
}

/** Checks that the header has every column the questionnaire asks for, and none it does not know. */
function checkHeader(path: string, header: readonly string[], questionnaire: Questionnaire, columns: readonly ResponseColumn[]): void {
  if (header.length === 0 || header.every((name) => name.trim() === ''))
    throw new InputError(path, { it: 'il file è vuoto: serve la riga di intestazione', en: 'the file is empty; expected a header row' });
  const present = new Set(header.map(normaliseColumn));
  const wanted = ['school_code', 'wave', ...columns.map((column) => column.name)];
  const missing = wanted.filter((name) => !present.has(normaliseColumn(name)));
  const known = new Set([...wanted, ...questionnaire.ignoreColumns].map(normaliseColumn));
  const unknown = header.filter((name) => name.trim() !== '' && !known.has(normaliseColumn(name)));
  if (missing.length > 0)
    throw new InputError(path, {
      it: `non sono le risposte del questionario ${questionnaire.wave}: mancano le colonne ${listed(missing, 'it')}`,
      en: `not the responses of questionnaire ${questionnaire.wave}: the columns ${listed(missing, 'en')} are missing`,
    });
  if (unknown.length > 0)
    throw new InputError(path, {
      it: `colonne che il questionario ${questionnaire.wave} non conosce: ${listed(unknown, 'it')} (una domanda con un altro id? se non sono domande, elencarle in ignoreColumns)`,
      en: `columns the questionnaire ${questionnaire.wave} does not know: ${listed(unknown, 'en')} (a question with another id? if they are no questions, list them in ignoreColumns)`,
    });
}

/** Why a row's answer is refused: the reason the report counts, and what was written where. */
interface Refusal {
  reason: string;
  detail: string;
}

/**
 * The institution a row of a survey file names (responses, or the list of the
 * invited), or null once the row is rejected with its reason: malformed, an
 * invalid code, a code the registry does not have (listed in unmatched.csv),
 * or a plesso's (the survey invites institutions; its institution is named).
 */
export function institutionOf(
  row: Row | { line: number; malformed: string },
  report: InputReport,
  status: (code: string) => CodeStatus,
): string | null {
  if ('malformed' in row) {
    report.reject('malformed row', `line ${row.line}: ${row.malformed}`);
    return null;
  }
  const code = clean(row.values.SCHOOLCODE)?.toUpperCase() ?? '';
  if (!CODE_PATTERNS.school.test(code)) {
    report.reject('invalid school code', `line ${row.line}: ${JSON.stringify(row.values.SCHOOLCODE ?? '')}`);
    return null;
  }
  const known = status(code);
  if (!known) {
    report.rejectUnmatched('school not in the registry', { line: row.line, code });
    return null;
  }
  if ('plessoOf' in known) {
    report.reject('a plesso: the survey invites institutions', `line ${row.line}: ${code} (its institution is ${known.plessoOf})`);
    return null;
  }
  return code;
}

/** One row's answers, or why it is rejected. */
function answersOf(values: Readonly<Record<string, string>>, columns: readonly ResponseColumn[], locale: NumberLocale): Answers | Refusal {
  const answers: Answers = new Map();
  for (const { name, question, option } of columns) {
    const cell = clean(values[normaliseColumn(name)]);
    if (question.type === 'multiple') {
      if (cell === null) continue;
      // A tick as every yes/no of the inputs (readers/participation.ts), or the x of a ticked box.
      const mark = cell.toLowerCase() === 'x' || flag(cell);
      if (mark === false) continue;
      if (mark === null)
        return { reason: 'not a tick', detail: `${name}: ${JSON.stringify(cell)} is not a tick (1/0, true/false, si/no, x)` };
      const ticked = (answers.get(question.id) as string[] | undefined) ?? [];
      ticked.push(option!.id);
      answers.set(question.id, ticked);
    } else if (cell === null) continue;
    else if (question.type === 'single') {
      const chosen = question.options.find((o) => o.id === cell.toLowerCase());
      if (!chosen) return { reason: 'answer not among the options', detail: `${name}: ${JSON.stringify(cell)} is not one of its options` };
      answers.set(question.id, chosen.id);
    } else if (question.type === 'likert') {
      const read = readCount(cell, locale);
      if (!('value' in read) || read.value < 1 || read.value > question.options.length)
        return {
          reason: 'answer off the scale',
          detail: `${name}: ${JSON.stringify(cell)} is not a point of its scale (1–${question.options.length})`,
        };
      answers.set(question.id, read.value);
    } else {
      const read = question.integer ? readCount(cell, locale) : readAmount(cell, locale);
      if (!('value' in read))
        return {
          reason: 'answer not a number',
          detail: `${name}: ${JSON.stringify(cell)} is not a ${question.integer ? 'whole number' : 'number'} in plain digits`,
        };
      if (read.value < question.min! || read.value > question.max!)
        return { reason: 'answer out of range', detail: `${name}: ${read.value} is outside its range (${question.min}–${question.max})` };
      answers.set(question.id, read.value);
    }
  }
  return answers;
}

/**
 * Reads the responses at `path` against `questionnaire`; `status` says what
 * each code is in the registry, `invited` (when the wave did not invite every
 * institution) which institutions were asked.
 */
export async function readResponses(
  path: string,
  questionnaire: Questionnaire,
  status: (code: string) => CodeStatus,
  invited: ReadonlySet<string> | null = null,
): Promise<Responses> {
  const columns = responseColumns(questionnaire);
  const input = await openCsv(path);
  checkHeader(path, input.header, questionnaire, columns);
  const report = new InputReport(path, `survey-responses:${questionnaire.wave}`, input);
  const answers = new Map<string, Answers>();
  for await (const row of input.rows) {
    const code = institutionOf(row, report, status);
    // (A malformed row is rejected by institutionOf; the second test narrows its type.)
    if (code === null || 'malformed' in row) continue;
    if (invited && !invited.has(code)) {
      report.reject('not invited', `line ${row.line}: ${code} is not in the list of invited institutions`);
      continue;
    }
    const wave = clean(row.values.WAVE);
    if (wave !== questionnaire.wave) {
      report.reject(
        'another wave',
        `line ${row.line}: ${code} ${JSON.stringify(wave ?? '')} (this questionnaire is ${questionnaire.wave})`,
      );
      continue;
    }
    const read = answersOf(row.values, columns, input.locale);
    if (!(read instanceof Map)) {
      report.reject(read.reason, `line ${row.line}: ${code} ${read.detail}`);
      continue;
    }
    if (read.size === 0) {
      report.reject('no question answered', `line ${row.line}: ${code}`);
      continue;
    }
    if (answers.has(code)) {
      report.reject('duplicate response', `line ${row.line}: ${code} (the first one is kept)`);
      continue;
    }
    answers.set(code, read);
    report.accept();
  }
  if (answers.size === 0)
    throw new InputError(path, {
      it: `nessuna risposta utilizzabile (${report.read} righe lette, tutte scartate: vedere il resoconto)`,
      en: `no usable response (${report.read} rows read, all rejected: see the report)`,
    });
  return { answers, report };
}
