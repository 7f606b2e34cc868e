import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { collectPhrases, joinedWords } from '../../src/search/index-phrases.ts';
import { searchWords } from '../../src/search/search-words.ts';

const comuneNames = ["L'Aquila", 'Bolzano/Bozen', 'Roma', 'San Giovanni Rotondo'];
const provinces = [
  { name: "L'Aquila", acronym: 'AQ' },
  { name: 'Roma', acronym: 'RM' },
];
const phrases = collectPhrases(
  { comuneNames, provinces } as never,
  comuneNames.map((name) => searchWords(name)),
);
/** The phrase a query's key words name, and what it stands for. */
const named = (...words: string[]) => phrases.get(words[0]!)?.find((p) => p.words.join(' ') === words.join(' '));

describe('the phrases a query may name, from the search index', () => {
  it('names a comune and a province by one phrase, each name of a bilingual comune, and an acronym apart', () => {
    assert.deepEqual([named('roma')?.comuni, named('roma')?.provinces], [[2], [1]]);
    assert.deepEqual([named('bolzano')?.comuni, named('bozen')?.comuni], [[1], [1]]);
    assert.deepEqual([named('rm')?.provinces, named('rm')?.acronym], [[1], true]);
  });

  it("reads a place's name with its elisions and particles written together, as one may type it", () => {
    assert.deepEqual(joinedWords("L'Aquila"), ['laquila']);
    assert.deepEqual(joinedWords("Reggio nell'Emilia"), ['reggio', 'nellemilia']);
    assert.deepEqual(joinedWords('San Giovanni Rotondo'), ['sangiovanni', 'rotondo']);
    assert.deepEqual(joinedWords("Valle d'Aosta"), ['valle', 'daosta']);
    assert.equal(joinedWords('Sesto Fiorentino'), null, 'no elision or particle: no second reading');
  });

  it('names a place by its elisions and particles written together too', () => {
    // «l'aquila» is the key word "aquila" (the article left out); «laquila» is the same place.
    assert.deepEqual([named('aquila')?.comuni, named('laquila')?.comuni, named('laquila')?.provinces], [[0], [0], [0]]);
    assert.deepEqual(named('sangiovanni', 'rotondo')?.comuni, [3]);
    assert.deepEqual(named('san', 'giovanni', 'rotondo')?.comuni, [3]);
  });

  it('keeps the longest phrase first under its first word, and the school types among them', () => {
    const san = phrases.get('san')!.map((p) => p.words.length);
    assert.deepEqual(
      san,
      [...san].sort((a, b) => b - a),
    );
    assert.ok(named('liceo')?.type, 'a school type');
  });
});
