import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArgs } from 'node:util';
import { surveysFromTokens } from '../../data-adapters/survey-flags.ts';

const OPTIONS = {
  survey: { type: 'string', multiple: true },
  responses: { type: 'string', multiple: true },
  invited: { type: 'string', multiple: true },
  out: { type: 'string' },
} as const;

const waves = (...args: string[]) => surveysFromTokens(parseArgs({ args, options: OPTIONS, tokens: true }).tokens);

describe('surveysFromTokens', () => {
  it('gives each wave the responses and the list of invited that follow its --survey', () => {
    assert.deepEqual(
      waves(
        '--survey',
        'a.json',
        '--responses',
        'a.csv',
        '--out',
        'o',
        '--survey',
        'b.json',
        '--invited',
        'b-inv.csv',
        '--responses=b.xlsx',
      ),
      [
        { questionnaire: 'a.json', responses: 'a.csv' },
        { questionnaire: 'b.json', responses: 'b.xlsx', invited: 'b-inv.csv' },
      ],
      'the second wave has the list, not the first, whatever the order of its own files',
    );
    assert.deepEqual(waves('--out', 'o'), []);
  });

  it('refuses a file outside a wave, a second file of one kind in a wave, and a wave without responses', () => {
    assert.throws(
      () => waves('--invited', 'i.csv', '--survey', 'a.json', '--responses', 'a.csv'),
      /--invited i\.csv goes after the --survey/,
    );
    assert.throws(
      () => waves('--survey', 'a.json', '--responses', 'a.csv', '--responses', 'b.csv'),
      /a\.json already has --responses a\.csv: one per wave \(extra --responses b\.csv\)/,
    );
    assert.throws(
      () => waves('--survey', 'a.json', '--survey', 'b.json', '--responses', 'a.csv', '--responses', 'b.csv'),
      /already has --responses/,
      'two questionnaires then two response files no longer pair by position',
    );
    assert.throws(() => waves('--survey', 'a.json', '--invited', 'i.csv'), /needs its --responses FILE, after it \(missing for a\.json\)/);
  });
});
