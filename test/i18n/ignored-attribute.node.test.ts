import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeName, ignoreUnknown, wholeNumberFrom } from '../../src/element/ignore-unknown.ts';
import { ignoredChoicesText, ignoredNumberText, ignoredQuestionText, ignoredYearText } from '../../src/i18n/ignored-attribute.ts';

describe('an ignored attribute, as an element says it', () => {
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

  it('names the values an attribute takes and the one shown, until the attribute is given one of them', () => {
    const choices = [
      ['sort', ['name', 'students']],
      ['programme', ['all', 'etwinning', 'erasmus']],
    ] as const;
    const element = { sort: 'size', programme: 'etwinning' };
    const ignored = new Map<string, string>();
    const warnings: string[] = [];
    ignoreUnknown(
      element,
      new Map([
        ['sort', undefined],
        ['programme', undefined],
      ]),
      choices,
      (m) => warnings.push(m),
      ignored,
    );
    assert.deepEqual(element, { sort: 'name', programme: 'etwinning' });
    assert.deepEqual(warnings, ['ignored sort="size": use name, students.']);
    assert.deepEqual(ignoredChoicesText(ignored, choices, element, 'it'), [
      'sort="size" non è un valore ammesso (name, students): è stato ignorato, si vede sort="name".',
    ]);
    assert.deepEqual(ignoredChoicesText(ignored, choices, element, 'en'), [
      'sort="size" is not an allowed value (name, students): it was ignored, sort="name" is shown.',
    ]);
    // A value of the vocabulary, later: nothing more to say.
    element.sort = 'students';
    ignoreUnknown(element, new Map([['sort', 'name']]), choices, (m) => warnings.push(m), ignored);
    assert.deepEqual(ignoredChoicesText(ignored, choices, element, 'it'), []);
    // An attribute removed (null) or left empty asks for the default, without a warning or a note.
    Object.assign(element, { sort: null, programme: '' });
    ignoreUnknown(
      element,
      new Map([
        ['sort', 'students'],
        ['programme', 'etwinning'],
      ]),
      choices,
      (m) => warnings.push(m),
      ignored,
    );
    assert.deepEqual(element, { sort: 'name', programme: 'all' });
    assert.equal(warnings.length, 1);
    assert.equal(ignored.size, 0);
  });

  it('takes a count only as a whole number from its least, and says the one ignored', () => {
    assert.deepEqual(
      [5, 1, 0, -3, 2.5, Number.NaN, Infinity, '5', null].map((v) => wholeNumberFrom(v, 1)),
      [5, 1, null, null, null, null, null, null, null],
    );
    assert.equal(
      ignoredNumberText('limit', 'dieci', 1, 10, 'it'),
      'limit="dieci" non è un numero intero da 1 in su: è stato ignorato, si vede limit="10".',
    );
    assert.equal(
      ignoredNumberText('classes', '12', 2, 7, 'it', 7),
      'classes="12" non è un numero intero da 2 a 7: è stato ignorato, si vede classes="7".',
    );
    assert.equal(
      ignoredNumberText('classes', 'tre', 2, 5, 'en', 7),
      'classes="tre" is not a whole number from 2 to 7: it was ignored, classes="5" is shown.',
    );
    assert.equal(
      ignoredNumberText('limit', '0', 1, 10, 'en'),
      'limit="0" is not a whole number of 1 or more: it was ignored, limit="10" is shown.',
    );
  });

  it('names a property by its attribute', () => {
    assert.deepEqual(['drillLevel', 'view', 'shadowZones'].map(attributeName), ['drill-level', 'view', 'shadow-zones']);
  });

  it('says a question the wave does not ask', () => {
    assert.equal(
      ignoredQuestionText('q9', 'it'),
      'question="q9" non è una domanda di questa rilevazione: è stato ignorato, si vedono tutte le domande.',
    );
    assert.equal(
      ignoredQuestionText('q9', 'en'),
      'question="q9" is not a question of this survey wave: it was ignored, every question is shown.',
    );
  });
});
