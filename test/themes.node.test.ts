/** The shipped themes define every global token the elements read, and only those. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.styles.ts') || (dir.includes('styles') && name.endsWith('.ts'))) out.push(path);
  }
  return out;
}

const read = (files: string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');
const used = new Set([...read([...sources('components'), ...sources('src')]).matchAll(/var\((--se-[a-z-]+)/g)].map((m) => m[1]!));
const declared = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/^\s*(--se-[a-z-]+):/gm)].map((m) => m[1]!));

describe('themes', () => {
  it('the elements read global tokens at all (the check can fail)', () => {
    assert.ok(used.size >= 10, `only ${used.size} tokens found`);
  });
  for (const theme of ['themes/light.css', 'themes/dark.css']) {
    it(`${theme} declares exactly the tokens the elements read`, () => {
      assert.deepEqual([...declared(theme)].sort(), [...used].sort());
    });
  }
});
