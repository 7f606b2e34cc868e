import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ordinalIt, placeEn, placeIt, wholeText } from '../../src/i18n/places.ts';

describe('places in a ranking', () => {
  it('gives an Italian ordinal the article it is read with: elided before otto… and undici…', () => {
    const read = [1, 3, 8, 11, 18, 80, 88, 110, 111, 800, 1100, 8000, 11000, 11500, 110000].map(ordinalIt);
    assert.deepEqual(read, [
      'il 1º',
      'il 3º',
      'l’8º',
      'l’11º',
      'il 18º',
      'l’80º',
      'l’88º',
      'il 110º',
      'il 111º',
      'l’800º',
      'il 1.100º',
      'l’8.000º',
      'l’11.000º',
      'l’11.500º',
      'il 110.000º',
    ]);
  });

  it('groups places by thousands from four digits on, as every number the elements write («6.755º», not «6755º»)', () => {
    assert.deepEqual(
      [7, 999, 1000, 6755, 1234567].map((n) => wholeText(n, 'it')),
      ['7', '999', '1.000', '6.755', '1.234.567'],
    );
    assert.deepEqual(
      [999, 6755].map((n) => wholeText(n, 'en')),
      ['999', '6,755'],
    );
    assert.equal(placeIt(70, 6755, 'Italia'), 'tra il 70º e il 6.755º posto in Italia');
    assert.equal(placeIt(1200, 1200, 'Lombardia'), '1.200º posto in Lombardia');
    assert.equal(placeEn(70, 6755, 'Italy'), 'between no. 70 and no. 6,755 in Italy');
  });

  it('says one place when both ends of the interval agree, else the interval, in both languages', () => {
    assert.equal(placeIt(3, 8, 'Toscana'), 'tra il 3º e l’8º posto in Toscana');
    assert.equal(placeIt(1, 1, 'Italia'), '1º posto in Italia');
    assert.equal(placeEn(3, 8, 'Italy'), 'between no. 3 and no. 8 in Italy');
    assert.equal(placeEn(2, 2, 'Toscana'), 'no. 2 in Toscana');
  });
});
