/**
 * The questionnaire of a survey wave (format `scuole-europa/survey@1`,
 * documented in data-adapters/README.md): the wave, its school year and
 * fielding dates, and its questions with their options. Read strictly: any
 * fault is one error that names the file and the place in it, since every
 * response is read against this definition.
 *
 * From it come the columns a responses file must have: `school_code`, `wave`,
 * one per single-choice, Likert or number question (named by its id), and one
 * per option of a multiple-choice question (`{question}_{option}`, 1 or 0).
 */
import { readFile } from 'node:fs/promises';
import { CODE_PATTERNS } from '../../src/contract/codes.js';
import { SURVEY_QUESTION_TYPES } from '../../src/contract/survey.schema.js';
import { normaliseColumn } from '../io/read-csv.js';
import { zonedTimestamp } from '../io/timestamp.js';
import { InputError, type Said } from '../report/build-error.js';

export const QUESTIONNAIRE_FORMAT = 'scuole-europa/survey@1';
/** The question types, as the contract's survey documents name them. */
export const QUESTION_TYPES = SURVEY_QUESTION_TYPES;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface SurveyOption {
  id: string;
  text: Said;
  /** A Likert option's place on the scale (1 … k); the responses write it. */
  value?: number;
}

export interface SurveyQuestion {
  id: string;
  type: QuestionType;
  text: Said;
  /** For single, multiple and Likert questions; a Likert scale's in its order. */
  options: SurveyOption[];
  /** A number question's range (answers outside it are rejects). */
  min?: number;
  max?: number;
  /** A number question whose answers are counts: whole numbers only. */
  integer?: boolean;
  unit?: Said;
  /** The unit of a count of one ("docente" where `unit` is "docenti"); without it every count reads `unit`. */
  unitOne?: Said;
  /** A school's own answer may be shown on its profile. */
  public: boolean;
}

export interface Questionnaire {
  wave: string;
  schoolYear: number;
  fielded: { from: string; to: string };
  title: Said;
  questions: SurveyQuestion[];
  /** Columns of the responses file that are no question (a survey tool's timestamps, ids): read past. */
  ignoreColumns: string[];
}

/** A column of the responses file and what it holds. */
export interface ResponseColumn {
  /** The name as the file writes it (`ostacoli_tempo`). */
  name: string;
  question: SurveyQuestion;
  /** For a multiple-choice question: the option this column ticks. */
  option?: SurveyOption;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const DATE = /^\d{4}-\d\d-\d\d$/;

/** Reads the definition at `path`; throws an InputError that says what is wrong and where. */
export async function readQuestionnaire(path: string): Promise<Questionnaire> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new InputError(path, {
      it: `questionario illeggibile: serve un JSON nel formato ${QUESTIONNAIRE_FORMAT} (${(error as Error).message})`,
      en: `cannot read the questionnaire: expected JSON in the format ${QUESTIONNAIRE_FORMAT} (${(error as Error).message})`,
    });
  }
  return checkQuestionnaire(json, path);
}

