/**
 * The survey inputs: the questionnaire's definition refused with a clear error
 * for every fault, and the responses (CSV and XLSX) read strictly, every bad
 * row rejected with its reason.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/node';
import { demoQuestionnaire } from '../../../data-adapters/synth/survey-model.ts';
import { checkQuestionnaire, readQuestionnaire, responseColumns } from '../../../data-adapters/surveys/questionnaire.ts';
import { readResponses, type CodeStatus } from '../../../data-adapters/surveys/responses.ts';
import { readInvited } from '../../../data-adapters/surveys/invited.ts';
import { tempDir, writeText } from '../temp-files.ts';

const DEMO = demoQuestionnaire(2025);
const WAVE = DEMO.wave;
const withChange = (change: (q: ReturnType<typeof demoQuestionnaire>) => void) => {
  const copy = structuredClone(DEMO);
  change(copy);
  return copy;
};

describe('the questionnaire', () => {
  it('reads the demo definition and derives the responses columns from it', async () => {
    const path = writeText(tempDir(), 'q.json', JSON.stringify(DEMO));
    const questionnaire = await readQuestionnaire(path);
    assert.equal(questionnaire.wave, WAVE);
    assert.deepEqual(
      responseColumns(questionnaire).map((c) => c.name),
      [
        'piano',
        'ostacoli_tempo',
        'ostacoli_lingue',
        'ostacoli_burocrazia',
        'ostacoli_costi',
        'ostacoli_partner',
        'ostacoli_sostituzioni',
        'importanza',
        'docenti-mobilita',
        'supporto',
      ],
    );
    assert.deepEqual(
      questionnaire.questions.find((q) => q.id === 'importanza')!.options.map((o) => o.id),
      ['1', '2', '3', '4', '5'],
    );
    assert.equal(questionnaire.questions.find((q) => q.id === 'piano')!.public, true);
    assert.equal(questionnaire.questions.find((q) => q.id === 'supporto')!.public, false);
    const teachers = questionnaire.questions.find((q) => q.id === 'docenti-mobilita')!;
    assert.deepEqual(
      [teachers.unit, teachers.unitOne],
      [
        { it: 'docenti', en: 'teachers' },
        { it: 'docente', en: 'teacher' },
      ],
    );
  });

  const faults: [string, unknown, RegExp][] = [
    ['not JSON at all', 'nope', /cannot read the questionnaire/],
    ['another format version', withChange((q) => Object.assign(q, { format: 'scuole-europa/survey@2' })), /another version cannot be read/],
    ['a wave that is no identifier', withChange((q) => Object.assign(q, { wave: 'Wave 1' })), /wave must be an identifier/],
    ['a school year out of range', withChange((q) => Object.assign(q, { schoolYear: 25 })), /schoolYear is the year/],
    [
      'fielding dates in the wrong order',
      withChange((q) => Object.assign(q, { fielded: { from: '2026-05-01', to: '2026-03-01' } })),
      /from after to/,
    ],
    [
      'a fielding day not in the calendar',
      withChange((q) => Object.assign(q, { fielded: { from: '2026-02-30', to: '2026-04-17' } })),
      /impossible dates or from after to \(2026-02-30, 2026-04-17\)/,
    ],
    [
      'a title without English',
      withChange((q) => Object.assign(q, { title: { it: 'Indagine' } })),
      /title needs its text in Italian and English/,
    ],
    ['no questions', withChange((q) => Object.assign(q, { questions: [] })), /at least one question/],
    ['a question twice', withChange((q) => q.questions.push(structuredClone(q.questions[0]!))), /question piano appears twice/],
    [
      'an unknown type',
      withChange((q) => Object.assign(q.questions[0]!, { type: 'ranking' })),
      /type must be single, multiple, likert, number/,
    ],
    [
      'one option only',
      withChange((q) => Object.assign(q.questions[0]!, { options: [q.questions[0]!.options![0]] })),
      /at least two options/,
    ],
    [
      'an option twice',
      withChange((q) => (q.questions[0]!.options as unknown[]).push(structuredClone(q.questions[0]!.options![0]!))),
      /option approvato appears twice/,
    ],
    [
      'a Likert scale out of order',
      withChange((q) => Object.assign(q.questions[2]!.options![1]!, { value: 3 })),
      /Likert scale have value 1, 2/,
    ],
    ['a number question without a range', withChange((q) => Object.assign(q.questions[3]!, { max: undefined })), /needs min and max/],
    [
      'a number question whose integer is no boolean',
      withChange((q) => Object.assign(q.questions[3]!, { integer: 'yes' })),
      /integer is true or false/,
    ],
    [
      'the unit of a count of one without the unit',
      withChange((q) => delete (q.questions[3] as { unit?: unknown }).unit),
      /unitOne \(the unit of a count of one\) goes only with unit/,
    ],
    [
      'columns that read the same',
      withChange((q) => q.questions.push({ id: 'ostacoli-tempo', type: 'number', min: 0, max: 1, text: { it: 'x', en: 'x' } } as never)),
      /columns ostacoli_tempo and ostacoli-tempo read the same/,
    ],
  ];
  for (const [fault, json, error] of faults)
    it(`refuses ${fault}, naming the file`, async () => {
      const path = writeText(tempDir(), 'q.json', typeof json === 'string' ? json : JSON.stringify(json));
      await assert.rejects(readQuestionnaire(path), (e: Error) => error.test(e.message) && e.message.startsWith(path));
    });
  it('says it in Italian too', () => {
    assert.throws(
      () =>
        checkQuestionnaire(
          withChange((q) => Object.assign(q, { questions: [] })),
          'q.json',
        ),
      (e: { said: { it: string } }) => /almeno una domanda/.test(e.said.it),
    );
  });
});

describe('the responses', () => {
  const questionnaire = checkQuestionnaire(DEMO, 'q.json');
  const known: Record<string, CodeStatus> = {
    RMIC80000A: { institution: true },
    MIIS00100B: { institution: true },
    NAEE00100C: { institution: true },
    RMEE80001B: { plessoOf: 'RMIC80000A' },
  };
  const status = (code: string): CodeStatus => known[code] ?? null;
  const HEADER =
    'school_code;wave;submitted_at;piano;ostacoli_tempo;ostacoli_lingue;ostacoli_burocrazia;ostacoli_costi;ostacoli_partner;ostacoli_sostituzioni;importanza;docenti-mobilita;supporto';
  const row = (code: string, rest = 'approvato;1;0;0;0;1;0;4;3;2', wave = WAVE) => `${code};${wave};2026-03-10;${rest}`;

  it('reads answers by type, and rejects every bad row with its reason', async () => {
    const lines = [
      HEADER,
      row('RMIC80000A'),
      row('MIIS00100B', 'no;;;;;;;5;;'),
      row('RMIC80000A', 'no;0;0;0;0;0;0;1;0;1'),
      row('ZZIC00000Z'),
      row('RMEE80001B'),
      row('NAEE00100C', 'forse;1;0;0;0;0;0;4;3;2'),
      row('NAEE00100C', 'no;1;0;0;0;0;0;6;3;2'),
      row('NAEE00100C', 'no;1;0;0;0;0;0;4;1.000;2'),
      row('NAEE00100C', 'no;1;0;0;0;0;0;4;3,5;2'),
      row('NAEE00100C', 'no;maybe;0;0;0;0;0;4;3;2'),
      row('NAEE00100C', 'no;1;0;0;0;0;0;4;3;2', 'another-wave'),
      row('NAEE00100C', ';0;0;0;0;0;0;;;'),
      'bad;code',
      `BAD;${WAVE};;no;;;;;;;;;`,
    ];
    const path = writeText(tempDir(), 'r.csv', `${lines.join('\n')}\n`);
    const { answers, report } = await readResponses(path, questionnaire, status);
    assert.deepEqual([...answers.keys()], ['RMIC80000A', 'MIIS00100B']);
    const first = answers.get('RMIC80000A')!;
    assert.equal(first.get('piano'), 'approvato');
    assert.deepEqual(first.get('ostacoli'), ['tempo', 'partner']);
    assert.equal(first.get('importanza'), 4);
    assert.equal(first.get('docenti-mobilita'), 3);
    // Empty cells are unanswered questions, never zeros; no tick is no answer.
    const second = answers.get('MIIS00100B')!;
    assert.deepEqual([...second.keys()], ['piano', 'importanza']);
    assert.equal(report.read, 14);
    assert.equal(report.accepted, 2);
    assert.equal(report.rejectCount('duplicate response'), 1);
    assert.equal(report.rejectCount('school not in the registry'), 1);
    assert.equal(report.rejectCount('a plesso: the survey invites institutions'), 1);
    for (const reason of [
      'answer not among the options',
      'answer off the scale',
      'answer out of range',
      'answer not a number',
      'not a tick',
    ])
      assert.equal(report.rejectCount(reason), 1, reason);
    assert.equal(report.rejectCount('another wave'), 1);
    assert.equal(report.rejectCount('no question answered'), 1);
    assert.equal(report.rejectCount('invalid school code'), 1);
    assert.equal(report.rejectCount('malformed row'), 1, 'a row of two cells under a header of thirteen');
    const examples = report
      .toJSON()
      .rejects.flatMap((r) => r.examples)
      .join('\n');
    for (const reason of [
      '"forse" is not one of its options',
      'not a point of its scale (1–5)',
      '1000 is outside its range (0–300)',
      '"3,5" is not a whole number',
      '"maybe" is not a tick',
      'its institution is RMIC80000A',
    ])
      assert.ok(examples.includes(reason), reason);
  });

  it('reads the same answers from an XLSX workbook', async () => {
    const dir = tempDir();
    const path = join(dir, 'responses-without-extension');
    const header = HEADER.split(';');
    const cells = [
      ['RMIC80000A', WAVE, '2026-03-10', 'approvato', 1, 0, 0, 0, 1, 0, 4, 3, 2],
      ['MIIS00100B', WAVE, null, 'no', null, null, null, null, null, null, 5, null, null],
    ];
    await writeXlsxFile([header, ...cells].map((r) => r.map((value) => (value === null ? null : { value }))) as never).toFile(path);
    const { answers, report } = await readResponses(path, questionnaire, status);
    assert.equal(report.accepted, 2);
    assert.deepEqual(answers.get('RMIC80000A')!.get('ostacoli'), ['tempo', 'partner']);
    assert.equal(answers.get('RMIC80000A')!.get('docenti-mobilita'), 3);
    assert.deepEqual([...answers.get('MIIS00100B')!.keys()], ['piano', 'importanza']);
  });

  it('reads a list of invited institutions strictly, and rejects a response from an institution not on it', async () => {
    const dir = tempDir();
    const list = writeText(dir, 'invited.csv', 'school_code\nRMIC80000A\nNAEE00100C\nRMEE80001B\nZZIC00000Z\nRMIC80000A\nbad\n');
    const { codes, report } = await readInvited(list, status);
    assert.deepEqual([...codes], ['RMIC80000A', 'NAEE00100C']);
    assert.equal(report.rejectCount('a plesso: the survey invites institutions'), 1);
    assert.equal(report.rejectCount('school not in the registry'), 1);
    assert.equal(report.rejectCount('duplicate school code'), 1);
    assert.equal(report.rejectCount('invalid school code'), 1);
    await assert.rejects(readInvited(writeText(dir, 'none.csv', 'school_code\nZZIC00000Z\n'), status), /no institution invited/);
    await assert.rejects(
      readInvited(writeText(dir, 'other.csv', 'codice\nRMIC80000A\n'), status),
      /not the list of institutions invited to a survey/,
    );
    const responses = writeText(dir, 'r.csv', `${[HEADER, row('RMIC80000A'), row('MIIS00100B')].join('\n')}\n`);
    const read = await readResponses(responses, questionnaire, status, codes);
    assert.deepEqual([...read.answers.keys()], ['RMIC80000A']);
    assert.equal(read.report.rejectCount('not invited'), 1);
  });

  it('refuses a file without the columns, with unknown columns, empty, or with no usable row', async () => {
    const dir = tempDir();
    const cases: [string, RegExp][] = [
      [`${HEADER.replace(';supporto', '')}\n`, /the columns supporto are missing/],
      [`${HEADER};colour\n${row('RMIC80000A')};blue\n`, /columns the questionnaire .* does not know: colour/],
      ['', /empty/],
      [`${HEADER}\n${row('ZZIC00000Z')}\n`, /no usable response \(1 rows read/],
    ];
    for (const [text, error] of cases) {
      const path = writeText(dir, `c${cases.findIndex((c) => c[0] === text)}.csv`, text);
      await assert.rejects(readResponses(path, questionnaire, status), error);
    }
  });
});
