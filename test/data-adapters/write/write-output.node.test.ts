import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { writeOutput, type OutputFile } from '../../../data-adapters/write/write-output.ts';
import { tempDir } from '../temp-files.ts';

describe('write output', () => {
  it('writes every file and the epilogue made from what was written, then swaps the folder in', async () => {
    const out = join(tempDir(), 'out');
    let written = 0;
    const stats = await writeOutput(
      out,
      [{ path: 'index.json', text: '{}' }, Promise.resolve<OutputFile>({ path: 'regions/09.json', text: new Uint8Array([1, 2, 3]) })],
      { onFile: () => written++, epilogue: (s) => [{ path: 'report.json', text: JSON.stringify(s) }] },
    );
    assert.equal(stats.files, 3);
    assert.equal(written, 3);
    assert.deepEqual(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')), {
      files: 2,
      bytes: 5,
      bytesByFolder: { 'index.json': 2, regions: 3 },
    });
    assert.deepEqual(readdirSync(dirname(out)), ['out'], 'no temporary folder left');
  });

  it('removes the folders killed builds left behind, and only those', async () => {
    const parent = tempDir();
    const out = join(parent, 'out');
    // A process id that is not running (far above pid_max's default) and one that is (this process's parent).
    for (const name of ['out.tmp-4194300', 'out.old-4194301', `out.tmp-${process.ppid}`, 'outside.tmp-4194302'])
      mkdirSync(join(parent, name, 'schools'), { recursive: true });
    const removed: string[] = [];
    await writeOutput(out, [{ path: 'index.json', text: '{}' }], { onStale: (names) => removed.push(...names) });
    assert.deepEqual(removed.sort(), ['out.old-4194301', 'out.tmp-4194300']);
    assert.deepEqual(readdirSync(parent).sort(), ['out', `out.tmp-${process.ppid}`, 'outside.tmp-4194302']);
  });

  it('leaves the previous output untouched when a file fails', async () => {
    const out = join(tempDir(), 'out');
    await writeOutput(out, [{ path: 'index.json', text: 'old' }]);
    function* failing(): Generator<OutputFile> {
      yield { path: 'index.json', text: 'new' };
      throw new Error('a document broke the contract');
    }
    await assert.rejects(writeOutput(out, failing()), /broke the contract/);
    assert.equal(readFileSync(join(out, 'index.json'), 'utf8'), 'old');
    assert.equal(existsSync(`${out}.tmp-${process.pid}`), false);
  });
});
