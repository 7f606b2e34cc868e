import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConfigFile, resolveConfig } from '../../data-adapters/config.ts';
import { AUTONOMOUS_REGISTRY, REAL } from './real-data.ts';
import { tempDir } from './temp-files.ts';

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'data-adapters/cli.ts', ...args], { encoding: 'utf8' });

describe('scuole-europa-data', () => {
  it('prints its usage', () => {
    const result = cli('--help');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /scuole-europa-data build --registry FILE/);
  });

  it('refuses an unknown command, a bad seed and missing inputs with clear messages', () => {
    assert.equal(cli('publish').status, 2);
    const seed = cli('build', '--seed', 'abc');
    assert.equal(seed.status, 1);
    assert.match(seed.stderr, /--seed must be a whole number/);
    assert.match(cli('build').stderr, /missing --registry, --geo, --out \(at least one registry file/);
    assert.match(
      cli('build', '--registry', 'nowhere.csv', '--geo', 'x', '--out', join(tempDir(), 'o')).stderr,
      /nowhere\.csv: cannot read the file/,
    );
  });

  it("pairs each --survey with its --responses, and resolves a config file's survey paths from the file", () => {
    const unpaired = cli('build', '--survey', 'q.json', '--lang', 'it');
    assert.equal(unpaired.status, 1);
    assert.match(unpaired.stderr, /ogni --survey QUESTIONARIO\.json vuole il suo --responses FILE/);
    assert.throws(
      () => resolveConfig({ registry: ['r.csv'], geo: 'g', out: 'o', surveys: [{ questionnaire: 'q.json' } as never] }),
      /each survey needs questionnaire .* and responses/,
    );
    const stray = cli('build', '--invited', 'i.csv', '--survey', 'q.json', '--responses', 'r.csv');
    assert.equal(stray.status, 1);
    assert.match(stray.stderr, /--invited i\.csv goes after the --survey QUESTIONNAIRE\.json of its wave/);
  });

  it('takes the publication time as an ISO day or time, in its own zone, and refuses a date Date would guess', () => {
    const base = { registry: ['r.csv'], geo: 'g', out: 'o' };
    assert.equal(resolveConfig(base, { generatedAt: '2026-12-03' }).generatedAt, '2026-12-03T00:00:00Z');
    assert.equal(resolveConfig({ ...base, generatedAt: '2026-12-08T00:30+01:00' }).generatedAt, '2026-12-08T00:30:00+01:00');
    assert.throws(
      () => resolveConfig({ ...base, generatedAt: '2026-02-30' }),
      /generatedAt \(--generated-at\) is an ISO 8601 day or time .*found "2026-02-30"/,
    );
    assert.throws(() => resolveConfig({ ...base, generatedAt: 20261203 as never }), /found 20261203/);
    const guessed = cli(
      'build',
      '--registry',
      'r.csv',
      '--geo',
      'g',
      '--out',
      join(tempDir(), 'o'),
      '--generated-at',
      '12/03/2026',
      '--lang',
      'it',
    );
    assert.equal(guessed.status, 1);
    assert.match(guessed.stderr, /generatedAt \(--generated-at\) è un giorno o un istante ISO 8601 .*trovato "12\/03\/2026"/);
  });

  it('ends a damaged gzip input with one line naming the file and the fault, exit 1, in the language asked for', () => {
    const dir = tempDir();
    const registry = join(dir, 'anagrafe.csv.gz');
    const gzip = gzipSync(readFileSync(AUTONOMOUS_REGISTRY));
    writeFileSync(registry, gzip.subarray(0, gzip.length >> 1));
    const args = ['build', '--registry', registry, '--geo', REAL.geo, '--out', join(dir, 'out'), '--quiet'];
    const english = cli(...args);
    assert.equal(english.status, 1);
    assert.match(
      english.stderr,
      new RegExp(`^scuole-europa-data: ${registry.replace(/[.]/g, '\\.')}: damaged gzip file \\(unexpected end of file\\)`),
    );
    assert.equal(english.stderr.trim().split('\n').length, 1, 'one line, no stack or source dump');
    const italian = cli(...args, '--lang', 'it');
    assert.match(italian.stderr, /file gzip danneggiato \(unexpected end of file\): comprimere di nuovo il file originale/);
    const locale = spawnSync(process.execPath, ['--import', 'tsx', 'data-adapters/cli.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'it_IT.UTF-8', LC_ALL: '' },
    });
    assert.match(locale.stderr, /file gzip danneggiato/, 'the environment’s locale decides when --lang is not given');
  });

  it('wants --from and --to together', () => {
    assert.match(cli('build', '--from', '2014').stderr, /--from and --to go together/);
  });

  it('reads a config file with paths relative to it, flags winning, weights checked', async () => {
    const dir = tempDir();
    const path = join(dir, 'config.json');
    writeFileSync(
      path,
      JSON.stringify({
        registry: ['a.csv'],
        geo: 'geo',
        out: 'out',
        index: { weights: { etwinning: 0.5, erasmus: 0.3, funding: 0.1, continuity: 0.1 } },
        surveys: [{ questionnaire: 'surveys/q.json', responses: 'surveys/r.xlsx' }],
      }),
    );
    const config = resolveConfig(await readConfigFile(path), { out: '/elsewhere' });
    assert.deepEqual(config.registry, [join(dir, 'a.csv')]);
    assert.equal(config.geo, join(dir, 'geo'));
    assert.deepEqual(config.surveys, [{ questionnaire: join(dir, 'surveys/q.json'), responses: join(dir, 'surveys/r.xlsx') }]);
    assert.equal(config.surveyMinRespondents, 5);
    assert.equal(config.out, '/elsewhere');
    assert.equal(config.index.weights.etwinning, 0.5);
    assert.equal(config.index.referenceYears, 3, 'defaults stay where the file is silent');
    const weights = { etwinning: 1, erasmus: 1, funding: 0, continuity: 0 };
    assert.throws(() => resolveConfig({ registry: ['a'], geo: 'g', out: 'o', index: { weights } as never }), /add up to 1/);
    // A pillar of index v1 is refused by name, never silently ignored.
    const old = { etwinning: 0.3, erasmus: 0.3, funding: 0.1, breadth: 0.15, continuity: 0.15 };
    assert.throws(
      () => resolveConfig({ registry: ['a'], geo: 'g', out: 'o', index: { weights: old } as never }),
      /unknown index pillar breadth/,
    );
    // The students' school year, when given, is a school year's first year.
    for (const studentsYear of [24, 2024.5, '2024/25'])
      assert.throws(
        () => resolveConfig({ registry: ['a'], geo: 'g', out: 'o', studentsYear: studentsYear as never }),
        /studentsYear is the first year of the students' school year \(2024 for 2024\/25/,
      );
    assert.equal(resolveConfig({ registry: ['a'], geo: 'g', out: 'o', studentsYear: 2024 }).studentsYear, 2024);
    assert.match(cli('build', '--students-year', 'due').stderr, /--students-year must be a whole number/);
  });
});
