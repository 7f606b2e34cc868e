import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameFilter, nameNearness, nextFound } from '../../src/map/name-filter.js';

const NAMES = [
  'Milano',
  'Milazzo',
  "Reggio nell'Emilia",
  'Reggio di Calabria',
  'Forlì',
  "Sant'Angelo Lodigiano",
  'Bolzano/Bozen',
  'San Donà di Piave',
];
const found = (query: string) => NAMES.filter(nameFilter(query)!);

test('every word typed begins a word of the name, in any order', () => {
  assert.deepEqual(found('mil'), ['Milano', 'Milazzo']);
  assert.deepEqual(found('reggio'), ["Reggio nell'Emilia", 'Reggio di Calabria']);
  assert.deepEqual(found('reggio emilia'), ["Reggio nell'Emilia"]);
  assert.deepEqual(found('emilia reggio'), ["Reggio nell'Emilia"]);
  assert.deepEqual(found('reggio torino'), []);
});

test('a word in the middle of another is not a match', () => {
  assert.deepEqual(found('ano'), []);
  assert.deepEqual(found('zen'), []);
});

test('case, accents and punctuation do not count, on either side', () => {
  assert.deepEqual(found('FORLI'), ['Forlì']);
  assert.deepEqual(found('forlì'), ['Forlì']);
  assert.deepEqual(found('san dona'), ['San Donà di Piave']);
  assert.deepEqual(found("sant'ang"), ["Sant'Angelo Lodigiano"]);
  assert.deepEqual(found('sant angelo'), ["Sant'Angelo Lodigiano"]);
  // An elision typed together, as on a phone: it found nothing.
  assert.deepEqual(found('santangelo'), ["Sant'Angelo Lodigiano"]);
  assert.deepEqual(found('nellemilia'), ["Reggio nell'Emilia"]);
  assert.deepEqual(found('bozen'), ['Bolzano/Bozen']);
  assert.deepEqual(found('  Bolzano  '), ['Bolzano/Bozen']);
});

test('a query without a word is no filter at all', () => {
  assert.equal(nameFilter(''), null);
  assert.equal(nameFilter('   '), null);
  assert.equal(nameFilter("'/-."), null);
});

test('Enter goes from one area found to the next, Shift+Enter back, round the ends, from wherever the keyboard is', () => {
  const found = [4, 9, 17];
  assert.equal(nextFound(found, null, false), 4);
  assert.equal(nextFound(found, null, true), 17);
  assert.equal(nextFound(found, 4, false), 9);
  assert.equal(nextFound(found, 17, false), 4);
  assert.equal(nextFound(found, 4, true), 17);
  assert.equal(nextFound(found, 9, true), 4);
  // The keyboard moved to an area not found: the first (or the last) again.
  assert.equal(nextFound(found, 5, false), 4);
  assert.equal(nextFound(found, 5, true), 17);
  assert.equal(nextFound([4], 4, false), 4);
  assert.equal(nextFound([], null, false), null);
});

test('Enter goes to the very name first, then to the names the words typed are the first words of, then begin, then the others', () => {
  const near = nameNearness('roma');
  assert.deepEqual(['Roma', 'Romano Canavese', 'Genzano di Roma'].map(near), [0, 2, 3]);
  const reggio = nameNearness('reggio');
  assert.deepEqual(["Reggio nell'Emilia", 'Reggio di Calabria', 'Reggiolo'].map(reggio), [1, 1, 2]);
  assert.equal(nameNearness('REGGIO EMIL')("Reggio nell'Emilia"), 3);
  assert.equal(nameNearness('san giovanni rotondo')('San Giovanni Rotondo'), 0);
  assert.equal(nameNearness('bolzano')('Bolzano/Bozen'), 1);
});
