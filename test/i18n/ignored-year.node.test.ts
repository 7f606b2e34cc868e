import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ignoredYearText } from '../../src/i18n/ignored-year.ts';

describe('an ignored year, as an element says it', () => {
  it('names the years there are and how one is written, in both languages', () => {
    const years = [2014, 2015, 2025];
    assert.equal(
      ignoredYearText('2025/26', years, 'it'),
      'year="2025/26" non è un anno dei dati (dal 2014/15 al 2025/26; il 2025/26 si scrive 2025): è stato ignorato.',
    );
    assert.equal(
      ignoredYearText('1999', years, 'en'),
      'year="1999" is not a year of the data (2014/15 to 2025/26; 2025/26 is written 2025): it was ignored.',
    );
    assert.equal(ignoredYearText('2020', [], 'it'), 'year="2020" ignorato: i dati non hanno anni.');
  });
});
