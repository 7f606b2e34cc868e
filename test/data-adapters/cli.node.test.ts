import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { readConfigFile, resolveConfig } from '../../data-adapters/config.ts';
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
    assert.match(cli('build').stderr, /missing at least one --registry file, --geo DIR/);
    assert.match(
      cli('build', '--registry', 'nowhere.csv', '--geo', 'x', '--out', join(tempDir(), 'o')).stderr,
      /nowhere\.csv: cannot read the file/,
    );
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
      }),
    );
    const config = resolveConfig(await readConfigFile(path), { out: '/elsewhere' });
    assert.deepEqual(config.registry, [join(dir, 'a.csv')]);
    assert.equal(config.geo, join(dir, 'geo'));
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
  });
});