/** Checks a parsed definition (see readQuestionnaire). */
export function checkQuestionnaire(json: unknown, path: string): Questionnaire {
  const fail = (it: string, en: string): never => {
    throw new InputError(path, { it: `questionario: ${it}`, en: `questionnaire: ${en}` });
  };
  if (!isObject(json)) return fail('serve un oggetto JSON', 'expected a JSON object');
  if (json.format !== QUESTIONNAIRE_FORMAT)
    fail(
      `format deve essere "${QUESTIONNAIRE_FORMAT}" (trovato ${JSON.stringify(json.format)}): un'altra versione non si legge`,
      `format must be "${QUESTIONNAIRE_FORMAT}" (found ${JSON.stringify(json.format)}): another version cannot be read`,
    );
  const text = (value: unknown, at: string): Said => {
    if (!isObject(value) || typeof value.it !== 'string' || typeof value.en !== 'string' || !value.it.trim() || !value.en.trim())
      fail(
        `${at} deve avere il testo in italiano e in inglese ({"it": …, "en": …})`,
        `${at} needs its text in Italian and English ({"it": …, "en": …})`,
      );
    const said = value as unknown as Said;
    return { it: said.it.trim(), en: said.en.trim() };
  };
  const identifier = (value: unknown, at: string): string => {
    if (typeof value !== 'string' || !CODE_PATTERNS.identifier.test(value))
      fail(
        `${at} deve essere un identificativo (minuscole, cifre, trattini; trovato ${JSON.stringify(value)})`,
        `${at} must be an identifier (lower case, digits, dashes; found ${JSON.stringify(value)})`,
      );
    return value as string;
  };
  const wave = identifier(json.wave, 'wave');
  const schoolYear = json.schoolYear;
  if (typeof schoolYear !== 'number' || !Number.isInteger(schoolYear) || schoolYear < 1990 || schoolYear > 2100)
    fail(
      `schoolYear è l'anno in cui comincia l'anno scolastico (2025 per il 2025/26; trovato ${JSON.stringify(schoolYear)})`,
      `schoolYear is the year the school year begins (2025 for 2025/26; found ${JSON.stringify(schoolYear)})`,
    );
  const fielded = json.fielded;
  if (
    !isObject(fielded) ||
    typeof fielded.from !== 'string' ||
    typeof fielded.to !== 'string' ||
    !DATE.test(fielded.from) ||
    !DATE.test(fielded.to)
  )
    fail('fielded vuole le date from e to (AAAA-MM-GG)', 'fielded needs the dates from and to (YYYY-MM-DD)');
  const { from, to } = fielded as { from: string; to: string };
  // Date.parse takes 30 February for 2 March: the day must be one of the calendar.
  if (zonedTimestamp(from) === null || zonedTimestamp(to) === null || from > to)
    fail(`fielded: date impossibili o from dopo to (${from}, ${to})`, `fielded: impossible dates or from after to (${from}, ${to})`);
  const title = text(json.title, 'title');
  const ignoreColumns = json.ignoreColumns ?? [];
  if (!Array.isArray(ignoreColumns) || ignoreColumns.some((column) => typeof column !== 'string'))
    fail('ignoreColumns è un elenco di nomi di colonna', 'ignoreColumns is a list of column names');
  if (!Array.isArray(json.questions) || json.questions.length === 0)
    fail('questions deve elencare almeno una domanda', 'questions must list at least one question');

  const seen = new Set<string>();
  const questions = (json.questions as unknown[]).map((raw, q): SurveyQuestion => {
    const at = `questions[${q}]`;
    if (!isObject(raw)) return fail(`${at} deve essere un oggetto`, `${at} must be an object`);
    const id = identifier(raw.id, `${at}.id`);
    if (seen.has(id)) fail(`la domanda ${id} compare due volte`, `question ${id} appears twice`);
    seen.add(id);
    const type = raw.type as QuestionType;
    if (!QUESTION_TYPES.includes(type))
      fail(
        `${id}: type deve essere ${QUESTION_TYPES.join(', ')} (trovato ${JSON.stringify(raw.type)})`,
        `${id}: type must be ${QUESTION_TYPES.join(', ')} (found ${JSON.stringify(raw.type)})`,
      );
    const question: SurveyQuestion = { id, type, text: text(raw.text, `${id}.text`), options: [], public: raw.public === true };
    if (raw.public !== undefined && typeof raw.public !== 'boolean') fail(`${id}: public è true o false`, `${id}: public is true or false`);
    if (type === 'number') {
      const { min, max } = raw;
      // Answers are amounts read as every other input's (io/numbers.ts): not negative.
      if (typeof min !== 'number' || typeof max !== 'number' || !Number.isFinite(min) || !Number.isFinite(max) || min < 0 || min >= max)
        fail(
          `${id}: una domanda numerica vuole min e max, con 0 ≤ min < max`,
          `${id}: a number question needs min and max, with 0 ≤ min < max`,
        );
      if (raw.integer !== undefined && typeof raw.integer !== 'boolean')
        fail(`${id}: integer è true o false`, `${id}: integer is true or false`);
      if (raw.unitOne !== undefined && raw.unit === undefined)
        fail(
          `${id}: unitOne (l'unità di un conteggio di uno) vale solo con unit`,
          `${id}: unitOne (the unit of a count of one) goes only with unit`,
        );
      Object.assign(
        question,
        { min, max, integer: raw.integer === true },
        raw.unit === undefined ? {} : { unit: text(raw.unit, `${id}.unit`) },
        raw.unitOne === undefined ? {} : { unitOne: text(raw.unitOne, `${id}.unitOne`) },
      );
      return question;
    }
    if (!Array.isArray(raw.options) || raw.options.length < 2)
      fail(`${id}: una domanda ${type} vuole almeno due opzioni`, `${id}: a ${type} question needs at least two options`);
    const ids = new Set<string>();
    question.options = (raw.options as unknown[]).map((option, o) => {
      const where = `${id}.options[${o}]`;
      if (!isObject(option)) return fail(`${where} deve essere un oggetto`, `${where} must be an object`);
      let optionId: string;
      let value: number | undefined;
      if (type === 'likert') {
        // A scale's points are 1 … k in order: the responses write the number, and the mean is on it.
        if (option.value !== o + 1)
          fail(
            `${where}: i punti di una scala Likert hanno value 1, 2, … in ordine (trovato ${JSON.stringify(option.value)})`,
            `${where}: the points of a Likert scale have value 1, 2, … in order (found ${JSON.stringify(option.value)})`,
          );
        value = o + 1;
        optionId = String(value);
      } else optionId = identifier(option.id, `${where}.id`);
      if (ids.has(optionId)) fail(`${id}: l'opzione ${optionId} compare due volte`, `${id}: option ${optionId} appears twice`);
      ids.add(optionId);
      return { id: optionId, text: text(option.text, `${where}.text`), ...(value !== undefined && { value }) };
    });
    return question;
  });
  const questionnaire: Questionnaire = {
    wave,
    schoolYear: schoolYear as number,
    fielded: { from, to },
    title,
    questions,
    ignoreColumns: ignoreColumns as string[],
  };
  // Two columns that would read as one (`a_b` of question a, and question `a-b`) cannot be told apart in a file.
  const names = new Map<string, string>();
  for (const column of ['school_code', 'wave', ...responseColumns(questionnaire).map((c) => c.name), ...questionnaire.ignoreColumns]) {
    const key = normaliseColumn(column);
    const other = names.get(key);
    if (other !== undefined)
      fail(
        `le colonne ${other} e ${column} si leggono uguali (maiuscole, spazi e trattini non contano): cambiare un id`,
        `columns ${other} and ${column} read the same (case, spaces and dashes do not count): change an id`,
      );
    names.set(key, column);
  }
  return questionnaire;
}

/** The question columns of a responses file, in the questionnaire's order. */
export function responseColumns(questionnaire: Questionnaire): ResponseColumn[] {
  return questionnaire.questions.flatMap((question) =>
    question.type === 'multiple'
      ? question.options.map((option) => ({ name: `${question.id}_${option.id}`, question, option }))
      : [{ name: question.id, question }],
  );
}
