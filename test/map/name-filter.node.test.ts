import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameFilter } from '../../src/map/name-filter.js';

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
  assert.deepEqual(found('bozen'), ['Bolzano/Bozen']);
  assert.deepEqual(found('  Bolzano  '), ['Bolzano/Bozen']);
});

test('a query without a word is no filter at all', () => {
  assert.equal(nameFilter(''), null);
  assert.equal(nameFilter('   '), null);
  assert.equal(nameFilter("'/-."), null);
});
