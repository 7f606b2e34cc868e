import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { articleIt } from '../../src/i18n/article-it.ts';

describe('the Italian article of a number', () => {
  it('elides before a number read with a vowel: uno, otto…, undici…; "lo" before zero', () => {
    const said = (n: number) => `${articleIt(n)}${n}%`;
    assert.deepEqual([0, 1, 1.5, 3, 8, 8.5, 10, 11, 18, 80, 100, 110, 1100, 11000].map(said), [
      'lo 0%',
      'l’1%',
      'l’1.5%',
      'il 3%',
      'l’8%',
      'l’8.5%',
      'il 10%',
      'l’11%',
      'il 18%',
      'l’80%',
      'il 100%',
      'il 110%',
      'il 1100%',
      'l’11000%',
    ]);
  });

  it('reads an ordinal 1 as "primo": il 1º', () => {
    assert.equal(articleIt(1, true), 'il ');
    assert.equal(articleIt(8, true), 'l’');
  });
});
